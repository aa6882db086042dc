package org.xinfang.territory.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.xinfang.platform.web.LocaleConfiguration;
import org.xinfang.territory.StaffAccounts;
import org.xinfang.territory.StaffPrincipal;

import java.net.URI;
import java.util.Locale;

/** Switches the application's language for the signed-in person and remembers it on their account. */
@Controller
class LanguageSwitch {

    private final StaffAccounts accounts;

    LanguageSwitch(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @PostMapping("/preferences/language")
    org.springframework.web.servlet.view.RedirectView switchTo(@RequestParam String lang, @RequestHeader(name = "Referer", required = false) String referer,
                    @AuthenticationPrincipal StaffPrincipal me, HttpServletResponse response) {
        Locale locale = LocaleConfiguration.supported(lang);
        accounts.preferLanguage(me, locale.toLanguageTag());
        LocaleConfiguration.remember(response, locale);
        return org.xinfang.platform.web.Redirects.to(backTo(referer));
    }

    /** The page the person came from, on this site only; the desk when that cannot be told. */
    static String backTo(String referer) {
        if (referer == null) {
            return "/";
        }
        try {
            URI uri = new URI(referer);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) {
                return "/";
            }
            return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (java.net.URISyntaxException e) {
            return "/";
        }
    }
}
