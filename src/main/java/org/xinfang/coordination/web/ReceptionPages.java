package org.xinfang.coordination.web;

import org.xinfang.platform.web.FormFields;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinfang.coordination.AppointmentRequests;
import org.xinfang.coordination.LeaderReceptions;
import org.xinfang.coordination.ReceptionKind;
import org.xinfang.platform.Refusal;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.StaffRole;
import org.xinfang.territory.Territory;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The leader receptions' pages: the calendar of this week and next with the form that puts a reception on it, one
 * reception with the batches received and the form that records one, the indicators, and the appointment requests.
 */
@Controller
class ReceptionPages {

    private final LeaderReceptions receptions;
    private final AppointmentRequests requests;
    private final ReceptionViews views;
    private final Territory territory;
    private final MessageSource messages;
    private final Clock clock;

    ReceptionPages(LeaderReceptions receptions, AppointmentRequests requests, ReceptionViews views, Territory territory,
                   MessageSource messages, Clock clock) {
        this.receptions = receptions;
        this.requests = requests;
        this.views = views;
        this.territory = territory;
        this.messages = messages;
        this.clock = clock;
    }

    /** The Monday of {@code day}'s week: the calendar shows weeks from Monday, the open reception day. */
    static LocalDate weekStart(LocalDate day) {
        return day.with(DayOfWeek.MONDAY);
    }

    @GetMapping("/receptions")
    String calendar(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = weekStart(today);
        LocalDate to = from.plusDays(13);
        var calendar = views.calendar(from, to, receptions.calendar(me, from, to), me);
        model.addAttribute("calendar", calendar);
        model.addAttribute("units", views.byUnit(calendar));
        model.addAttribute("today", today);
        model.addAttribute("mayArrange", me.hasAny(Set.of(StaffRole.REGISTRAR, StaffRole.SUPERVISOR, StaffRole.LEADER)));
        model.addAttribute("kinds", ReceptionKind.values());
        model.addAttribute("hostUnits", hostUnits(me));
        return "coordination/receptions";
    }

    @PostMapping("/receptions")
    String create(@RequestParam(required = false) String kind, @RequestParam(required = false) String unitCode,
                  @RequestParam(required = false) String heldOn, @RequestParam(required = false) String startsAt,
                  @RequestParam(required = false) String place, @RequestParam(required = false) String leader,
                  @RequestParam(required = false) List<String> joinedBy, @AuthenticationPrincipal StaffPrincipal me,
                  RedirectAttributes flash) {
        return FormFields.submit(messages, flash, "reception.saved", "/receptions", FormFields.typed("kind", kind,
                "unitCode", unitCode, "heldOn", heldOn, "startsAt", startsAt, "place", place, "leader", leader), () ->
                "/receptions/" + receptions.create(me, new LeaderReceptions.NewReception(kind(kind), unitCode,
                        FormFields.day("heldOn", heldOn), time(startsAt), place, leader,
                        joinedBy == null ? List.of() : joinedBy)).id());
    }

    @GetMapping("/receptions/{id}")
    String one(@PathVariable Long id, @AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("r", views.json(receptions.visible(me, id), me));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("mayRecord", me.hasAny(Set.of(StaffRole.REGISTRAR, StaffRole.SUPERVISOR, StaffRole.LEADER)));
        return "coordination/reception";
    }

    @PostMapping("/receptions/{id}/visits")
    String record(@PathVariable Long id, @RequestParam(required = false) String persons,
                  @RequestParam(required = false) String petitioner, @RequestParam(required = false) String subject,
                  @RequestParam(required = false) String outcome, @RequestParam(required = false) String metLeader,
                  @RequestParam(required = false) String metPetitioner, @RequestParam(required = false) String metUnit,
                  @RequestParam(required = false) String metOffice, @RequestParam(required = false) String petitionerAgreed,
                  @RequestParam(required = false) String unitAgreed, @RequestParam(required = false) String matters,
                  @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes flash) {
        receptions.visible(me, id);
        String back = "/receptions/" + id;
        return FormFields.submit(messages, flash, "reception.saved", back, FormFields.typed("persons", persons,
                "petitioner", petitioner, "subject", subject, "outcome", outcome, "matters", matters), () -> {
            receptions.record(me, id, new LeaderReceptions.NewVisit(FormFields.number("persons", persons), petitioner,
                    subject, outcome, new LeaderReceptions.FourMeet(ticked(metLeader), ticked(metPetitioner),
                    ticked(metUnit), ticked(metOffice)), ticked(petitionerAgreed), ticked(unitAgreed), references(matters)));
            return back;
        });
    }

    @GetMapping("/receptions/indicators")
    String indicators(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                      @AuthenticationPrincipal StaffPrincipal me, Model model) {
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        model.addAttribute("figures", receptions.indicators(me, from == null ? end.minusDays(364) : from, end));
        return "coordination/reception-indicators";
    }

    @GetMapping("/receptions/requests")
    String requests(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("requests", views.requests(requests.inScope(me), me));
        model.addAttribute("mayAnswer", me.hasAny(Set.of(StaffRole.REGISTRAR, StaffRole.LEADER)));
        model.addAttribute("today", LocalDate.now(clock));
        return "coordination/reception-requests";
    }

    @PostMapping("/receptions/requests/{id}/answer")
    String answer(@PathVariable Long id, @RequestParam(required = false) String version,
                  @RequestParam(required = false) String heldOn, @RequestParam(required = false) String startsAt,
                  @RequestParam(required = false) String place, @RequestParam(required = false) String leader,
                  @RequestParam(required = false) String note, @AuthenticationPrincipal StaffPrincipal me,
                  RedirectAttributes flash) {
        requests.visible(me, id);
        return FormFields.submit(messages, flash, "reception.request.answered", "/receptions/requests",
                FormFields.typed("request", String.valueOf(id), "heldOn", heldOn, "startsAt", startsAt, "place", place,
                        "leader", leader, "note", note), () -> {
                    requests.answer(me, id, FormFields.number("version", version), FormFields.day("heldOn", heldOn),
                            time(startsAt), place, leader, note);
                    return "/receptions/requests";
                });
    }

    /** The units a reception may be put on: those the viewer's unit may name (its government and the one below), in scope. */
    private List<ReceptionViews.UnitJson> hostUnits(StaffPrincipal me) {
        return territory.assignableUnits(me.unit()).stream().filter(u -> me.covers(u.path()))
                .map(ReceptionViews::unit).toList();
    }

    private static ReceptionKind kind(String typed) {
        try {
            return ReceptionKind.valueOf(typed == null ? "" : typed.strip());
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("kind", "reception.kind.required");
        }
    }

    private static LocalTime time(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(typed.strip());
        } catch (DateTimeParseException e) {
            throw Refusal.invalid("startsAt", "reception.time", typed);
        }
    }

    private static boolean ticked(String box) {
        return box != null && !box.isBlank();
    }

    /** The reference numbers typed, one or more separated by spaces, commas or new lines. */
    private static List<String> references(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[\\s,，、;；]+")).filter(s -> !s.isBlank()).toList();
    }
}
