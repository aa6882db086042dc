package org.xinfang.notification.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.xinfang.intelligence.EarlyWarningRaised;
import org.xinfang.territory.Territory;

import java.time.Clock;
import java.util.List;

/**
 * Hears an early warning (预警) and tells the petition office responsible for the place, its supervisors and leaders
 * (see {@link Recipients#overseers}), through the inbox, once per warning; the reminder leads to the warnings' page.
 */
@Component
class EarlyWarningNotifications {

    private final Recipients recipients;
    private final Territory territory;
    private final Deliveries deliveries;
    private final Clock clock;

    EarlyWarningNotifications(Recipients recipients, Territory territory, Deliveries deliveries, Clock clock) {
        this.recipients = recipients;
        this.territory = territory;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(EarlyWarningRaised warning) {
        deliveries.write(Occasion.reminder(Alert.EARLY_WARNING, "warning:" + warning.warningId(), warning.number(),
                        warning.subject(), warning.weekStart(), "/intelligence/warnings",
                        territory.require(warning.unitId()).path(), clock.instant()),
                recipients.overseers(warning.unitId()), List.of());
    }
}
