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
import org.xinfang.platform.web.FormFields;
import org.xinfang.relief.ReliefFund;
import org.xinfang.relief.ReliefStage;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.Territory;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The relief fund's pages: the budgets with their balances and the form that opens one; one budget with its
 * applications, the forms that apply, approve, refer and reverse, and its ledger. A refusal goes back to the form with
 * its reason and what was typed.
 */
@Controller
class ReliefPages {

    private final ReliefFund fund;
    private final ReliefViews views;
    private final MessageSource messages;
    private final Territory territory;
    private final Clock clock;

    ReliefPages(ReliefFund fund, ReliefViews views, MessageSource messages, Territory territory, Clock clock) {
        this.territory = territory;
        this.fund = fund;
        this.views = views;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/relief")
    String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        List<ReliefFund.Budget> budgets = fund.budgets(me);
        model.addAttribute("budgets", budgets);
        model.addAttribute("units", units(budgets));
        model.addAttribute("opens", ReliefFund.opensBudgets(me));
        model.addAttribute("thisYear", LocalDate.now(clock).getYear());
        return "relief/budgets";
    }

    /** A year's figures over the budgets of the caller's area, with the long-term petitioners helped. */
    @GetMapping("/relief/report")
    String report(@RequestParam(required = false) String year, @AuthenticationPrincipal StaffPrincipal me, Model model) {
        int thisYear = LocalDate.now(clock).getYear();
        int shown = year == null || year.isBlank() ? thisYear : FormFields.number("year", year);
        ReliefFund.Report report = fund.yearReport(me, shown);
        model.addAttribute("year", shown);
        model.addAttribute("years", fund.budgets(me).stream().map(ReliefFund.Budget::year).distinct().sorted(
                java.util.Comparator.reverseOrder()).toList());
        model.addAttribute("report", report);
        model.addAttribute("longTerm", views.longTerm(me, report));
        model.addAttribute("longTermYears", org.xinfang.statute.ReliefRules.LONG_TERM_YEARS);
        return "relief/report";
    }

    @PostMapping("/relief/budgets")
    String open(@RequestParam(required = false) String year, @RequestParam(required = false) String amount,
                @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes flash) {
        return FormFields.submit(messages, flash, "relief.budget.opened", "/relief",
                FormFields.typed("year", year, "amount", amount),
                () -> "/relief/" + fund.openBudget(me, FormFields.number("year", year), amount(amount)).id());
    }

    @GetMapping("/relief/{id}")
    String one(@PathVariable Long id, @AuthenticationPrincipal StaffPrincipal me, Model model) {
        ReliefFund.Budget budget = fund.budget(me, id);
        model.addAttribute("budget", budget);
        model.addAttribute("units", units(List.of(budget)));
        model.addAttribute("leaderThreshold", fund.leaderThreshold(budget.unitId()));
        model.addAttribute("applications", views.applications(me, fund.applications(me, id)));
        model.addAttribute("ledger", fund.ledger(me, id));
        // a unit above's budget is read, not charged: no forms on it
        boolean ours = me.covers(budget.unitPath());
        model.addAttribute("ours", ours);
        model.addAttribute("applies", ours && ReliefFund.applies(me));
        model.addAttribute("closes", ours && ReliefFund.closes(me));
        model.addAttribute("reverses", ours && ReliefFund.reverses(me));
        model.addAttribute("outcomes", List.of(ReliefStage.REFERRED_SOCIAL_ASSISTANCE, ReliefStage.REFERRED_JUDICIAL_AID,
                ReliefStage.REFUSED));
        model.addAttribute("requestKey", UUID.randomUUID().toString());
        return "relief/budget";
    }

    @PostMapping("/relief/{id}/applications")
    String apply(@PathVariable Long id, @RequestParam(required = false) String referenceNo,
                 @RequestParam(required = false) String petitioner, @RequestParam(required = false) String reason,
                 @RequestParam(required = false) String amount, @RequestParam(required = false) String requestKey,
                 @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes flash) {
        String back = "/relief/" + id;
        return FormFields.submit(messages, flash, "relief.applied", back, FormFields.typed("referenceNo", referenceNo,
                "petitioner", petitioner, "reason", reason, "amount", amount), () -> {
            fund.apply(me, id, referenceNo, petitioner, reason, amount(amount), requestKey);
            return back;
        });
    }

    @PostMapping("/relief/applications/{id}/approval")
    String approve(@PathVariable Long id, @RequestParam(required = false) String version,
                   @RequestParam(required = false) String step, @AuthenticationPrincipal StaffPrincipal me,
                   RedirectAttributes flash) {
        String back = back(me, id);
        return FormFields.submit(messages, flash, "relief.approved", back, FormFields.typed(), () -> {
            fund.approve(me, id, FormFields.number("version", version), step);
            return back;
        });
    }

    @PostMapping("/relief/applications/{id}/closing")
    String close(@PathVariable Long id, @RequestParam(required = false) String version,
                 @RequestParam(required = false) String outcome, @RequestParam(required = false) String note,
                 @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes flash) {
        String back = back(me, id);
        return FormFields.submit(messages, flash, "relief.closed", back,
                FormFields.typed("note-" + id, note, "outcome-" + id, outcome), () -> {
            fund.close(me, id, FormFields.number("version", version), FormFields.chosen(outcome, ReliefStage.class), note);
            return back;
        });
    }

    @PostMapping("/relief/applications/{id}/reversal")
    String reverse(@PathVariable Long id, @RequestParam(required = false) String reason,
                   @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes flash) {
        String back = back(me, id);
        return FormFields.submit(messages, flash, "relief.reversed", back, FormFields.typed("why-" + id, reason), () -> {
            fund.reverse(me, id, reason);
            return back;
        });
    }

    /** The budgets' units by id, named in the page's language. */
    private Map<Long, String> units(List<ReliefFund.Budget> budgets) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<Long, String> names = new HashMap<>();
        budgets.forEach(b -> names.computeIfAbsent(b.unitId(), u -> territory.require(u).localizedName(locale)));
        return names;
    }

    /** The page of the application's budget (a "not found" when the caller does not see it). */
    private String back(StaffPrincipal me, Long applicationId) {
        return "/relief/" + fund.application(me, applicationId).budgetId();
    }

    /** An amount as typed, in yuan with up to two decimals (the fund refuses the rest naming the amount). */
    private static BigDecimal amount(String typed) {
        try {
            return new BigDecimal(typed == null ? "" : typed.strip().replace(",", "").replace("，", ""));
        } catch (NumberFormatException e) {
            throw Refusal.invalid("amount", "relief.amount.invalid", typed == null ? "" : typed);
        }
    }
}
