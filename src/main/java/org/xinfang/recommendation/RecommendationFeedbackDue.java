package org.xinfang.recommendation;

import java.time.LocalDate;

/**
 * A recommendation's written feedback (书面反馈, 2022 art. 40 ¶4) is due soon or overdue: the bureau that issued it is to
 * be reminded. Published once per recommendation and state (due soon once, overdue once) by the daily job, through
 * the event publication registry, for the notifications to deliver.
 *
 * @param officeUnitId the bureau that issued it; {@code issuedBy} the issuer's log-in name
 * @param addresseeId  the body that owes the feedback
 * @param overdue      false: due within the reminder window; true: the due day has passed without feedback
 */
public record RecommendationFeedbackDue(Long recommendationId, String number, String subject, Long officeUnitId,
                                        String issuedBy, Long addresseeId, LocalDate dueOn, boolean overdue) {
}
