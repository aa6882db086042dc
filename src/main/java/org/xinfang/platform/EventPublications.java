package org.xinfang.platform;

import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Housekeeping of Spring Modulith's event publication registry: completed publications stay a while, to see what
 * each listener did and when, and are then deleted, so that the table holds about a week of changes. Incomplete
 * ones are never deleted here: they wait for the next start to be delivered again.
 */
@Component
public class EventPublications {

    /** How long a completed publication is kept. */
    public static final Duration KEPT = Duration.ofDays(7);

    private final CompletedEventPublications completed;

    EventPublications(CompletedEventPublications completed) {
        this.completed = completed;
    }

    /** Every night, in the office's quiet hours. */
    @Scheduled(cron = "0 30 3 * * *", zone = "${xinfang.zone:Asia/Shanghai}")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "event-publications.delete-old")
    public void deleteOldCompleted() {
        completed.deletePublicationsOlderThan(KEPT);
    }
}
