package org.xinfang.coordination.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.xinfang.casework.MatterFacts.Facts;
import org.xinfang.casework.MatterState;
import org.xinfang.coordination.AccountabilityProposals;
import org.xinfang.coordination.OversightMeasures;
import org.xinfang.coordination.SpecialInspections;
import org.xinfang.statute.OversightRules.AccountabilityGround;
import org.xinfang.statute.OversightRules.FeedbackOutcome;
import org.xinfang.statute.OversightRules.MeasureKind;
import org.xinfang.territory.StaffDirectory;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.StaffRole;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Oversight as the API and the pages show it: units and staff by name, days in the office's zone, text as the viewer may read it. */
@Component
class OversightViews {

    private final StaffDirectory staff;
    private final Territory territory;
    private final Clock clock;

    OversightViews(StaffDirectory staff, Territory territory, Clock clock) {
        this.staff = staff;
        this.territory = territory;
        this.clock = clock;
    }

    record MatterJson(Long matterId, String referenceNo, String title, MatterState state) {
    }

    record MeasureJson(Long id, int version, String office, Long unitId, String unit, MeasureKind kind, String reason,
                       List<MatterJson> matters, LocalDate decidedOn, LocalDate rectifyBy, String decidedBy,
                       boolean listed, boolean pastDeadline, boolean rectified, LocalDate rectifiedOn,
                       String rectification, String rectifiedBy, boolean mayFollowUp) {
    }

    record MeasuresJson(int open, long pastDeadline, long listed, long rectified, List<MeasureJson> awaiting,
                        List<MeasureJson> latestRectified) {
    }

    record ProposalJson(Long id, int version, String office, Long unitId, String unit, String persons,
                        AccountabilityGround ground, String facts, Long addresseeId, String addressee, LocalDate proposedOn,
                        String proposedBy, boolean answered, long daysAwaiting, FeedbackOutcome outcome,
                        String measureTaken, LocalDate feedbackOn, boolean mayFollowUp) {
    }

    record ProposalsJson(int awaitingCount, List<ProposalJson> awaiting, List<ProposalJson> answered) {
    }

    record FindingJson(Long matterId, String referenceNo, String title, MatterState state, boolean recorded,
                       Boolean problemFound, String note, LocalDate foundOn, String foundBy) {
    }

    record InspectionJson(Long id, int version, String unit, String title, String ground, LocalDate dueOn,
                          boolean pastDue, String openedBy, LocalDate openedOn, boolean closed, LocalDate closedOn,
                          String conclusion, int matterCount, long found, long problems, List<FindingJson> matters) {
    }

    record InspectionsJson(long open, List<InspectionJson> inspections) {
    }

    MeasuresJson measures(OversightMeasures.Listing l, StaffPrincipal viewer) {
        LocalDate today = LocalDate.now(clock);
        Map<String, String> names = names(Stream.concat(l.open().stream(), l.rectified().stream())
                .flatMap(m -> Stream.of(m.decidedBy(), m.rectifiedBy())));
        return new MeasuresJson(l.open().size(), l.pastDeadline(today), l.listed(), l.rectifiedCount(),
                l.open().stream().sorted(java.util.Comparator.comparing((OversightMeasures.Measure m) -> !m.pastDeadline(today)))
                        .map(m -> json(m, viewer, names)).toList(),
                l.rectified().stream().map(m -> json(m, viewer, names)).toList());
    }

    MeasureJson json(OversightMeasures.Measure m, StaffPrincipal viewer) {
        return json(m, viewer, names(Stream.of(m.decidedBy(), m.rectifiedBy())));
    }

    ProposalsJson proposals(AccountabilityProposals.Listing l, StaffPrincipal viewer) {
        Map<String, String> names = names(Stream.concat(l.awaiting().stream(), l.answered().stream())
                .map(AccountabilityProposals.Proposal::proposedBy));
        return new ProposalsJson(l.awaiting().size(), l.awaiting().stream().map(p -> json(p, viewer, names)).toList(),
                l.answered().stream().map(p -> json(p, viewer, names)).toList());
    }

    ProposalJson json(AccountabilityProposals.Proposal p, StaffPrincipal viewer) {
        return json(p, viewer, names(Stream.of(p.proposedBy())));
    }

    InspectionsJson inspections(List<SpecialInspections.Inspection> all, StaffPrincipal viewer) {
        Map<String, String> names = names(all.stream().flatMap(i -> Stream.concat(Stream.of(i.openedBy()),
                i.matters().stream().map(SpecialInspections.Finding::foundBy))));
        return new InspectionsJson(all.stream().filter(i -> !i.closed()).count(),
                all.stream().map(i -> json(i, viewer, names)).toList());
    }

    InspectionJson json(SpecialInspections.Inspection i, StaffPrincipal viewer) {
        return inspections(List.of(i), viewer).inspections().get(0);
    }

    private MeasureJson json(OversightMeasures.Measure m, StaffPrincipal viewer, Map<String, String> names) {
        return new MeasureJson(m.id(), m.version(), office(m.officeUnitId()), m.unit().id(), name(m.unit()),
                m.kind(), viewer.readable(m.reason()), m.matters().stream().map(f -> matter(f, viewer)).toList(),
                m.decidedOn(), m.rectifyBy(), name(names, m.decidedBy()), m.listed(), m.pastDeadline(LocalDate.now(clock)),
                m.rectified(), m.rectifiedOn(), m.rectification() == null ? null : viewer.readable(m.rectification()),
                m.rectifiedBy() == null ? null : name(names, m.rectifiedBy()), actsFor(viewer, m.officeUnitId()));
    }

    private ProposalJson json(AccountabilityProposals.Proposal p, StaffPrincipal viewer, Map<String, String> names) {
        return new ProposalJson(p.id(), p.version(), office(p.officeUnitId()), p.unit().id(), name(p.unit()),
                p.persons() == null ? null : viewer.readable(p.persons()), p.ground(), viewer.readable(p.facts()),
                p.addressee().id(), name(p.addressee()), p.proposedOn(), name(names, p.proposedBy()), p.answered(),
                p.daysAwaiting(LocalDate.now(clock)), p.outcome(),
                p.measureTaken() == null ? null : viewer.readable(p.measureTaken()), p.feedbackOn(),
                actsFor(viewer, p.officeUnitId()));
    }

    private InspectionJson json(SpecialInspections.Inspection i, StaffPrincipal viewer, Map<String, String> names) {
        return new InspectionJson(i.id(), i.version(), name(i.unit()), viewer.readable(i.title()), viewer.readable(i.ground()),
                i.dueOn(), i.pastDue(LocalDate.now(clock)), name(names, i.openedBy()), i.openedOn(), i.closed(), i.closedOn(),
                i.conclusion() == null ? null : viewer.readable(i.conclusion()), i.matters().size(), i.found(), i.problems(),
                i.matters().stream().map(f -> new FindingJson(f.matterId(), f.matter().referenceNo(),
                        viewer.readable(f.matter().title()), f.matter().state(), f.recorded(), f.problemFound(),
                        f.note() == null ? null : viewer.readable(f.note()), f.foundOn(),
                        f.foundBy() == null ? null : name(names, f.foundBy()))).toList());
    }

    private static MatterJson matter(Facts f, StaffPrincipal viewer) {
        return new MatterJson(f.matterId(), f.referenceNo(), viewer.readable(f.title()), f.state());
    }

    /** Whether the viewer records the follow-up: a supervisor or leader of the office that decided or proposed. */
    private static boolean actsFor(StaffPrincipal viewer, Long officeUnitId) {
        return viewer.hasAny(Set.of(StaffRole.SUPERVISOR, StaffRole.LEADER)) && viewer.unit().id().equals(officeUnitId);
    }

    private String office(Long officeUnitId) {
        return name(territory.require(officeUnitId));
    }

    private static String name(UnitView u) {
        return u.displayName(LocaleContextHolder.getLocale());
    }

    private static String name(Map<String, String> names, String login) {
        return names.getOrDefault(login, login);
    }

    private Map<String, String> names(Stream<String> logins) {
        Set<String> all = logins.filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        return staff.displayNames(all);
    }
}
