package org.xinfang.territory.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinfang.platform.Refusal;
import org.xinfang.platform.admin.AdminForms;
import org.xinfang.platform.admin.PasswordChangeRequired;
import org.xinfang.territory.StaffAccounts;
import org.xinfang.territory.StaffAdministration;
import org.xinfang.territory.StaffPrincipal;

/**
 * Where a person changes their own password: at will, and before anything else when an administrator set it (a new
 * account, a reset). After the change the session holds the account as it is now, so the person goes on signed in.
 */
@Controller
class PasswordPage {

    private final StaffAdministration staff;
    private final StaffAccounts accounts;
    private final MessageSource messages;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    PasswordPage(StaffAdministration staff, StaffAccounts accounts, MessageSource messages) {
        this.staff = staff;
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping(PasswordChangeRequired.CHANGE_PAGE)
    String form() {
        return "admin/password";
    }

    @PostMapping(PasswordChangeRequired.CHANGE_PAGE)
    String change(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String current,
                  @RequestParam(required = false) String password, @RequestParam(required = false) String repeated,
                  HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
        try {
            staff.changeOwnPassword(me, current, password, repeated);
        } catch (Refusal r) {
            flash.addFlashAttribute("refusal", AdminForms.describe(r, messages));
            return "redirect:" + PasswordChangeRequired.CHANGE_PAGE;
        }
        UserDetails now = accounts.loadUserByUsername(me.getUsername());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(now, null, now.getAuthorities()));
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
        flash.addFlashAttribute("passwordChanged", true);
        return "redirect:/";
    }
}
