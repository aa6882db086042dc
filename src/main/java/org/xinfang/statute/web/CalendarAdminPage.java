package org.xinfang.statute.web;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinfang.platform.Refusal;
import org.xinfang.platform.admin.AdminForms;
import org.xinfang.statute.WorkingDayCalendar;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.StaffRole;

import java.time.Clock;
import java.time.LocalDate;

/** The administrator's working-day calendar: a year month by month, and a day made a holiday or a working day. */
@Controller
class CalendarAdminPage {

    private final WorkingDayCalendar calendar;
    private final MessageSource messages;
    private final Clock clock;

    CalendarAdminPage(WorkingDayCalendar calendar, MessageSource messages, Clock clock) {
        this.calendar = calendar;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/admin/calendar")
    String year(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) Integer year, Model model) {
        requireAdministrator(me);
        int y = year == null ? LocalDate.now(clock).getYear() : Math.max(2000, Math.min(2100, year));
        model.addAttribute("year", y);
        model.addAttribute("months", calendar.year(y));
        model.addAttribute("changes", calendar.changes(y));
        model.addAttribute("arranged", calendar.isArranged(y));
        model.addAttribute("source", calendar.source(y).orElse(null));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("kinds", WorkingDayCalendar.DayKind.values());
        return "admin/calendar";
    }

    @PostMapping("/admin/calendar")
    String set(@AuthenticationPrincipal StaffPrincipal me,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
               @RequestParam(required = false) WorkingDayCalendar.DayKind kind, @RequestParam(required = false) String note,
               RedirectAttributes flash) {
        requireAdministrator(me);
        return AdminForms.submit(flash, messages, "/admin/calendar" + (day == null ? "" : "?year=" + day.getYear()),
                () -> calendar.set(me.getUsername(), me.displayName(), day, kind, note), "admin.calendar.saved", day);
    }

    @PostMapping("/admin/calendar/remove")
    String remove(@AuthenticationPrincipal StaffPrincipal me,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                  RedirectAttributes flash) {
        requireAdministrator(me);
        return AdminForms.submit(flash, messages, "/admin/calendar" + (day == null ? "" : "?year=" + day.getYear()),
                () -> calendar.remove(me.getUsername(), me.displayName(), day), "admin.calendar.removed", day);
    }

    private static void requireAdministrator(StaffPrincipal me) {
        if (!me.has(StaffRole.ADMIN)) {
            throw Refusal.forbidden("admin.only");
        }
    }
}
