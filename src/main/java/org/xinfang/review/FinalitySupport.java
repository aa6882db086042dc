package org.xinfang.review;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.casework.Casework;
import org.xinfang.casework.MatterFacts;
import org.xinfang.casework.MatterFilter;
import org.xinfang.casework.MatterState;
import org.xinfang.casework.MatterSummary;
import org.xinfang.platform.RequiredText;
import org.xinfang.platform.IdempotencyKeys;
import org.xinfang.platform.Refusal;
import org.xinfang.statute.ReviewCommitteeRules;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.StaffRole;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Support after finality (2022 art. 37 ¶3): the final matters (终结) stay on a list for guidance, resolution and help
 * (疏导教育、矛盾化解、帮扶救助) by the local bodies, each with the record of what was done: on which day, what, by whom.
 */
@Service
public class FinalitySupport {

    /** Who records what was done: the staff who work with the petitioner (not the analysts, not the administrators). */
    private static final Set<StaffRole> RECORDERS = EnumSet.of(StaffRole.HANDLER, StaffRole.LEADER, StaffRole.SUPERVISOR,
            StaffRole.REGISTRAR);

    private final Casework casework;
    private final MatterFacts facts;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    FinalitySupport(Casework casework, MatterFacts facts, NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.casework = casework;
        this.facts = facts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One thing done for the petitioner of a final matter. */
    public record Entry(Long id, Long matterId, SupportKind kind, LocalDate doneOn, String note, String recordedBy,
                        Instant recordedAt) {
    }

    /** A final matter on the list: its summary, how many things were recorded and the latest. */
    public record Line(MatterSummary matter, LocalDate finalOn, long entries, Entry latest) {
    }

    public record Listing(List<Line> lines, int page, int size, long total) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** The final matters {@code viewer} may see, page by page, with what was recorded for each. */
    @Transactional(readOnly = true)
    public Listing list(StaffPrincipal viewer, int page, int size) {
        MatterFilter filter = new MatterFilter(MatterState.FINAL, false, null, 3, null, null, null, null, null, null, null,
                null, false, page, size);
        Casework.Page<MatterSummary> matters = casework.summaries(filter, viewer);
        List<Long> ids = matters.items().stream().map(MatterSummary::id).toList();
        Map<Long, Long> counts = new HashMap<>();
        Map<Long, Entry> latest = new HashMap<>();
        jdbc.query("""
                select s.*, count(*) over (partition by s.matter_id) n,
                       row_number() over (partition by s.matter_id order by s.done_on desc, s.id desc) r
                from review_support s where s.matter_id = any(:ids)""", new MapSqlParameterSource("ids", ids(ids)), rs -> {
            if (rs.getInt("r") == 1) {
                counts.put(rs.getLong("matter_id"), rs.getLong("n"));
                latest.put(rs.getLong("matter_id"), ENTRY.mapRow(rs, 0));
            }
        });
        Map<Long, LocalDate> finalOn = new HashMap<>();
        ids.forEach(id -> facts.review(id).ifPresent(r -> finalOn.put(id, r.finalOn())));
        return new Listing(matters.items().stream().map(m -> new Line(m, finalOn.get(m.id()), counts.getOrDefault(m.id(), 0L),
                latest.get(m.id()))).toList(), page, size, matters.total());
    }

    /** What was recorded for the final matter {@code matterId}, latest first; "not found" outside the viewer's sight. */
    @Transactional(readOnly = true)
    public List<Entry> entries(StaffPrincipal viewer, Long matterId) {
        finalMatter(viewer, matterId);
        return jdbc.query("select * from review_support where matter_id = :m order by done_on desc, id desc",
                new MapSqlParameterSource("m", matterId), ENTRY);
    }

    /** The review facts of a final matter the viewer may see. */
    @Transactional(readOnly = true)
    public MatterFacts.Review finalMatter(StaffPrincipal viewer, Long matterId) {
        MatterFacts.Review m = facts.review(matterId)
                .filter(f -> casework.count(MatterFilter.everything(0, 1), viewer, List.of(matterId)) > 0)
                .orElseThrow(() -> Refusal.notFound("matter.not-found", String.valueOf(matterId)));
        if (m.state() != MatterState.FINAL) {
            throw Refusal.conflict("review.support.not-final", m.referenceNo(), m.state());
        }
        return m;
    }

    /**
     * Records what was done for the petitioner of a final matter: its kind, the day (from the matter's finality to
     * today) and what. Once per request key: a retried request answers with the entry recorded the first time.
     */
    @Transactional
    public Entry record(StaffPrincipal by, Long matterId, SupportKind kind, LocalDate doneOn, String note, String requestKey) {
        IdempotencyKeys.check(requestKey);
        if (requestKey != null) {
            Entry earlier = byKey(by.getUsername(), requestKey);
            if (earlier != null) {
                return earlier;
            }
        }
        MatterFacts.Review m = finalMatter(by, matterId);
        if (!by.hasAny(RECORDERS)) {
            throw Refusal.forbidden("review.support.forbidden");
        }
        if (kind == null) {
            throw Refusal.invalid("kind", "review.support.kind");
        }
        LocalDate today = LocalDate.now(clock);
        if (!ReviewCommitteeRules.mayRecordSupport(true, doneOn, m.finalOn(), today)) {
            throw Refusal.invalid("doneOn", "review.support.day", doneOn == null ? "" : doneOn, m.finalOn(), today);
        }
        String text = RequiredText.of("note", note, 2000);
        List<Long> id = jdbc.queryForList("""
                insert into review_support (matter_id, kind, done_on, note, recorded_by, recorded_at, request_key)
                values (:m, :kind, :on, :note, :by, :at, :key) on conflict do nothing returning id""",
                new MapSqlParameterSource("m", matterId).addValue("kind", kind.name()).addValue("on", doneOn)
                        .addValue("note", text).addValue("by", by.getUsername()).addValue("at", Timestamp.from(clock.instant()))
                        .addValue("key", requestKey), Long.class);
        if (id.isEmpty()) {
            // the same key submitted twice at once: the other one recorded it
            return byKey(by.getUsername(), requestKey);
        }
        return jdbc.query("select * from review_support where id = :id", new MapSqlParameterSource("id", id.get(0)), ENTRY).get(0);
    }

    /** Records the entries of earlier days (the demo city) in one batch, without the form's checks. */
    @Transactional
    public int importHistory(List<Entry> entries) {
        List<MapSqlParameterSource> rows = new ArrayList<>();
        entries.forEach(e -> rows.add(new MapSqlParameterSource("m", e.matterId()).addValue("kind", e.kind().name())
                .addValue("on", e.doneOn()).addValue("note", e.note()).addValue("by", e.recordedBy())
                .addValue("at", Timestamp.from(e.recordedAt()))));
        jdbc.batchUpdate("""
                insert into review_support (matter_id, kind, done_on, note, recorded_by, recorded_at)
                values (:m, :kind, :on, :note, :by, :at)""", rows.toArray(new MapSqlParameterSource[0]));
        return rows.size();
    }

    private Entry byKey(String by, String key) {
        return jdbc.query("select * from review_support where recorded_by = :by and request_key = :key",
                new MapSqlParameterSource("by", by).addValue("key", key), ENTRY).stream().findFirst().orElse(null);
    }

    private static SqlParameterValue ids(List<Long> ids) {
        return new SqlParameterValue(Types.ARRAY, ids.toArray(new Long[0]));
    }

    private static final RowMapper<Entry> ENTRY = (rs, i) -> new Entry(rs.getLong("id"), rs.getLong("matter_id"),
            SupportKind.valueOf(rs.getString("kind")), rs.getObject("done_on", LocalDate.class), rs.getString("note"),
            rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
}
