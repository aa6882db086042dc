package org.xinfang.casework.web;

import io.swagger.v3.oas.annotations.media.Schema;
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
                  String queryCode, boolean disclosureConsent, Set<MatterAction> allowedActions, Handling handling,
                  Objection objection, Dispute dispute, List<DocumentDelivery> deliveries, List<String> undelivered,
                  RatingWindow ratingWindow, Closure closure,
                  List<UrgentReportJson> urgentReports, List<RecusalJson> recusals, boolean identityWithheld,
                  @Schema(description = "actions on the record the caller may take: correct the flags, acknowledge an urgent report, declare a conflict of interest")
                  Set<MatterAction> recordActions,
                  @Schema(description = "the handler's own steps: the sign-for (签收) with the time it took, the extension request (2022 art. 34) with the head's decision, the evidence, the opinion's drafts and sign-off (审签), the co-handling units' tasks and reports")
                  HandlerStepsJson handlerSteps,
                  @Schema(description = "issue 11: the transfers and assignments, and the people of the decisions by name")
                  Casefile casefile,
                  Duplicates duplicates) {

    /**
     * The handler's own steps (issue 11, item 3): the sign-for and the extension request, each null when it never
     * happened; the evidence, the opinion's sign-off and the co-handling units' tasks, empty when there are none.
     */
    record HandlerStepsJson(SignForJson signFor, ExtensionRequestJson extensionRequest, List<EvidenceJson> evidence,
                            SignOff signOff, List<CoHandlingTaskJson> coHandling,
                            @Schema(description = "the co-handling units that have not reported their part yet")
                            List<Ref> notReported) {
    }

    /**
     * The sign-for (签收) of the unit the matter reached: when it reached the unit, whether it waits (待签收), who signed
     * for it and when, and the time between, as an ISO-8601 duration, in whole minutes and as people say it. Null for a
     * matter that reached no unit since sign-for was recorded (before V20): nothing pending.
     */
    @Schema(description = "The sign-for (签收) of the unit the matter reached, and the time it took")
    record SignForJson(Ref unit, Instant receivedAt, boolean pending, Instant signedAt, String signedBy,
                       String signedByName,
                       @Schema(description = "ISO-8601 duration from the receipt to the sign-for, e.g. PT2H15M") String timeToSignFor,
                       Long minutesToSignFor, String timeToSignForText) {
    }

    /** The handler's request for the one extension (2022 art. 34), and the head's decision: APPROVED or REFUSED. */
    @Schema(description = "The handler's request to extend the handling limit, and the head's decision (2022 art. 34)")
    record ExtensionRequestJson(Integer days, String reason, String requestedBy, String requestedByName,
                                Instant requestedAt, boolean pending, String outcome, String decisionReason,
                                String decidedBy, String decidedByName, Instant decidedAt) {
    }

    /** A piece of evidence: what it is (INVESTIGATION_NOTE, PHOTO, DOCUMENT, OTHER_MATERIAL), what it shows, the file. */
    record EvidenceJson(Long id, String kind, String description, String filename, String contentType, long sizeBytes,
                        Ref unit, String attachedBy, Instant attachedAt,
                        @Schema(description = "where the file is downloaded; only for roles that see personal data")
                        String download) {
    }

    /** The opinion's sign-off: whether a draft waits for the unit head, and every round (the last is current). */
    record SignOff(boolean awaitingSignOff, List<DraftJson> rounds) {
    }

    /** One round: the handler's draft and the head's decision on it (SIGNED_OFF, RETURNED; null while waiting). */
    record DraftJson(int round, String outcome, String text, String draftedBy, Instant draftedAt, String decision,
                     String decidedBy, Instant decidedAt, String comments) {
    }

    /** A co-handling unit's task: whether it is still a co-handler, and its report once given. */
    record CoHandlingTaskJson(Ref unit, boolean current, Instant assignedAt, boolean reported, String report,
                              String reportedBy, Instant reportedAt) {
    }


    /**
     * What a handler needs beside the decisions' texts (issue 11, item 5): each passing-on, TRANSFER (转送) or
     * ASSIGNMENT (交办), with the unit that passed it on, the body it went to, the day and who; who registered it
     * and who approved the extension, by name, with the deadline after the extension; the supervision notices.
     */
    record Casefile(List<RoutingJson> routings, String registeredByName, String extensionApprovedByName,
                    LocalDate extendedDueOn, SupervisionJson supervision) {
    }

    /** One passing-on: kind TRANSFER or ASSIGNMENT; event ROUTED (the office), TRANSFERRED (a body), DISPUTE_DECIDED. */
    record RoutingJson(String kind, String event, Ref from, Ref to, LocalDate on, String by) {
    }

    /** The supervision notices (督办单, 2022 art. 40): how many, the last one's day and the day its written answer is due. */
    record SupervisionJson(int count, LocalDate lastOn, LocalDate answerDueOn) {
    }


    /**
     * Duplicates (issue 11, item 2): the matter this one was merged into and when, and the matters merged into this one
     * that the reader may see.
     */
    @Schema(description = "The matter this one was merged into as a duplicate (重复件并入), and the duplicates merged into it")
    record Duplicates(@Schema(description = "the original this matter was merged into; null when it was not") Linked duplicateOf,
                      @Schema(description = "when it was merged") java.time.Instant mergedAt,
                      @Schema(description = "the matters merged into this one as its duplicates") List<Linked> merged) {
    }

    /** Another matter, as a link: id, reference number, title as the reader reads it. */
    record Linked(Long id, String referenceNo, String title) {
    }

    /**
     * Handling by type (2022 arts 28–34): the type decided at acceptance (SUGGESTION 建议意见类, ACCUSATION 检举控告类,
     * APPEAL 申诉求决类; null before), an appeal's route of art. 31 (LITIGATION ... PETITION) and its item (1–6), the
     * suggested type for the registrar to confirm, a suggestion's adoption and reward, the accused, and where a matter
     * guided out of the petition procedure went.
     */
    record Handling(String type, String route, Integer routeItem, Suggestion suggestion, String adoptionOutcome,
                    boolean rewardMarked, String rewardReason, Accused accused, Guidance guidance) {
    }

    /** The type the text and the category suggest, and the words and category it rests on. */
    record Suggestion(String type, String route, List<String> reasons) {
    }

    /**
     * Who an accusation is about: rank (cadre-management authority), post, the accused unit (which never sees the
     * matter, art. 30 ¶3), the level whose discipline inspection and supervision body takes it, and when the
     * organisation (personnel) department was notified (art. 30 ¶2).
     */
    record Accused(String rank, String post, Ref unit, String disciplineBodyLevel, LocalDate organisationNotifiedOn) {
    }

    /**
     * Where a matter guided out of the petition procedure went: the receiving body, the written notice, the day; for
     * route (1), through the same-level politics-and-law department (art. 22 ¶2, art. 28 ¶2).
     */
    record Guidance(String receivingBody, String notice, LocalDate guidedOn, boolean viaPoliticsAndLaw) {
    }

    record Ref(String code, String name) {
    }

    /**
     * The matter's flags: the screening's, and after {@code packageLevel} those the national system records (issue 10,
     * item 7).
     */
    record Flags(boolean repeat, String repeatOf, boolean leapLevel, boolean collective, boolean onFinalMatter,
                 boolean overdue, boolean packageCase, String packageLeader, String packageLevel,
                 @Schema(description = "a written document issued and not yet delivered (未送达)") boolean undelivered,
                 @Schema(description = "first petition to this body (初次信访)") boolean firstToBody,
                 @Schema(description = "first petition anywhere on file") boolean firstAnywhere,
                 @Schema(description = "anonymous (匿名): the petitioner's identity is withheld from all but the receiving office's registrars") boolean anonymous,
                 @Schema(description = "a joint letter (联名)") boolean jointLetter,
                 @Schema(description = "litigation-related (涉法涉诉)") boolean litigationRelated,
                 @Schema(description = "involving Hong Kong, Macao, Taiwan, overseas Chinese or foreign nationals (涉港澳台侨外; 2022 art. 48)") boolean hmtForeign,
                 @Schema(description = "the petitioner threatens extreme action (扬言)") boolean threat,
                 @Schema(description = "major or urgent (重大紧急), reported at once under 2022 art. 25") boolean majorUrgent) {
    }

    /**
     * The delivery (送达) of a written document: {@code document} as in its address (handling-opinion), the method
     * (IN_PERSON, POST, ELECTRONIC, SMS_LINK; NOT_RECORDED for documents issued before deliveries were recorded), the
     * day, SIGNED or REFUSED (拒收, with the note of what happened), who delivered it, the tracking number by post.
     */
    record DocumentDelivery(String document, String method, LocalDate deliveredOn, String outcome, String note, String deliveredBy,
                    String trackingNumber, String recordedBy) {
    }

    /** The report of a major or urgent matter to one unit (2022 art. 25), and its acknowledgement. */
    record UrgentReportJson(@Schema(description = "the unit reported to") Ref recipient,
                            @Schema(description = "SAME_LEVEL_COMMITTEE_AND_GOVERNMENT (art. 25 ¶1) or HIGHER_PETITION_OFFICE (art. 25 ¶2)") String receivedAs,
                            String reportedBy, Instant reportedAt, String acknowledgedBy, Instant acknowledgedAt) {
    }

    /** A declared conflict of interest (回避, 2022 art. 28 ¶3): who, why, when. */
    record RecusalJson(String username, String reason, Instant declaredAt) {
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
                   Ref responsibleUnit, LocalDate receivedOn, String currentStep, LocalDate currentDueOn, Flags flags,
                   String handlingType) {
    }

    /**
     * The holder's objection that it is not competent (2022 art. 23 ¶3): shown while it may still object, and once it
     * did, until the matter is passed on again.
     *
     * @param passedOnBy   the office that passed the matter on, which decides on the objection
     * @param deadline     the last day to object: 5 working days after receipt, on the State Council's calendar
     * @param pending      objected, not yet decided: the matter waits
     * @param outcome      CONFIRMED (the matter went back to be routed again) or REJECTED (it stayed)
     */
    @Schema(description = "The objection of the unit the matter was passed to that it is not competent (2022 art. 23 ¶3)")
    record Objection(Ref passedOnBy, LocalDate receivedOn, LocalDate deadline, LocalDate objectedOn, Ref objectingUnit,
                     String objectedBy, String reason, boolean pending, String outcome, String decisionReason,
                     LocalDate decidedOn, String decidedBy) {
    }

    /**
     * A dispute over which body accepts the matter (2022 art. 24) and its decision.
     *
     * @param forum   COMMON_SUPERIOR (the parties' common superior body decides) or JOINT_CONFERENCE (they have none:
     *                the joint conference's office, the petition bureau of the area holding them all)
     * @param decider the body that decides
     * @param pending raised, not yet decided: the matter waits
     */
    @Schema(description = "A dispute over which body accepts the matter, and its decision (2022 art. 24)")
    record Dispute(LocalDate raisedOn, String raisedBy, Ref raisedByUnit, List<Ref> parties, String reason, String forum,
                   Ref decider, boolean pending, Ref acceptingUnit, String decisionReason, LocalDate decidedOn,
                   String decidedBy) {
    }
}
