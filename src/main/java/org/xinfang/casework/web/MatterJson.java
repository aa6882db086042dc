package org.xinfang.casework.web;

import org.xinfang.casework.MatterAction;
import org.xinfang.intake.PetitionerView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A matter as the API shows it; personal data already masked for the viewer's role. The query code only for
 * registrars, who give it to the petitioner.
 */
record MatterJson(Long id, String referenceNo, int version, String state, String channel, String kind, String originLevel,
                  String title, String content, int persons, boolean collective, Flags flags, PetitionerView petitioner,
                  List<PetitionerView> representatives, Ref category, Ref place, Ref receivingUnit, Ref suggestedUnit,
                  Ref responsibleUnit, Ref leadUnit, List<Ref> coHandlers, LocalDate receivedOn, Instant registeredAt,
                  String registeredBy, Deadlines deadlines, Acceptance acceptance, Extension extension, Opinion opinion,
                  Evaluation evaluation, LocalDate closedOn, Review review, Review reReview, LocalDate finalOn,
                  String queryCode, boolean disclosureConsent, Set<MatterAction> allowedActions,
                  RatingWindow ratingWindow, Closure closure) {

    record Ref(String code, String name) {
    }

    record Flags(boolean repeat, String repeatOf, boolean leapLevel, boolean collective, boolean onFinalMatter,
                 boolean overdue, boolean packageCase, String packageLeader, String packageLevel) {
    }

    record Deadlines(String currentStep, LocalDate currentDueOn, Long daysLeft, LocalDate routingDueOn,
                     LocalDate acceptanceDueOn, LocalDate handlingDueOn, LocalDate reviewRequestDeadline,
                     LocalDate reviewDueOn, LocalDate reReviewRequestDeadline, LocalDate reReviewDueOn) {
    }

    record Acceptance(String outcome, LocalDate decidedOn, String notice, String reason, String properChannel,
                      String routingKind, LocalDate routedOn) {
    }

    record Extension(Integer days, String reason, String approvedBy) {
    }

    record Opinion(String outcome, String text, LocalDate repliedOn) {
    }

    /** Both ratings: {@code satisfaction} of the handling body, {@code officeSatisfaction} of the petition office. */
    record Evaluation(String satisfaction, String comment, LocalDate evaluatedOn, String officeSatisfaction,
                      String officeComment) {
    }

    /**
     * The rating window of an opinion: the last day to rate, and whether it closed with the handling body unrated
     * ("not rated in time", 超期未评价).
     */
    record RatingWindow(LocalDate closesOn, boolean lapsed) {
    }

    /**
     * Closing (办结) and its verification by the petition office (审核认定办结): the matter counts as concluded only
     * once verified.
     */
    record Closure(LocalDate closedOn, boolean verified, LocalDate verifiedOn, String verifiedBy) {
    }

    record Review(Ref body, LocalDate requestedOn, LocalDate dueOn, String outcome, String opinion, LocalDate decidedOn,
                  Integer hearingDays) {
    }

    /** One line of a list: enough to pick the matter and see its urgency. */
    record Summary(Long id, String referenceNo, String state, String channel, String title, Ref category, Ref place,
                   Ref responsibleUnit, LocalDate receivedOn, String currentStep, LocalDate currentDueOn, Flags flags) {
    }
}
