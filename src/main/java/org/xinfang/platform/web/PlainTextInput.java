package org.xinfang.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

import java.io.IOException;
import java.util.Arrays;

/**
 * Text from clients must be text: control characters (NUL above all, which PostgreSQL cannot store) are
 * refused as bad input naming the field, instead of failing deep in the database. Line breaks and tabs
 * are text.
 */
@Configuration(proxyBeanMethods = false)
class PlainTextInput {

    static boolean isPlainText(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f || c == '\uFFFE' || c == '\uFFFF') {
                return false;
            }
        }
        return true;
    }

    @Bean
    JacksonModule plainTextStrings() {
        return new SimpleModule("plain-text").addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser p, DeserializationContext ctxt) {
                String s = super.deserialize(p, ctxt);
                if (s != null && !isPlainText(s)) {
                    throw InvalidFormatException.from(p, "control characters are not allowed", s, String.class);
                }
                return s;
            }
        });
    }

    /** The same rule for query parameters, which never reach Jackson. */
    @Bean
    OncePerRequestFilter plainTextParameters(MessageSource messages, LocaleResolver locales) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                var bad = request.getParameterMap().entrySet().stream()
                        .filter(e -> Arrays.stream(e.getValue()).anyMatch(v -> !isPlainText(v))).map(java.util.Map.Entry::getKey)
                        .findFirst();
                if (bad.isEmpty()) {
                    chain.doFilter(request, response);
                    return;
                }
                String detail = messages.getMessage("problem.unreadable-field", new Object[] {bad.get()},
                        locales.resolveLocale(request));
                ProblemResponses.write(response, HttpServletResponse.SC_BAD_REQUEST, "unreadable", null, detail, null);
            }
        };
    }
}
