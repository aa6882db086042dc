package org.xinfang.recommendation;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinfang.statute.RecommendationRules;
import org.xinfang.statute.RecommendationRules.FeedbackStatus;
import org.xinfang.statute.RecommendationRules.RecommendationKind;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The daily reminders of the recommendations' written feedback (2022 art. 40 ¶4): each recommendation without feedback
 * whose due day is within the reminder window, or past, publishes {@link RecommendationFeedbackDue} once per state. The
 * row in {@code recommendation_reminder} is written in the same transaction as the event's publication, so a restart
 * or a second node (ShedLock keeps the job to one node; the primary key settles any overlap) sends nothing twice.
 */
@Component
public class RecommendationReminders {

    private static final Logger log = LoggerFactory.getLogger(RecommendationReminders.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RecommendationReminders(NamedParameterJdbcTemplate jdbc, ApplicationEventPublisher events,
                            TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Early each morning in the office's zone (and again at noon, in case a node was down): safe to run twice. */
    @Scheduled(cron = "${xinfang.recommendation.reminders-cron:0 40 6,12 * * *}", zone = "${xinfang.zone:Asia/Shanghai}")
    @SchedulerLock(name = "recommendation.reminders", lockAtMostFor = "PT30M")
    void daily() {
        int sent = remind(LocalDate.now(clock));
        log.info("Recommendations: {} feedback reminders sent", sent);
    }

    private record Open(long id, RecommendationKind kind, String subject, long office, String issuedBy, long addressee,
                        LocalDate issuedOn, LocalDate dueOn) {
    }

    /** Records and publishes the reminders due on {@code today}; the number of new ones (none the second time). */
    public int remind(LocalDate today) {
        Integer sent = transaction.execute(status -> {
            int added = 0;
            for (Open r : due(today)) {
                FeedbackStatus state = RecommendationRules.status(r.dueOn(), null, today);
                if (jdbc.update("""
                        insert into recommendation_reminder (recommendation_id, status, sent_on) values (:id, :status, :today)
                        on conflict do nothing""", new MapSqlParameterSource("id", r.id()).addValue("status", state.name())
                        .addValue("today", today)) > 0) {
                    events.publishEvent(new RecommendationFeedbackDue(r.id(), Recommendations.number(r.kind(), r.issuedOn(), r.id()),
                            r.subject(), r.office(), r.issuedBy(), r.addressee(), r.dueOn(), state == FeedbackStatus.OVERDUE));
                    added++;
                }
            }
            return added;
        });
        return sent == null ? 0 : sent;
    }

    /** The recommendations without feedback, due within the window or overdue, not yet reminded in their present state. */
    private List<Open> due(LocalDate today) {
        return jdbc.query("""
                select r.id, r.kind, r.subject, r.office_unit_id, r.issued_by, r.addressee_id, r.issued_on, r.due_on
                  from recommendation r
                 where r.feedback_on is null and r.due_on <= :soon
                   and not exists (select 1 from recommendation_reminder x where x.recommendation_id = r.id
                                      and x.status = case when r.due_on < :today then 'OVERDUE' else 'DUE_SOON' end)
                 order by r.due_on, r.id""",
                new MapSqlParameterSource("today", today).addValue("soon", today.plusDays(RecommendationRules.reminderWindow())),
                (rs, i) -> new Open(rs.getLong(1), RecommendationKind.valueOf(rs.getString(2)), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getLong(6), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class)));
    }
}
