package org.xinfang.casework.internal;

import org.xinfang.casework.AcceptanceDecision;
import org.xinfang.casework.AcceptanceOutcome;
import org.xinfang.casework.Actor;
import org.xinfang.casework.ContactDetails;
import org.xinfang.casework.DueStep;
import org.xinfang.casework.MatterAction;
import org.xinfang.casework.MatterEventType;
import org.xinfang.casework.MatterState;
import org.xinfang.casework.OpinionOutcome;
import org.xinfang.casework.Registration;
import org.xinfang.casework.ReviewOutcome;
import org.xinfang.casework.RoutingKind;
import org.xinfang.casework.Satisfaction;
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
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.xinfang.intake.Channel;
import org.xinfang.intake.PetitionKind;
import org.xinfang.platform.Refusal;
import org.xinfang.statute.ProperChannel;
import org.xinfang.statute.Statute;
import org.xinfang.territory.AdministrativeLevel;
import org.xinfang.territory.UnitView;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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

    // batched: a list of matters loads its co-handlers and representatives in a few statements, not two per matter
    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 200)
    @CollectionTable(name = "matter_co_handler", joinColumns = @JoinColumn(name = "matter_id"))
    @Column(name = "unit_id")
    private Set<Long> coHandlerUnitIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 200)
    @CollectionTable(name = "matter_representative", joinColumns = @JoinColumn(name = "matter_id"))
    @Column(name = "petitioner_id")
    private Set<Long> representativeIds = new LinkedHashSet<>();

    /** The contact details each person (petitioner or representative, by petitioner id) gave on this matter. */
    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 200)
    @CollectionTable(name = "matter_contact", joinColumns = @JoinColumn(name = "matter_id"))
    @MapKeyColumn(name = "petitioner_id")
    private Map<Long, ContactDetails> contacts = new LinkedHashMap<>();

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
        Map<String, Object> before = snapshot();
        LocalDate today = LocalDate.now(clock);
        routingKind = kind;
        routedOn = today;
        holdAt(bodyInCharge);
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
                decidedOn = today;
                acceptanceNotice = decision.notice();
                acceptingUnitId = responsibleUnitId;
                leadUnitId = decision.leadUnit().id();
                holdAt(decision.leadUnit());
                coHandlerUnitIds.clear();
                decision.coHandlers().forEach(u -> coHandlerUnitIds.add(u.id()));
                coHandlerUnitIds.remove(leadUnitId);
                handlingDueOn = Statute.handlingDue(today);
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
                if (Objects.equals(decision.transferTo().id(), responsibleUnitId)) {
                    throw Refusal.invalid("transferToUnitCode", "matter.transfer-to-self");
                }
                routedOn = today;
                holdAt(decision.transferTo());
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
        Map<String, Object> before = snapshot();
        leadUnitId = lead.id();
        holdAt(lead);
        coHandlerUnitIds.clear();
        coHandlers.forEach(u -> coHandlerUnitIds.add(u.id()));
        coHandlerUnitIds.remove(leadUnitId);
        record(MatterEventType.REASSIGNED, reason, actor, clock, before);
    }

    /** The one extension of the handling limit the statute allows, approved by the head of the body (延期). */
    public void extendHandling(int days, String reason, Actor approvedBy, Clock clock) {
        requireState(MatterAction.EXTEND_HANDLING);
        if (extensionDays != null) {
            throw Refusal.conflict("matter.extension.only-once");
        }
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

    /** The written handling opinion (书面答复); the petitioner's review window opens today. */
    public void reply(OpinionOutcome outcome, String text, Actor actor, Clock clock) {
        requireState(MatterAction.REPLY);
        Map<String, Object> before = snapshot();
        opinionOutcome = outcome;
        opinionText = text;
        repliedOn = LocalDate.now(clock);
        state = MatterState.REPLIED;
        record(MatterEventType.REPLIED, null, actor, clock, before);
    }

    /**
     * The petitioner's satisfaction evaluation, as recorded by staff or given on the portal. A matter closed
     * before the petitioner rated it can still be rated; it stays closed. A rating may be changed while review
     * could still be asked for (the rating is an opinion on the opinion, and review does not depend on it); each
     * rating stays on the timeline, the matter keeps the latest.
     */
    public void recordEvaluation(Satisfaction rating, String comment, Actor actor, Clock clock) {
        requireState(MatterAction.RECORD_EVALUATION);
        LocalDate today = LocalDate.now(clock);
        if (!allows(MatterAction.RECORD_EVALUATION, today)) {
            throw Refusal.conflict("matter.evaluation.final", reviewRequestDeadline());
        }
        Map<String, Object> before = snapshot();
        satisfaction = rating;
        evaluationComment = comment;
        evaluatedOn = today;
        if (state == MatterState.REPLIED) {
            state = MatterState.EVALUATED;
        }
        record(MatterEventType.EVALUATED, comment, actor, clock, before);
    }

    /**
     * Supplementary material (补充材料) the petitioner sends while the matter is still being dealt with; the
     * files are kept with the matter, the timeline notes their arrival for whoever holds it.
     */
    public void receiveSupplement(String note, Actor actor, Clock clock) {
        requireState(MatterAction.ADD_SUPPLEMENT);
        record(MatterEventType.SUPPLEMENT_RECEIVED, note, actor, clock, snapshot());
    }

    /** Closes the matter (办结) after the opinion; review can still be requested within its window. */
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
        LocalDate today = LocalDate.now(clock);
        if (today.isAfter(Statute.reviewRequestDeadline(repliedOn))) {
            throw Refusal.conflict("matter.review.window-closed", Statute.reviewRequestDeadline(repliedOn));
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
        if (today.isAfter(Statute.reReviewRequestDeadline(reviewedOn))) {
            throw Refusal.conflict("matter.re-review.window-closed", Statute.reReviewRequestDeadline(reviewedOn));
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
     * of review and re-review. A first rating has no window; changing one ends with the review window.
     */
    public boolean allows(MatterAction action, LocalDate today) {
        if (!action.availableIn(state)) {
            return false;
        }
        return switch (action) {
            case RECORD_EVALUATION -> satisfaction == null || !today.isAfter(reviewRequestDeadline());
            case REQUEST_REVIEW -> !today.isAfter(reviewRequestDeadline());
            case REQUEST_RE_REVIEW -> !today.isAfter(reReviewRequestDeadline());
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

    /** Refuses {@code action} in the current state, naming the state; or, for a rating already given, saying it stays. */
    public void requireState(MatterAction action) {
        if (!action.availableIn(state)) {
            throw action == MatterAction.RECORD_EVALUATION && satisfaction != null
                    ? Refusal.conflict("matter.evaluation.final", reviewRequestDeadline())
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
        s.put("flags", flags == null || flags.raised().isEmpty() ? null : flags.raised().stream().map(Enum::name).toList());
        s.put("urgentReportedTo", urgentReports.isEmpty() ? null : List.copyOf(urgentReports.keySet()));
        List<Long> acknowledged = urgentReports.entrySet().stream().filter(e -> e.getValue().isAcknowledged())
                .map(Map.Entry::getKey).toList();
        s.put("urgentAcknowledgedBy", acknowledged.isEmpty() ? null : acknowledged);
        s.put("recused", recusals.isEmpty() ? null : List.copyOf(recusals.keySet()));
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
    public MatterFlags flags() { return flags == null ? MatterFlags.NONE : flags; }
    /** The reports of a major or urgent matter, by recipient unit id, in the order they were made. */
    public Map<Long, UrgentReport> urgentReports() { return java.util.Collections.unmodifiableMap(urgentReports); }
    /** The declared conflicts of interest, by username. */
    public Map<String, Recusal> recusals() { return java.util.Collections.unmodifiableMap(recusals); }

    /** The last day a review may be requested, once there is an opinion. */
    public LocalDate reviewRequestDeadline() {
        return repliedOn == null ? null : Statute.reviewRequestDeadline(repliedOn);
    }

    public LocalDate reReviewRequestDeadline() {
        return reviewedOn == null ? null : Statute.reReviewRequestDeadline(reviewedOn);
    }

    @Override
    public String toString() {
        return "Matter[" + id + " " + referenceNo + " " + state + "]";
    }
}
