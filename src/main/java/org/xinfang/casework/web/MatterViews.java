package org.xinfang.casework.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.xinfang.casework.Casework;
import org.xinfang.casework.ContactDetails;
import org.xinfang.casework.HandlingTypeSuggester;
import org.xinfang.statute.HandlingByType;
import org.xinfang.casework.internal.Matter;
import org.xinfang.casework.QueryCode;
import org.xinfang.casework.internal.MatterEvent;
import org.xinfang.casework.documents.StatutoryDocument;
import org.xinfang.intake.Categories;
import org.xinfang.statute.WorkingDays;
import org.xinfang.intake.PetitionerView;
import org.xinfang.intake.Petitioners;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.StaffRole;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Turns matters into what the API and the pages show, in the viewer's language and with personal data masked by role:
 * in the petitioner's fields and in every text people wrote (title, content, notices, opinions, timeline reasons).
 */
@Component
class MatterViews {

    private final Casework casework;
    private final Territory territory;
    private final Categories categories;
    private final Petitioners petitioners;
    private final Clock clock;
    private final HandlingTypeSuggester suggester;
    private final WorkingDays workingDays;
    private final org.springframework.context.MessageSource messages;
    private final HandlerStepViews handlerSteps;
    private final org.xinfang.territory.StaffDirectory staff;
    private final org.xinfang.casework.internal.MatterEvents timeline;

    MatterViews(Casework casework, Territory territory, Categories categories, Petitioners petitioners, Clock clock,
                HandlingTypeSuggester suggester, WorkingDays workingDays, org.springframework.context.MessageSource messages,
                HandlerStepViews handlerSteps, org.xinfang.territory.StaffDirectory staff,
                org.xinfang.casework.internal.MatterEvents timeline) {
        this.handlerSteps = handlerSteps;
        this.staff = staff;
        this.timeline = timeline;
        this.suggester = suggester;
        this.workingDays = workingDays;
        this.messages = messages;
        this.casework = casework;
        this.territory = territory;
        this.categories = categories;
        this.petitioners = petitioners;
        this.clock = clock;
    }

    MatterJson full(Matter m, StaffPrincipal viewer) {
        LocalDate today = LocalDate.now(clock);
        Long daysLeft = m.dueOn() == null ? null : ChronoUnit.DAYS.between(today, m.dueOn());
        return new MatterJson(m.id(), m.referenceNo(), m.version(), m.state().name(), m.channel().name(), m.kind().name(),
                name(m.originLevel()), viewer.readable(m.title()), viewer.readable(m.content()), m.persons(), m.isCollective(),
                flags(m, today, m.repeatOfId() == null ? null : casework.referenceNo(m.repeatOfId())),
                person(m, m.petitionerId(), viewer),
                m.representativeIds().stream().map(id -> person(m, id, viewer)).filter(Objects::nonNull).toList(),
                category(m.categoryId()), place(m.placeUnitId()), unit(m.receivingUnitId()), unit(m.suggestedUnitId()),
                unit(m.responsibleUnitId()), unit(m.leadUnitId()), m.coHandlerUnitIds().stream().map(this::unit).toList(),
                m.receivedOn(), m.registeredAt(), m.registeredBy(),
                new MatterJson.Deadlines(name(m.dueStep()), m.dueOn(), daysLeft, m.routingDueOn(), m.acceptanceDueOn(),
                        m.handlingDueOn(), m.reviewRequestDeadline(), m.reviewDueOn(), m.reReviewRequestDeadline(),
                        m.reReviewDueOn()),
                m.acceptanceOutcome() == null && m.routingKind() == null ? null
                        : new MatterJson.Acceptance(name(m.acceptanceOutcome()), m.decidedOn(), viewer.readable(m.acceptanceNotice()),
                        viewer.readable(m.acceptanceReason()), name(m.properChannel()), name(m.routingKind()), m.routedOn()),
                m.extensionDays() == null ? null
                        : new MatterJson.Extension(m.extensionDays(), viewer.readable(m.extensionReason()), m.extensionApprovedBy()),
                m.repliedOn() == null ? null
                        : new MatterJson.Opinion(name(m.opinionOutcome()), viewer.readable(m.opinionText()), m.repliedOn()),
                m.evaluatedOn() == null ? null
                        : new MatterJson.Evaluation(name(m.satisfaction()), viewer.readable(m.evaluationComment()), m.evaluatedOn(),
                        name(m.officeSatisfaction()), viewer.readable(m.officeEvaluationComment())),
                m.closedOn(),
                m.reviewUnitId() == null ? null : new MatterJson.Review(unit(m.reviewUnitId()), m.reviewRequestedOn(),
                        m.reviewDueOn(), name(m.reviewOutcome()), viewer.readable(m.reviewOpinion()), m.reviewedOn(), null),
                m.reReviewUnitId() == null ? null : new MatterJson.Review(unit(m.reReviewUnitId()), m.reReviewRequestedOn(),
                        m.reReviewDueOn(), name(m.reReviewOutcome()), viewer.readable(m.reReviewOpinion()), m.reReviewedOn(),
                        m.hearingDays()),
                m.finalOn(),
                // registrars hand the query code to the petitioner (at the window, or when it was lost)
                viewer.has(StaffRole.REGISTRAR) ? QueryCode.display(m.queryCode()) : null, m.disclosureConsent(),
                casework.allowedActions(m, viewer), handling(m, viewer), objection(m, viewer), dispute(m, viewer),
                deliveries(m, viewer), m.undeliveredDocuments().stream().map(StatutoryDocument::slug).toList(),
                m.repliedOn() == null ? null : new MatterJson.RatingWindow(m.ratingDeadline(), m.isRatingLapsed(today)),
                m.closedOn() == null ? null : new MatterJson.Closure(m.closedOn(), m.isConcluded(), m.closureVerifiedOn(),
                        m.closureVerifiedBy()),
                urgentReports(m), recusals(m, viewer), casework.withholdsIdentity(m, viewer), casework.recordActions(m, viewer),
                handlerSteps.json(m, viewer, LocaleContextHolder.getLocale()),
                casefile(m, viewer),
                duplicates(m, viewer));
    }

    /** Issue 11, item 5: the passings-on with their kind, and the people of the decisions by name. */
    private MatterJson.Casefile casefile(Matter m, StaffPrincipal viewer) {
        List<org.xinfang.casework.RoutingRecord> history = m.id() == null ? List.of()
                // the matter's own timeline, read as it stands: the caller may see the matter (or has just acted on it)
                : org.xinfang.casework.RoutingRecord.history(timeline.findByMatterIdOrderBySeq(m.id()));
        java.util.Set<String> people = new java.util.LinkedHashSet<>();
        history.forEach(r -> people.add(r.actor()));
        people.add(m.extensionApprovedBy());
        people.add(m.registeredBy());
        Map<String, String> names = names(people);
        return new MatterJson.Casefile(history.stream().map(r -> new MatterJson.RoutingJson(r.kind().name(), r.event().name(),
                        unit(r.fromUnitId()), unit(r.toUnitId()), r.on(clock.getZone()), names.get(r.actor()))).toList(),
                names.get(m.registeredBy()), m.extensionDays() == null ? null : names.get(m.extensionApprovedBy()),
                m.extensionDays() == null ? null : m.handlingDueOn(),
                m.supervisionCount() == 0 ? null : new MatterJson.SupervisionJson(m.supervisionCount(), m.supervisedOn(),
                        m.supervisionAnswerDueOn()));
    }

    /**
     * People of the timeline by name: staff by their display name, the petitioner as they acted online, the demo
     * generator's steps as demo data; a log-in name no account has any more as it is.
     */
    private Map<String, String> names(java.util.Collection<String> usernames) {
        Map<String, String> names = new java.util.HashMap<>(staff.displayNames(usernames.stream().filter(Objects::nonNull)
                .filter(u -> !u.equals(org.xinfang.casework.Actor.PETITIONER.username())).toList()));
        Locale locale = LocaleContextHolder.getLocale();
        for (String u : usernames) {
            if (u == null || names.containsKey(u)) {
                continue;
            }
            if (u.equals(org.xinfang.casework.Actor.PETITIONER.username())) {
                names.put(u, messages.getMessage("timeline.petitioner-online", null, u, locale));
            } else if (u.startsWith("demo.")) {
                names.put(u, messages.getMessage("timeline.demo-actor", null, u, locale));
            } else {
                names.put(u, u);
            }
        }
        return names;
    }

    /** Issue 11 E: the original a duplicate was merged into (a link only where the reader may see it), and the merged. */
    private MatterJson.Duplicates duplicates(Matter m, StaffPrincipal viewer) {
        MatterJson.Linked original = null;
        if (m.duplicateOfId() != null) {
            try {
                Matter o = casework.get(m.duplicateOfId(), viewer);
                original = new MatterJson.Linked(o.id(), o.referenceNo(), viewer.readable(o.title()));
            } catch (org.xinfang.platform.Refusal outOfScope) {
                original = new MatterJson.Linked(null, casework.referenceNo(m.duplicateOfId()), null);
            }
        }
        return new MatterJson.Duplicates(original, m.mergedAt(), casework.duplicatesOf(m.id(), viewer).stream()
                .map(d -> new MatterJson.Linked(d.id(), d.referenceNo(), viewer.readable(d.title()))).toList());
    }

    /** Handling by type (2022 arts 28–34), with the suggestion the registrar confirms at acceptance. */
    MatterJson.Handling handling(Matter m, StaffPrincipal viewer) {
        HandlingTypeSuggester.Suggestion s = suggester.suggest(m);
        MatterJson.Accused accused = m.accusedRank() == null && m.accusedPost() == null && m.accusedUnitId() == null ? null
                : new MatterJson.Accused(name(m.accusedRank()), viewer.readable(m.accusedPost()), unit(m.accusedUnitId()),
                name(HandlingByType.disciplineBodyLevel(m.accusedRank(),
                        territory.unit(m.placeUnitId()).map(UnitView::level).orElse(null))),
                m.organisationNotifiedOn());
        return new MatterJson.Handling(name(m.handlingType()), name(m.appealRoute()),
                m.appealRoute() == null ? null : m.appealRoute().item(),
                new MatterJson.Suggestion(name(s.type()), name(s.route()), s.reasons()), name(m.adoptionOutcome()),
                m.isRewardMarked(), viewer.readable(m.rewardReason()), accused,
                m.guidedOn() == null ? null : new MatterJson.Guidance(m.guidedBody(), viewer.readable(m.guidedNotice()),
                        m.guidedOn(), HandlingByType.goesToPoliticsAndLaw(m.appealRoute())));
    }

    private MatterJson.Objection objection(Matter m, StaffPrincipal viewer) {
        LocalDate deadline = m.objectionDeadline(workingDays);
        if (deadline == null && m.objectedOn() == null) {
            return null;
        }
        return new MatterJson.Objection(unit(m.routedFromUnitId()), m.routedOn(), deadline, m.objectedOn(),
                unit(m.objectionUnitId()), m.objectedBy(), viewer.readable(m.objectionReason()), m.isObjectionPending(),
                name(m.objectionOutcome()), viewer.readable(m.objectionDecisionReason()), m.objectionDecidedOn(),
                m.objectionDecidedBy());
    }

    private MatterJson.Dispute dispute(Matter m, StaffPrincipal viewer) {
        if (m.disputeRaisedOn() == null) {
            return null;
        }
        return new MatterJson.Dispute(m.disputeRaisedOn(), m.disputeRaisedBy(), unit(m.disputeRaisedByUnitId()),
                m.disputePartyIds().stream().map(this::unit).toList(), viewer.readable(m.disputeReason()),
                name(m.disputeForum()), unit(m.disputeDeciderUnitId()), m.isDisputePending(), unit(m.disputeAcceptingUnitId()),
                viewer.readable(m.disputeDecisionReason()), m.disputeDecidedOn(), m.disputeDecidedBy());
    }

    /** The deliveries recorded, in the order of the procedure; the note is text people wrote, masked as such. */
    private List<MatterJson.DocumentDelivery> deliveries(Matter m, StaffPrincipal viewer) {
        return m.deliveries().entrySet().stream().map(e -> new MatterJson.DocumentDelivery(e.getKey().slug(),
                e.getValue().method().name(), e.getValue().deliveredOn(), e.getValue().outcome().name(),
                viewer.readable(e.getValue().note()), e.getValue().deliveredBy(), e.getValue().trackingNo(),
                e.getValue().recordedBy())).toList();
    }

    private List<MatterJson.UrgentReportJson> urgentReports(Matter m) {
        return m.urgentReports().entrySet().stream()
                .sorted(java.util.Comparator.comparing((Map.Entry<Long, org.xinfang.casework.UrgentReport> e) -> e.getValue().reportedAt())
                        .thenComparing(e -> e.getValue().recipientKind()))
                .map(e -> new MatterJson.UrgentReportJson(unit(e.getKey()), e.getValue().recipientKind().name(),
                        e.getValue().reportedBy(), e.getValue().reportedAt(), e.getValue().acknowledgedBy(),
                        e.getValue().acknowledgedAt()))
                .toList();
    }

    private List<MatterJson.RecusalJson> recusals(Matter m, StaffPrincipal viewer) {
        return m.recusals().entrySet().stream()
                .sorted(java.util.Comparator.comparing(e -> e.getValue().declaredAt()))
                .map(e -> new MatterJson.RecusalJson(e.getKey(), viewer.readable(e.getValue().reason()), e.getValue().declaredAt()))
                .toList();
    }

    /** A line of a list. Cheap on purpose: no database look-up per line (a repeat's first matter is shown on its page). */
    MatterJson.Summary summary(Matter m, StaffPrincipal viewer) {
        return new MatterJson.Summary(m.id(), m.referenceNo(), m.state().name(), m.channel().name(), viewer.readable(m.title()),
                category(m.categoryId()), place(m.placeUnitId()), unit(m.responsibleUnitId()), m.receivedOn(),
                name(m.dueStep()), m.dueOn(), flags(m, LocalDate.now(clock), null), name(m.handlingType()));
    }

    /**
     * One timeline entry. {@code actorName}: the person by name (a staff member's display name; the petitioner online;
     * demo data); {@code routingKind}: for a passing-on (ROUTED, TRANSFERRED, DISPUTE_DECIDED), TRANSFER (转送) or
     * ASSIGNMENT (交办).
     */
    record EventJson(int seq, String type, Instant occurredAt, String actor, MatterJson.Ref actorUnit, String fromState,
                     String toState, String reason, Map<String, Object> changes,
                     @io.swagger.v3.oas.annotations.media.Schema(description = "who acted, by name (the log-in name is actor)") String actorName,
                     @io.swagger.v3.oas.annotations.media.Schema(description = "a passing-on's kind: TRANSFER (转送) or ASSIGNMENT (交办)") String routingKind) {
    }

    EventJson event(MatterEvent e, StaffPrincipal viewer) {
        return event(e, viewer, names(java.util.Collections.singleton(e.actor())), null);
    }

    private EventJson event(MatterEvent e, StaffPrincipal viewer, Map<String, String> names,
                            org.xinfang.casework.RoutingKind routingKind) {
        return new EventJson(e.seq(), e.type().name(), e.occurredAt(), e.actor(), unit(e.actorUnitId()),
                name(e.fromState()), e.toState().name(), viewer.readable(e.reason()), e.changes(), names.get(e.actor()),
                name(routingKind));
    }

    /**
     * A person of the matter with the contact details given on it: never what their record holds from elsewhere, which
     * an office that registers a matter in their name must not learn by doing so.
     */
    private PetitionerView person(Matter m, Long petitionerId, StaffPrincipal viewer) {
        if (casework.withholdsIdentity(m, viewer)) {
            // an anonymous matter: nothing of the person, not even which record it is
            return new PetitionerView(null, messages.getMessage("matter.anonymous.withheld", null,
                    LocaleContextHolder.getLocale()), null, null, null);
        }
        ContactDetails given = m.contactOf(petitionerId).orElse(ContactDetails.NONE);
        return petitioners.byId(petitionerId).map(p -> p.withContacts(given.phone(), given.address()))
                .map(p -> p.as(viewer.seesPersonalData(), viewer.seesNames())).orElse(null);
    }

    private MatterJson.Flags flags(Matter m, LocalDate today, String repeatOf) {
        return new MatterJson.Flags(m.isRepeat(), repeatOf, m.isLeapLevel(), m.isCollective(), m.isOnFinalMatter(),
                m.isOverdue(today), m.isPackageCase(), m.packageLeader(), name(m.packageLevel()),
                !m.undeliveredDocuments().isEmpty(), m.flags().firstToBody(),
                m.flags().firstAnywhere(), m.flags().anonymous(), m.flags().jointLetter(), m.flags().litigationRelated(),
                m.flags().hmtForeign(), m.flags().threat(), m.flags().majorUrgent());
    }

    /** A unit as a body (holder, lead, reviewer): a government as its people's government. */
    private MatterJson.Ref unit(Long id) {
        return ref(id, UnitView::displayName);
    }

    /** Where the matter arose: the place's own name. */
    private MatterJson.Ref place(Long id) {
        return ref(id, UnitView::localizedName);
    }

    private MatterJson.Ref ref(Long id, BiFunction<UnitView, Locale, String> name) {
        Locale locale = LocaleContextHolder.getLocale();
        return territory.unit(id).map(u -> new MatterJson.Ref(u.code(), name.apply(u, locale))).orElse(null);
    }

    private MatterJson.Ref category(Long id) {
        Locale locale = LocaleContextHolder.getLocale();
        return categories.byId(id).map(c -> new MatterJson.Ref(c.code(), c.localizedName(locale))).orElse(null);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    List<EventJson> events(List<MatterEvent> events, StaffPrincipal viewer) {
        Map<String, String> names = names(events.stream().map(MatterEvent::actor).collect(java.util.stream.Collectors.toSet()));
        Map<Integer, org.xinfang.casework.RoutingKind> kinds = new java.util.HashMap<>();
        org.xinfang.casework.RoutingRecord.history(events).forEach(r -> kinds.put(r.seq(), r.kind()));
        return events.stream().map(e -> event(e, viewer, names, kinds.get(e.seq()))).toList();
    }
}
