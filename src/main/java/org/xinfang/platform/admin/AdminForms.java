package org.xinfang.platform.admin;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinfang.platform.Refusal;

/**
 * How the administrator's forms answer: after a change, back to the page with what was done; after a refusal, back to
 * the form with the refusal in the person's language (never a page of its own, never a 500), so they can correct it.
 */
public final class AdminForms {

    private AdminForms() {
    }

    /** Runs the change; returns {@code redirect:back}, with the flash attribute "done" or "refusal". */
    public static String submit(RedirectAttributes flash, MessageSource messages, String back, Runnable change, String doneKey,
                                Object... doneArgs) {
        try {
            change.run();
            flash.addFlashAttribute("done", messages.getMessage(doneKey, doneArgs, LocaleContextHolder.getLocale()));
        } catch (Refusal r) {
            flash.addFlashAttribute("refusal", r.describe(messages, LocaleContextHolder.getLocale()));
            if (r.field() != null) {
                flash.addFlashAttribute("refusedField", r.field());
            }
        }
        return "redirect:" + back;
    }

    /** The message of a refusal, in the person's language, for a page that shows it in place. */
    public static String describe(Refusal r, MessageSource messages) {
        return r.describe(messages, LocaleContextHolder.getLocale());
    }
}
