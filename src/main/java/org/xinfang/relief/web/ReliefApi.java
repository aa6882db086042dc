package org.xinfang.relief.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.relief.ReliefFund;
import org.xinfang.relief.ReliefStage;
import org.xinfang.territory.StaffPrincipal;

import java.math.BigDecimal;
import java.util.List;

/** The relief fund (信访救助) in the API: budgets with balances, applications, approvals, the ledger. */
@RestController
@RequestMapping("/api/v1/relief")
@Tag(name = "Relief fund", description = "信访救助 (2022 art. 37 ¶2): yearly budgets per unit, applications through handler → bureau head → leader, an append-only double-entry ledger")
class ReliefApi {

    private final ReliefFund fund;
    private final ReliefViews views;

    ReliefApi(ReliefFund fund, ReliefViews views) {
        this.fund = fund;
        this.views = views;
    }

    record BudgetOpening(@NotNull Integer year, @NotNull BigDecimal amount) {
    }

    record ApplicationForm(@NotNull Long budgetId, @NotBlank @Size(max = 40) String referenceNo,
                           @NotBlank @Size(max = 100) String petitioner, @NotBlank @Size(max = 2000) String reason,
                           @NotNull BigDecimal amount) {
    }

    record Approval(@NotNull Integer version, @NotBlank String step) {
    }

    record Closing(@NotNull Integer version, @NotNull ReliefStage outcome, @NotBlank @Size(max = 2000) String note) {
    }

    record Reversal(@NotBlank @Size(max = 2000) String reason) {
    }

    @GetMapping("/budgets")
    @Operation(summary = "The budgets the caller sees, each with its amount and its AVAILABLE and PAID balances (sums of ledger entries)")
    List<ReliefFund.Budget> budgets(@AuthenticationPrincipal StaffPrincipal me) {
        return fund.budgets(me);
    }

    @PostMapping("/budgets")
    @Operation(summary = "Open the caller's unit's budget of a year, as a leader; once per unit and year")
    ResponseEntity<ReliefFund.Budget> open(@Valid @RequestBody BudgetOpening body, @AuthenticationPrincipal StaffPrincipal me) {
        return ResponseEntity.status(HttpStatus.CREATED).body(fund.openBudget(me, body.year(), body.amount()));
    }

    @GetMapping("/budgets/{id}")
    ReliefFund.Budget budget(@PathVariable Long id, @AuthenticationPrincipal StaffPrincipal me) {
        return fund.budget(me, id);
    }

    @GetMapping("/budgets/{id}/applications")
    List<ReliefFund.Application> applications(@PathVariable Long id, @AuthenticationPrincipal StaffPrincipal me) {
        return fund.applications(me, id).stream().map(a -> views.masked(me, a)).toList();
    }

    @GetMapping("/budgets/{id}/ledger")
    @Operation(summary = "The ledger of a budget: every entry, oldest first; each movement's entries sum to zero")
    List<ReliefFund.Entry> ledger(@PathVariable Long id, @AuthenticationPrincipal StaffPrincipal me) {
        return fund.ledger(me, id);
    }

    @GetMapping("/budgets/{id}/report")
    @Operation(summary = "What a budget paid: payments (not reversed), distinct recipients, the sum paid")
    ReliefFund.Report report(@PathVariable Long id, @AuthenticationPrincipal StaffPrincipal me) {
        return views.masked(me, fund.report(me, id));
    }

    @GetMapping("/report")
    @Operation(summary = "A year's figures over the budgets of the caller's own area (the city's: the whole city): payments, recipients, paid, budgeted, and the long-term petitioners helped (petitioning for over five years at the payment), names masked for the masked roles")
    ReliefFund.Report yearReport(@RequestParam int year, @AuthenticationPrincipal StaffPrincipal me) {
        return views.masked(me, fund.yearReport(me, year));
    }

    @PostMapping("/applications")
    @Operation(summary = "Apply for a petitioner of a matter (handler or registrar); with an Idempotency-Key a retry returns the first application")
    ResponseEntity<ReliefFund.Application> apply(@Valid @RequestBody ApplicationForm body,
                                                 @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                                 @AuthenticationPrincipal StaffPrincipal me) {
        return ResponseEntity.status(HttpStatus.CREATED).body(views.masked(me, fund.apply(me, body.budgetId(),
                body.referenceNo(), body.petitioner(), body.reason(), body.amount(), key)));
    }

    @GetMapping("/applications/{id}")
    ReliefFund.Application application(@PathVariable Long id, @AuthenticationPrincipal StaffPrincipal me) {
        return views.masked(me, fund.application(me, id));
    }

    @PostMapping("/applications/{id}/approval")
    @Operation(summary = "The next approval step at the version seen: BUREAU_HEAD (a supervisor), then LEADER for amounts over the threshold of the budget's unit level (xinfang.relief.leader-threshold, 5,000 yuan unless set); the last step pays")
    ReliefFund.Application approve(@PathVariable Long id, @Valid @RequestBody Approval body,
                                   @AuthenticationPrincipal StaffPrincipal me) {
        return views.masked(me, fund.approve(me, id, body.version(), body.step()));
    }

    @PostMapping("/applications/{id}/closing")
    @Operation(summary = "End an unpaid application: referral to social assistance or judicial aid, or refusal")
    ReliefFund.Application close(@PathVariable Long id, @Valid @RequestBody Closing body,
                                 @AuthenticationPrincipal StaffPrincipal me) {
        return views.masked(me, fund.close(me, id, body.version(), body.outcome(), body.note()));
    }

    @PostMapping("/applications/{id}/reversal")
    @Operation(summary = "Correct a payment by a reversing movement (PAID → AVAILABLE), as a leader; never an edit")
    ReliefFund.Application reverse(@PathVariable Long id, @Valid @RequestBody Reversal body,
                                   @AuthenticationPrincipal StaffPrincipal me) {
        return views.masked(me, fund.reverse(me, id, body.reason()));
    }
}
