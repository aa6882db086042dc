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
import org.xinfang.casework.Satisfaction;
import org.xinfang.coordination.CallbackRegister;
import org.xinfang.statute.CallbackRules;
import org.xinfang.territory.StaffPrincipal;

import java.util.List;
import java.util.UUID;

/** The callback's pages: the office's list in three parts, and one matter's calls with the form that records a call. */
@Controller
class CallbackPages {

    private final CallbackRegister callbacks;
    private final CallbackViews views;
    private final MessageSource messages;

    CallbackPages(CallbackRegister callbacks, CallbackViews views, MessageSource messages) {
        this.callbacks = callbacks;
        this.views = views;
        this.messages = messages;
    }

    /** A part of the list: its element id, its heading's message key, its matters and how many there are in all. */
    record Part(String id, String heading, List<CallbackViews.CallbackJson> callbacks, int total) {
    }

    @GetMapping("/callbacks")
    String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        CallbackViews.ListJson list = views.json(callbacks.list(me), me);
        model.addAttribute("parts", List.of(
                new Part("callbacks-waiting", "callback.waiting", list.waiting(), list.waiting().size()),
                new Part("callbacks-not-reached", "callback.not-reached", list.notReached(), list.notReached().size()),
                new Part("callbacks-done", "callback.done", list.done(), list.doneTotal())));
        model.addAttribute("mayRecord", CallbackRegister.mayRecord(me));
        model.addAttribute("daysAfterReply", CallbackRules.DAYS_AFTER_REPLY);
        model.addAttribute("maxNotReached", CallbackRules.MAX_ATTEMPTS_NOT_REACHED);
        return "coordination/callbacks";
    }

    @GetMapping("/callbacks/{matterId}")
    String one(@PathVariable Long matterId, @AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("c", views.json(callbacks.of(me, matterId), me));
        model.addAttribute("mayRecord", CallbackRegister.mayRecord(me));
        model.addAttribute("requestKey", UUID.randomUUID().toString());
        return "coordination/callback";
    }

    @PostMapping("/callbacks/{matterId}")
    String record(@PathVariable Long matterId, @RequestParam(required = false) String reached,
                  @RequestParam(required = false) String satisfaction, @RequestParam(required = false) String note,
                  @RequestParam(required = false) String requestKey, @AuthenticationPrincipal StaffPrincipal me,
                  RedirectAttributes flash) {
        return FormFields.submit(messages, flash, "callback.saved", "/callbacks/" + matterId,
                FormFields.typed("reached", reached, "satisfaction", satisfaction, "note", note), () -> {
                    callbacks.record(me, matterId, FormFields.yesOrNo("reached", reached),
                            FormFields.choice("satisfaction", satisfaction, Satisfaction.class),
                            FormFields.optionalText("note", note, 2000), requestKey);
                    return "/callbacks";
                });
    }
}
