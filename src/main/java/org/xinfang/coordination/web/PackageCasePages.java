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
import org.xinfang.coordination.PackageActivityKind;
import org.xinfang.coordination.PackageCase;
import org.xinfang.coordination.PackageCases;
import org.xinfang.territory.StaffPrincipal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The leader's package cases (我的包案) and one case's page, with the form that records an activity, and the
 * indicators by level of the viewer's scope.
 */
@Controller
class PackageCasePages {

    private final PackageCases cases;
    private final PackageCaseViews views;
    private final MessageSource messages;
    private final Clock clock;

    PackageCasePages(PackageCases cases, PackageCaseViews views, MessageSource messages, Clock clock) {
        this.cases = cases;
        this.views = views;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/package-cases")
    String desk(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        PackageCaseApi.requireLeader(me);
        model.addAttribute("desk", views.desk(me));
        model.addAttribute("indicators", views.indicators(me));
        return "coordination/package-cases";
    }

    @GetMapping("/package-cases/indicators")
    String indicators(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("indicators", views.indicators(me));
        return "coordination/package-indicators";
    }

    @GetMapping("/package-cases/{id}")
    String one(@PathVariable Long id, @AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("c", views.one(id, me));
        model.addAttribute("kinds", PackageActivityKind.values());
        model.addAttribute("today", LocalDate.now(clock));
        // the form's own key: submitting it twice (a double click, a reload) records one activity
        model.addAttribute("requestKey", UUID.randomUUID().toString());
        return "coordination/package-case";
    }

    @PostMapping("/package-cases/{id}/activities")
    String record(@PathVariable Long id, @RequestParam(required = false) String kind,
                  @RequestParam(required = false) String heldOn, @RequestParam(required = false) String note,
                  @RequestParam(required = false) String peopleMet, @RequestParam(required = false) String requestKey,
                  @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes flash) {
        return FormFields.submit(messages, flash, "package.activity.recorded", "/package-cases/" + id,
                FormFields.typed("kind", kind, "heldOn", heldOn, "note", note, "peopleMet", peopleMet), () -> {
            cases.record(me, id, new PackageCase.NewActivity(kindOf(kind), FormFields.day("heldOn", heldOn),
                    FormFields.text("note", note, 2000), FormFields.text("peopleMet", peopleMet, 500)), requestKey);
            return "/package-cases/" + id;
        });
    }

    private static PackageActivityKind kindOf(String kind) {
        return FormFields.choice("kind", kind, PackageActivityKind.class, "package.activity.kind");
    }
}
