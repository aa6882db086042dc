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
                  List<DocumentDelivery> deliveries, List<String> undelivered) {

    record Ref(String code, String name) {
    }

    record Flags(boolean repeat, String repeatOf, boolean leapLevel, boolean collective, boolean onFinalMatter,
                 boolean overdue, boolean packageCase, String packageLeader, String packageLevel, boolean undelivered) {
    }

    /**
     * The delivery (送达) of a written document: {@code document} as in its address (handling-opinion), the method
     * (IN_PERSON, POST, ELECTRONIC, SMS_LINK; NOT_RECORDED for documents issued before deliveries were recorded), the
     * day, SIGNED or REFUSED (拒收, with the note of what happened), who delivered it, the tracking number by post.
     */
    record DocumentDelivery(String document, String method, LocalDate deliveredOn, String outcome, String note, String deliveredBy,
                    String trackingNumber, String recordedBy) {
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

    record Evaluation(String satisfaction, String comment, LocalDate evaluatedOn) {
    }

    record Review(Ref body, LocalDate requestedOn, LocalDate dueOn, String outcome, String opinion, LocalDate decidedOn,
                  Integer hearingDays) {
    }

    /** One line of a list: enough to pick the matter and see its urgency. */
    record Summary(Long id, String referenceNo, String state, String channel, String title, Ref category, Ref place,
                   Ref responsibleUnit, LocalDate receivedOn, String currentStep, LocalDate currentDueOn, Flags flags) {
    }
}
