package org.xinfang.platform.security;

import org.xinfang.platform.web.ProblemResponses;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.LocaleResolver;

import java.io.IOException;
import java.util.Locale;

/**
 * Answers a request the firewall rejected (a header that is not allowed, an address with "//", ";" or encoded
 * dots): 400 naming the problem in the request's language, as a problem detail on the API and as the error page
 * elsewhere ({@code templates/error/status.html}, through {@code ErrorAnswers}). Rejections inside Spring MVC are
 * passed on to here too.
 */
final class RejectedRequests implements RequestRejectedHandler {

    /** The request attribute the error page reads its sentence from. */
    static final String PAGE_MESSAGE = "rejection";

    private static final Logger log = LoggerFactory.getLogger(RejectedRequests.class);

    private final MessageSource messages;
    private final LocaleResolver locales;

    RejectedRequests(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        // the exception's own message quotes what was rejected, which may be anything a client sent: it is not logged
        String header = rejected instanceof HeaderNamingFirewall.RejectedHeader h ? h.header() : null;
        log.debug("Rejected a request to {}", header == null ? "a malformed address" : "a header " + header);
        Locale locale = locales.resolveLocale(request);
        String detail = header == null ? messages.getMessage("request.rejected", null, locale)
                : messages.getMessage("request.rejected.header", new Object[]{header}, locale);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemResponses.write(response, 400, "rejected-request", messages.getMessage("problem.title.400", null, locale),
                    detail, header);
        } else {
            request.setAttribute(PAGE_MESSAGE, detail);
            response.sendError(400);
        }
    }
}
