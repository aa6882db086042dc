package org.xinfang.casework;

import org.xinfang.casework.internal.Matter;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.xinfang.platform.Refusal;
import org.xinfang.statute.AppealRoute;
import org.xinfang.statute.HandlingType;
import org.xinfang.statute.DisputeForum;
import org.xinfang.statute.ProperChannel;
import org.xinfang.statute.Statute;
import org.xinfang.statute.WorkingDays;
import org.xinfang.territory.AdministrativeLevel;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A request to move a matter one step: one record per transition, the one way in for the API, the staff pages, the
 * portal and the demo generator. Each record is the body the API reads and the form the page posts, names the version
 * the client saw, and applies itself by calling the matter's own transition method, which checks the state and
 * records the event. {@link Command} says which action it takes and how the doors address it.
 */
public sealed interface MatterCommand {

    /**
     * Every command's {@link Command#path}, as a pattern for the doors' mappings ({@code {action:...}}): an address that
     * names no command then matches no mapping, and is answered 404 whatever its method (not 405). Annotations need a
     * constant; {@link Type#ALL} refuses to load when it and the commands' paths differ.
     */
    String PATHS = "routing|acceptance|assignment|extension|opinion|evaluation|closure|review-request|review-opinion"
            + "|re-review-request|re-review-hearing|re-review-opinion|supervision|package-case|adoption|reward|guidance"
            + "|objection|objection-decision|dispute|dispute-decision|delivery|closure-verification"
            + "|flags|urgent-acknowledgement|recusal"
            + "|sign-for|extension-request|extension-request-decision"
            + "|opinion-draft|opinion-sign-off|opinion-return|co-handling-report";

    /** The version of the matter the client saw; the staff doors refuse a stale one. The demo, in memory, has none. */
    Integer version();

    /** The action this command takes: whose roles, which reach, in which states ({@link MatterAction}). */
    default MatterAction action() {
        return Type.of(getClass()).action();
    }

    /**
     * The transition, with the units the command names looked up first: a unit that does not exist or that the actor
     * may not name is refused as bad input before the matter is loaded, and the matter then refuses a wrong state.
     */
    Transition resolve(Units units);

    /** The matter's transition method, bound to what the command carries. */
    @FunctionalInterface
    interface Transition {
        void applyTo(Matter matter, Actor actor, Clock clock);
    }

    /** What the doors need to know of a command type. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface Command {
        MatterAction action();

        /** The last segment of its address: {@code /api/v1/matters/{id}/<path>} and {@code /matters/{id}/<path>}. */
        String path();

        /** Its form fragment in templates/casework/commands.html; the form's id is {@code form-<form>}. */
        String form();

        /** What it does, for the API's description (OpenAPI). */
        String summary();
    }

    /** A command type as {@link Command} describes it. */
    record Type(Class<? extends MatterCommand> type, MatterAction action, String path, String form, String summary) {

        /** Every command, in the order of their actions. */
        public static final List<Type> ALL = Arrays.stream(MatterCommand.class.getPermittedSubclasses())
                .map(c -> {
                    Command d = c.getAnnotation(Command.class);
                    return new Type(c.asSubclass(MatterCommand.class), d.action(), d.path(), d.form(), d.summary());
                })
                .sorted(Comparator.comparing(Type::action)).toList();

        static {
            Set<String> paths = ALL.stream().map(Type::path).collect(Collectors.toSet());
            if (!paths.equals(Set.of(PATHS.split("\\|")))) {
                throw new IllegalStateException("MatterCommand.PATHS " + PATHS + " differs from the commands' paths " + paths);
            }
        }

        private static final Map<Class<?>, Type> BY_CLASS = ALL.stream().collect(Collectors.toMap(Type::type, Function.identity()));

        public static Type of(Class<? extends MatterCommand> type) {
            return BY_CLASS.get(type);
        }

        public static Optional<Type> byPath(String path) {
            return ALL.stream().filter(t -> t.path().equals(path)).findFirst();
        }

        /** The commands taking these actions, in the order of the actions (ADD_SUPPLEMENT, the portal's own, has none). */
        public static List<Type> forActions(Collection<MatterAction> actions) {
            return ALL.stream().filter(t -> actions.contains(t.action())).toList();
        }
    }

    /**
     * Looks up the units a command names. Staff may name only what {@link Territory#mayAssignTo} lets their unit name;
     * the demo generator picks its bodies itself, and the petitioner's commands name none.
     */
    final class Units {

        private final Territory territory;
        private final Predicate<UnitView> mayName;
        private final Function<Matter, HandlingType> suggestion;
        private final WorkingDays workingDays;
        /** The days the petitioner has to rate an opinion given now ({@code xinfang.rating.window-days}). */
        private final int ratingWindowDays;

        private Units(Territory territory, Predicate<UnitView> mayName, Function<Matter, HandlingType> suggestion,
                      WorkingDays workingDays, int ratingWindowDays) {
            this.territory = territory;
            this.mayName = mayName;
            this.suggestion = suggestion;
            this.workingDays = workingDays;
            this.ratingWindowDays = ratingWindowDays;
        }

        /**
         * These units with the type suggested for a matter ({@link HandlingTypeSuggester}): what an acceptance that names
         * no type takes, so that a body of the API from before the types stays valid.
         */
        public Units suggesting(Function<Matter, HandlingType> suggestion) {
            return new Units(territory, mayName, suggestion, workingDays, ratingWindowDays);
        }

        /** These units, with an opinion's rating window of {@code days} days instead of the default. */
        public Units withRatingWindow(int days) {
            if (days < 1) {
                throw new IllegalArgumentException("xinfang.rating.window-days must be at least 1, not " + days);
            }
            return new Units(territory, mayName, suggestion, workingDays, days);
        }

        /** For a staff member acting for {@code actorUnit}. */
        public static Units within(Territory territory, UnitView actorUnit) {
            return new Units(territory, unit -> territory.mayAssignTo(actorUnit, unit), m -> null, null,
                    org.xinfang.statute.Statute.RATING_WINDOW_DAYS);
        }

        /** Every unit of the territory, for a caller that chooses the bodies itself (the demo city's plan). */
        public static Units anywhere(Territory territory) {
            return new Units(territory, unit -> true, m -> null, null, org.xinfang.statute.Statute.RATING_WINDOW_DAYS);
        }

        /** These units with the working-day calendar, for the commands counting working days (the objection). */
        public Units counting(WorkingDays calendar) {
            return new Units(territory, mayName, suggestion, calendar, ratingWindowDays);
        }

        private WorkingDays workingDays() {
            if (workingDays == null) {
                throw new IllegalStateException("These units were made without the working-day calendar");
            }
            return workingDays;
        }

        /**
         * A party to a dispute over competence (2022 art. 24): any unit of the territory, also beyond those the actor may
         * name as the body in charge (a dispute between two counties' bureaus is decided by the city).
         */
        private UnitView party(String code, String field) {
            return territory.unitByCode(code).orElseThrow(() -> Refusal.invalid(field, "territory.unit.unknown", code));
        }

        /** A unit the actor names as the body in charge, lead or co-handler. */
        private UnitView unit(String code, String field) {
            UnitView unit = territory.unitByCode(code).orElseThrow(() -> Refusal.invalid(field, "territory.unit.unknown", code));
            if (!mayName.test(unit)) {
                throw Refusal.invalid(field, "matter.unit.outside-jurisdiction", unit.name());
            }
            return unit;
        }

        private UnitView optionalUnit(String code, String field) {
            return code == null || code.isBlank() ? null : unit(code, field);
        }

        private List<UnitView> units(List<String> codes, String field) {
            return codes == null ? List.of() : codes.stream().filter(c -> !c.isBlank()).map(c -> unit(c, field)).toList();
        }

        /** The body that reviews an opinion of {@code unitId} (复查/复核): the next-higher body. */
        private UnitView higherBody(Long unitId, String field) {
            return territory.higherBody(territory.require(unitId))
                    .orElseThrow(() -> Refusal.conflict("matter.review.no-higher-body", field));
        }

        private AdministrativeLevel governmentLevel(Long unitId) {
            return territory.governmentOf(territory.require(unitId)).level();
        }

        /** Whom a report of a major or urgent matter by {@code unitId} goes to (2022 art. 25). */
        private List<UrgentRecipient> urgentRecipients(Long unitId) {
            return UrgentRecipient.of(territory, territory.require(unitId));
        }
    }

    @Command(action = MatterAction.ROUTE, path = "routing", form = "route",
            summary = "Pass the matter to the body in charge: TRANSFER (转送) or ASSIGNMENT (交办)")
    record Routing(@NotNull Integer version, @NotNull RoutingKind kind, @NotBlank String unitCode, String reason)
            implements MatterCommand {
        public Transition resolve(Units units) {
            UnitView body = units.unit(unitCode, "unitCode");
            return (m, a, c) -> m.route(kind, body, reason, a, c);
        }
    }

    /**
     * The acceptance decision. Accepting classifies the matter: {@code type} (SUGGESTION 建议意见类, ACCUSATION 检举控告类,
     * APPEAL 申诉求决类), and for an appeal its {@code route} of 2022 art. 31 (PETITION, route (6), when absent). With no
     * type the suggested one is taken (the body of the API before the types stays valid).
     */
    @Command(action = MatterAction.DECIDE_ACCEPTANCE, path = "acceptance", form = "accept",
            summary = "Decide on acceptance with the written notice: ACCEPTED (lead unit, co-handlers, the type and an appeal's route; without a type the suggested one), NOT_ACCEPTED (reason, proper channel) or TRANSFERRED")
    record Acceptance(@NotNull Integer version, @NotNull AcceptanceOutcome outcome, @Size(max = 5000) String notice,
                      @Size(max = 2000) String reason, ProperChannel properChannel, String leadUnitCode,
                      List<@NotNull String> coHandlerUnitCodes, String transferToUnitCode, HandlingType type,
                      AppealRoute route) implements MatterCommand {

        public Acceptance(Integer version, AcceptanceOutcome outcome, String notice, String reason,
                          ProperChannel properChannel, String leadUnitCode, List<String> coHandlerUnitCodes,
                          String transferToUnitCode) {
            this(version, outcome, notice, reason, properChannel, leadUnitCode, coHandlerUnitCodes, transferToUnitCode,
                    null, null);
        }

        public Transition resolve(Units units) {
            AcceptanceDecision decision = new AcceptanceDecision(outcome, notice, reason, properChannel,
                    units.optionalUnit(leadUnitCode, "leadUnitCode"), units.units(coHandlerUnitCodes, "coHandlerUnitCodes"),
                    units.optionalUnit(transferToUnitCode, "transferToUnitCode"), type, route);
            return (m, a, c) -> m.decideAcceptance(decision.typedOr(units.suggestion.apply(m)), a, c);
        }
    }

    @Command(action = MatterAction.REASSIGN, path = "assignment", form = "reassign",
            summary = "Change the lead unit or co-handlers while handling")
    record Assignment(@NotNull Integer version, @NotBlank String leadUnitCode, List<@NotNull String> coHandlerUnitCodes,
                      @NotBlank @Size(max = 2000) String reason) implements MatterCommand {
        public Transition resolve(Units units) {
            UnitView lead = units.unit(leadUnitCode, "leadUnitCode");
            List<UnitView> co = units.units(coHandlerUnitCodes, "coHandlerUnitCodes");
            return (m, a, c) -> m.reassign(lead, co, reason, a, c);
        }
    }

    @Command(action = MatterAction.EXTEND_HANDLING, path = "extension", form = "extend",
            summary = "Approve the one extension of the handling limit (at most 30 days, within the limit; a leader's approval)")
    record Extension(@NotNull Integer version, @NotNull Integer days, @NotBlank @Size(max = 2000) String reason)
            implements MatterCommand {
        public Transition resolve(Units units) {
            return (m, a, c) -> m.extendHandling(days, reason, a, c);
        }
    }

    @Command(action = MatterAction.REPLY, path = "opinion", form = "reply", summary = "Give the written handling opinion (书面答复)")
    record Opinion(@NotNull Integer version, @NotNull OpinionOutcome outcome, @NotBlank @Size(max = 20000) String text)
            implements MatterCommand {
        public Transition resolve(Units units) {
            int ratingWindowDays = units.ratingWindowDays;
            return (m, a, c) -> m.reply(outcome, text, ratingWindowDays, a, c);
        }
    }

    @Command(action = MatterAction.RECORD_EVALUATION, path = "evaluation", form = "evaluate",
            summary = "Record the petitioner's two ratings within the rating window: satisfaction = of the handling body; "
                    + "officeSatisfaction (optional; a dissatisfied one needs officeComment) = of the petition office's own work")
    record Evaluation(@NotNull Integer version, @NotNull Satisfaction satisfaction, @Size(max = 2000) String comment,
                      Satisfaction officeSatisfaction, @Size(max = 2000) String officeComment)
            implements MatterCommand {

        /** The rating of the handling body alone: the body the API took before the office's rating was added. */
        public Evaluation(Integer version, Satisfaction satisfaction, String comment) {
            this(version, satisfaction, comment, null, null);
        }

        public Transition resolve(Units units) {
            return (m, a, c) -> m.recordEvaluation(satisfaction, comment, officeSatisfaction, officeComment, a, c);
        }
    }

    @Command(action = MatterAction.CLOSE, path = "closure", form = "close", summary = "Close the matter (办结)")
    record Closure(@NotNull Integer version, @Size(max = 2000) String reason) implements MatterCommand {
        public Transition resolve(Units units) {
            return (m, a, c) -> m.close(reason, a, c);
        }
    }

    @Command(action = MatterAction.REQUEST_REVIEW, path = "review-request", form = "request_review",
            summary = "Record the petitioner's request for review (复查) by the next-higher body, within 30 days of the opinion")
    record ReviewRequest(@NotNull Integer version, @NotBlank @Size(max = 5000) String reason) implements MatterCommand {
        public Transition resolve(Units units) {
            return (m, a, c) -> m.requestReview(units.higherBody(m.leadUnitId(), "review"), reason, a, c);
        }
    }

    @Command(action = MatterAction.ISSUE_REVIEW_OPINION, path = "review-opinion", form = "issue_review_opinion",
            summary = "Give the review opinion")
    record ReviewOpinion(@NotNull Integer version, @NotNull ReviewOutcome outcome, @NotBlank @Size(max = 20000) String text)
            implements MatterCommand {
        public Transition resolve(Units units) {
            return (m, a, c) -> m.issueReviewOpinion(outcome, text, a, c);
        }
    }

    @Command(action = MatterAction.REQUEST_RE_REVIEW, path = "re-review-request", form = "request_re_review",
            summary = "Record the request for re-review (复核) by the body above the reviewing body, within 30 days of the review opinion")
    record ReReviewRequest(@NotNull Integer version, @NotBlank @Size(max = 5000) String reason) implements MatterCommand {
        public Transition resolve(Units units) {
            return (m, a, c) -> m.requestReReview(units.higherBody(m.reviewUnitId(), "reReview"), reason, a, c);
        }
    }

    @Command(action = MatterAction.RECORD_HEARING, path = "re-review-hearing", form = "hearing",
            summary = "Record a hearing during re-review; its days are not counted against the limit")
    record Hearing(@NotNull Integer version, @NotNull Integer days, @Size(max = 2000) String reason) implements MatterCommand {
        public Transition resolve(Units units) {
            return (m, a, c) -> m.recordHearing(days, reason, a, c);
        }
    }

    @Command(action = MatterAction.ISSUE_RE_REVIEW_OPINION, path = "re-review-opinion", form = "issue_re_review_opinion",
            summary = "Give the re-review opinion; the matter becomes final (终结)")
    record ReReviewOpinion(@NotNull Integer version, @NotNull ReviewOutcome outcome, @NotBlank @Size(max = 20000) String text)
            implements MatterCommand {
        public Transition resolve(Units units) {
            return (m, a, c) -> m.issueReReviewOpinion(outcome, text, a, c);
        }
    }

    @Command(action = MatterAction.SUPERVISE, path = "supervision", form = "supervise",
            summary = "Issue a supervision notice (督办单) to the unit holding the matter; it answers within 30 days")
    record Supervision(@NotNull Integer version, @NotBlank @Size(max = 2000) String reason) implements MatterCommand {
        public Transition resolve(Units units) {
            return (m, a, c) -> m.issueSupervisionNotice(reason, a, c);
        }
    }

    @Command(action = MatterAction.TAKE_AS_PACKAGE_CASE, path = "package-case", form = "take_as_package_case",
            summary = "A leader personally takes charge of the matter (包案, four-level package cases)")
    record PackageCase(@NotNull Integer version, @Size(max = 2000) String reason) implements MatterCommand {
        public Transition resolve(Units units) {
            return (m, a, c) -> m.takeAsPackageCase(units.governmentLevel(a.unitId()), reason, a, c);
        }
    }

    @Command(action = MatterAction.REPLY_TO_SUGGESTION, path = "adoption", form = "reply_to_suggestion",
            summary = "Reply to a suggestion (建议意见类): ADOPTED, PARTLY_ADOPTED or NOT_ADOPTED, with the reply (2022 art. 29 ¶1)")
    record Adoption(@NotNull Integer version, @NotNull AdoptionOutcome outcome, @NotBlank @Size(max = 20000) String reply)
            implements MatterCommand {
        public Transition resolve(Units units) {
            return (m, a, c) -> m.replyToSuggestion(outcome, reply, a, c);
        }
    }

    @Command(action = MatterAction.MARK_FOR_REWARD, path = "reward", form = "mark_for_reward",
            summary = "Mark an adopted suggestion for reward (2022 art. 29 ¶2)")
    record Reward(@NotNull Integer version, @Size(max = 2000) String reason) implements MatterCommand {
        public Transition resolve(Units units) {
            return (m, a, c) -> m.markForReward(reason, a, c);
        }
    }

    /**
     * Ends the petition procedure for a matter that belongs elsewhere: an appeal on routes (1) to (5) (LITIGATION,
     * ARBITRATION, PARTY_APPEAL, ADMINISTRATIVE, LEGAL_DUTY; null keeps the route chosen at acceptance), or an
     * accusation handed to the discipline inspection and supervision body (no route). The receiving body and the written
     * notice to the petitioner are required.
     */
    @Command(action = MatterAction.GUIDE_OUT, path = "guidance", form = "guide_out",
            summary = "Guide an appeal on routes (1)-(5) into its procedure, or hand an accusation to discipline inspection, with the receiving body and the written notice (2022 arts 30, 31)")
    record Guidance(@NotNull Integer version, AppealRoute route, @NotBlank @Size(max = 200) String receivingBody,
                    @NotBlank @Size(max = 5000) String notice) implements MatterCommand {
        public Transition resolve(Units units) {
            return (m, a, c) -> m.guideOut(route, receivingBody, notice, a, c);
        }
    }

    @Command(action = MatterAction.OBJECT, path = "objection", form = "object",
            summary = "Object, as the unit the matter was passed to, that it is not competent, with reasons: within 5 working days of receipt (2022 art. 23 ¶3)")
    record Objection(@NotNull Integer version, @NotBlank @Size(max = 5000) String reason) implements MatterCommand {
        public Transition resolve(Units units) {
            WorkingDays calendar = units.workingDays();
            return (m, a, c) -> m.object(reason, calendar, a, c);
        }
    }

    @Command(action = MatterAction.DECIDE_OBJECTION, path = "objection-decision", form = "decide_objection",
            summary = "Decide, as the office that passed the matter on, on the objection: CONFIRMED (the matter comes back to be routed again) or REJECTED (it stays)")
    record ObjectionDecision(@NotNull Integer version, @NotNull ObjectionOutcome outcome,
                             @NotBlank @Size(max = 2000) String reason) implements MatterCommand {
        public Transition resolve(Units units) {
            return (m, a, c) -> m.decideObjection(outcome, reason, a, c);
        }
    }

    @Command(action = MatterAction.RAISE_DISPUTE, path = "dispute", form = "raise_dispute",
            summary = "Record that two or more bodies dispute which of them accepts the matter; their common superior decides, or the joint conference office when there is none (2022 art. 24)")
    record Dispute(@NotNull Integer version, @NotNull @Size(min = 2, max = 10) List<@NotBlank String> partyUnitCodes,
                   @NotBlank @Size(max = 5000) String reason) implements MatterCommand {
        public Transition resolve(Units units) {
            List<UnitView> parties = partyUnitCodes.stream().distinct().map(code -> units.party(code, "partyUnitCodes")).toList();
            if (parties.size() < Statute.MIN_DISPUTE_PARTIES) {
                throw Refusal.invalid("partyUnitCodes", "matter.dispute.parties", Statute.MIN_DISPUTE_PARTIES);
            }
            Optional<UnitView> superior = units.territory.commonSuperior(parties);
            DisputeForum forum = Statute.disputeForum(superior.isPresent());
            UnitView decider = superior.orElseGet(() -> units.territory.jointConferenceOffice(parties));
            return (m, a, c) -> m.raiseDispute(parties, forum, decider, reason, a, c);
        }
    }

    @Command(action = MatterAction.DECIDE_DISPUTE, path = "dispute-decision", form = "decide_dispute",
            summary = "Decide the dispute, as the common superior body or the joint conference office: which party accepts the matter; it goes to that body")
    record DisputeDecision(@NotNull Integer version, @NotBlank String acceptingUnitCode,
                           @NotBlank @Size(max = 2000) String reason) implements MatterCommand {
        public Transition resolve(Units units) {
            UnitView accepting = units.party(acceptingUnitCode, "acceptingUnitCode");
            return (m, a, c) -> m.decideDispute(accepting, reason, a, c);
        }
    }

    /**
     * The delivery (送达) of a written document issued on the matter. {@code document} is the document's kind as in its
     * address ({@code handling-opinion}) or its name ({@code HANDLING_OPINION}); {@code deliveredOn} is today when not
     * given; post needs the tracking number, a refusal (拒收) a note of what happened.
     */
    @Command(action = MatterAction.RECORD_DELIVERY, path = "delivery", form = "record_delivery",
            summary = "Record the delivery (送达) of a written document: method, date, signed or refused, who delivered it, the tracking number by post; the review and re-review windows run from the delivery of the opinion")
    record Delivery(@NotNull Integer version, @NotBlank @Size(max = 40) String document, @NotNull DeliveryMethod method,
                    @org.springframework.format.annotation.DateTimeFormat(
                            iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate deliveredOn,
                    @NotNull DeliveryOutcome outcome, @Size(max = 2000) String note, @Size(max = 200) String deliveredBy,
                    @Size(max = 100) String trackingNumber) implements MatterCommand {
        public Transition resolve(Units units) {
            org.xinfang.casework.documents.StatutoryDocument kind = org.xinfang.casework.documents.StatutoryDocument
                    .fromSlug(document).orElseThrow(() -> Refusal.invalid("document", "document.unknown", document));
            return (m, a, c) -> m.recordDelivery(kind, method, deliveredOn, outcome, note, deliveredBy, trackingNumber, a, c);
        }
    }

    @Command(action = MatterAction.VERIFY_CLOSURE, path = "closure-verification", form = "verify_closure",
            summary = "The petition office verifies that the closed matter is concluded (审核认定办结); only then it counts as concluded")
    record ClosureVerification(@NotNull Integer version, @Size(max = 2000) String note) implements MatterCommand {
        public Transition resolve(Units units) {
            return (m, a, c) -> m.verifyClosure(note, a, c);
        }
    }

    @Command(action = MatterAction.CORRECT_FLAGS, path = "flags", form = "correct_flags",
            summary = "Correct the flags the national system records (first petition, anonymous, joint letter, litigation-related, "
                    + "Hong Kong/Macao/Taiwan/foreign, threat, major or urgent), with a reason; a matter made major or urgent is "
                    + "reported at once (2022 art. 25). A flag left out stays as it is")
    record FlagsCorrection(@NotNull Integer version, Boolean firstToBody, Boolean firstAnywhere, Boolean anonymous,
                           Boolean jointLetter, Boolean litigationRelated, Boolean hmtForeign, Boolean threat,
                           Boolean majorUrgent, @NotBlank @Size(max = 2000) String reason) implements MatterCommand {
        public MatterFlags.Given given() {
            return new MatterFlags.Given(firstToBody, firstAnywhere, anonymous, jointLetter, litigationRelated, hmtForeign,
                    threat, majorUrgent);
        }

        public Transition resolve(Units units) {
            return (m, a, c) -> m.correctFlags(m.flags().with(given()), units.urgentRecipients(a.unitId()), reason, a, c);
        }
    }

    @Command(action = MatterAction.ACKNOWLEDGE_URGENT_REPORT, path = "urgent-acknowledgement", form = "acknowledge_urgent_report",
            summary = "The unit a major or urgent matter was reported to acknowledges the report; it leaves the unit's desk (2022 art. 25)")
    record UrgentAcknowledgement(@NotNull Integer version) implements MatterCommand {
        public Transition resolve(Units units) {
            return (m, a, c) -> m.acknowledgeUrgentReport(a, c);
        }
    }

    @Command(action = MatterAction.DECLARE_RECUSAL, path = "recusal", form = "declare_recusal",
            summary = "Declare a conflict of interest (回避, 2022 art. 28 ¶3): the caller takes no further step on the matter")
    record RecusalDeclaration(@NotNull Integer version, @NotBlank @Size(max = 2000) String reason) implements MatterCommand {
        public Transition resolve(Units units) {
            return (m, a, c) -> m.declareRecusal(reason, a, c);
        }
    }

    @Command(action = MatterAction.SIGN_FOR, path = "sign-for", form = "sign_for",
            summary = "Sign for (签收) the matter, as the unit it reached (transfer, assignment, named lead unit): who and when; the time from its receipt is kept. Once per receipt; the state does not change")
    record SignFor(@NotNull Integer version) implements MatterCommand {
        public Transition resolve(Units units) {
            return (m, a, c) -> m.signFor(a, c);
        }
    }

    @Command(action = MatterAction.REQUEST_EXTENSION, path = "extension-request", form = "request_extension",
            summary = "Ask the head of the body, as the handler, for the one extension of the handling limit: 1 to 30 days, with a reason, within the limit (2022 art. 34). One request waits at a time")
    record ExtensionRequest(@NotNull Integer version, @NotNull Integer days, @NotBlank @Size(max = 2000) String reason)
            implements MatterCommand {
        public Transition resolve(Units units) {
            return (m, a, c) -> m.requestExtension(days, reason, a, c);
        }
    }

    @Command(action = MatterAction.DECIDE_EXTENSION_REQUEST, path = "extension-request-decision", form = "decide_extension_request",
            summary = "Decide, as the head of the body, on the handler's extension request: APPROVED (the extension is granted for the days asked, approved by the caller) or REFUSED (a reason is required; the handler sees it)")
    record ExtensionRequestDecision(@NotNull Integer version, @NotNull ExtensionRequestOutcome outcome,
                                    @Size(max = 2000) String reason) implements MatterCommand {
        public Transition resolve(Units units) {
            return (m, a, c) -> m.decideExtensionRequest(outcome, reason, a, c);
        }
    }

    @Command(action = MatterAction.DRAFT_OPINION, path = "opinion-draft", form = "draft_opinion",
            summary = "Draft the handling opinion for the unit head's sign-off (审签), or revise the draft while it waits or after it was returned; nothing is issued yet")
    record DraftOpinion(@NotNull Integer version, @NotNull OpinionOutcome outcome, @NotBlank @Size(max = 20000) String text)
            implements MatterCommand {
        public Transition resolve(Units units) {
            return (m, a, c) -> m.draftOpinion(outcome, text, a, c);
        }
    }

    @Command(action = MatterAction.SIGN_OFF_OPINION, path = "opinion-sign-off", form = "sign_off_opinion",
            summary = "Sign the draft opinion off (签发), as the unit head: it is issued as the opinion (REPLIED, the rating window, the opinion letter)")
    record OpinionSignOff(@NotNull Integer version, @Size(max = 2000) String note) implements MatterCommand {
        public Transition resolve(Units units) {
            int ratingWindowDays = units.ratingWindowDays;
            return (m, a, c) -> m.signOffOpinion(note, ratingWindowDays, a, c);
        }
    }

    @Command(action = MatterAction.RETURN_OPINION, path = "opinion-return", form = "return_opinion",
            summary = "Return the draft opinion to the handler with comments (退回修改), as the unit head")
    record OpinionReturn(@NotNull Integer version, @NotBlank @Size(max = 2000) String comments) implements MatterCommand {
        public Transition resolve(Units units) {
            return (m, a, c) -> m.returnOpinion(comments, a, c);
        }
    }

    @Command(action = MatterAction.REPORT_CO_HANDLING, path = "co-handling-report", form = "report_co_handling",
            summary = "Report the co-handling unit's part (协办情况) to the lead unit: only a co-handling unit with its task open")
    record CoHandlingReport(@NotNull Integer version, @NotBlank @Size(max = 5000) String report) implements MatterCommand {
        public Transition resolve(Units units) {
            return (m, a, c) -> m.reportCoHandling(report, a, c);
        }
    }

}
