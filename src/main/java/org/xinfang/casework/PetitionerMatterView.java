package org.xinfang.casework;

import org.xinfang.casework.documents.StatutoryDocument;
import org.xinfang.intake.CategoryView;
import org.xinfang.statute.ProperChannel;
import org.xinfang.territory.UnitView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A matter as its petitioner sees it on the portal: the state, the dates and deadlines, the units by name, the
 * notices and opinions addressed to them, the letters they may print and what they may do next. Built in casework
 * from the matter, so that the portal never holds the entity: staff notes, staff names, contact details and the
 * timeline are simply not in it.
 *
 * @param nextActions the petitioner's actions the matter allows today ({@link MatterAction#BY_PETITIONER})
 * @param documents   the statutory letters the matter has reached, in the order of the procedure
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
                                   Satisfaction officeSatisfaction, String officeEvaluationComment,
                                   LocalDate ratingDeadline, boolean ratingLapsed, LocalDate closedOn,
                                   LocalDate closureVerifiedOn) {

    public PetitionerMatterView {
        nextActions = Set.copyOf(nextActions);
        documents = List.copyOf(documents);
    }

    public boolean isDeclined() {
        return acceptanceOutcome == AcceptanceOutcome.NOT_ACCEPTED;
    }

    /** Whether the petitioner can take {@code action} on the portal today. */
    public boolean may(MatterAction action) {
        return nextActions.contains(action);
    }
}
