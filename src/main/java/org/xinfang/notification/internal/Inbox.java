package org.xinfang.notification.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.casework.Casework;
import org.xinfang.casework.MatterEventType;
import org.xinfang.platform.Refusal;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.UnitView;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A staff member's inbox (站内消息): the steps they were told of, unread first. Reading is idempotent: marking a read
 * notification read again changes nothing and keeps the first reading's time.
 */
@Service
public class Inbox {

    /** How many notifications a page or an answer shows; older ones stay in the table. */
    static final int SHOWN = 100;

    /**
     * One notification: of a matter's step ({@code step} names its {@link MatterEventType}) or an {@link Alert}
     * ({@code step} names the alert; a reminder carries the deadline and the days left, an escalation its notice). A
     * reminder not about a matter has no {@code matterId} and leads to its {@code page}.
     */
    public record Notification(long id, Long matterId, String referenceNo, String title, String step, LocalDate dueOn,
                               Integer daysBefore, Long noticeId, Set<Capacity> capacities, Instant createdAt,
                               Instant readAt, String page) {

        public boolean unread() {
            return readAt == null;
        }

        /** Where opening it leads: the page it is about, the notice that went up, else the matter. */
        public String link() {
            return page != null ? page : noticeId != null ? "/supervision/notices/" + noticeId : "/matters/" + matterId;
        }

        boolean leadsToMatter() {
            return page == null && noticeId == null;
        }
    }

    /**
     * A notification as its reader finds it: whether its link opens for them, and the unit holding the matter (null when
     * it is not to be named to them). A level told of a step may not see the matter (a former holder, a unit the matter
     * moved away from): casework's visibility decides, never widened here.
     */
    public record Read(Notification notification, boolean canOpen, UnitView holder) {
    }

    private static final RowMapper<Notification> ROW = (rs, i) -> new Notification(rs.getLong("id"),
            (Long) rs.getObject("matter_id"), rs.getString("reference_no"), rs.getString("title"), rs.getString("step"),
            rs.getObject("due_on", LocalDate.class), (Integer) rs.getObject("days_before"),
            (Long) rs.getObject("notice_id"), Capacity.split(rs.getString("capacities")),
            rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant(), rs.getString("link"));

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Casework casework;

    Inbox(JdbcTemplate jdbc, Clock clock, Casework casework) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.casework = casework;
    }

    /** {@link #of(String)} for {@code reader}, each with whether they may open it: one visibility query for the page. */
    @Transactional(readOnly = true)
    public List<Read> read(StaffPrincipal reader) {
        return reach(of(reader.getUsername()), reader);
    }

    /** {@link #markRead} for {@code reader}, with whether they may open it. */
    @Transactional
    public Read markRead(StaffPrincipal reader, long id) {
        return reach(List.of(markRead(reader.getUsername(), id)), reader).get(0);
    }

    private List<Read> reach(List<Notification> notifications, StaffPrincipal reader) {
        Map<Long, Casework.Reach> reach = casework.reach(notifications.stream().filter(Notification::leadsToMatter)
                .map(Notification::matterId).distinct().toList(), reader);
        return notifications.stream().map(n -> {
            if (!n.leadsToMatter()) {
                // the notice's page (coordination's rule) or the page reminded of answers for itself
                return new Read(n, true, null);
            }
            Casework.Reach r = reach.get(n.matterId());
            return r == null ? new Read(n, false, null) : new Read(n, r.opens(), r.holder());
        }).toList();
    }

    /** The latest notifications of {@code username}, the unread ones first, each group the latest first. */
    @Transactional(readOnly = true)
    public List<Notification> of(String username) {
        return jdbc.query("""
                (select * from notification_inbox where username = ? and read_at is null order by created_at desc, id desc limit ?)
                union all
                (select * from notification_inbox where username = ? and read_at is not null order by created_at desc, id desc limit ?)
                """, ROW, username, SHOWN, username, SHOWN).stream().limit(SHOWN).toList();
    }

    /** The top bar's badge: one count over the partial index of unread rows. */
    @Transactional(readOnly = true)
    public long unread(String username) {
        Long n = jdbc.queryForObject("select count(*) from notification_inbox where username = ? and read_at is null",
                Long.class, username);
        return n == null ? 0 : n;
    }

    /** Marks one of {@code username}'s notifications read; another person's is not found. */
    @Transactional
    public Notification markRead(String username, long id) {
        jdbc.update("update notification_inbox set read_at = ? where id = ? and username = ? and read_at is null",
                Timestamp.from(clock.instant()), id, username);
        return jdbc.query("select * from notification_inbox where id = ? and username = ?", ROW, id, username).stream()
                .findFirst().orElseThrow(() -> Refusal.notFound("notification.not-found"));
    }

    /** Marks every unread notification of {@code username} read; returns how many were unread. */
    @Transactional
    public int markAllRead(String username) {
        return jdbc.update("update notification_inbox set read_at = ? where username = ? and read_at is null",
                Timestamp.from(clock.instant()), username);
    }
}
