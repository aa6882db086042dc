package org.xinfang.coordination;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.casework.MatterFacts;
import org.xinfang.casework.MatterFacts.Facts;

import java.time.LocalDate;
import java.util.List;

/**
 * Reminders of deadlines to come (到期提醒): each day, the matters whose current step falls due in one of the
 * configured numbers of days ({@code xinfang.reminders.days-before}, default a week, three days and one day) remind
 * their holder, once per matter, deadline and day, however often the job runs.
 */
@Service
public class DeadlineReminders {

    private final MatterFacts facts;
    private final NamedParameterJdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final List<Integer> daysBefore;

    DeadlineReminders(MatterFacts facts, NamedParameterJdbcTemplate jdbc, ApplicationEventPublisher events,
                      @Value("${xinfang.reminders.days-before:7,3,1}") List<Integer> daysBefore) {
        this.facts = facts;
        this.jdbc = jdbc;
        this.events = events;
        this.daysBefore = List.copyOf(daysBefore);
    }

    /** Records and publishes today's reminders; the number of new ones (none the second time the same day). */
    @Transactional
    public int remind(LocalDate today) {
        int sent = 0;
        for (int days : daysBefore) {
            LocalDate due = today.plusDays(days);
            for (Facts m : facts.openDueOn(due)) {
                Long unit = holderUnit(m.holderPath());
                int added = jdbc.update("""
                        insert into deadline_reminder (matter_id, due_on, days_before, unit_id, sent_on)
                        values (:m, :due, :days, :unit, :today) on conflict do nothing""",
                        new MapSqlParameterSource("m", m.matterId()).addValue("due", due).addValue("days", days)
                                .addValue("unit", unit).addValue("today", today));
                if (added > 0) {
                    events.publishEvent(new DeadlineApproaching(m.matterId(), m.referenceNo(), due, days, unit));
                    sent++;
                }
            }
        }
        return sent;
    }

    /** The days before a deadline on which holders are reminded, as configured. */
    public List<Integer> daysBefore() {
        return daysBefore;
    }

    /** The reminders a unit was sent from {@code since} on, the latest first. */
    @Transactional(readOnly = true)
    public List<Reminder> sentTo(Long unitId, LocalDate since) {
        return jdbc.query("""
                select matter_id, due_on, days_before, sent_on from deadline_reminder
                 where unit_id = :unit and sent_on >= :since order by sent_on desc, due_on limit 100""",
                new MapSqlParameterSource("unit", unitId).addValue("since", since), (rs, i) -> new Reminder(rs.getLong(1),
                        rs.getObject(2, LocalDate.class), rs.getInt(3), rs.getObject(4, LocalDate.class)));
    }

    public record Reminder(Long matterId, LocalDate dueOn, int daysBefore, LocalDate sentOn) {
    }

    private static Long holderUnit(String path) {
        if (path == null || path.length() < 3) {
            return null;
        }
        String[] ids = path.substring(1, path.length() - 1).split("/");
        return Long.valueOf(ids[ids.length - 1]);
    }
}
