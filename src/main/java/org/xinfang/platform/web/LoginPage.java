package org.xinfang.platform.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.security.web.WebAttributes;
import org.xinfang.platform.security.LoginThrottled;

import java.time.Clock;

/** The staff log-in page; after a refused attempt, why, and until when (where the office is). */
@Controller
class LoginPage {

    private final Clock clock;

    LoginPage(Clock clock) {
        this.clock = clock;
    }

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        if (session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LoginThrottled throttled) {
            model.addAttribute("lockedKey", throttled.messageKey());
            model.addAttribute("lockedUntil", throttled.until(clock.getZone()));
        }
        return "login";
    }
}
