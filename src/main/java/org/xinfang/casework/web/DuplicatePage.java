package org.xinfang.casework.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinfang.casework.Casework;
import org.xinfang.platform.Refusal;
import org.xinfang.territory.StaffPrincipal;

import java.util.Locale;

/** The matter page's "mark as duplicate" form (issue 11, item 2): merged, or what was wrong, on the matter page again. */
@Controller
class DuplicatePage {

    private final Casework casework;
    private final MessageSource messages;

    DuplicatePage(Casework casework, MessageSource messages) {
        this.casework = casework;
        this.messages = messages;
    }

    @PostMapping("/matters/{id}/duplicate-of")
    String markDuplicate(@PathVariable Long id, @RequestParam int version, @RequestParam(defaultValue = "") String originalReferenceNo,
                         @RequestParam(required = false) String reason, @AuthenticationPrincipal StaffPrincipal me,
                         RedirectAttributes flash) {
        Locale locale = LocaleContextHolder.getLocale();
        try {
            casework.markDuplicate(id, version, originalReferenceNo, reason, me);
            flash.addFlashAttribute("done", messages.getMessage("enum.MatterAction.MARK_DUPLICATE", null, locale));
        } catch (org.springframework.dao.OptimisticLockingFailureException stale) {
            flash.addFlashAttribute("error", messages.getMessage("problem.stale-version", null, locale));
        } catch (Refusal r) {
            if (r.kind() == Refusal.Kind.NOT_FOUND) {
                throw r;
            }
            flash.addFlashAttribute("error", r.describe(messages, locale));
        }
        return "redirect:/matters/" + id;
    }
}
