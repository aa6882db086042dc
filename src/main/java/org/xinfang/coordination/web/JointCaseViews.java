package org.xinfang.coordination.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.xinfang.casework.MatterState;
import org.xinfang.coordination.BundledPartyKind;
import org.xinfang.coordination.JointCase;
import org.xinfang.coordination.JointCases;
import org.xinfang.coordination.JointRole;
import org.xinfang.territory.StaffDirectory;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.Territory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joint cases as the API and the pages show them (one shape for both): units by their name in the viewer's language,
 * staff by name, times in the office's zone, free text as the viewer may read it, and who is late today.
 */
@Component
class JointCaseViews {

    private final JointCases cases;
    private final Territory territory;
    private final StaffDirectory staff;
    private final Clock clock;

    JointCaseViews(JointCases cases, Territory territory, StaffDirectory staff, Clock clock) {
        this.cases = cases;
        this.territory = territory;
        this.staff = staff;
        this.clock = clock;
    }

    record ReportJson(Long id, LocalDate reportedOn, String note, boolean completes, String recordedBy,
                      OffsetDateTime recordedAt) {
    }

    record DutyJson(Long id, JointRole role, Long unitId, String unit, String duty, LocalDate dueOn, LocalDate doneOn,
                    boolean late, boolean mine, List<ReportJson> reports) {
    }

    record PartyJson(Long id, int version, BundledPartyKind kind, String name, String duty, String progress,
                     LocalDate progressOn) {
    }

    record CaseJson(Long id, int version, Long matterId, String referenceNo, String title, MatterState state,
                    String office, String summary, String openedBy, LocalDate openedOn, boolean manages,
                    List<String> lateUnits, boolean allDone, boolean roomForParty, List<DutyJson> duties,
                    List<PartyJson> parties) {
    }

    record ListingJson(long total, long late, List<CaseJson> cases) {
    }

    ListingJson json(JointCases.Listing l, StaffPrincipal viewer) {
        return new ListingJson(l.total(), l.late(), json(l.first(), viewer));
    }

    List<CaseJson> json(List<JointCase> list, StaffPrincipal viewer) {
        Map<String, String> names = names(list);
        return list.stream().map(c -> json(c, viewer, names)).toList();
    }

    CaseJson json(JointCase c, StaffPrincipal viewer) {
        return json(c, viewer, names(List.of(c)));
    }

    ReportJson json(JointCase.Report r, StaffPrincipal viewer) {
        return json(r, viewer, staff.displayNames(List.of(r.recordedBy())));
    }

    String unitName(Long unitId) {
        return territory.unit(unitId).map(u -> u.displayName(LocaleContextHolder.getLocale())).orElse(String.valueOf(unitId));
    }

    private CaseJson json(JointCase c, StaffPrincipal viewer, Map<String, String> names) {
        LocalDate today = LocalDate.now(clock);
        var m = c.matter();
        List<DutyJson> duties = c.duties().stream().map(d -> new DutyJson(d.id(), d.role(), d.unitId(), unitName(d.unitId()),
                viewer.readable(d.duty()), d.dueOn(), d.doneOn(), d.late(today), d.unitId().equals(viewer.unit().id()),
                d.reports().stream().map(r -> json(r, viewer, names)).toList())).toList();
        List<PartyJson> parties = c.parties().stream().map(p -> new PartyJson(p.id(), p.version(), p.kind(),
                viewer.readable(p.name()), viewer.readable(p.duty()), p.progress() == null ? null : viewer.readable(p.progress()),
                p.progressOn())).toList();
        return new CaseJson(c.id(), c.version(), m.matterId(), m.referenceNo(), viewer.readable(m.title()), m.state(),
                unitName(c.officeUnitId()), viewer.readable(c.summary()), names.getOrDefault(c.openedBy(), c.openedBy()),
                c.openedOn(), cases.manages(viewer, c),
                c.late(today).stream().map(d -> unitName(d.unitId())).distinct().toList(), c.allDone(), c.hasRoomForParty(),
                duties, parties);
    }

    private ReportJson json(JointCase.Report r, StaffPrincipal viewer, Map<String, String> names) {
        return new ReportJson(r.id(), r.reportedOn(), viewer.readable(r.note()), r.completes(),
                names.getOrDefault(r.recordedBy(), r.recordedBy()), r.recordedAt().atZone(clock.getZone()).toOffsetDateTime());
    }

    private Map<String, String> names(List<JointCase> list) {
        Set<String> logins = new HashSet<>();
        list.forEach(c -> {
            logins.add(c.openedBy());
            c.duties().forEach(d -> d.reports().forEach(r -> logins.add(r.recordedBy())));
        });
        return staff.displayNames(logins);
    }
}
