package org.xinfang.notification.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.xinfang.recommendation.RecommendationFeedbackDue;
import org.xinfang.territory.Territory;

import java.time.Clock;
import java.util.List;

/**
 * Hears that a recommendation's written feedback (三项建议, 2022 art. 40 ¶4) is due soon or overdue, and reminds the
 * bureau that issued it through the inbox (see {@link Recipients#bureau}), once per recommendation and state. The
 * reminder leads to the recommendation's page.
 */
@Component
class RecommendationNotifications {

    private final Recipients recipients;
    private final Territory territory;
    private final Deliveries deliveries;
    private final Clock clock;

    RecommendationNotifications(Recipients recipients, Territory territory, Deliveries deliveries, Clock clock) {
        this.recipients = recipients;
        this.territory = territory;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(RecommendationFeedbackDue due) {
        Alert alert = due.overdue() ? Alert.RECOMMENDATION_OVERDUE : Alert.RECOMMENDATION_DUE_SOON;
        deliveries.write(Occasion.reminder(alert, "recommendation:" + due.recommendationId() + ":" + alert, due.number(),
                        due.subject(), due.dueOn(), "/recommendations/" + due.recommendationId(),
                        territory.require(due.officeUnitId()).path(), clock.instant()),
                recipients.bureau(due.officeUnitId(), due.issuedBy()), List.of());
    }
}
