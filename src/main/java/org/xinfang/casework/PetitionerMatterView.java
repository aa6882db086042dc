package org.xinfang.casework;

import org.xinfang.statute.AppealRoute;
import org.xinfang.statute.HandlingType;

import org.xinfang.casework.documents.StatutoryDocument;
import org.xinfang.intake.CategoryView;
import org.xinfang.statute.ProperChannel;
import org.xinfang.territory.UnitView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A matter as its petitioner sees it on the portal: the state, the dates and deadlines, the units by name, the
 * notices and opinions addressed to them, the letters they may print and what they may do next. Built in casework
 * from the matter, so that the portal never holds the entity: staff notes, staff names, contact details and the
 * timeline are simply not in it.
 *
 * @param nextActions the petitioner's actions the matter allows today ({@link MatterAction#BY_PETITIONER})
 * @param documents   the statutory letters the matter has reached, in the order of the procedure
 * @param handlingType the type decided at acceptance (2022 arts 28–34), and {@code appealRoute} an appeal's route
 * @param guidedBody  for a matter guided into another procedure, the receiving body, with the notice and the day
 * @param deliveries  how and when each letter was delivered to the petitioner (送达), for those delivered
 * @param officeSatisfaction the petitioner's rating of the petition office's own work; {@code satisfaction} rates
 *                           the handling body
 * @param ratingDeadline     the last day to rate, once there is an opinion
 * @param ratingLapsed       not rated in time (超期未评价)
 * @param closureVerifiedOn  when the petition office verified that the matter is concluded (审核认定办结)
 */
public record PetitionerMatterView(Long id, int version, String referenceNo, String queryCode, String title,
                                   MatterState state, LocalDate receivedOn, Instant registeredAt,
                                   CategoryView category, UnitView place, UnitView receivingOffice, UnitView holder,
                                   DueStep dueStep, LocalDate dueOn, LocalDate handlingDueOn,
                                   LocalDate decidedOn, AcceptanceOutcome acceptanceOutcome, String acceptanceNotice,
                                   String acceptanceReason, ProperChannel properChannel,
                                   Integer extensionDays, String extensionReason,
                                   LocalDate repliedOn, OpinionOutcome opinionOutcome, String opinionText,
                                   Satisfaction satisfaction, LocalDate evaluatedOn, String evaluationComment,
                                   LocalDate reviewRequestDeadline, LocalDate reviewRequestedOn, LocalDate reviewDueOn,
                                   LocalDate reviewedOn, ReviewOutcome reviewOutcome, String reviewOpinion,
                                   LocalDate reReviewRequestDeadline, LocalDate reReviewRequestedOn,
                                   LocalDate reReviewDueOn, LocalDate reReviewedOn, ReviewOutcome reReviewOutcome,
                                   String reReviewOpinion,
                                   Set<MatterAction> nextActions, List<StatutoryDocument> documents,
                                   HandlingType handlingType, AppealRoute appealRoute, AdoptionOutcome adoptionOutcome,
                                   String guidedBody, String guidedNotice, LocalDate guidedOn,
                                   Map<StatutoryDocument, Delivered> deliveries,
                                   Satisfaction officeSatisfaction, String officeEvaluationComment,
                                   LocalDate ratingDeadline, boolean ratingLapsed, LocalDate closedOn,
                                   LocalDate closureVerifiedOn) {

    public PetitionerMatterView {
        nextActions = Set.copyOf(nextActions);
        documents = List.copyOf(documents);
        deliveries = Map.copyOf(deliveries);
    }

    /** A letter's delivery as the petitioner sees it: how, on which day, signed for or refused; no staff names. */
    public record Delivered(DeliveryMethod method, LocalDate deliveredOn, DeliveryOutcome outcome, String trackingNumber) {
    }

    /** The delivery of {@code document}, or null while it is undelivered. */
    public Delivered delivery(StatutoryDocument document) {
        return deliveries.get(document);
    }

    public boolean isDeclined() {
        return acceptanceOutcome == AcceptanceOutcome.NOT_ACCEPTED;
    }

    /** Whether the petitioner can take {@code action} on the portal today. */
    public boolean may(MatterAction action) {
        return nextActions.contains(action);
    }
}
