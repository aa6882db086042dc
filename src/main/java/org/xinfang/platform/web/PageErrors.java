package org.xinfang.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.xinfang.platform.Refusal;

import java.util.List;
import java.util.Locale;

/** Refusals on the pages: a page in the person's language with the reason, and the right status. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    private final MessageSource messages;

    PageErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(Refusal.class)
    String refused(Refusal r, Model model, HttpServletResponse response) {
        response.setStatus(r.status());
        if (r.kind() == Refusal.Kind.TOO_MANY) {
            response.setHeader("Retry-After", String.valueOf(r.retryAfterSeconds()));
        }
        model.addAttribute("message", r.describe(messages, LocaleContextHolder.getLocale()));
        return "refused";
    }

    /** Spring's own refusals (a malformed id, a missing parameter, no such page) keep their status. */
    @ExceptionHandler(org.springframework.web.ErrorResponseException.class)
    String springRefusal(org.springframework.web.ErrorResponseException e, Model model, HttpServletResponse response) {
        return status(e.getStatusCode().value(), model, response);
    }

    /** A parameter or form field out of its bounds: the page names it and what it may be. */
    @ExceptionHandler({HandlerMethodValidationException.class, BindException.class})
    String invalid(Exception e, Model model, HttpServletResponse response) {
        Locale locale = LocaleContextHolder.getLocale();
        List<InvalidFields.Field> fields = e instanceof BindException b ? InvalidFields.of(b.getBindingResult(), messages, locale)
                : InvalidFields.of((HandlerMethodValidationException) e, messages, locale);
        response.setStatus(400);
        model.addAttribute("message", messages.getMessage("problem.validation", new Object[]{InvalidFields.summary(fields)}, locale));
        return "refused";
    }

    @ExceptionHandler({org.springframework.beans.TypeMismatchException.class,
            org.springframework.web.bind.MissingServletRequestParameterException.class,
            org.springframework.web.servlet.resource.NoResourceFoundException.class,
            org.springframework.web.servlet.NoHandlerFoundException.class})
    String badRequest(Exception e, Model model, HttpServletResponse response) {
        int status = e instanceof org.springframework.web.ErrorResponse r ? r.getStatusCode().value() : 400;
        return status(status, model, response);
    }

    private String status(int status, Model model, HttpServletResponse response) {
        response.setStatus(status);
        model.addAttribute("message", messages.getMessage("problem.title." + status, null, "Error " + status,
                LocaleContextHolder.getLocale()));
        return "refused";
    }

    /** Passed on to the firewall's handler, which answers every rejection alike, inside Spring MVC or before it. */
    @ExceptionHandler(org.springframework.security.web.firewall.RequestRejectedException.class)
    void rejected(org.springframework.security.web.firewall.RequestRejectedException e) {
        throw e;
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, Model model, HttpServletResponse response) {
        log.error("Unexpected fault on a page:\n{}", ProblemDetailsAdvice.withoutMessages(e));
        response.setStatus(500);
        model.addAttribute("message", messages.getMessage("problem.internal", null, LocaleContextHolder.getLocale()));
        return "refused";
    }
}
