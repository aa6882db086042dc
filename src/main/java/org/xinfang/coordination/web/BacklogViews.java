package org.xinfang.coordination.web;

import org.springframework.stereotype.Component;
import org.xinfang.casework.MatterState;
import org.xinfang.coordination.BacklogRegister;
import org.xinfang.territory.StaffDirectory;
import org.xinfang.territory.StaffPrincipal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The backlog register as the API and the pages show it: staff by name, times in the office's zone, text as the viewer may read it. */
@Component
class BacklogViews {

    private final StaffDirectory staff;
    private final Clock clock;

    BacklogViews(StaffDirectory staff, Clock clock) {
        this.staff = staff;
        this.clock = clock;
    }

    record ProgressJson(Long id, LocalDate notedOn, String note, String recordedBy, OffsetDateTime recordedAt) {
    }

    record CaseJson(Long id, int version, Long matterId, String referenceNo, String title, MatterState state,
                    String leader, boolean mine, LocalDate targetOn, boolean pastTarget, String plan, String registeredBy,
                    LocalDate registeredOn, boolean concluded, boolean settled, LocalDate settledOn, String settlement,
                    List<ProgressJson> progress) {
    }

    record RegisterJson(int registered, int settled, List<CaseJson> open, List<CaseJson> settledCases) {
    }

    RegisterJson json(BacklogRegister.Register r, StaffPrincipal viewer) {
        Map<String, String> names = names(concat(r.open(), r.settled()));
        return new RegisterJson(r.registered(), r.settled().size(), json(r.open(), viewer, names),
                json(r.settled(), viewer, names));
    }

    CaseJson json(BacklogRegister.BacklogCase c, StaffPrincipal viewer) {
        return json(c, viewer, names(List.of(c)));
    }

    ProgressJson json(BacklogRegister.Progress p, StaffPrincipal viewer) {
        return json(p, viewer, staff.displayNames(List.of(p.recordedBy())));
    }

    private List<CaseJson> json(List<BacklogRegister.BacklogCase> cases, StaffPrincipal viewer, Map<String, String> names) {
        return cases.stream().map(c -> json(c, viewer, names)).toList();
    }

    private CaseJson json(BacklogRegister.BacklogCase c, StaffPrincipal viewer, Map<String, String> names) {
        var m = c.matter();
        return new CaseJson(c.id(), c.version(), m.matterId(), m.referenceNo(), viewer.readable(m.title()), m.state(),
                name(names, c.leader()), c.leader().equals(viewer.getUsername()), c.targetOn(),
                c.pastTarget(LocalDate.now(clock)), viewer.readable(c.plan()), name(names, c.registeredBy()),
                c.registeredOn(), c.concluded(), c.settled(), c.settledOn(),
                c.settlement() == null ? null : viewer.readable(c.settlement()),
                c.progress().stream().map(p -> json(p, viewer, names)).toList());
    }

    private ProgressJson json(BacklogRegister.Progress p, StaffPrincipal viewer, Map<String, String> names) {
        return new ProgressJson(p.id(), p.notedOn(), viewer.readable(p.note()), name(names, p.recordedBy()),
                p.recordedAt().atZone(clock.getZone()).toOffsetDateTime());
    }

    private static String name(Map<String, String> names, String login) {
        return names.getOrDefault(login, login);
    }

    private Map<String, String> names(List<BacklogRegister.BacklogCase> cases) {
        Set<String> logins = new HashSet<>();
        cases.forEach(c -> {
            logins.add(c.leader());
            logins.add(c.registeredBy());
            c.progress().forEach(p -> logins.add(p.recordedBy()));
        });
        return staff.displayNames(logins);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
