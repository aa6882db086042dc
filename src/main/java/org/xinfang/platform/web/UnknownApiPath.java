package org.xinfang.platform.web;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

import java.util.Locale;
import java.util.Map;

/**
 * An API path that names no resource answers a problem detail in the request's language, like every other refusal
 * of the API, instead of the servlet container's error body. It is mapped after the controllers, not among them: a
 * path the API has, asked with a method or a format it does not have, is then Spring's 405, 406 or 415 (answered by
 * {@link ErrorAnswers}), not a 404 from a catch-all that matches every method.
 */
@Configuration(proxyBeanMethods = false)
class UnknownApiPath {

    @Bean
    SimpleUrlHandlerMapping unknownApiPaths(MessageSource messages) {
        HttpRequestHandler unknown = (request, response) -> {
            Locale locale = LocaleContextHolder.getLocale();
            ProblemResponses.write(response, 404, "api.path.not-found", messages.getMessage("problem.title.404", null, locale),
                    messages.getMessage("api.path.not-found", null, locale), null);
        };
        // before the static resources (LOWEST_PRECEDENCE - 1), which would answer 404 through the container
        return new SimpleUrlHandlerMapping(Map.of("/api/**", unknown), Ordered.LOWEST_PRECEDENCE - 2);
    }
}
