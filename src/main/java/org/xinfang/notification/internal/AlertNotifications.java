package org.xinfang.notification.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.xinfang.casework.MatterParties;
import org.xinfang.casework.MatterParties.Parties;
import org.xinfang.coordination.DeadlineApproaching;
import org.xinfang.coordination.SupervisionNoticeEscalated;
import org.xinfang.territory.StaffDirectory.Account;
import org.xinfang.territory.Territory;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hears the supervision module's alerts and tells the staff concerned through their inbox and chosen channels, as a
 * step is told: a deadline coming reaches the unit holding the matter (and on the last day its supervisor); a notice
 * sent up reaches the supervisors of the body above and the unit that let it lie. Each is told once.
 */
@Component
class AlertNotifications {

    private final MatterParties parties;
    private final Recipients recipients;
    private final Territory territory;
    private final Deliveries deliveries;
    private final Clock clock;

    AlertNotifications(MatterParties parties, Recipients recipients, Territory territory, Deliveries deliveries,
                       Clock clock) {
        this.parties = parties;
        this.recipients = recipients;
        this.territory = territory;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(DeadlineApproaching reminder) {
        if (reminder.unitId() == null) {
            return;
        }
        parties.of(reminder.matterId()).ifPresent(matter -> deliveries.write(
                Occasion.deadline(matter, reminder.dueOn(), reminder.daysBefore(), pathOf(reminder.unitId()), clock.instant()),
                recipients.staff(matter, reminder.unitId(), NotificationRules.toldOfDeadline(reminder.daysBefore())),
                List.of()));
    }

    @ApplicationModuleListener
    void on(SupervisionNoticeEscalated escalated) {
        Parties matter = parties.of(escalated.matterId()).orElse(null);
        if (matter == null) {
            return;
        }
        Map<Account, Set<Capacity>> told = recipients.escalation(escalated.supervisedUnitId(), escalated.toUnitId());
        deliveries.write(Occasion.escalation(matter, escalated.noticeId(), escalated.level(), escalated.answerDueOn(),
                pathOf(escalated.supervisedUnitId()), clock.instant()), told, List.of());
    }

    private String pathOf(Long unitId) {
        return territory.require(unitId).path();
    }
}
