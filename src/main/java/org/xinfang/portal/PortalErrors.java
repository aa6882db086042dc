package org.xinfang.portal;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.xinfang.casework.documents.DocumentFontUnavailable;
import org.xinfang.platform.Refusal;

/** Refusals on the public pages, on the portal's own page (no staff navigation), with the right status. */
@ControllerAdvice(basePackageClasses = PortalErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalErrors {

    private final MessageSource messages;

    PortalErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(Refusal.class)
    String refused(Refusal r, Model model, HttpServletResponse response) {
        response.setStatus(r.status());
        if (r.kind() == Refusal.Kind.TOO_MANY) {
            response.setHeader("Retry-After", String.valueOf(r.retryAfterSeconds()));
        }
        model.addAttribute("message", message(r));
        return "portal/refused";
    }

    /** The matter changed between the page and the click (staff acted meanwhile). */
    @ExceptionHandler(org.springframework.dao.OptimisticLockingFailureException.class)
    String changedMeanwhile(Model model, HttpServletResponse response) {
        return page(409, "portal.stale", model, response);
    }

    /** A form value that cannot be read (a tampered choice, a missing field). */
    @ExceptionHandler({org.springframework.validation.BindException.class, org.springframework.beans.TypeMismatchException.class,
            org.springframework.web.bind.MissingServletRequestParameterException.class})
    String unreadable(Model model, HttpServletResponse response) {
        return page(400, "portal.bad-request", model, response);
    }

    private String page(int status, String key, Model model, HttpServletResponse response) {
        response.setStatus(status);
        model.addAttribute("message", messages.getMessage(key, null, LocaleContextHolder.getLocale()));
        return "portal/refused";
    }

    @ExceptionHandler(DocumentFontUnavailable.class)
    String fontMissing(Model model, HttpServletResponse response) {
        response.setStatus(503);
        model.addAttribute("message", messages.getMessage("document.font-missing", new Object[]{DocumentFontUnavailable.PACKAGE},
                LocaleContextHolder.getLocale()));
        return "portal/refused";
    }

    /** The refusal in the visitor's words; internal names of states and actions are not shown to citizens. */
    String message(Refusal r) {
        if ("matter.transition.illegal".equals(r.messageKey()) || "problem.stale-version.detail".equals(r.messageKey())) {
            return messages.getMessage("portal.stale", null, LocaleContextHolder.getLocale());
        }
        return r.describe(messages, LocaleContextHolder.getLocale());
    }
}
