package org.xinfang.coordination.web;

import org.springframework.stereotype.Component;
import org.xinfang.casework.MatterState;
import org.xinfang.coordination.PackageActivityKind;
import org.xinfang.coordination.PackageCase;
import org.xinfang.coordination.PackageCases;
import org.xinfang.territory.AdministrativeLevel;
import org.xinfang.territory.StaffDirectory;
import org.xinfang.territory.StaffPrincipal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Package cases as the API and the pages show them (one shape for both): staff by name, times in the office's zone,
 * free text as the viewer may read it. A leader without an account here (imported history) has no name: the pages
 * say "a leader of the township" by the level.
 */
@Component
class PackageCaseViews {

    private final PackageCases cases;
    private final StaffDirectory staff;
    private final Clock clock;

    PackageCaseViews(PackageCases cases, StaffDirectory staff, Clock clock) {
        this.cases = cases;
        this.staff = staff;
        this.clock = clock;
    }

    record ActivityJson(Long id, PackageActivityKind kind, LocalDate heldOn, String note, String peopleMet,
                        String leader, AdministrativeLevel level, OffsetDateTime recordedAt) {
    }

    record CaseJson(Long matterId, String referenceNo, String title, String leader, boolean mine,
                    AdministrativeLevel level, LocalDate packagedOn, MatterState state, LocalDate dueOn, boolean overdue,
                    boolean visited, boolean resolved, List<ActivityJson> activities) {
    }

    record DeskJson(List<CaseJson> notVisited, List<CaseJson> overdue, List<CaseJson> resolved, List<CaseJson> all) {
    }

    record LevelJson(AdministrativeLevel level, long total, long visited, long resolved, double visitedRate,
                     double resolvedRate, boolean meetsBar) {
    }

    record IndicatorsJson(List<LevelJson> byLevel, LevelJson all, double bar) {
    }

    /** The package case of a matter {@code viewer} may see (404 otherwise, as for the matter itself). */
    CaseJson one(Long matterId, StaffPrincipal viewer) {
        PackageCase c = cases.visibleCase(viewer, matterId);
        return json(c, viewer, names(List.of(c)));
    }

    DeskJson desk(StaffPrincipal leader) {
        PackageCases.Desk d = cases.desk(leader.getUsername());
        Map<String, String> names = names(d.all());
        return new DeskJson(json(d.notVisited(), leader, names), json(d.overdue(), leader, names),
                json(d.resolved(), leader, names), json(d.all(), leader, names));
    }

    IndicatorsJson indicators(StaffPrincipal viewer) {
        PackageCases.Indicators i = cases.indicators(viewer);
        return new IndicatorsJson(i.byLevel().stream().map(PackageCaseViews::json).toList(), json(i.all()), i.bar());
    }

    ActivityJson json(PackageCase.Activity a, StaffPrincipal viewer) {
        return json(a, viewer, staff.displayNames(List.of(a.leader())));
    }

    private ActivityJson json(PackageCase.Activity a, StaffPrincipal viewer, Map<String, String> names) {
        return new ActivityJson(a.id(), a.kind(), a.heldOn(), viewer.readable(a.note()), viewer.readable(a.peopleMet()),
                names.get(a.leader()), a.level(), a.recordedAt().atZone(clock.getZone()).toOffsetDateTime());
    }

    /** The display names of the leaders of these cases and of their activities, each looked up once. */
    private Map<String, String> names(List<PackageCase> list) {
        Set<String> logins = new HashSet<>();
        list.forEach(c -> {
            logins.add(c.holding().leader());
            c.activities().forEach(a -> logins.add(a.leader()));
        });
        return staff.displayNames(logins);
    }

    private List<CaseJson> json(List<PackageCase> list, StaffPrincipal viewer, Map<String, String> names) {
        return list.stream().map(c -> json(c, viewer, names)).toList();
    }

    private CaseJson json(PackageCase c, StaffPrincipal viewer, Map<String, String> names) {
        var h = c.holding();
        var m = h.matter();
        return new CaseJson(m.matterId(), m.referenceNo(), viewer.readable(m.title()), names.get(h.leader()),
                h.leader().equals(viewer.getUsername()), h.level(), h.packagedOn(), m.state(), m.dueOn(),
                c.overdue(LocalDate.now(clock)), c.visited(), c.resolved(),
                c.activities().stream().map(a -> json(a, viewer, names)).toList());
    }

    private static LevelJson json(PackageCases.LevelFigures f) {
        return new LevelJson(f.level(), f.total(), f.visited(), f.resolved(), f.visitedRate(), f.resolvedRate(),
                f.meetsBar());
    }
}
