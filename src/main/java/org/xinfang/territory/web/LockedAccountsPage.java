package org.xinfang.territory.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinfang.territory.StaffAccounts;
import org.xinfang.territory.StaffPrincipal;

/** The administrator's list of locked accounts, each with a button that unlocks it. */
@Controller
class LockedAccountsPage {

    private final StaffAccounts accounts;

    LockedAccountsPage(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/admin/locked-accounts")
    String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("locked", accounts.lockedAccounts(me));
        return "territory/locked-accounts";
    }

    @PostMapping("/admin/locked-accounts/{username}/unlock")
    String unlock(@PathVariable String username, @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes flash) {
        accounts.unlock(username, me);
        flash.addFlashAttribute("unlocked", username);
        return "redirect:/admin/locked-accounts";
    }
}
