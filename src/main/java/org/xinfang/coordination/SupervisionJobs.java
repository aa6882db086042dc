package org.xinfang.coordination;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The daily jobs of supervision, each run once across the application's nodes (ShedLock on the database): the
 * reminders of deadlines to come, and the escalation of notices left unanswered. Both are safe to run twice a day.
 */
@Component
class SupervisionJobs {

    private static final Logger log = LoggerFactory.getLogger(SupervisionJobs.class);

    private final DeadlineReminders reminders;
    private final SupervisionNotices notices;
    private final Clock clock;

    SupervisionJobs(DeadlineReminders reminders, SupervisionNotices notices, Clock clock) {
        this.reminders = reminders;
        this.notices = notices;
        this.clock = clock;
    }

    /** Early each morning in the office's zone, before the day's work (and again at noon, in case a node was down). */
    @Scheduled(cron = "${xinfang.reminders.cron:0 30 6,12 * * *}", zone = "${xinfang.zone:Asia/Shanghai}")
    @SchedulerLock(name = "supervision.daily", lockAtMostFor = "PT30M")
    void daily() {
        LocalDate today = LocalDate.now(clock);
        int reminded = reminders.remind(today);
        int escalated = notices.escalateIgnored(today);
        log.info("Supervision: {} deadline reminders sent, {} ignored notices escalated", reminded, escalated);
    }
}
