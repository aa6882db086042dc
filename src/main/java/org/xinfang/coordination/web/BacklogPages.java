package org.xinfang.coordination.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinfang.coordination.BacklogRegister;
import org.xinfang.platform.Refusal;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.StaffRole;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/** The backlog register's pages: the register of the area with the form that registers a matter, and one case. */
@Controller
class BacklogPages {

    private final BacklogRegister register;
    private final BacklogViews views;
    private final MessageSource messages;
    private final Clock clock;

    BacklogPages(BacklogRegister register, BacklogViews views, MessageSource messages, Clock clock) {
        this.register = register;
        this.views = views;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/backlog")
    String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("register", views.json(register.register(me), me));
        model.addAttribute("mayRegister", me.hasAny(Set.of(StaffRole.SUPERVISOR, StaffRole.LEADER)));
        model.addAttribute("today", LocalDate.now(clock));
        return "coordination/backlog";
    }

    @PostMapping("/backlog")
    String registerMatter(@RequestParam(required = false) String referenceNo, @RequestParam(required = false) String leader,
                          @RequestParam(required = false) String targetOn, @RequestParam(required = false) String plan,
                          @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes flash) {
        return submit(flash, "/backlog", Map.of("referenceNo", nz(referenceNo), "leader", nz(leader),
                "targetOn", nz(targetOn), "plan", nz(plan)), () -> "/backlog/" + register.register(me, referenceNo, leader,
                FormFields.day("targetOn", targetOn), FormFields.text("plan", plan, 4000)).id());
    }

    @GetMapping("/backlog/{id}")
    String one(@PathVariable Long id, @AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("c", views.json(register.visibleCase(me, id), me));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("mayNote", me.hasAny(Set.of(StaffRole.SUPERVISOR, StaffRole.LEADER)));
        model.addAttribute("requestKey", UUID.randomUUID().toString());
        return "coordination/backlog-case";
    }

    @PostMapping("/backlog/{id}/progress")
    String note(@PathVariable Long id, @RequestParam(required = false) String notedOn,
                @RequestParam(required = false) String note, @RequestParam(required = false) String requestKey,
                @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes flash) {
        register.visibleCase(me, id);
        return submit(flash, "/backlog/" + id, Map.of("notedOn", nz(notedOn), "note", nz(note)), () -> {
            register.note(me, id, FormFields.day("notedOn", notedOn), FormFields.text("note", note, 2000), requestKey);
            return "/backlog/" + id;
        });
    }

    @PostMapping("/backlog/{id}/settlement")
    String settle(@PathVariable Long id, @RequestParam(required = false) String version,
                  @RequestParam(required = false) String settlement, @AuthenticationPrincipal StaffPrincipal me,
                  RedirectAttributes flash) {
        register.visibleCase(me, id);
        return submit(flash, "/backlog/" + id, Map.of("settlement", nz(settlement)), () -> {
            register.settle(me, id, FormFields.number("version", version), FormFields.text("settlement", settlement, 2000));
            return "/backlog/" + id;
        });
    }

    /** Runs {@code action}; on success to where it leads with a confirmation, on refusal back with the reason and what was typed. */
    private String submit(RedirectAttributes flash, String back, Map<String, String> entered, Supplier<String> action) {
        var locale = LocaleContextHolder.getLocale();
        try {
            String to = action.get();
            flash.addFlashAttribute("done", messages.getMessage("backlog.saved", null, locale));
            return "redirect:" + to;
        } catch (Refusal r) {
            if (r.kind() == Refusal.Kind.NOT_FOUND) {
                throw r;
            }
            flash.addFlashAttribute("error", r.describe(messages, locale));
            flash.addFlashAttribute("entered", entered);
            return "redirect:" + back;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
