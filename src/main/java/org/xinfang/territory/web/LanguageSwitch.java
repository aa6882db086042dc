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
    String switchTo(@RequestParam String lang, @RequestHeader(name = "Referer", required = false) String referer,
                    @AuthenticationPrincipal StaffPrincipal me, HttpServletResponse response) {
        Locale locale = LocaleConfiguration.supported(lang);
        accounts.preferLanguage(me, locale.toLanguageTag());
        LocaleConfiguration.remember(response, locale);
        // back to the same page, but only ever on this site
        String path = referer == null ? "/worklist" : URI.create(referer).getRawPath();
        String query = referer == null ? null : URI.create(referer).getRawQuery();
        return "redirect:" + (path == null || !path.startsWith("/") ? "/worklist" : path + (query == null ? "" : "?" + query));
    }
}
