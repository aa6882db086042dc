package org.xinfang.coordination.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.coordination.AppointmentRequests;
import org.xinfang.coordination.LeaderReceptions;
import org.xinfang.coordination.ReceptionKind;
import org.xinfang.territory.StaffPrincipal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Leader receptions (领导接访) in the API: the calendar, receptions and the batches received, the indicators, appointment requests. */
@RestController
@RequestMapping("/api/v1/receptions")
@Tag(name = "Leader receptions", description = "领导接访 (2022 art. 18): open reception days, appointment interviews (约访), down-visits (下访) and joint receptions (联合接访); the batches and persons received with the \"four meet, two nods\" record (四见面两点头)")
class ReceptionApi {

    private final LeaderReceptions receptions;
    private final AppointmentRequests requests;
    private final ReceptionViews views;
    private final Clock clock;

    ReceptionApi(LeaderReceptions receptions, AppointmentRequests requests, ReceptionViews views, Clock clock) {
        this.receptions = receptions;
        this.requests = requests;
        this.views = views;
        this.clock = clock;
    }

    record NewReception(@NotNull ReceptionKind kind, @NotBlank @Size(max = 64) String unitCode, @NotNull LocalDate heldOn,
                        LocalTime startsAt, @NotBlank @Size(max = 200) String place, @NotBlank @Size(max = 64) String leader,
                        List<@Size(max = 64) String> joinedBy) {
    }

    record Met(@NotNull Boolean leader, @NotNull Boolean petitioner, @NotNull Boolean unit, @NotNull Boolean office) {
    }

    record NewVisit(@NotNull @Min(1) @Max(500) Integer persons, @NotBlank @Size(max = 100) String petitioner,
                    @NotBlank @Size(max = 2000) String subject, @NotBlank @Size(max = 2000) String outcome,
                    @NotNull @Valid Met met, @NotNull Boolean petitionerAgreed, @NotNull Boolean unitAgreed,
                    List<@Size(max = 40) String> matters) {
    }

    record RequestAnswer(@NotNull Integer version, @NotNull LocalDate heldOn, LocalTime startsAt,
                         @NotBlank @Size(max = 200) String place, @NotBlank @Size(max = 64) String leader,
                         @Size(max = 2000) String note) {
    }

    @GetMapping
    @Operation(summary = "The calendar of the units in the caller's scope (hosting or joining), from..to (default: this week and next)")
    ReceptionViews.CalendarJson calendar(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                         @AuthenticationPrincipal StaffPrincipal me) {
        LocalDate start = from == null ? ReceptionPages.weekStart(LocalDate.now(clock)) : from;
        LocalDate end = to == null ? start.plusDays(13) : to;
        return views.calendar(start, end, receptions.calendar(me, start, end), me);
    }

    @PostMapping
    @Operation(summary = "Put a reception on a unit's calendar (registrar, supervisor or leader of its area): an open day falls on a Monday; the leader's area covers the unit; a joint reception names other units of the same city or county government")
    ResponseEntity<ReceptionViews.ReceptionJson> create(@Valid @RequestBody NewReception body,
                                                        @AuthenticationPrincipal StaffPrincipal me) {
        LeaderReceptions.Reception r = receptions.create(me, new LeaderReceptions.NewReception(body.kind(), body.unitCode(),
                body.heldOn(), body.startsAt(), body.place(), body.leader(), body.joinedBy() == null ? List.of() : body.joinedBy()));
        return ResponseEntity.status(HttpStatus.CREATED).body(views.json(r, me));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One reception with the batches received, their four-meet-two-nods record and linked matters")
    ReceptionViews.ReceptionJson one(@PathVariable Long id, @AuthenticationPrincipal StaffPrincipal me) {
        return views.json(receptions.visible(me, id), me);
    }

    @PostMapping("/{id}/visits")
    @Operation(summary = "Record a batch received at a reception held today or before: its persons, who of the four met (leader, petitioner, responsible unit, petition office), whether both the petitioner and the unit agreed, and the matters touched by reference number")
    ResponseEntity<ReceptionViews.ReceptionJson> record(@PathVariable Long id, @Valid @RequestBody NewVisit body,
                                                        @AuthenticationPrincipal StaffPrincipal me) {
        LeaderReceptions.Reception r = receptions.record(me, id, new LeaderReceptions.NewVisit(body.persons(),
                body.petitioner(), body.subject(), body.outcome(), new LeaderReceptions.FourMeet(body.met().leader(),
                body.met().petitioner(), body.met().unit(), body.met().office()), body.petitionerAgreed(), body.unitAgreed(),
                body.matters() == null ? List.of() : body.matters()));
        return ResponseEntity.status(HttpStatus.CREATED).body(views.json(r, me));
    }

    @GetMapping("/indicators")
    @Operation(summary = "Receptions held, batches (批次) and persons (人次) received by leaders of the caller's scope, by level, from..to (default: the last 365 days)")
    LeaderReceptions.Indicators indicators(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                           @AuthenticationPrincipal StaffPrincipal me) {
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        return receptions.indicators(me, from == null ? end.minusDays(364) : from, end);
    }

    @GetMapping("/requests")
    @Operation(summary = "The appointment requests citizens made on the portal to units of the caller's scope: those waiting first, then those answered in the last 60 days")
    List<ReceptionViews.RequestJson> requests(@AuthenticationPrincipal StaffPrincipal me) {
        return views.requests(requests.inScope(me), me);
    }

    @PostMapping("/requests/{id}/answer")
    @Operation(summary = "Answer a request at the version seen (registrar or leader): the day asked for accepts it, another day proposes that; either puts an appointment interview on the calendar. A stale version is refused (409)")
    ReceptionViews.RequestJson answer(@PathVariable Long id, @Valid @RequestBody RequestAnswer body,
                                      @AuthenticationPrincipal StaffPrincipal me) {
        return views.request(requests.answer(me, id, body.version(), body.heldOn(), body.startsAt(), body.place(),
                body.leader(), body.note()), me);
    }
}
