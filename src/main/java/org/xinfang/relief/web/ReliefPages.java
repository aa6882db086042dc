package org.xinfang.relief.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinfang.platform.Refusal;
import org.xinfang.relief.ReliefFund;
import org.xinfang.territory.StaffPrincipal;

/** The relief fund's pages: the budgets with their balances; one budget with its applications and its ledger. */
@Controller
class ReliefPages {

    private final ReliefFund fund;
    private final MessageSource messages;

    ReliefPages(ReliefFund fund, MessageSource messages) {
        this.fund = fund;
        this.messages = messages;
    }

    @GetMapping("/relief")
    String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("budgets", fund.budgets(me));
        return "relief/budgets";
    }

    @GetMapping("/relief/{id}")
    String one(@PathVariable Long id, @AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("budget", fund.budget(me, id));
        model.addAttribute("applications", fund.applications(me, id));
        model.addAttribute("ledger", fund.ledger(me, id));
        return "relief/budget";
    }

    @PostMapping("/relief/applications/{id}/approval")
    String approve(@PathVariable Long id, @RequestParam int version, @RequestParam String step,
                   @RequestParam Long budgetId, @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes flash) {
        try {
            fund.approve(me, id, version, step);
        } catch (Refusal refused) {
            flash.addFlashAttribute("error", refused.describe(messages, LocaleContextHolder.getLocale()));
        }
        return "redirect:/relief/" + budgetId;
    }
}
