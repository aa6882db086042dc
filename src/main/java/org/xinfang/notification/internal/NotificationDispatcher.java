package org.xinfang.notification.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox every few seconds, on one node at a time (ShedLock); within a run, and across nodes should two
 * runs meet, each row is claimed by one sender ({@link Outbox#dispatchDue}).
 */
@Component
class NotificationDispatcher {

    private final Outbox outbox;

    NotificationDispatcher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Scheduled(fixedDelayString = "${xinfang.notification.dispatch-every:PT10S}",
            initialDelayString = "${xinfang.notification.dispatch-first-after:PT30S}")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "notification.dispatch", lockAtMostFor = "PT5M")
    void dispatch() {
        outbox.dispatchDue();
    }
}
