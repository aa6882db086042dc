package org.xinfang.notification.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinfang.notification.internal.Inbox;
import org.xinfang.notification.internal.NotificationPreferences;
import org.xinfang.notification.internal.Outbox;
import org.xinfang.platform.Refusal;
import org.xinfang.territory.StaffPrincipal;

import java.util.Locale;

/** The staff member's inbox, their channels, and the administrator's view of what could not be delivered. */
@Controller
class InboxPages {

    private final Inbox inbox;
    private final InboxViews views;
    private final NotificationPreferences preferences;
    private final Outbox outbox;
    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;

    InboxPages(Inbox inbox, InboxViews views, NotificationPreferences preferences, Outbox outbox,
               ObjectProvider<JavaMailSender> mail, MessageSource messages) {
        this.inbox = inbox;
        this.views = views;
        this.preferences = preferences;
        this.outbox = outbox;
        this.mail = mail;
        this.messages = messages;
    }

    @GetMapping("/inbox")
    String list(@AuthenticationPrincipal StaffPrincipal me, Locale locale, Model model) {
        model.addAttribute("inbox", views.json(inbox.unread(me.getUsername()), inbox.read(me), locale));
        return "notification/inbox";
    }

    /**
     * Opening a notification reads it: marked read, then the matter (or the notice that went up). A matter the reader
     * may not open leads back to the inbox with who to ask, not to a refusal.
     */
    @PostMapping("/inbox/{id}/open")
    String open(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal me, Locale locale, RedirectAttributes flash) {
        Inbox.Read read = inbox.markRead(me, id);
        if (!read.canOpen()) {
            flash.addFlashAttribute("closed", views.closedNote(read, locale));
            return "redirect:/inbox";
        }
        return "redirect:" + read.notification().link();
    }

    @PostMapping("/inbox/{id}/read")
    String markRead(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal me, Locale locale, RedirectAttributes flash) {
        inbox.markRead(me.getUsername(), id);
        flash.addFlashAttribute("done", messages.getMessage("notification.inbox.marked", null, locale));
        return "redirect:/inbox";
    }

    @PostMapping("/inbox/read-all")
    String markAllRead(@AuthenticationPrincipal StaffPrincipal me, Locale locale, RedirectAttributes flash) {
        inbox.markAllRead(me.getUsername());
        flash.addFlashAttribute("done", messages.getMessage("notification.inbox.marked", null, locale));
        return "redirect:/inbox";
    }

    @GetMapping("/preferences/notifications")
    String preferences(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        if (!model.containsAttribute("preference")) {
            model.addAttribute("preference", preferences.of(me.getUsername()));
        }
        model.addAttribute("mailOff", mail.getIfAvailable() == null);
        return "notification/preferences";
    }

    @PostMapping("/preferences/notifications")
    String choose(@RequestParam(defaultValue = "false") boolean emailOn, @RequestParam(required = false) String email,
                  @RequestParam(defaultValue = "false") boolean smsOn, @RequestParam(required = false) String phone,
                  @AuthenticationPrincipal StaffPrincipal me, Locale locale, RedirectAttributes flash) {
        try {
            preferences.choose(me.getUsername(), emailOn, email, smsOn, phone);
            flash.addFlashAttribute("done", messages.getMessage("notification.preferences.saved", null, locale));
        } catch (Refusal r) {
            flash.addFlashAttribute("error", r.describe(messages, locale));
            flash.addFlashAttribute("preference", new NotificationPreferences.Preference(me.getUsername(), emailOn,
                    email, smsOn, phone));
        }
        return "redirect:/preferences/notifications";
    }

    @GetMapping("/admin/notifications")
    String undelivered(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("undelivered", outbox.undelivered(me.scopePath(), 200));
        return "admin/notifications";
    }
}
