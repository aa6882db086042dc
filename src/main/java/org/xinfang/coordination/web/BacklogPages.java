package org.xinfang.coordination.web;

import org.xinfang.platform.web.FormFields;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinfang.coordination.BacklogRegister;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.StaffRole;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

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
        return FormFields.submit(messages, flash, "backlog.saved", "/backlog", FormFields.typed("referenceNo", referenceNo, "leader", leader,
                "targetOn", targetOn, "plan", plan), () -> "/backlog/" + register.register(me, referenceNo, leader,
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
        return FormFields.submit(messages, flash, "backlog.saved", "/backlog/" + id, FormFields.typed("notedOn", notedOn, "note", note), () -> {
            register.note(me, id, FormFields.day("notedOn", notedOn), FormFields.text("note", note, 2000), requestKey);
            return "/backlog/" + id;
        });
    }

    @PostMapping("/backlog/{id}/settlement")
    String settle(@PathVariable Long id, @RequestParam(required = false) String version,
                  @RequestParam(required = false) String settlement, @AuthenticationPrincipal StaffPrincipal me,
                  RedirectAttributes flash) {
        register.visibleCase(me, id);
        return FormFields.submit(messages, flash, "backlog.saved", "/backlog/" + id, FormFields.typed("settlement", settlement), () -> {
            register.settle(me, id, FormFields.number("version", version), FormFields.text("settlement", settlement, 2000));
            return "/backlog/" + id;
        });
    }
}
