package org.xinfang.platform.admin;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.xinfang.platform.PersonalData;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit of the administrator's screens: every change, with who made it, when, to what, and the before and the
 * after. Written in the transaction of the change, so a change that is rolled back leaves no entry, and an entry
 * never names a change that did not happen. Free text is stored with ID numbers and phones masked.
 */
@Component
public class AdminAudit {

    /** What part of the reference data a change is to: the audit list filters by it. */
    public enum Area { STAFF, UNIT, CATEGORY, ROUTING, CALENDAR, CATEGORY_MODEL }

    public record Entry(long id, Instant at, String actor, String actorName, Area area, String subject, String action,
                        String before, String after) {
    }

    public record Page(List<Entry> entries, long total, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AdminAudit(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a change to the whole territory (a category, the calendar): every administrator reads it. */
    public void record(String actor, String actorName, Area area, String subject, String action, String before, String after) {
        record(actor, actorName, area, null, subject, action, before, after);
    }

    /**
     * Records one change concerning the unit at {@code scopePath} (null: the whole territory); {@code before} is null
     * for something created, {@code after} for something removed.
     */
    public void record(String actor, String actorName, Area area, String scopePath, String subject, String action,
                       String before, String after) {
        jdbc.update("insert into admin_audit (at, actor, actor_name, area, scope_path, subject, action, before, after) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)", Timestamp.from(clock.instant()), actor, actorName,
                area.name(), scopePath, PersonalData.maskText(subject), action, mask(before), mask(after));
    }

    /**
     * One page of the audit an administrator acting for {@code scope} (a path prefix) reads, the latest first: the
     * changes within it and those to the whole territory; {@code area} null for every area, {@code subject} a word of
     * it or null.
     */
    public Page list(String scope, Area area, String subject, int page, int size) {
        StringBuilder where = new StringBuilder(" where (scope_path is null or scope_path like ?)");
        List<Object> args = new ArrayList<>();
        args.add(scope + "%");
        if (area != null) {
            where.append(" and area = ?");
            args.add(area.name());
        }
        if (subject != null && !subject.isBlank()) {
            where.append(" and strpos(lower(subject), lower(?)) > 0");
            args.add(subject.strip());
        }
        Long total = jdbc.queryForObject("select count(*) from admin_audit" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<Entry> entries = jdbc.query("select * from admin_audit" + where + " order by at desc, id desc limit ? offset ?",
                (rs, n) -> new Entry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        rs.getString("actor_name"), Area.valueOf(rs.getString("area")), rs.getString("subject"),
                        rs.getString("action"), rs.getString("before"), rs.getString("after")), pageArgs.toArray());
        return new Page(entries, total == null ? 0 : total, page, size);
    }

    private static String mask(String text) {
        return text == null ? null : PersonalData.maskText(text);
    }
}
