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
import org.xinfang.casework.AdoptionOutcome;
import org.xinfang.coordination.SupervisionNotices;
import org.xinfang.territory.StaffPrincipal;

/** The supervision notices' pages: the person's notices, and one notice with the form its reader may fill in. */
@Controller
class SupervisionNoticePages {

    private final SupervisionNotices notices;
    private final SupervisionNoticeViews views;
    private final MessageSource messages;

    SupervisionNoticePages(SupervisionNotices notices, SupervisionNoticeViews views, MessageSource messages) {
        this.notices = notices;
        this.views = views;
        this.messages = messages;
    }

    @GetMapping("/supervision/notices")
    String desk(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("desk", views.json(notices.desk(me, 50), me));
        return "coordination/notices";
    }

    @GetMapping("/supervision/notices/{id}")
    String one(@PathVariable Long id, @AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("n", views.json(notices.visible(me, id), me));
        model.addAttribute("adoptions", AdoptionOutcome.values());
        return "coordination/notice";
    }

    @PostMapping("/supervision/notices/{id}/{step}")
    String act(@PathVariable Long id, @PathVariable String step, @RequestParam(required = false) String version,
               @RequestParam(required = false) String text, @RequestParam(required = false) String adoption,
               @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes flash) {
        String back = "/supervision/notices/" + id;
        return FormFields.submit(messages, flash, "notice.saved", back, FormFields.typed("text", text), () -> {
            int seen = FormFields.number("version", version);
            String typed = FormFields.text("text", text, 4000);
            switch (step) {
                case "answer" -> notices.answer(me, id, seen, typed);
                case "suggestion" -> notices.suggest(me, id, seen, typed);
                case "feedback" -> notices.feedback(me, id, seen,
                        FormFields.choice("adoption", adoption, AdoptionOutcome.class, "notice.feedback.adoption-choice"), typed);
                default -> throw org.xinfang.platform.Refusal.notFound("notice.unknown", step);
            }
            return back;
        });
    }
}
