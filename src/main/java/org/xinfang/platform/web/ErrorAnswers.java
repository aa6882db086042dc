package org.xinfang.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The container's error page, reached when a refusal left Spring MVC's handlers unanswered (a filter's refusal, a
 * method or format a path does not have): a problem detail on the API, a page elsewhere, in the request's language.
 * It replaces Spring Boot's, whose body is English with a UTC time stamp and whose page is the "Whitelabel" one.
 */
@Controller
class ErrorAnswers implements ErrorController {

    /** What a status means when no exception says more; the title says the rest. */
    private static final Map<Integer, String> DETAILS = Map.of(401, "problem.unauthorized", 403, "problem.forbidden",
            404, "api.path.not-found", 500, "problem.internal");

    private final MessageSource messages;
    private final ErrorAttributes errors;
    private final List<ErrorViewResolver> pages;

    ErrorAnswers(MessageSource messages, ErrorAttributes errors, List<ErrorViewResolver> pages) {
        this.messages = messages;
        this.errors = errors;
        this.pages = pages;
    }

    @RequestMapping("${server.error.path:/error}")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // asked for by its own address, the error page is a page that is not there
        HttpStatus status = code == null ? HttpStatus.NOT_FOUND
                : Objects.requireNonNullElse(HttpStatus.resolve((Integer) code), HttpStatus.INTERNAL_SERVER_ERROR);
        String path = Objects.requireNonNullElse((String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), "");
        Locale locale = LocaleContextHolder.getLocale();
        String title = messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), locale);
        if (path.startsWith(request.getContextPath() + "/api/")) {
            Throwable cause = errors.getError(new ServletWebRequest(request));
            String detail = cause instanceof ErrorResponse spring
                    ? spring.updateAndGetBody(messages, locale).getDetail()
                    : messages.getMessage(DETAILS.getOrDefault(status.value(), "problem.title." + status.value()), null, title, locale);
            ProblemResponses.write(response, status.value(), "http-" + status.value(), title, detail, null);
            return null;
        }
        response.setStatus(status.value());
        Map<String, Object> model = Map.of("path", path, "status", status.value(), "message", title);
        return pages.stream().map(p -> p.resolveErrorView(request, status, model)).filter(Objects::nonNull).findFirst()
                .orElseGet(() -> new ModelAndView("error/status", model, status));
    }
}
