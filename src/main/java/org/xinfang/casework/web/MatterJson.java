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
                  String queryCode, boolean disclosureConsent, Set<MatterAction> allowedActions,
                  List<UrgentReportJson> urgentReports, List<RecusalJson> recusals, boolean identityWithheld,
                  @Schema(description = "actions on the record the caller may take: correct the flags, acknowledge an urgent report, declare a conflict of interest")
                  Set<MatterAction> recordActions) {

    record Ref(String code, String name) {
    }

    /**
     * The matter's flags: the screening's, and after {@code packageLevel} those the national system records (issue 10,
     * item 7).
     */
    record Flags(boolean repeat, String repeatOf, boolean leapLevel, boolean collective, boolean onFinalMatter,
                 boolean overdue, boolean packageCase, String packageLeader, String packageLevel,
                 @Schema(description = "first petition to this body (初次信访)") boolean firstToBody,
                 @Schema(description = "first petition anywhere on file") boolean firstAnywhere,
                 @Schema(description = "anonymous (匿名): the petitioner's identity is withheld from all but the receiving office's registrars") boolean anonymous,
                 @Schema(description = "a joint letter (联名)") boolean jointLetter,
                 @Schema(description = "litigation-related (涉法涉诉)") boolean litigationRelated,
                 @Schema(description = "involving Hong Kong, Macao, Taiwan, overseas Chinese or foreign nationals (涉港澳台侨外; 2022 art. 48)") boolean hmtForeign,
                 @Schema(description = "the petitioner threatens extreme action (扬言)") boolean threat,
                 @Schema(description = "major or urgent (重大紧急), reported at once under 2022 art. 25") boolean majorUrgent) {
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
