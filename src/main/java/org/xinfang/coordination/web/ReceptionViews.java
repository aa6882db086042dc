package org.xinfang.coordination.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.xinfang.coordination.AppointmentRequests;
import org.xinfang.coordination.LeaderReceptions;
import org.xinfang.coordination.ReceptionKind;
import org.xinfang.territory.AdministrativeLevel;
import org.xinfang.territory.StaffDirectory;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.UnitView;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Leader receptions as the API and the pages show them (one shape for both): staff by name, units in the viewer's
 * language, times in the office's zone, the petitioner's name and free text as the viewer's role may read them. A
 * leader without an account (imported history) has no name, only the level.
 */
@Component
class ReceptionViews {

    private final StaffDirectory staff;
    private final Clock clock;

    ReceptionViews(StaffDirectory staff, Clock clock) {
        this.staff = staff;
        this.clock = clock;
    }

    record UnitJson(String code, String name) {
    }

    record MatterJson(Long matterId, String referenceNo, String title) {
    }

    record VisitJson(Long id, int persons, String petitioner, String subject, String outcome,
                     LeaderReceptions.FourMeet met, boolean allFourMet, boolean petitionerAgreed, boolean unitAgreed,
                     boolean bothNodded, List<MatterJson> matters, String recordedBy, OffsetDateTime recordedAt) {
    }

    record ReceptionJson(Long id, ReceptionKind kind, UnitJson unit, LocalDate heldOn, LocalTime startsAt, String place,
                         String leader, AdministrativeLevel leaderLevel, boolean joint, List<UnitJson> joinedBy,
                         int batches, int persons, List<VisitJson> visits) {
    }

    record CalendarJson(LocalDate from, LocalDate to, List<ReceptionJson> receptions) {
    }

    /** The calendar page's rows: a unit and its receptions of the period, in order. */
    record UnitDays(UnitJson unit, List<ReceptionJson> receptions) {
    }

    record RequestJson(Long id, int version, UnitJson unit, LocalDate wishedOn, String subject, String petitioner,
                       String phoneLast4, OffsetDateTime requestedAt, AppointmentRequests.State state,
                       ReceptionJson reception, String answerNote, String answeredBy, OffsetDateTime answeredAt) {
    }

    CalendarJson calendar(LocalDate from, LocalDate to, List<LeaderReceptions.Reception> receptions, StaffPrincipal viewer) {
        return new CalendarJson(from, to, json(receptions, viewer));
    }

    /** The calendar by unit: each unit hosting receptions of the period, in the order of their first reception. */
    List<UnitDays> byUnit(CalendarJson calendar) {
        Map<String, List<ReceptionJson>> byUnit = new java.util.LinkedHashMap<>();
        calendar.receptions().forEach(r -> byUnit.computeIfAbsent(r.unit().code(), k -> new java.util.ArrayList<>()).add(r));
        return byUnit.values().stream().map(rs -> new UnitDays(rs.get(0).unit(), rs)).toList();
    }

    ReceptionJson json(LeaderReceptions.Reception r, StaffPrincipal viewer) {
        return json(List.of(r), viewer).get(0);
    }

    List<ReceptionJson> json(List<LeaderReceptions.Reception> receptions, StaffPrincipal viewer) {
        Set<String> logins = new HashSet<>();
        receptions.forEach(r -> logins(r, logins));
        Map<String, String> names = staff.displayNames(logins);
        return receptions.stream().map(r -> json(r, viewer, names)).toList();
    }

    List<RequestJson> requests(List<AppointmentRequests.Request> requests, StaffPrincipal viewer) {
        Set<String> logins = new HashSet<>();
        requests.forEach(q -> {
            if (q.answeredBy() != null) {
                logins.add(q.answeredBy());
            }
            if (q.reception() != null) {
                logins(q.reception(), logins);
            }
        });
        Map<String, String> names = staff.displayNames(logins);
        return requests.stream().map(q -> new RequestJson(q.id(), q.version(), unit(q.unit()), q.wishedOn(),
                viewer.readable(q.subject()), viewer.readableName(q.petitioner()), q.phoneLast4(), at(q.requestedAt()), q.state(),
                q.reception() == null ? null : json(q.reception(), viewer, names),
                q.answerNote() == null ? null : viewer.readable(q.answerNote()),
                q.answeredBy() == null ? null : names.getOrDefault(q.answeredBy(), q.answeredBy()),
                q.answeredAt() == null ? null : at(q.answeredAt()))).toList();
    }

    RequestJson request(AppointmentRequests.Request q, StaffPrincipal viewer) {
        return requests(List.of(q), viewer).get(0);
    }

    static UnitJson unit(UnitView u) {
        return new UnitJson(u.code(), u.displayName(LocaleContextHolder.getLocale()));
    }

    private ReceptionJson json(LeaderReceptions.Reception r, StaffPrincipal viewer, Map<String, String> names) {
        return new ReceptionJson(r.id(), r.kind(), unit(r.unit()), r.heldOn(), r.startsAt(), r.place(),
                r.leader() == null ? null : names.getOrDefault(r.leader(), r.leader()), r.leaderLevel(), r.joint(),
                r.joinedBy().stream().map(ReceptionViews::unit).toList(), r.visits().size(), r.persons(),
                r.visits().stream().map(v -> new VisitJson(v.id(), v.persons(), viewer.readableName(v.petitioner()),
                        viewer.readable(v.subject()), viewer.readable(v.outcome()), v.met(), v.met().all(),
                        v.petitionerAgreed(), v.unitAgreed(), v.bothNodded(),
                        v.matters().stream().map(m -> new MatterJson(m.matterId(), m.referenceNo(), viewer.readable(m.title())))
                                .toList(), names.getOrDefault(v.recordedBy(), v.recordedBy()), at(v.recordedAt()))).toList());
    }

    private static void logins(LeaderReceptions.Reception r, Collection<String> logins) {
        if (r.leader() != null) {
            logins.add(r.leader());
        }
        r.visits().forEach(v -> logins.add(v.recordedBy()));
    }

    private OffsetDateTime at(Instant instant) {
        return instant.atZone(clock.getZone()).toOffsetDateTime();
    }
}
