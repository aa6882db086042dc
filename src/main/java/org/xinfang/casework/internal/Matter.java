package org.xinfang.casework.internal;

import org.xinfang.casework.AcceptanceDecision;
import org.xinfang.casework.AcceptanceOutcome;
import org.xinfang.casework.AdoptionOutcome;
import org.xinfang.casework.Actor;
import org.xinfang.casework.ContactDetails;
import org.xinfang.casework.DeliveryMethod;
import org.xinfang.casework.DeliveryOutcome;
import org.xinfang.casework.DueStep;
import org.xinfang.casework.MatterAction;
import org.xinfang.casework.MatterEventType;
import org.xinfang.casework.MatterState;
import org.xinfang.casework.ObjectionOutcome;
import org.xinfang.casework.OpinionOutcome;
import org.xinfang.casework.Registration;
import org.xinfang.casework.ReviewOutcome;
import org.xinfang.casework.RoutingKind;
import org.xinfang.casework.Satisfaction;
import org.xinfang.casework.documents.StatutoryDocument;
import org.xinfang.casework.MatterFlags;
import org.xinfang.casework.Recusal;
import org.xinfang.casework.UrgentRecipient;
import org.xinfang.casework.UrgentReport;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.xinfang.intake.Channel;
import org.xinfang.intake.PetitionKind;
import org.xinfang.platform.Refusal;
import org.xinfang.statute.AppealRoute;
import org.xinfang.statute.CadreRank;
import org.xinfang.statute.HandlingByType;
import org.xinfang.statute.HandlingType;
import org.xinfang.statute.DisputeForum;
import org.xinfang.statute.HandlerStepRules;
import org.xinfang.casework.ExtensionRequestOutcome;
import org.xinfang.statute.ProperChannel;
import org.xinfang.statute.Statute;
import org.xinfang.statute.WorkingDays;
import org.xinfang.territory.AdministrativeLevel;
import org.xinfang.territory.UnitView;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A matter (信访事项): one petition item on its way through the statutory procedure. Each transition is a
 * method that checks the current state and the statute, changes the matter, sets the next deadline and
 * appends an event to the timeline with what changed, who did it and why.
 */
@Entity
@Table(name = "matter")
public class Matter {

    /**
     * How far back a receipt date may be entered: a typing slip of a year would start the statutory clock
     * already expired. Older records come in through the bulk import, on the clock of their time.
     */
    public static final int MAX_BACKDATED_DAYS = 365;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private int version;
    private int eventSeq;
    private String referenceNo;
    private String queryCode;
    private boolean disclosureConsent;

    @Enumerated(EnumType.STRING)
    private Channel channel;
    @Enumerated(EnumType.STRING)
    private PetitionKind kind;
    @Enumerated(EnumType.STRING)
    private AdministrativeLevel originLevel;
    private Long petitionerId;
    private int persons;
    private Long categoryId;
    private Long placeUnitId;
    private String placePath;
    private String title;
    private String content;
    private LocalDate receivedOn;
    private Instant registeredAt;
    private String registeredBy;
    private Long receivingUnitId;
    private String receivingPath;
    private Long suggestedUnitId;
    private Long repeatOfId;
    private boolean leapLevel;
    /** The level of the government responsible for the matter, as screened at registration. */
    @Enumerated(EnumType.STRING)
    private AdministrativeLevel responsibleLevel;
    private boolean onFinalMatter;

    @Enumerated(EnumType.STRING)
    private MatterState state;
    private Long responsibleUnitId;
    private String responsiblePath;
    private Long leadUnitId;
    /** The body that accepted the matter: the one holding it then, which may have named another unit as the lead. */
    private Long acceptingUnitId;
    @Enumerated(EnumType.STRING)
    private RoutingKind routingKind;
    private LocalDate routedOn;
    private LocalDate routingDueOn;
    private LocalDate acceptanceDueOn;
    @Enumerated(EnumType.STRING)
    private AcceptanceOutcome acceptanceOutcome;
    private String acceptanceReason;
    @Enumerated(EnumType.STRING)
    private ProperChannel properChannel;
    private String acceptanceNotice;
    private LocalDate decidedOn;
    private LocalDate handlingDueOn;
    private Integer extensionDays;
    private String extensionReason;
    private String extensionApprovedBy;
    private String opinionText;
    @Enumerated(EnumType.STRING)
    private OpinionOutcome opinionOutcome;
    private LocalDate repliedOn;
    @Enumerated(EnumType.STRING)
    private Satisfaction satisfaction;
    private String evaluationComment;
    private LocalDate evaluatedOn;
    private LocalDate closedOn;

    private Long reviewUnitId;
    private LocalDate reviewRequestedOn;
    private LocalDate reviewDueOn;
    private String reviewReason;
    private String reviewOpinion;
    @Enumerated(EnumType.STRING)
    private ReviewOutcome reviewOutcome;
    private LocalDate reviewedOn;
    @Column(name = "rereview_unit_id")
    private Long reReviewUnitId;
    @Column(name = "rereview_requested_on")
    private LocalDate reReviewRequestedOn;
    @Column(name = "rereview_due_on")
    private LocalDate reReviewDueOn;
    @Column(name = "rereview_reason")
    private String reReviewReason;
    @Column(name = "rereview_opinion")
    private String reReviewOpinion;
    @Enumerated(EnumType.STRING)
    @Column(name = "rereview_outcome")
    private ReviewOutcome reReviewOutcome;
    @Column(name = "rereviewed_on")
    private LocalDate reReviewedOn;
    private Integer hearingDays;
    private LocalDate finalOn;

    private String packageLeader;
    @Enumerated(EnumType.STRING)
    private AdministrativeLevel packageLevel;
    private LocalDate packagedOn;
    private int supervisionCount;
    private LocalDate supervisedOn;
    private LocalDate supervisionAnswerDueOn;

    @Enumerated(EnumType.STRING)
    private DueStep dueStep;
    private LocalDate dueOn;

    /** The office that passed the matter to its holder (转送、交办), to which an objection goes (2022 art. 23 ¶3). */
    private Long routedFromUnitId;
    private String routedFromPath;
    private LocalDate objectedOn;
    private Long objectionUnitId;
    private String objectionReason;
    private String objectedBy;
    @Enumerated(EnumType.STRING)
    private ObjectionOutcome objectionOutcome;
    private String objectionDecisionReason;
    private LocalDate objectionDecidedOn;
    private String objectionDecidedBy;

    /** A dispute over which body accepts the matter (2022 art. 24), and its decision. */
    private LocalDate disputeRaisedOn;
    private String disputeRaisedBy;
    private Long disputeRaisedByUnitId;
    private String disputeReason;
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.ARRAY)
    private Long[] disputePartyIds;
    @Enumerated(EnumType.STRING)
    private DisputeForum disputeForum;
    private Long disputeDeciderUnitId;
    private String disputeDeciderPath;
    private Long disputeAcceptingUnitId;
    private String disputeDecisionReason;
    private LocalDate disputeDecidedOn;
    private String disputeDecidedBy;

    /** The petitioner's rating of the petition office's own work; {@link #satisfaction} rates the handling body. */
    @Enumerated(EnumType.STRING)
    private Satisfaction officeSatisfaction;
    private String officeEvaluationComment;
    /** The last day to rate, fixed with the opinion; past it, unrated, the matter is "not rated in time" (超期未评价). */
    private LocalDate ratingDueOn;
    /** The petition office's verification that the closed matter is concluded (审核认定办结). */
    private LocalDate closureVerifiedOn;
    private String closureVerifiedBy;

    // by subselect: a list of matters loads each collection in one statement, whatever its length; batches of 200 took
    // 50 statements a collection for an export of 10,000 and Hibernate's batch queue was rescanned for each of them
    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.Fetch(org.hibernate.annotations.FetchMode.SUBSELECT)
    @CollectionTable(name = "matter_co_handler", joinColumns = @JoinColumn(name = "matter_id"))
    @Column(name = "unit_id")
    private Set<Long> coHandlerUnitIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.Fetch(org.hibernate.annotations.FetchMode.SUBSELECT)
    @CollectionTable(name = "matter_representative", joinColumns = @JoinColumn(name = "matter_id"))
    @Column(name = "petitioner_id")
    private Set<Long> representativeIds = new LinkedHashSet<>();

    /** The contact details each person (petitioner or representative, by petitioner id) gave on this matter. */
    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.Fetch(org.hibernate.annotations.FetchMode.SUBSELECT)
    @CollectionTable(name = "matter_contact", joinColumns = @JoinColumn(name = "matter_id"))
    @MapKeyColumn(name = "petitioner_id")
    private Map<Long, ContactDetails> contacts = new LinkedHashMap<>();

    /** The type decided at acceptance (2022 arts 28–34); null before acceptance and on matters never accepted. */
    @Enumerated(EnumType.STRING)
    private HandlingType handlingType;
    /** For an appeal (申诉求决类): which of the six routes of 2022 art. 31 it takes. */
    @Enumerated(EnumType.STRING)
    private AppealRoute appealRoute;
    /** For a suggestion: adopted, partly adopted or not (2022 art. 29 ¶1); the reply is the opinion text. */
    @Enumerated(EnumType.STRING)
    private AdoptionOutcome adoptionOutcome;
    private boolean rewardMarked;
    private String rewardReason;
    /** For an accusation: the accused person's rank and post, and the accused unit, as registered. */
    @Enumerated(EnumType.STRING)
    private CadreRank accusedRank;
    private String accusedPost;
    private Long accusedUnitId;
    private String accusedUnitPath;
    /** The body a matter guided out of the petition procedure went to, the written notice, and the day. */
    private String guidedBody;
    private String guidedNotice;
    private LocalDate guidedOn;
    private LocalDate organisationNotifiedOn;
    /** The delivery (送达) of each written document issued, by document; an issued document not in here is undelivered. */
    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.Fetch(org.hibernate.annotations.FetchMode.SUBSELECT)
    @CollectionTable(name = "matter_delivery", joinColumns = @JoinColumn(name = "matter_id"))
    @MapKeyColumn(name = "document")
    @MapKeyEnumerated(EnumType.STRING)
    private Map<StatutoryDocument, Delivery> deliveries = new LinkedHashMap<>();
    /** The flags the national system records (issue 10, item 7). */
    @Embedded
    private MatterFlags flags = MatterFlags.NONE;

    /** The reports of a major or urgent matter, by recipient unit (2022 art. 25). */
    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 200)
    @CollectionTable(name = "matter_urgent_report", joinColumns = @JoinColumn(name = "matter_id"))
    @MapKeyColumn(name = "recipient_unit_id")
    private Map<Long, UrgentReport> urgentReports = new LinkedHashMap<>();

    /** The staff who declared a conflict of interest on the matter, by username (2022 art. 28 ¶3). */
    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 200)
    @CollectionTable(name = "matter_recusal", joinColumns = @JoinColumn(name = "matter_id"))
    @MapKeyColumn(name = "username")
    private Map<String, Recusal> recusals = new LinkedHashMap<>();

    /** The sign-for of the unit the matter reached, and the handler's request for an extension (issue 11, item 3). */
    @Embedded
    private HandlerSteps handlerSteps = HandlerSteps.none();

    /** The evidence the handling unit put on the matter, by attachment id. */
    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 200)
    @CollectionTable(name = "matter_evidence", joinColumns = @JoinColumn(name = "matter_id"))
    @MapKeyColumn(name = "attachment_id")
    private Map<Long, org.xinfang.casework.Evidence> evidence = new LinkedHashMap<>();
    /** The opinion's rounds of sign-off (审签), by round from 1; the last one is the current draft. */
    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 200)
    @CollectionTable(name = "matter_opinion_draft", joinColumns = @JoinColumn(name = "matter_id"))
    @MapKeyColumn(name = "round")
    private Map<Integer, org.xinfang.casework.OpinionDraft> opinionDrafts = new LinkedHashMap<>();
    /** Each co-handling unit's task (协办), by unit id. */
    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 200)
    @CollectionTable(name = "matter_co_handling_task", joinColumns = @JoinColumn(name = "matter_id"))
    @MapKeyColumn(name = "unit_id")
    private Map<Long, org.xinfang.casework.CoHandlingTask> coHandlingTasks = new LinkedHashMap<>();

    /** Merged into another matter as its duplicate (issue 11, item 2); null otherwise. */
    @Embedded
    private DuplicateOf duplicate;

    @Transient
    private final List<MatterEvent> pendingEvents = new ArrayList<>();

    protected Matter() {
    }

    /** Registers a new matter (登记). The receiving unit holds it until it is routed or decided on. */
    public static Matter register(Registration r, Actor actor, Clock clock) {
        if (r.receivedOn().isAfter(LocalDate.now(clock))) {
            throw Refusal.invalid("receivedOn", "matter.received-in-future");
        }
        if (r.receivedOn().isBefore(LocalDate.now(clock).minusDays(MAX_BACKDATED_DAYS))) {
            throw Refusal.invalid("receivedOn", "matter.received-too-long-ago", MAX_BACKDATED_DAYS);
        }
        // The petitioner is the first representative; the others are listed beside them.
        if (1 + r.representativeIds().size() > Statute.MAX_REPRESENTATIVES) {
            throw Refusal.invalid("representatives", "matter.too-many-representatives", Statute.MAX_REPRESENTATIVES);
        }
        if (r.persons() < 1 + r.representativeIds().size()) {
            throw Refusal.invalid("persons", "matter.persons-too-few");
        }
        Matter m = new Matter();
        Map<String, Object> before = m.snapshot();
        m.referenceNo = r.referenceNo();
        m.queryCode = r.queryCode();
        m.disclosureConsent = r.disclosureConsent();
        m.channel = r.channel();
        m.kind = r.kind();
        m.originLevel = r.originLevel();
        m.petitionerId = r.petitionerId();
        m.representativeIds.addAll(r.representativeIds());
        r.contacts().forEach((person, given) -> {
            if (given != null && (person.equals(r.petitionerId()) || r.representativeIds().contains(person))) {
                m.contacts.put(person, given);
            }
        });
        m.persons = r.persons();
        m.categoryId = r.categoryId();
        m.placeUnitId = r.place().id();
        m.placePath = r.place().path();
        m.title = r.title();
        m.content = r.content();
        m.receivedOn = r.receivedOn();
        m.registeredAt = clock.instant();
        m.registeredBy = actor.username();
        m.receivingUnitId = r.receivingUnit().id();
        m.receivingPath = r.receivingUnit().path();
        m.suggestedUnitId = r.suggestedUnit() == null ? null : r.suggestedUnit().id();
        m.repeatOfId = r.repeatOfId();
        m.leapLevel = r.leapLevel();
        m.responsibleLevel = r.suggestedUnit() == null ? null : r.suggestedUnit().level();
        m.onFinalMatter = r.onFinalMatter();
        if (r.accused() != null) {
            m.accusedRank = r.accused().rank();
            m.accusedPost = r.accused().post();
            m.accusedUnitId = r.accused().unit() == null ? null : r.accused().unit().id();
            m.accusedUnitPath = r.accused().unit() == null ? null : r.accused().unit().path();
        }
        m.flags = r.flags() == null ? MatterFlags.NONE : r.flags();
        m.state = MatterState.REGISTERED;
        m.holdAt(r.receivingUnit());
        m.routingDueOn = Statute.routingDue(r.receivedOn());
        m.record(MatterEventType.REGISTERED, null, actor, clock, before);
        return m;
    }

    /** Passes the matter to the body in charge (转送 or 交办); its acceptance clock starts today. */
    public void route(RoutingKind kind, UnitView bodyInCharge, String reason, Actor actor, Clock clock) {
        requireState(MatterAction.ROUTE);
        refuseAccusedSide(bodyInCharge, "unitCode");
        requireNoCompetenceQuestion();
        refuseSilentReturn(bodyInCharge, reason, "unitCode");
        Map<String, Object> before = snapshot();
        LocalDate today = LocalDate.now(clock);
        routingKind = kind;
        routedOn = today;
        passOnFromHolder();
        holdAt(bodyInCharge);
        receivedBy(bodyInCharge.id(), clock);
        acceptanceDueOn = Statute.acceptanceDecisionDue(today);
        state = MatterState.ROUTED;
        record(MatterEventType.ROUTED, reason, actor, clock, before);
    }

    /**
     * The acceptance decision (受理告知), by the body holding the matter. Accepting starts the 60-day handling
     * clock with a lead unit; not accepting needs a reason and the proper channel; transferring hands the
     * matter to another body, whose own 15 days start today.
     */
    public void decideAcceptance(AcceptanceDecision decision, Actor actor, Clock clock) {
        requireState(MatterAction.DECIDE_ACCEPTANCE);
        requireNoCompetenceQuestion();
        Map<String, Object> before = snapshot();
        LocalDate today = LocalDate.now(clock);
        switch (decision.outcome()) {
            case ACCEPTED -> {
                if (onFinalMatter) {
                    throw Refusal.conflict("matter.final-not-accepted-again");
                }
                if (Statute.mustBeSentDown(leapLevel, responsibleLevel, decision.leadUnit().level())) {
                    throw Refusal.conflict("matter.leap-level.send-down");
                }
                refuseAccusedSide(decision.leadUnit(), "leadUnitCode");
                decision.coHandlers().forEach(u -> refuseAccusedSide(u, "coHandlerUnitCodes"));
                if (decision.route() != null && decision.type() != null && decision.type() != HandlingType.APPEAL) {
                    throw Refusal.invalid("route", "matter.type.route-only-for-appeal");
                }
                handlingType = decision.type() == null ? HandlingType.APPEAL : decision.type();
                appealRoute = handlingType != HandlingType.APPEAL ? null
                        : decision.route() == null ? AppealRoute.PETITION : decision.route();
                decidedOn = today;
                acceptanceNotice = decision.notice();
                acceptingUnitId = responsibleUnitId;
                leadUnitId = decision.leadUnit().id();
                holdAt(decision.leadUnit());
                if (!Objects.equals(acceptingUnitId, leadUnitId)) {
                    receivedBy(leadUnitId, clock);
                }
                coHandlerUnitIds.clear();
                decision.coHandlers().forEach(u -> coHandlerUnitIds.add(u.id()));
                coHandlerUnitIds.remove(leadUnitId);
                openCoHandlingTasks(clock);
                handlingDueOn = HandlingByType.runsHandlingClock(handlingType, appealRoute) ? Statute.handlingDue(today) : null;
                state = MatterState.IN_HANDLING;
            }
            case NOT_ACCEPTED -> {
                decidedOn = today;
                acceptanceReason = decision.reason();
                properChannel = decision.properChannel();
                acceptanceNotice = decision.notice();
                state = MatterState.NOT_ACCEPTED;
            }
            case TRANSFERRED -> {
                refuseAccusedSide(decision.transferTo(), "transferToUnitCode");
                if (Objects.equals(decision.transferTo().id(), responsibleUnitId)) {
                    throw Refusal.invalid("transferToUnitCode", "matter.transfer-to-self");
                }
                refuseSilentReturn(decision.transferTo(), decision.reason(), "transferToUnitCode");
                routedOn = today;
                passOnFromHolder();
                holdAt(decision.transferTo());
                receivedBy(decision.transferTo().id(), clock);
                acceptanceDueOn = Statute.acceptanceDecisionDue(today);
                state = MatterState.ROUTED;
            }
        }
        acceptanceOutcome = decision.outcome();
        record(switch (decision.outcome()) {
            case ACCEPTED -> MatterEventType.ACCEPTED;
            case NOT_ACCEPTED -> MatterEventType.NOT_ACCEPTED;
            case TRANSFERRED -> MatterEventType.TRANSFERRED;
        }, decision.reason(), actor, clock, before);
    }

    /** Changes the lead unit or the co-handlers while the matter is being handled; the clock runs on. */
    public void reassign(UnitView lead, Collection<UnitView> coHandlers, String reason, Actor actor, Clock clock) {
        requireState(MatterAction.REASSIGN);
        refuseAccusedSide(lead, "leadUnitCode");
        coHandlers.forEach(u -> refuseAccusedSide(u, "coHandlerUnitCodes"));
        Map<String, Object> before = snapshot();
        leadUnitId = lead.id();
        holdAt(lead);
        if (!Objects.equals(before.get("responsibleUnitId"), lead.id())) {
            receivedBy(lead.id(), clock);
        }
        coHandlerUnitIds.clear();
        coHandlers.forEach(u -> coHandlerUnitIds.add(u.id()));
        coHandlerUnitIds.remove(leadUnitId);
        openCoHandlingTasks(clock);
        record(MatterEventType.REASSIGNED, reason, actor, clock, before);
    }

    /** The one extension of the handling limit the statute allows, approved by the head of the body (延期). */
    public void extendHandling(int days, String reason, Actor approvedBy, Clock clock) {
        requireState(MatterAction.EXTEND_HANDLING);
        if (!HandlingByType.runsHandlingClock(handlingType, appealRoute)) {
            throw Refusal.conflict("matter.extension.not-on-route", typeLabel());
        }
        if (extensionDays != null) {
            throw Refusal.conflict("matter.extension.only-once");
        }
        refuseWhileExtensionRequested();
        if (LocalDate.now(clock).isAfter(handlingDueOn)) {
            // The head approves an extension within the limit; approving it afterwards would hide a missed deadline.
            throw Refusal.conflict("matter.extension.after-deadline", handlingDueOn);
        }
        if (!Statute.isPermissibleExtension(days)) {
            throw Refusal.invalid("days", "matter.extension.too-long", Statute.MAX_HANDLING_EXTENSION_DAYS);
        }
        Map<String, Object> before = snapshot();
        extensionDays = days;
        extensionReason = reason;
        extensionApprovedBy = approvedBy.username();
        handlingDueOn = handlingDueOn.plusDays(days);
        record(MatterEventType.EXTENDED, reason, approvedBy, clock, before);
    }

    /** The written handling opinion (书面答复), with the default rating window ({@link Statute#RATING_WINDOW_DAYS}). */
    public void reply(OpinionOutcome outcome, String text, Actor actor, Clock clock) {
        reply(outcome, text, Statute.RATING_WINDOW_DAYS, actor, clock);
    }

    /**
     * The written handling opinion (书面答复); the petitioner's review window opens today, and their rating window of
     * {@code ratingWindowDays} days ({@code xinfang.rating.window-days}).
     */
    public void reply(OpinionOutcome outcome, String text, int ratingWindowDays, Actor actor, Clock clock) {
        requireState(MatterAction.REPLY);
        refuseOpinionOffRoute();
        refuseWhileDraftAwaitsSignOff();
        Map<String, Object> before = snapshot();
        opinionOutcome = outcome;
        opinionText = text;
        repliedOn = LocalDate.now(clock);
        ratingDueOn = Statute.ratingDeadline(repliedOn, ratingWindowDays);
        state = MatterState.REPLIED;
        record(MatterEventType.REPLIED, null, actor, clock, before);
    }

    /**
     * The petitioner's satisfaction evaluation, as recorded by staff or given on the portal. A matter closed
     * before the petitioner rated it can still be rated within the rating window; it stays closed. A rating may be
     * changed within the window while review has not been asked for (the rating is an opinion on the opinion, and
     * review does not depend on it); each rating stays on the timeline, the matter keeps the latest.
     */
    public void recordEvaluation(Satisfaction rating, String comment, Actor actor, Clock clock) {
        recordEvaluation(rating, comment, null, null, actor, clock);
    }

    /**
     * Both ratings, as the national information system records them (2022 art. 21 ¶2): of the handling body
     * ({@code rating}, required) and of the petition office's own work ({@code officeRating}; when none is given, the
     * one given before stays). Within the rating window only ({@link #ratingDeadline()}): a first rating after it is
     * refused naming the day it closed, the matter stays "not rated in time". A dissatisfied rating of the office says
     * why ({@link Statute#ratingNeedsReason}).
     */
    public void recordEvaluation(Satisfaction rating, String comment, Satisfaction officeRating, String officeComment,
                                 Actor actor, Clock clock) {
        requireState(MatterAction.RECORD_EVALUATION);
        LocalDate today = LocalDate.now(clock);
        if (!allows(MatterAction.RECORD_EVALUATION, today)) {
            throw satisfaction == null
                    ? Refusal.conflict("matter.evaluation.window-closed", ratingDeadline())
                    : Refusal.conflict("matter.evaluation.final", ratingDeadline());
        }
        if (officeRating != null && Statute.ratingNeedsReason(officeRating == Satisfaction.DISSATISFIED, true)
                && (officeComment == null || officeComment.isBlank())) {
            throw Refusal.invalid("officeComment", "matter.evaluation.office-reason-required");
        }
        Map<String, Object> before = snapshot();
        satisfaction = rating;
        evaluationComment = comment;
        if (officeRating != null) {
            officeSatisfaction = officeRating;
            officeEvaluationComment = officeComment;
        }
        evaluatedOn = today;
        if (state == MatterState.REPLIED) {
            state = MatterState.EVALUATED;
        }
        String reason = comment == null || comment.isBlank() ? officeComment
                : officeComment == null || officeComment.isBlank() ? comment : comment + " / " + officeComment;
        record(MatterEventType.EVALUATED, reason, actor, clock, before);
    }

    /**
     * The petition office verifies that the closed matter is concluded (审核认定办结); only then does it count as
     * concluded ({@link Statute#countsAsConcluded}). Once; the matter stays closed, review can still be asked for.
     */
    public void verifyClosure(String note, Actor actor, Clock clock) {
        requireState(MatterAction.VERIFY_CLOSURE);
        if (closureVerifiedOn != null) {
            throw Refusal.conflict("matter.closure.already-verified", closureVerifiedOn);
        }
        Map<String, Object> before = snapshot();
        closureVerifiedOn = LocalDate.now(clock);
        closureVerifiedBy = actor.username();
        record(MatterEventType.CLOSURE_VERIFIED, note, actor, clock, before);
    }

    /**
     * Supplementary material (补充材料) the petitioner sends while the matter is still being dealt with; the
     * files are kept with the matter, the timeline notes their arrival for whoever holds it.
     */
    public void receiveSupplement(String note, Actor actor, Clock clock) {
        requireState(MatterAction.ADD_SUPPLEMENT);
        record(MatterEventType.SUPPLEMENT_RECEIVED, note, actor, clock, snapshot());
    }

    /**
     * Closes the matter (办结) after the opinion; review can still be requested within its window. It counts as
     * concluded once the petition office has verified the closure ({@link #verifyClosure}).
     */
    public void close(String reason, Actor actor, Clock clock) {
        requireState(MatterAction.CLOSE);
        Map<String, Object> before = snapshot();
        closedOn = LocalDate.now(clock);
        state = MatterState.CLOSED;
        record(MatterEventType.CLOSED, reason, actor, clock, before);
    }

    /**
     * The petitioner asks the next-higher body to review the opinion (复查), within 30 days of it. Whoever does not
     * accept the opinion may ask (2022 art. 35), whatever their rating and whether they rated at all.
     */
    public void requestReview(UnitView reviewingBody, String reason, Actor actor, Clock clock) {
        requireState(MatterAction.REQUEST_REVIEW);
        if (!HandlingByType.mayBeReviewed(handlingType, appealRoute)) {
            throw Refusal.conflict("matter.review.not-on-route", typeLabel());
        }
        LocalDate today = LocalDate.now(clock);
        // 2022 art. 35: the 30 days run from the petitioner's receipt of the written opinion, its delivery
        LocalDate received = receiptOf(StatutoryDocument.HANDLING_OPINION);
        if (received == null) {
            throw Refusal.conflict("matter.review.not-delivered", repliedOn);
        }
        if (!Statute.isReviewWindowOpen(received, today)) {
            throw Refusal.conflict("matter.review.window-closed", Statute.reviewRequestDeadline(received), received);
        }
        Map<String, Object> before = snapshot();
        reviewUnitId = reviewingBody.id();
        reviewRequestedOn = today;
        reviewReason = reason;
        reviewDueOn = Statute.reviewDecisionDue(today);
        holdAt(reviewingBody);
        state = MatterState.UNDER_REVIEW;
        record(MatterEventType.REVIEW_REQUESTED, reason, actor, clock, before);
    }

    public void issueReviewOpinion(ReviewOutcome outcome, String opinion, Actor actor, Clock clock) {
        requireState(MatterAction.ISSUE_REVIEW_OPINION);
        Map<String, Object> before = snapshot();
        reviewOutcome = outcome;
        reviewOpinion = opinion;
        reviewedOn = LocalDate.now(clock);
        state = MatterState.REVIEWED;
        record(MatterEventType.REVIEWED, null, actor, clock, before);
    }

    /** Re-review (复核) by the body above the reviewing body, within 30 days of the review opinion. */
    public void requestReReview(UnitView reReviewingBody, String reason, Actor actor, Clock clock) {
        requireState(MatterAction.REQUEST_RE_REVIEW);
        LocalDate today = LocalDate.now(clock);
        // 2022 art. 36 ¶1: the 30 days run from the petitioner's receipt of the written review opinion
        LocalDate received = receiptOf(StatutoryDocument.REVIEW_OPINION);
        if (received == null) {
            throw Refusal.conflict("matter.re-review.not-delivered", reviewedOn);
        }
        if (!Statute.isReReviewWindowOpen(received, today)) {
            throw Refusal.conflict("matter.re-review.window-closed", Statute.reReviewRequestDeadline(received), received);
        }
        Map<String, Object> before = snapshot();
        reReviewUnitId = reReviewingBody.id();
        reReviewRequestedOn = today;
        reReviewReason = reason;
        hearingDays = 0;
        reReviewDueOn = Statute.reReviewDecisionDue(today, 0);
        holdAt(reReviewingBody);
        state = MatterState.UNDER_RE_REVIEW;
        record(MatterEventType.RE_REVIEW_REQUESTED, reason, actor, clock, before);
    }

    /** A hearing held during re-review; its days are not counted against the limit (2022 art. 36 ¶2). */
    public void recordHearing(int days, String reason, Actor actor, Clock clock) {
        requireState(MatterAction.RECORD_HEARING);
        if (days < 1 || days > 90) {
            throw Refusal.invalid("days", "matter.hearing.days");
        }
        Map<String, Object> before = snapshot();
        hearingDays += days;
        reReviewDueOn = Statute.reReviewDecisionDue(reReviewRequestedOn, hearingDays);
        record(MatterEventType.HEARING_HELD, reason, actor, clock, before);
    }

    /** The re-review opinion; the matter is final (终结) and not accepted again on the same facts. */
    public void issueReReviewOpinion(ReviewOutcome outcome, String opinion, Actor actor, Clock clock) {
        requireState(MatterAction.ISSUE_RE_REVIEW_OPINION);
        Map<String, Object> before = snapshot();
        reReviewOutcome = outcome;
        reReviewOpinion = opinion;
        LocalDate today = LocalDate.now(clock);
        reReviewedOn = today;
        finalOn = today;
        state = MatterState.FINAL;
        record(MatterEventType.FINALIZED, null, actor, clock, before);
    }

    /**
     * A supervision notice (督办单) to the unit holding the matter: it must answer within 30 days (2005 art. 36 ¶2;
     * 2022 art. 40 ¶4 sets no period: see {@link Statute#SUPERVISION_ANSWER_DAYS}). The matter's own step and deadline
     * are unchanged.
     */
    public void issueSupervisionNotice(String reason, Actor supervisor, Clock clock) {
        requireState(MatterAction.SUPERVISE);
        Map<String, Object> before = snapshot();
        LocalDate today = LocalDate.now(clock);
        supervisionCount++;
        supervisedOn = today;
        supervisionAnswerDueOn = Statute.supervisionAnswerDue(today);
        record(MatterEventType.SUPERVISION_NOTICE_ISSUED, reason, supervisor, clock, before);
    }

    /**
     * A leader of the city, a county, a township or a village personally takes charge of the matter
     * (四级包案). One leader at a time; a leader of a higher level may take it over.
     */
    public void takeAsPackageCase(AdministrativeLevel leaderLevel, String reason, Actor leader, Clock clock) {
        requireState(MatterAction.TAKE_AS_PACKAGE_CASE);
        if (packageLeader != null && !leaderLevel.isAbove(packageLevel)) {
            throw Refusal.conflict("matter.package.taken", packageLeader);
        }
        Map<String, Object> before = snapshot();
        packageLeader = leader.username();
        packageLevel = leaderLevel;
        packagedOn = LocalDate.now(clock);
        record(MatterEventType.PACKAGED, reason, leader, clock, before);
    }

    /**
     * The reply to a suggestion (建议意见类, 2022 art. 29 ¶1): studied, then adopted, adopted in part or not, with the
     * reply to the petitioner. It takes the place of the handling opinion; no review follows.
     */
    public void replyToSuggestion(AdoptionOutcome outcome, String reply, Actor actor, Clock clock) {
        requireState(MatterAction.REPLY_TO_SUGGESTION);
        if (!HandlingByType.takesAdoptionReply(handlingType)) {
            throw Refusal.conflict("matter.adoption.not-a-suggestion", typeLabel());
        }
        Map<String, Object> before = snapshot();
        adoptionOutcome = outcome;
        opinionText = reply;
        repliedOn = LocalDate.now(clock);
        state = MatterState.REPLIED;
        record(MatterEventType.SUGGESTION_REPLIED, null, actor, clock, before);
    }

    /** Marks an adopted suggestion for reward (2022 art. 29 ¶2); once. */
    public void markForReward(String reason, Actor actor, Clock clock) {
        requireState(MatterAction.MARK_FOR_REWARD);
        if (!HandlingByType.mayBeRewarded(handlingType, adoptedAtLeastInPart())) {
            throw Refusal.conflict("matter.reward.not-adopted");
        }
        if (rewardMarked) {
            throw Refusal.conflict("matter.reward.already");
        }
        Map<String, Object> before = snapshot();
        rewardMarked = true;
        rewardReason = reason;
        record(MatterEventType.REWARD_MARKED, reason, actor, clock, before);
    }

    /**
     * Ends the petition procedure for a matter that belongs in another one, with the receiving body and the written
     * notice: an appeal on routes (1) to (5) of 2022 art. 31 ¶1 (route (1) through the same-level politics-and-law
     * department, art. 22 ¶2, art. 28 ¶2), or an accusation handed to the discipline inspection and supervision body
     * (art. 30 ¶1), whose case about a cadre is also notified to the organisation (personnel) department (art. 30 ¶2).
     *
     * @param route for an appeal, the route (1) to (5); it may correct the route chosen at acceptance. Null keeps it.
     */
    public void guideOut(AppealRoute route, String receivingBody, String notice, Actor actor, Clock clock) {
        requireState(MatterAction.GUIDE_OUT);
        if (handlingType == HandlingType.SUGGESTION || handlingType == null) {
            throw Refusal.conflict("matter.guidance.not-for-type", typeLabel());
        }
        AppealRoute chosen = handlingType == HandlingType.APPEAL ? (route == null ? appealRoute : route) : null;
        if (handlingType == HandlingType.APPEAL && (chosen == null || !chosen.isGuidedOut())) {
            throw Refusal.invalid("route", "matter.guidance.route-six");
        }
        if (handlingType == HandlingType.ACCUSATION && route != null) {
            throw Refusal.invalid("route", "matter.type.route-only-for-appeal");
        }
        if (receivingBody == null || receivingBody.isBlank()) {
            throw Refusal.invalid("receivingBody", "matter.guidance.body-required");
        }
        if (notice == null || notice.isBlank()) {
            throw Refusal.invalid("notice", "matter.guidance.notice-required");
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> before = snapshot();
        appealRoute = chosen;
        guidedBody = receivingBody.strip();
        guidedNotice = notice;
        guidedOn = today;
        state = MatterState.GUIDED_OUT;
        record(handlingType == HandlingType.ACCUSATION ? MatterEventType.REFERRED_TO_DISCIPLINE
                : MatterEventType.GUIDED_OUT, guidedBody, actor, clock, before);
        if (HandlingByType.notifiesOrganisationDepartment(handlingType, accusedRank)) {
            organisationNotifiedOn = today;
            record(MatterEventType.ORGANISATION_NOTIFIED, "按照干部管理权限通报组织（人事）部门（《信访工作条例》第三十条第二款）",
                    actor, clock, snapshot());
        }
    }

    /** Whether a unit is the accused unit of an accusation, or within it (2022 art. 30 ¶3). */
    public boolean isAccusedSide(String unitPath) {
        return HandlingByType.isAccusedSide(accusedUnitPath, unitPath);
    }

    private void refuseAccusedSide(UnitView unit, String field) {
        if (unit != null && isAccusedSide(unit.path())) {
            throw Refusal.invalid(field, "matter.accused-unit.not-routed", unit.name());
        }
    }

    private void refuseOpinionOffRoute() {
        if (HandlingByType.takesHandlingOpinion(handlingType, appealRoute)) {
            return;
        }
        if (handlingType == HandlingType.APPEAL) {
            throw Refusal.conflict("matter.opinion.route-guided", appealRoute.item());
        }
        throw Refusal.conflict("matter.opinion.not-for-type", typeLabel());
    }

    /** The type (and route) as the refusals name it: a message key argument, resolved in the user's language. */
    private Object typeLabel() {
        return handlingType == null ? "—" : handlingType;
    }

    private boolean adoptedAtLeastInPart() {
        return adoptionOutcome == AdoptionOutcome.ADOPTED || adoptionOutcome == AdoptionOutcome.PARTLY_ADOPTED;
    }

    /**
     * Records the delivery (送达) of a written document the matter has issued: how, on which day, signed for or refused
     * (a refusal needs a note of what happened, and then counts as delivered: {@link Statute#countsAsReceipt}), who
     * delivered it, and for post the tracking number. Once per document; the review and re-review windows run from the
     * delivery of the opinion (2022 art. 35, 36 ¶1). The day ({@code deliveredOn}, today when null) lies between the
     * document's own date and today.
     */
    public void recordDelivery(StatutoryDocument document, DeliveryMethod method, LocalDate deliveredOn,
                               DeliveryOutcome outcome, String note, String deliveredBy, String trackingNo,
                               Actor actor, Clock clock) {
        requireState(MatterAction.RECORD_DELIVERY);
        LocalDate issuedOn = document.issuedOn(this);
        if (issuedOn == null || !document.isDeliveryRecorded()) {
            throw Refusal.conflict("delivery.document.not-issued", document);
        }
        Delivery recorded = deliveries.get(document);
        if (recorded != null) {
            throw Refusal.conflict("delivery.already-recorded", document, recorded.deliveredOn());
        }
        if (!method.isRecordable()) {
            throw Refusal.invalid("method", "delivery.method.not-recordable", method);
        }
        String tracking = blankToNull(trackingNo);
        if (method == DeliveryMethod.POST && tracking == null) {
            throw Refusal.invalid("trackingNumber", "delivery.tracking-number.required");
        }
        if (method != DeliveryMethod.POST && tracking != null) {
            throw Refusal.invalid("trackingNumber", "delivery.tracking-number.only-by-post", method);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate on = deliveredOn == null ? today : deliveredOn;
        if (on.isAfter(today)) {
            throw Refusal.invalid("deliveredOn", "delivery.date.in-future", on, today);
        }
        if (on.isBefore(issuedOn)) {
            throw Refusal.invalid("deliveredOn", "delivery.date.before-document", on, document, issuedOn);
        }
        String circumstances = blankToNull(note);
        if (!Statute.countsAsReceipt(outcome == DeliveryOutcome.REFUSED, circumstances != null)) {
            throw Refusal.invalid("note", "delivery.refusal.note-required");
        }
        Map<String, Object> before = snapshot();
        String by = blankToNull(deliveredBy);
        deliveries.put(document, new Delivery(method, on, outcome, circumstances,
                by == null ? actor.username() : by, tracking, actor.username(), clock.instant()));
        record(MatterEventType.DELIVERED, document.title() + (circumstances == null ? "" : "：" + circumstances),
                actor, clock, before);
    }

    /**
     * The day the petitioner received the document (its delivery, a recorded refusal included), or null while it is
     * undelivered or not issued.
     */
    public LocalDate receiptOf(StatutoryDocument document) {
        Delivery d = deliveries.get(document);
        return d == null || !Statute.countsAsReceipt(d.isRefused(), d.note() != null) ? null : d.deliveredOn();
    }

    /** The delivery recorded for the document, if any. */
    public Optional<Delivery> deliveryOf(StatutoryDocument document) {
        return Optional.ofNullable(deliveries.get(document));
    }

    /** The deliveries recorded, by document, in the order of the procedure. */
    public Map<StatutoryDocument, Delivery> deliveries() {
        Map<StatutoryDocument, Delivery> all = new java.util.EnumMap<>(StatutoryDocument.class);
        all.putAll(deliveries);
        return all;
    }

    /** The documents issued and not yet delivered (未送达), in the order of the procedure. */
    public List<StatutoryDocument> undeliveredDocuments() {
        return Arrays.stream(StatutoryDocument.values())
                .filter(d -> d.isDeliveryRecorded() && d.availableFor(this) && !deliveries.containsKey(d)).toList();
    }

    private Map<String, Object> deliveriesSnapshot() {
        if (deliveries.isEmpty()) {
            return null;
        }
        Map<String, Object> s = new TreeMap<>();
        deliveries.forEach((document, d) -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("method", d.method().name());
            one.put("deliveredOn", d.deliveredOn().toString());
            one.put("outcome", d.outcome().name());
            s.put(document.name(), one);
        });
        return s;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * Corrects the flags the national system records (issue 10, item 7), with a reason. A matter that becomes major or
     * urgent is reported at once to {@code recipients} (2022 art. 25); a report once made stays on record.
     */
    public void correctFlags(MatterFlags corrected, List<UrgentRecipient> recipients, String reason, Actor actor,
                             Clock clock) {
        requireState(MatterAction.CORRECT_FLAGS);
        requireConsistent(corrected);
        if (corrected.equals(flags)) {
            throw Refusal.invalid("flags", "matter.flags.unchanged");
        }
        Map<String, Object> before = snapshot();
        flags = corrected;
        record(MatterEventType.FLAGS_CORRECTED, reason, actor, clock, before);
        if (flags.majorUrgent()) {
            reportMajorUrgent(recipients, actor, clock);
        }
    }

    /** First anywhere is also first here; the request that says otherwise is refused. */
    public static void requireConsistent(MatterFlags flags) {
        if (flags.firstAnywhere() && !flags.firstToBody()) {
            throw Refusal.invalid("firstAnywhere", "matter.flags.first-anywhere-not-here");
        }
    }

    /**
     * Reports a major or urgent matter at once to each recipient not yet reported to (2022 art. 25 ¶1, ¶2), recording
     * who reported it and when; each report stays on its recipient's desk until acknowledged.
     */
    public void reportMajorUrgent(List<UrgentRecipient> recipients, Actor actor, Clock clock) {
        if (!flags.majorUrgent()) {
            throw Refusal.conflict("matter.urgent.not-flagged");
        }
        List<UrgentRecipient> fresh = recipients.stream().filter(r -> !urgentReports.containsKey(r.unit().id())).toList();
        if (fresh.isEmpty()) {
            return;
        }
        Map<String, Object> before = snapshot();
        fresh.forEach(r -> urgentReports.put(r.unit().id(),
                new UrgentReport(r.kind(), actor.username(), clock.instant(), null, null)));
        record(MatterEventType.URGENT_REPORTED, null, actor, clock, before);
    }

    /** The recipient acknowledges the report it received (2022 art. 25): it leaves that unit's desk. */
    public void acknowledgeUrgentReport(Actor actor, Clock clock) {
        requireState(MatterAction.ACKNOWLEDGE_URGENT_REPORT);
        UrgentReport report = urgentReports.get(actor.unitId());
        if (report == null || report.isAcknowledged()) {
            throw Refusal.conflict("matter.urgent.nothing-to-acknowledge");
        }
        Map<String, Object> before = snapshot();
        urgentReports.put(actor.unitId(), report.acknowledged(actor.username(), clock.instant()));
        record(MatterEventType.URGENT_REPORT_ACKNOWLEDGED, null, actor, clock, before);
    }

    /**
     * A member of staff declares a conflict of interest on the matter (回避, 2022 art. 28 ¶3): from now on they take
     * no step on it, and every refusal names this reason.
     */
    public void declareRecusal(String reason, Actor actor, Clock clock) {
        requireState(MatterAction.DECLARE_RECUSAL);
        if (recusals.containsKey(actor.username())) {
            throw Refusal.forbidden("matter.recused", recusals.get(actor.username()).reason());
        }
        Map<String, Object> before = snapshot();
        recusals.put(actor.username(), new Recusal(reason, clock.instant()));
        record(MatterEventType.RECUSAL_DECLARED, reason, actor, clock, before);
    }

    /** Whether a report of this matter awaits {@code unitId}'s acknowledgement. */
    public boolean awaitsAcknowledgementBy(Long unitId) {
        UrgentReport report = urgentReports.get(unitId);
        return report != null && !report.isAcknowledged();
    }

    /** The conflict of interest {@code username} declared on this matter, if they did. */
    public Optional<Recusal> recusalOf(String username) {
        return Optional.ofNullable(recusals.get(username));
    }

    /**
     * Whether {@code action} can be taken today, as far as the matter itself is concerned: its state, and the windows
     * of review and re-review. A rating, first or changed, is given within the rating window.
     */
    public boolean allows(MatterAction action, LocalDate today) {
        if (!action.availableIn(state)) {
            return false;
        }
        return switch (action) {
            // a rating, first or changed, within the rating window (2022 art. 21 ¶2; Statute.RATING_WINDOW_DAYS)
            case RECORD_EVALUATION -> ratingDeadline() == null || !today.isAfter(ratingDeadline());
            case REQUEST_REVIEW -> HandlingByType.mayBeReviewed(handlingType, appealRoute)
                    && Statute.isReviewWindowOpen(receiptOf(StatutoryDocument.HANDLING_OPINION), today);
            case REPLY -> HandlingByType.takesHandlingOpinion(handlingType, appealRoute) && !awaitsSignOff();
            // the one extension (2022 art. 34): not offered once granted, nor while the handler's request waits
            case EXTEND_HANDLING -> HandlingByType.runsHandlingClock(handlingType, appealRoute) && extensionDays == null
                    && !handlerSteps().isExtensionRequestPending();
            case SIGN_FOR -> isSignForPending();
            case REQUEST_EXTENSION -> HandlingByType.runsHandlingClock(handlingType, appealRoute)
                    && HandlerStepRules.mayRequestExtension(extensionDays != null, handlerSteps().isExtensionRequestPending());
            case DECIDE_EXTENSION_REQUEST -> handlerSteps().isExtensionRequestPending();
            case ATTACH_EVIDENCE, DRAFT_OPINION, SIGN_OFF_OPINION, RETURN_OPINION, REPORT_CO_HANDLING -> allowsOwnStep(action);
            case REPLY_TO_SUGGESTION -> HandlingByType.takesAdoptionReply(handlingType);
            case MARK_FOR_REWARD -> !rewardMarked && HandlingByType.mayBeRewarded(handlingType, adoptedAtLeastInPart());
            case GUIDE_OUT -> handlingType == HandlingType.ACCUSATION || handlingType == HandlingType.APPEAL;
            // the 5 working days are checked by the caller that has the calendar (Casework) and by objectTo itself
            case OBJECT -> routedFromUnitId != null && objectedOn == null && !isDisputePending();
            case DECIDE_OBJECTION -> isObjectionPending();
            case ROUTE, DECIDE_ACCEPTANCE -> !isObjectionPending() && !isDisputePending();
            case RAISE_DISPUTE -> disputeRaisedOn == null && !isObjectionPending();
            case DECIDE_DISPUTE -> isDisputePending();
            case REQUEST_RE_REVIEW -> Statute.isReReviewWindowOpen(receiptOf(StatutoryDocument.REVIEW_OPINION), today);
            case RECORD_DELIVERY -> !undeliveredDocuments().isEmpty();
            case VERIFY_CLOSURE -> closureVerifiedOn == null;
            default -> true;
        };
    }

    /** Whether the body in charge declined the matter (不予受理), naming the proper channel instead. */
    public boolean isDeclined() {
        return acceptanceOutcome == AcceptanceOutcome.NOT_ACCEPTED;
    }

    /** Whether the current step's deadline has passed. */
    public boolean isOverdue(LocalDate today) {
        return dueOn != null && today.isAfter(dueOn);
    }

    /** The events appended since the matter was loaded, handed over once for saving. */
    public List<MatterEvent> drainEvents() {
        pendingEvents.forEach(e -> e.belongTo(id));
        List<MatterEvent> events = List.copyOf(pendingEvents);
        pendingEvents.clear();
        return events;
    }

    private void holdAt(UnitView unit) {
        responsibleUnitId = unit.id();
        responsiblePath = unit.path();
    }

    /**
     * 2022 art. 24 ¶2: the body continuing a merged body's functions accepts its matters. Wherever the matter names the
     * merged unit as the body holding, leading, co-handling, accepting or reviewing it, it names the continuing body
     * from now on; the timeline records the succession with the before and the after, and keeps every earlier entry
     * as it was. False when the matter did not name the merged unit in any of these places.
     */
    public boolean passToContinuingBody(UnitView merged, UnitView continuing, String reason, Actor actor, Clock clock) {
        Map<String, Object> before = snapshot();
        Long gone = merged.id();
        boolean changed = false;
        if (gone.equals(responsibleUnitId)) {
            holdAt(continuing);
            changed = true;
        }
        if (gone.equals(leadUnitId)) {
            leadUnitId = continuing.id();
            changed = true;
        }
        if (gone.equals(acceptingUnitId)) {
            acceptingUnitId = continuing.id();
            changed = true;
        }
        if (gone.equals(reviewUnitId)) {
            reviewUnitId = continuing.id();
            changed = true;
        }
        if (gone.equals(reReviewUnitId)) {
            reReviewUnitId = continuing.id();
            changed = true;
        }
        if (coHandlerUnitIds.remove(gone)) {
            if (!continuing.id().equals(leadUnitId)) {
                coHandlerUnitIds.add(continuing.id());
            }
            changed = true;
        }
        if (changed) {
            record(MatterEventType.PASSED_TO_CONTINUING_BODY, reason, actor, clock, before);
        }
        return changed;
    }

    /** Refuses {@code action} in the current state, naming the state; or, for a rating already given, saying it stays. */
    public void requireState(MatterAction action) {
        if (!action.availableIn(state)) {
            throw action == MatterAction.RECORD_EVALUATION && satisfaction != null
                    ? Refusal.conflict("matter.evaluation.final", ratingDeadline())
                    : Refusal.conflict("matter.transition.illegal", action, state);
        }
    }

    /** The current step and its deadline follow from the state; derived here so no transition forgets them. */
    private void updateDue() {
        switch (state) {
            case REGISTERED -> setDue(DueStep.ROUTING, routingDueOn);
            case ROUTED -> setDue(DueStep.ACCEPTANCE, acceptanceDueOn);
            case IN_HANDLING -> setDue(DueStep.HANDLING, handlingDueOn);
            case UNDER_REVIEW -> setDue(DueStep.REVIEW, reviewDueOn);
            case UNDER_RE_REVIEW -> setDue(DueStep.RE_REVIEW, reReviewDueOn);
            default -> setDue(null, null);
        }
    }

    private void setDue(DueStep step, LocalDate on) {
        dueStep = step;
        dueOn = on;
    }

    private void record(MatterEventType type, String reason, Actor actor, Clock clock, Map<String, Object> before) {
        MatterState from = before.get("state") == null ? null : MatterState.valueOf((String) before.get("state"));
        updateDue();
        Map<String, Object> after = snapshot();
        Map<String, Object> changes = new LinkedHashMap<>();
        after.forEach((field, value) -> {
            Object old = before.get(field);
            if (!Objects.equals(old, value)) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("before", old);
                change.put("after", value);
                changes.put(field, change);
            }
        });
        eventSeq++;
        pendingEvents.add(new MatterEvent(id, eventSeq, type, clock.instant(), actor, from, state, reason, changes));
    }

    /** The audited fields, as plain values, for the before/after of each event. Text bodies are left out. */
    private Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("state", state == null ? null : state.name());
        s.put("responsibleUnitId", responsibleUnitId);
        s.put("leadUnitId", leadUnitId);
        s.put("coHandlerUnitIds", coHandlerUnitIds.isEmpty() ? null : List.copyOf(coHandlerUnitIds));
        s.put("routingKind", name(routingKind));
        s.put("acceptanceOutcome", name(acceptanceOutcome));
        s.put("properChannel", name(properChannel));
        s.put("dueStep", name(dueStep));
        s.put("dueOn", str(dueOn));
        s.put("handlingDueOn", str(handlingDueOn));
        s.put("extensionDays", extensionDays);
        s.put("opinionOutcome", name(opinionOutcome));
        s.put("satisfaction", name(satisfaction));
        s.put("reviewUnitId", reviewUnitId);
        s.put("reviewOutcome", name(reviewOutcome));
        s.put("reReviewUnitId", reReviewUnitId);
        s.put("reReviewOutcome", name(reReviewOutcome));
        s.put("hearingDays", hearingDays);
        s.put("supervisionCount", supervisionCount);
        s.put("packageLeader", packageLeader);
        s.put("packageLevel", name(packageLevel));
        s.put("supervisionAnswerDueOn", str(supervisionAnswerDueOn));
        s.put("handlingType", name(handlingType));
        s.put("appealRoute", name(appealRoute));
        s.put("adoptionOutcome", name(adoptionOutcome));
        s.put("rewardMarked", rewardMarked ? Boolean.TRUE : null);
        s.put("guidedBody", guidedBody);
        s.put("routedFromUnitId", routedFromUnitId);
        s.put("objectedOn", str(objectedOn));
        s.put("disputeRaisedOn", str(disputeRaisedOn));
        s.put("objectionOutcome", name(objectionOutcome));
        s.put("disputeDeciderUnitId", disputeDeciderUnitId);
        s.put("disputeAcceptingUnitId", disputeAcceptingUnitId);
        s.put("deliveries", deliveriesSnapshot());
        s.put("officeSatisfaction", name(officeSatisfaction));
        s.put("ratingDueOn", str(ratingDueOn));
        s.put("closureVerifiedOn", str(closureVerifiedOn));
        s.put("flags", flags == null || flags.raised().isEmpty() ? null : flags.raised().stream().map(Enum::name).toList());
        s.put("urgentReportedTo", urgentReports.isEmpty() ? null : List.copyOf(urgentReports.keySet()));
        List<Long> acknowledged = urgentReports.entrySet().stream().filter(e -> e.getValue().isAcknowledged())
                .map(Map.Entry::getKey).toList();
        s.put("urgentAcknowledgedBy", acknowledged.isEmpty() ? null : acknowledged);
        s.put("recused", recusals.isEmpty() ? null : List.copyOf(recusals.keySet()));
        handlerStepsSnapshot(s);
        ownStepsSnapshot(s);
        return s;
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }

    public Long id() { return id; }
    public int version() { return version; }
    /** How many timeline entries the matter has recorded: the {@code seq} of the latest. */
    public int eventSeq() { return eventSeq; }
    public String referenceNo() { return referenceNo; }
    public String queryCode() { return queryCode; }
    public boolean disclosureConsent() { return disclosureConsent; }
    public Channel channel() { return channel; }
    public PetitionKind kind() { return kind; }
    public AdministrativeLevel originLevel() { return originLevel; }
    public Long petitionerId() { return petitionerId; }
    public Set<Long> representativeIds() { return Set.copyOf(representativeIds); }
    /** The contact details the person gave on this matter, if any. */
    public Optional<ContactDetails> contactOf(Long petitionerId) { return Optional.ofNullable(contacts.get(petitionerId)); }
    /** The contact details given on this matter, by petitioner id. */
    public Map<Long, ContactDetails> contacts() { return Map.copyOf(contacts); }
    public int persons() { return persons; }
    public boolean isCollective() { return channel.isVisit() && Statute.isCollectiveVisit(persons); }
    public Long categoryId() { return categoryId; }
    public Long placeUnitId() { return placeUnitId; }
    public String placePath() { return placePath; }
    public String title() { return title; }
    public String content() { return content; }
    public LocalDate receivedOn() { return receivedOn; }
    public Instant registeredAt() { return registeredAt; }
    public String registeredBy() { return registeredBy; }
    public Long receivingUnitId() { return receivingUnitId; }
    public String receivingPath() { return receivingPath; }
    public Long suggestedUnitId() { return suggestedUnitId; }
    public Long repeatOfId() { return repeatOfId; }
    public boolean isRepeat() { return repeatOfId != null; }
    public boolean isLeapLevel() { return leapLevel; }
    public AdministrativeLevel responsibleLevel() { return responsibleLevel; }
    public boolean isOnFinalMatter() { return onFinalMatter; }
    public MatterState state() { return state; }
    public Long responsibleUnitId() { return responsibleUnitId; }
    public String responsiblePath() { return responsiblePath; }
    public Long leadUnitId() { return leadUnitId; }
    public Long acceptingUnitId() { return acceptingUnitId; }
    public Set<Long> coHandlerUnitIds() { return Set.copyOf(coHandlerUnitIds); }
    public RoutingKind routingKind() { return routingKind; }
    public LocalDate routedOn() { return routedOn; }
    public LocalDate routingDueOn() { return routingDueOn; }
    public LocalDate acceptanceDueOn() { return acceptanceDueOn; }
    public AcceptanceOutcome acceptanceOutcome() { return acceptanceOutcome; }
    public String acceptanceReason() { return acceptanceReason; }
    public ProperChannel properChannel() { return properChannel; }
    public String acceptanceNotice() { return acceptanceNotice; }
    public LocalDate decidedOn() { return decidedOn; }
    public LocalDate handlingDueOn() { return handlingDueOn; }
    public Integer extensionDays() { return extensionDays; }
    public String extensionReason() { return extensionReason; }
    public String extensionApprovedBy() { return extensionApprovedBy; }
    public String opinionText() { return opinionText; }
    public OpinionOutcome opinionOutcome() { return opinionOutcome; }
    public LocalDate repliedOn() { return repliedOn; }
    public Satisfaction satisfaction() { return satisfaction; }
    public String evaluationComment() { return evaluationComment; }
    public LocalDate evaluatedOn() { return evaluatedOn; }
    public LocalDate closedOn() { return closedOn; }
    public Long reviewUnitId() { return reviewUnitId; }
    public LocalDate reviewRequestedOn() { return reviewRequestedOn; }
    public LocalDate reviewDueOn() { return reviewDueOn; }
    public String reviewOpinion() { return reviewOpinion; }
    public ReviewOutcome reviewOutcome() { return reviewOutcome; }
    public LocalDate reviewedOn() { return reviewedOn; }
    public Long reReviewUnitId() { return reReviewUnitId; }
    public LocalDate reReviewRequestedOn() { return reReviewRequestedOn; }
    public LocalDate reReviewDueOn() { return reReviewDueOn; }
    public String reReviewOpinion() { return reReviewOpinion; }
    public ReviewOutcome reReviewOutcome() { return reReviewOutcome; }
    public LocalDate reReviewedOn() { return reReviewedOn; }
    public Integer hearingDays() { return hearingDays; }
    public LocalDate finalOn() { return finalOn; }
    public String packageLeader() { return packageLeader; }
    public AdministrativeLevel packageLevel() { return packageLevel; }
    public LocalDate packagedOn() { return packagedOn; }
    public boolean isPackageCase() { return packageLeader != null; }
    public int supervisionCount() { return supervisionCount; }
    public LocalDate supervisedOn() { return supervisedOn; }
    public LocalDate supervisionAnswerDueOn() { return supervisionAnswerDueOn; }
    public DueStep dueStep() { return dueStep; }
    public LocalDate dueOn() { return dueOn; }
    public HandlingType handlingType() { return handlingType; }
    public AppealRoute appealRoute() { return appealRoute; }
    public AdoptionOutcome adoptionOutcome() { return adoptionOutcome; }
    public boolean isRewardMarked() { return rewardMarked; }
    public String rewardReason() { return rewardReason; }
    public CadreRank accusedRank() { return accusedRank; }
    public String accusedPost() { return accusedPost; }
    public Long accusedUnitId() { return accusedUnitId; }
    public String accusedUnitPath() { return accusedUnitPath; }
    public String guidedBody() { return guidedBody; }
    public String guidedNotice() { return guidedNotice; }
    public LocalDate guidedOn() { return guidedOn; }
    public LocalDate organisationNotifiedOn() { return organisationNotifiedOn; }
    public MatterFlags flags() { return flags == null ? MatterFlags.NONE : flags; }
    /** The reports of a major or urgent matter, by recipient unit id, in the order they were made. */
    public Map<Long, UrgentReport> urgentReports() { return java.util.Collections.unmodifiableMap(urgentReports); }
    /** The declared conflicts of interest, by username. */
    public Map<String, Recusal> recusals() { return java.util.Collections.unmodifiableMap(recusals); }

    /**
     * The last day a review may be requested, once the opinion has been delivered (2022 art. 35: from its receipt);
     * null before.
     */
    public LocalDate reviewRequestDeadline() {
        LocalDate received = receiptOf(StatutoryDocument.HANDLING_OPINION);
        return received == null ? null : Statute.reviewRequestDeadline(received);
    }

    /** The last day a re-review may be requested, once the review opinion has been delivered (art. 36 ¶1); null before. */
    public LocalDate reReviewRequestDeadline() {
        LocalDate received = receiptOf(StatutoryDocument.REVIEW_OPINION);
        return received == null ? null : Statute.reReviewRequestDeadline(received);
    }


    // ---- 2022 art. 23 ¶3: the objection of the unit a matter was passed to ---------------------------------------

    /**
     * The unit holding a matter passed to it objects that it is not competent (异议), with its reasons, within 5 working
     * days of receiving it ({@link Statute#objectionDeadline}). The matter stays with it until the office that passed
     * it on decides; meanwhile neither the unit nor the office moves it on. One objection per receipt.
     */
    public void object(String reason, WorkingDays workingDays, Actor actor, Clock clock) {
        requireState(MatterAction.OBJECT);
        if (routedFromUnitId == null) {
            throw Refusal.conflict(disputeDecidedOn != null ? "matter.objection.designated" : "matter.objection.not-passed-on");
        }
        if (objectedOn != null) {
            throw Refusal.conflict("matter.objection.once", objectedOn);
        }
        if (isDisputePending()) {
            throw Refusal.conflict("matter.dispute.pending");
        }
        LocalDate today = LocalDate.now(clock);
        if (!Statute.isObjectionInTime(routedOn, today, workingDays)) {
            throw Refusal.conflict("matter.objection.too-late", routedOn, Statute.objectionDeadline(routedOn, workingDays),
                    Statute.OBJECTION_WORKING_DAYS);
        }
        Map<String, Object> before = snapshot();
        objectedOn = today;
        objectionUnitId = responsibleUnitId;
        objectionReason = reason;
        objectedBy = actor.username();
        record(MatterEventType.OBJECTED, reason, actor, clock, before);
    }

    /**
     * The transferring office's decision on the objection. Confirmed: the material comes back (交还相关材料) and the
     * matter is again registered with the office, to be routed within {@link Statute#reRoutingDue} (15 days from its
     * return). Rejected: the unit keeps the matter, its acceptance clock running on from its receipt.
     */
    public void decideObjection(ObjectionOutcome outcome, String reason, Actor actor, Clock clock) {
        requireState(MatterAction.DECIDE_OBJECTION);
        if (!isObjectionPending()) {
            throw Refusal.conflict("matter.objection.none-pending");
        }
        Map<String, Object> before = snapshot();
        LocalDate today = LocalDate.now(clock);
        objectionOutcome = outcome;
        objectionDecisionReason = reason;
        objectionDecidedOn = today;
        objectionDecidedBy = actor.username();
        if (outcome == ObjectionOutcome.CONFIRMED) {
            responsibleUnitId = routedFromUnitId;
            responsiblePath = routedFromPath;
            routingKind = null;
            routedOn = null;
            acceptanceDueOn = null;
            routingDueOn = Statute.reRoutingDue(today);
            state = MatterState.REGISTERED;
        }
        record(outcome == ObjectionOutcome.CONFIRMED ? MatterEventType.OBJECTION_CONFIRMED
                : MatterEventType.OBJECTION_REJECTED, reason, actor, clock, before);
    }

    /** The last day the holder may object: 5 working days from its receipt; none when it cannot object. */
    public LocalDate objectionDeadline(WorkingDays workingDays) {
        return state == MatterState.ROUTED && routedFromUnitId != null && routedOn != null
                ? Statute.objectionDeadline(routedOn, workingDays) : null;
    }

    public boolean isObjectionPending() {
        return objectedOn != null && objectionOutcome == null;
    }

    // ---- 2022 art. 24: disputed competence ------------------------------------------------------------------------

    /**
     * Two or more bodies dispute which of them accepts the matter (受理有争议). {@code decider} is the body that decides:
     * their common superior, or the joint conference's office where they have none ({@code forum}). The matter waits
     * where it is, its clock running; one dispute per matter.
     */
    public void raiseDispute(List<UnitView> parties, DisputeForum forum, UnitView decider, String reason, Actor actor,
                             Clock clock) {
        requireState(MatterAction.RAISE_DISPUTE);
        if (disputeRaisedOn != null) {
            throw Refusal.conflict("matter.dispute.once", disputeRaisedOn);
        }
        if (isObjectionPending()) {
            throw Refusal.conflict("matter.objection.pending");
        }
        if (parties.stream().map(UnitView::id).distinct().count() < Statute.MIN_DISPUTE_PARTIES) {
            throw Refusal.invalid("partyUnitCodes", "matter.dispute.parties", Statute.MIN_DISPUTE_PARTIES);
        }
        Map<String, Object> before = snapshot();
        disputeRaisedOn = LocalDate.now(clock);
        disputeRaisedBy = actor.username();
        disputeRaisedByUnitId = actor.unitId();
        disputeReason = reason;
        disputePartyIds = parties.stream().map(UnitView::id).distinct().toArray(Long[]::new);
        disputeForum = forum;
        disputeDeciderUnitId = decider.id();
        disputeDeciderPath = decider.path();
        record(MatterEventType.DISPUTE_RAISED, reason, actor, clock, before);
    }

    /**
     * The decision on the dispute: {@code accepting}, one of the parties, accepts. The matter goes to it as to a body
     * it was passed to, with its 15 days to tell the petitioner from today; it cannot object to a decision that named
     * it (art. 23 ¶3 is for matters transferred, not for a superior's designation).
     */
    public void decideDispute(UnitView accepting, String reason, Actor actor, Clock clock) {
        requireState(MatterAction.DECIDE_DISPUTE);
        if (!isDisputePending()) {
            throw Refusal.conflict("matter.dispute.none-pending");
        }
        if (!disputePartyIds().contains(accepting.id())) {
            throw Refusal.invalid("acceptingUnitCode", "matter.dispute.not-a-party", accepting.name());
        }
        Map<String, Object> before = snapshot();
        LocalDate today = LocalDate.now(clock);
        disputeAcceptingUnitId = accepting.id();
        disputeDecisionReason = reason;
        disputeDecidedOn = today;
        disputeDecidedBy = actor.username();
        routingKind = RoutingKind.ASSIGNMENT;
        routedOn = today;
        routedFromUnitId = null;
        routedFromPath = null;
        holdAt(accepting);
        receivedBy(accepting.id(), clock);
        acceptanceDueOn = Statute.acceptanceDueAfterDispute(today);
        state = MatterState.ROUTED;
        record(MatterEventType.DISPUTE_DECIDED, reason, actor, clock, before);
    }

    public boolean isDisputePending() {
        return disputeRaisedOn != null && disputeDecidedOn == null;
    }

    /** The office that passes the matter on is the holder; an earlier receipt's objection is history (the timeline). */
    private void passOnFromHolder() {
        routedFromUnitId = responsibleUnitId;
        routedFromPath = responsiblePath;
        objectedOn = null;
        objectionUnitId = null;
        objectionReason = null;
        objectedBy = null;
        objectionOutcome = null;
        objectionDecisionReason = null;
        objectionDecidedOn = null;
        objectionDecidedBy = null;
    }

    /** Nothing moves a matter on while an objection or a dispute over who is competent waits for its decision. */
    private void requireNoCompetenceQuestion() {
        if (isObjectionPending()) {
            throw Refusal.conflict("matter.objection.pending");
        }
        if (isDisputePending()) {
            throw Refusal.conflict("matter.dispute.pending");
        }
    }

    public Long routedFromUnitId() { return routedFromUnitId; }
    public String routedFromPath() { return routedFromPath; }
    public LocalDate objectedOn() { return objectedOn; }
    public Long objectionUnitId() { return objectionUnitId; }
    public String objectionReason() { return objectionReason; }
    public String objectedBy() { return objectedBy; }
    public ObjectionOutcome objectionOutcome() { return objectionOutcome; }
    public String objectionDecisionReason() { return objectionDecisionReason; }
    public LocalDate objectionDecidedOn() { return objectionDecidedOn; }
    public String objectionDecidedBy() { return objectionDecidedBy; }
    public LocalDate disputeRaisedOn() { return disputeRaisedOn; }
    public String disputeRaisedBy() { return disputeRaisedBy; }
    public Long disputeRaisedByUnitId() { return disputeRaisedByUnitId; }
    public String disputeReason() { return disputeReason; }
    public List<Long> disputePartyIds() { return disputePartyIds == null ? List.of() : List.of(disputePartyIds); }
    public DisputeForum disputeForum() { return disputeForum; }
    public Long disputeDeciderUnitId() { return disputeDeciderUnitId; }
    public String disputeDeciderPath() { return disputeDeciderPath; }
    public Long disputeAcceptingUnitId() { return disputeAcceptingUnitId; }
    public String disputeDecisionReason() { return disputeDecisionReason; }
    public LocalDate disputeDecidedOn() { return disputeDecidedOn; }
    public String disputeDecidedBy() { return disputeDecidedBy; }

    public Satisfaction officeSatisfaction() { return officeSatisfaction; }
    public String officeEvaluationComment() { return officeEvaluationComment; }
    public LocalDate ratingDueOn() { return ratingDueOn; }
    public LocalDate closureVerifiedOn() { return closureVerifiedOn; }
    public String closureVerifiedBy() { return closureVerifiedBy; }

    /** The last day to rate, once there is an opinion: fixed with it (a matter of before V17 has the default). */
    public LocalDate ratingDeadline() {
        return ratingDueOn != null ? ratingDueOn
                : repliedOn == null ? null : Statute.ratingDeadline(repliedOn, Statute.RATING_WINDOW_DAYS);
    }

    /** Not rated in time (超期未评价): an opinion was given, the rating window closed, and the handling body is unrated. */
    public boolean isRatingLapsed(LocalDate today) {
        return repliedOn != null && satisfaction == null && today.isAfter(ratingDeadline());
    }

    /** Whether the matter counts as concluded: closed and the closure verified by the petition office (审核认定办结). */
    public boolean isConcluded() {
        return Statute.countsAsConcluded(closedOn, closureVerifiedOn);
    }

    /** The handler's own steps on the matter: the sign-for and the extension request (never null). */
    public HandlerSteps handlerSteps() {
        if (handlerSteps == null) {
            // Hibernate loads an embeddable whose columns are all null (a matter of before V20) as null
            handlerSteps = HandlerSteps.none();
        }
        return handlerSteps;
    }

    /** The matter reached {@code unitId} now (转送、交办, a lead unit named): a receipt for that unit to sign for. */
    private void receivedBy(Long unitId, Clock clock) {
        handlerSteps().received(unitId, clock.instant());
    }

    /**
     * Whether the unit holding the matter has received it and not yet signed for it (待签收). A matter of before V20
     * has no receipt on record and counts as signed for; a matter that went back or on to another body has no
     * receipt of the unit that held it before.
     */
    public boolean isSignForPending() {
        return (state == MatterState.ROUTED || state == MatterState.IN_HANDLING)
                && handlerSteps().awaitsSignForBy(responsibleUnitId);
    }

    /**
     * The unit the matter reached signs for it (签收): who, when. The procedure's state and clock do not change (the
     * acceptance clock runs from the receipt, 2022 art. 23 ¶3); the time from the receipt to the sign-for is kept for
     * the figures ({@link HandlerSteps#timeToSignFor}). Once per receipt.
     */
    public void signFor(Actor actor, Clock clock) {
        requireState(MatterAction.SIGN_FOR);
        HandlerSteps s = handlerSteps();
        if (!Objects.equals(actor.unitId(), responsibleUnitId)) {
            throw Refusal.forbidden("matter.sign-for.not-the-holder");
        }
        if (s.signedAt() != null && Objects.equals(s.signForUnitId(), responsibleUnitId)) {
            throw Refusal.conflict("matter.sign-for.already", s.signedBy(), minute(s.signedAt(), clock));
        }
        if (!isSignForPending()) {
            throw Refusal.conflict("matter.sign-for.nothing-received");
        }
        Map<String, Object> before = snapshot();
        s.signedFor(actor.username(), clock.instant());
        record(MatterEventType.SIGNED_FOR, null, actor, clock, before);
    }

    /**
     * The handler asks the head of the body for the one extension of the handling limit, with a reason (2022 art. 34:
     * 经本机关、单位负责人批准; at most {@link Statute#MAX_HANDLING_EXTENSION_DAYS} days, asked within the limit). One
     * request waits at a time; once an extension is granted, none is asked for.
     */
    public void requestExtension(int days, String reason, Actor actor, Clock clock) {
        requireState(MatterAction.REQUEST_EXTENSION);
        if (!HandlingByType.runsHandlingClock(handlingType, appealRoute)) {
            throw Refusal.conflict("matter.extension.not-on-route", typeLabel());
        }
        HandlerSteps s = handlerSteps();
        if (extensionDays != null) {
            throw Refusal.conflict("matter.extension-request.already-extended", extensionDays, extensionApprovedBy);
        }
        if (s.isExtensionRequestPending()) {
            throw Refusal.conflict("matter.extension-request.pending", s.requestedBy(), s.requestedDays());
        }
        if (LocalDate.now(clock).isAfter(handlingDueOn)) {
            throw Refusal.conflict("matter.extension.after-deadline", handlingDueOn);
        }
        if (!Statute.isPermissibleExtension(days)) {
            throw Refusal.invalid("days", "matter.extension.too-long", Statute.MAX_HANDLING_EXTENSION_DAYS);
        }
        if (reason == null || reason.isBlank()) {
            throw Refusal.invalid("reason", "matter.extension-request.reason-required");
        }
        Map<String, Object> before = snapshot();
        s.requested(days, reason.strip(), actor.username(), clock.instant());
        record(MatterEventType.EXTENSION_REQUESTED, reason, actor, clock, before);
    }

    /**
     * The head of the body decides on the handler's request (2022 art. 34). Approved: the one extension is granted as
     * {@link #extendHandling} grants it, for the days asked, approved by the head. Refused: with the head's reason,
     * which the handler sees; the limit runs on, and the handler may ask again.
     */
    public void decideExtensionRequest(ExtensionRequestOutcome outcome, String reason, Actor head, Clock clock) {
        requireState(MatterAction.DECIDE_EXTENSION_REQUEST);
        HandlerSteps s = handlerSteps();
        if (!s.isExtensionRequestPending()) {
            throw Refusal.conflict("matter.extension-request.none-pending");
        }
        if (outcome == ExtensionRequestOutcome.REFUSED) {
            if (reason == null || reason.isBlank()) {
                throw Refusal.invalid("reason", "matter.extension-request.refusal-reason-required");
            }
            Map<String, Object> before = snapshot();
            s.decided(outcome, reason.strip(), head.username(), clock.instant());
            record(MatterEventType.EXTENSION_REQUEST_REFUSED, reason, head, clock, before);
            return;
        }
        int days = s.requestedDays();
        String asked = s.requestReason();
        s.decided(outcome, blankToNull(reason), head.username(), clock.instant());
        try {
            extendHandling(days, reason == null || reason.isBlank() ? asked : asked + "（" + reason.strip() + "）", head, clock);
        } catch (RuntimeException refused) {
            s.undecided();
            throw refused;
        }
    }

    /** The leader's own extension waits while the handler's request does: the head decides on that request. */
    private void refuseWhileExtensionRequested() {
        HandlerSteps s = handlerSteps();
        if (s.isExtensionRequestPending()) {
            throw Refusal.conflict("matter.extension.request-pending", s.requestedBy(), s.requestedDays());
        }
    }

    /**
     * 2022 art. 23 ¶3 (退回): the office confirmed that the unit is not competent; passing the matter back to that same
     * unit says why ({@link HandlerStepRules#mayRouteBack}), or it is refused naming the unit and the day it sent it back.
     */
    private void refuseSilentReturn(UnitView to, String reason, String field) {
        boolean back = objectionOutcome == ObjectionOutcome.CONFIRMED && Objects.equals(objectionUnitId, to.id());
        if (!HandlerStepRules.mayRouteBack(back, reason != null && !reason.isBlank())) {
            throw Refusal.invalid(field, "matter.send-back.route-back-needs-reason", to.name(), objectedOn);
        }
    }

    private static String minute(Instant at, Clock clock) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone()).format(at);
    }

    private void handlerStepsSnapshot(Map<String, Object> s) {
        HandlerSteps h = handlerSteps();
        s.put("signForUnitId", h.signForUnitId());
        s.put("signedForAt", h.signedAt() == null ? null : h.signedAt().toString());
        s.put("extensionRequest", h.requestedAt() == null ? null
                : h.requestOutcome() == null ? "PENDING" : h.requestOutcome().name());
    }

    /**
     * Evidence of the investigation (调查笔录, 照片, 书证/材料) the handling unit puts on the matter (2022 art. 31 ¶1 item 6);
     * the file was checked and stored as attachment {@code attachmentId} by the caller.
     */
    public void attachEvidence(Long attachmentId, org.xinfang.casework.EvidenceKind kind, String description,
                               String filename, String contentType, long sizeBytes, Actor actor, Clock clock) {
        requireState(MatterAction.ATTACH_EVIDENCE);
        if (!org.xinfang.statute.HandlerStepRules.takesEvidence(allowsOwnStep(MatterAction.ATTACH_EVIDENCE))) {
            throw Refusal.conflict("matter.transition.illegal", MatterAction.ATTACH_EVIDENCE, state);
        }
        Map<String, Object> before = snapshot();
        evidence.put(attachmentId, new org.xinfang.casework.Evidence(kind, description.strip(), filename, contentType,
                sizeBytes, actor.unitId(), actor.username(), clock.instant()));
        record(MatterEventType.EVIDENCE_ATTACHED, description.strip(), actor, clock, before);
    }

    /**
     * The handler drafts the opinion for the unit head's sign-off (审签), or revises it: a draft waiting for the head is
     * revised in place, a returned one starts a new round. Nothing is issued until the head signs it off.
     */
    public void draftOpinion(OpinionOutcome outcome, String text, Actor actor, Clock clock) {
        requireState(MatterAction.DRAFT_OPINION);
        refuseOpinionOffRoute();
        Map<String, Object> before = snapshot();
        Optional<org.xinfang.casework.OpinionDraft> current = currentDraft();
        boolean revising = current.isPresent() && current.get().isPending();
        org.xinfang.casework.OpinionDraft draft = new org.xinfang.casework.OpinionDraft(outcome, text, actor.username(),
                clock.instant(), null, null, null, null);
        opinionDrafts.put(revising ? opinionDrafts.size() : opinionDrafts.size() + 1, draft);
        record(revising ? MatterEventType.OPINION_DRAFT_REVISED : MatterEventType.OPINION_DRAFTED, null, actor, clock,
                before);
    }

    /**
     * The unit head signs the draft off (签发): it is issued as the matter's opinion exactly as {@link #reply} issues one
     * (state REPLIED, the rating window, the opinion letter and its delivery).
     */
    public void signOffOpinion(String note, int ratingWindowDays, Actor actor, Clock clock) {
        requireState(MatterAction.SIGN_OFF_OPINION);
        org.xinfang.casework.OpinionDraft draft = pendingDraft();
        Map<String, Object> before = snapshot();
        opinionDrafts.put(opinionDrafts.size(), draft.decided(org.xinfang.casework.SignOffDecision.SIGNED_OFF,
                actor.username(), clock.instant(), blankToNull(note)));
        record(MatterEventType.OPINION_SIGNED_OFF, blankToNull(note), actor, clock, before);
        reply(draft.outcome(), draft.text(), ratingWindowDays, actor, clock);
    }

    /** The unit head returns the draft to the handler with comments (退回修改); the handler revises it. */
    public void returnOpinion(String comments, Actor actor, Clock clock) {
        requireState(MatterAction.RETURN_OPINION);
        org.xinfang.casework.OpinionDraft draft = pendingDraft();
        if (org.xinfang.statute.HandlerStepRules.returnNeedsComments(true) && blankToNull(comments) == null) {
            throw Refusal.invalid("comments", "matter.opinion.return-comments-required");
        }
        Map<String, Object> before = snapshot();
        opinionDrafts.put(opinionDrafts.size(), draft.decided(org.xinfang.casework.SignOffDecision.RETURNED,
                actor.username(), clock.instant(), comments.strip()));
        record(MatterEventType.OPINION_RETURNED, comments.strip(), actor, clock, before);
    }

    /** A co-handling unit reports its part (协办情况) to the lead unit; once per task. */
    public void reportCoHandling(String report, Actor actor, Clock clock) {
        requireState(MatterAction.REPORT_CO_HANDLING);
        org.xinfang.casework.CoHandlingTask task = coHandlingTasks.get(actor.unitId());
        if (task == null || !coHandlerUnitIds.contains(actor.unitId())) {
            throw Refusal.forbidden("matter.co-handling.not-a-co-handler");
        }
        if (task.isReported()) {
            throw Refusal.conflict("matter.co-handling.already-reported", task.reportedBy());
        }
        Map<String, Object> before = snapshot();
        coHandlingTasks.put(actor.unitId(), task.reported(report.strip(), actor.username(), clock.instant()));
        record(MatterEventType.CO_HANDLING_REPORTED, report.strip(), actor, clock, before);
    }

    /** Whether {@code unitId} is a co-handling unit of the matter that has not reported its part yet. */
    public boolean owesCoHandlingReport(Long unitId) {
        org.xinfang.casework.CoHandlingTask task = coHandlingTasks.get(unitId);
        return task != null && coHandlerUnitIds.contains(unitId)
                && org.xinfang.statute.HandlerStepRules.owesReport(true, task.isReported());
    }

    /** Whether a draft opinion waits for the unit head's sign-off. */
    public boolean awaitsSignOff() {
        return currentDraft().map(org.xinfang.casework.OpinionDraft::isPending).orElse(false);
    }

    /** The latest round of the sign-off, if the opinion was drafted. */
    public Optional<org.xinfang.casework.OpinionDraft> currentDraft() {
        return Optional.ofNullable(opinionDrafts.get(opinionDrafts.size()));
    }

    /** Every round of the sign-off, from the first. */
    public List<org.xinfang.casework.OpinionDraft> opinionDrafts() {
        return new TreeMap<>(opinionDrafts).values().stream().toList();
    }

    /** The evidence put on the matter, by attachment id, in the order attached. */
    public Map<Long, org.xinfang.casework.Evidence> evidence() {
        Map<Long, org.xinfang.casework.Evidence> sorted = new LinkedHashMap<>();
        evidence.entrySet().stream().sorted(Map.Entry.comparingByValue(
                        java.util.Comparator.comparing(org.xinfang.casework.Evidence::attachedAt)))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return java.util.Collections.unmodifiableMap(sorted);
    }

    /** The co-handling units' tasks, by unit id: the current co-handlers', and the reports of former ones. */
    public Map<Long, org.xinfang.casework.CoHandlingTask> coHandlingTasks() {
        return java.util.Collections.unmodifiableMap(coHandlingTasks);
    }

    /** Each co-handler gets its task on assignment; a unit no longer co-handling loses its task unless it reported. */
    private void openCoHandlingTasks(Clock clock) {
        coHandlingTasks.entrySet().removeIf(e -> !coHandlerUnitIds.contains(e.getKey()) && !e.getValue().isReported());
        coHandlerUnitIds.forEach(unit -> coHandlingTasks.computeIfAbsent(unit,
                u -> org.xinfang.casework.CoHandlingTask.opened(clock.instant())));
    }

    private org.xinfang.casework.OpinionDraft pendingDraft() {
        return currentDraft().filter(org.xinfang.casework.OpinionDraft::isPending)
                .orElseThrow(() -> Refusal.conflict("matter.opinion.no-draft-pending"));
    }

    private void refuseWhileDraftAwaitsSignOff() {
        if (awaitsSignOff()) {
            throw Refusal.conflict("matter.opinion.draft-awaits-sign-off");
        }
    }

    /** What the matter itself allows of group B's steps (its state aside). */
    private boolean allowsOwnStep(MatterAction action) {
        return switch (action) {
            case ATTACH_EVIDENCE -> action.availableIn(state);
            case DRAFT_OPINION -> HandlingByType.takesHandlingOpinion(handlingType, appealRoute);
            case SIGN_OFF_OPINION, RETURN_OPINION -> awaitsSignOff();
            case REPORT_CO_HANDLING -> coHandlingTasks.entrySet().stream()
                    .anyMatch(e -> coHandlerUnitIds.contains(e.getKey()) && !e.getValue().isReported());
            default -> true;
        };
    }

    private void ownStepsSnapshot(Map<String, Object> s) {
        s.put("evidence", evidence.isEmpty() ? null : evidence.size());
        s.put("opinionDraft", currentDraft().map(d -> opinionDrafts.size() + ":"
                + (d.decision() == null ? "PENDING" : d.decision().name())).orElse(null));
        List<Long> reported = coHandlingTasks.entrySet().stream().filter(e -> e.getValue().isReported())
                .map(Map.Entry::getKey).sorted().toList();
        s.put("coHandlersReported", reported.isEmpty() ? null : reported);
    }

    /**
     * A registrar marks this matter a duplicate of {@code original} (重复件并入): it is closed into the original in
     * state MERGED, keeps its history, and counts as a repeat of it (its repeatOf link, unless it was a repeat already).
     * Refused into itself, into a matter merged into this one, into a matter whose procedure is over.
     */
    public void markDuplicateOf(Matter original, String reason, Actor actor, Clock clock) {
        requireState(MatterAction.MARK_DUPLICATE);
        DuplicateOf.refuseMerging(this, original);
        Map<String, Object> before = snapshot();
        duplicate = new DuplicateOf(original.id(), clock.instant());
        if (repeatOfId == null) {
            repeatOfId = original.id();
        }
        state = MatterState.MERGED;
        record(MatterEventType.MERGED_AS_DUPLICATE, duplicateReason(original.referenceNo(), reason), actor, clock, before);
    }

    /** The original's side of a merge: its timeline says which duplicate was merged into it. Its state stays. */
    public void recordDuplicateMergedIn(Matter duplicateMatter, String reason, Actor actor, Clock clock) {
        record(MatterEventType.DUPLICATE_MERGED_IN, duplicateReason(duplicateMatter.referenceNo(), reason), actor, clock,
                snapshot());
    }

    private static String duplicateReason(String otherReferenceNo, String reason) {
        return reason == null || reason.isBlank() ? otherReferenceNo : otherReferenceNo + " · " + reason.strip();
    }

    /** The matter this one was merged into as a duplicate, or null. */
    public Long duplicateOfId() {
        return duplicate == null ? null : duplicate.originalId();
    }

    /** When it was merged into its original, or null. */
    public java.time.Instant mergedAt() {
        return duplicate == null ? null : duplicate.mergedAt();
    }

    @Override
    public String toString() {
        return "Matter[" + id + " " + referenceNo + " " + state + "]";
    }
}
