package org.xinfang.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import java.util.List;
import java.util.Locale;

/**
 * Chinese is the default language. API clients choose with Accept-Language; people in the browser choose
 * in the application, and their choice is kept in a cookie (and on their account, see {@link #LANGUAGE_COOKIE}).
 */
@Configuration(proxyBeanMethods = false)
public class LocaleConfiguration {

    /** The cookie that carries a person's chosen language in the browser. */
    public static final String LANGUAGE_COOKIE = "xinfang-lang";
    static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver api = new AcceptHeaderLocaleResolver();
        api.setSupportedLocales(SUPPORTED);
        api.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                // the error page, shown for an API call, speaks the API's language
                Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
                String uri = failed instanceof String f ? f : request.getRequestURI();
                if (uri.startsWith(request.getContextPath() + "/api/")) {
                    return api.resolveLocale(request);
                }
                return fromCookie(request);
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                remember(response, locale);
            }
        };
    }

    /** The supported language for a tag such as "en" or "zh-CN"; Chinese for anything else. */
    public static Locale supported(String tag) {
        return tag != null && tag.toLowerCase().startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /** Keeps the person's language choice in the browser for a year. */
    public static void remember(HttpServletResponse response, Locale locale) {
        Cookie cookie = new Cookie(LANGUAGE_COOKIE, locale.toLanguageTag());
        cookie.setPath("/");
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
    }

    private static Locale fromCookie(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (LANGUAGE_COOKIE.equals(c.getName())) {
                    return supported(c.getValue());
                }
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }
}
