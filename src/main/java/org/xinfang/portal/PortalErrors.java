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

    @ExceptionHandler(DocumentFontUnavailable.class)
    String fontMissing(Model model, HttpServletResponse response) {
        response.setStatus(503);
        model.addAttribute("message", messages.getMessage("document.font-missing", new Object[]{DocumentFontUnavailable.PACKAGE},
                LocaleContextHolder.getLocale()));
        return "portal/refused";
    }

    String message(Refusal r) {
        return messages.getMessage(r.messageKey(), r.args(), r.messageKey(), LocaleContextHolder.getLocale());
    }
}
