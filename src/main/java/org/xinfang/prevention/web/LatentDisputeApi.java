package org.xinfang.prevention.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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
import org.xinfang.prevention.LatentDisputes;
import org.xinfang.statute.RiskLevel;
import org.xinfang.territory.StaffPrincipal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** The register of latent disputes (矛盾纠纷排查台账) in the API: record what an investigation found, reassess, resolve. */
@RestController
@RequestMapping("/api/v1/latent-disputes")
@Tag(name = "Latent disputes", description = "矛盾纠纷排查: disputes found in the monthly investigations, each with a place, a category, the people involved (masked for roles that see personal data masked), a risk level and an owner, until resolved")
class LatentDisputeApi {

    private final LatentDisputes disputes;
    private final PreventionViews views;
    private final Clock clock;

    LatentDisputeApi(LatentDisputes disputes, PreventionViews views, Clock clock) {
        this.disputes = disputes;
        this.views = views;
        this.clock = clock;
    }

    record Found(@NotBlank @Size(max = 20) String placeCode, @NotBlank @Size(max = 40) String categoryCode,
                 @NotNull LocalDate foundOn, @NotBlank @Size(max = 2000) String summary,
                 @NotEmpty @Size(max = LatentDisputes.MAX_PEOPLE) List<String> people, @NotNull RiskLevel riskLevel,
                 @NotBlank @Size(max = 64) String owner) {
    }

    record Reassessment(@NotNull Integer version, @NotNull RiskLevel riskLevel, @NotBlank @Size(max = 64) String owner) {
    }

    record Resolution(@NotNull Integer version, @NotNull LocalDate resolvedOn, @NotBlank @Size(max = 2000) String resolution) {
    }

    @GetMapping
    @Operation(summary = "A month of the caller's area (this month by default, month=2026-11): found, resolved and open at its end by risk level, the disputes 50 a page (page from 0), and the resolved in the year to date")
    PreventionViews.MonthJson month(@RequestParam(required = false) YearMonth month,
                                    @RequestParam(defaultValue = "0") int page,
                                    @AuthenticationPrincipal StaffPrincipal me) {
        return views.json(disputes.month(me, month == null ? YearMonth.now(clock) : month, PreventionViews.page(page),
                PreventionViews.PAGE_SIZE), me);
    }

    @PostMapping
    @Operation(summary = "Record a dispute found in an investigation, in the caller's area; with an Idempotency-Key a retried request returns the dispute recorded the first time")
    ResponseEntity<PreventionViews.DisputeJson> record(@Valid @RequestBody Found body,
                                                       @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                                       @AuthenticationPrincipal StaffPrincipal me) {
        LatentDisputes.Dispute d = disputes.record(me, new LatentDisputes.NewDispute(body.placeCode(), body.categoryCode(),
                body.foundOn(), body.summary(), body.people(), body.riskLevel(), body.owner()), key);
        return ResponseEntity.status(HttpStatus.CREATED).body(views.json(d, me));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One dispute of the caller's area")
    PreventionViews.DisputeJson one(@PathVariable Long id, @AuthenticationPrincipal StaffPrincipal me) {
        return views.json(disputes.visible(me, id), me);
    }

    @PostMapping("/{id}/reassessment")
    @Operation(summary = "Assess an open dispute's risk again or give it another owner, as its owner or a supervisor or leader, at the version seen")
    PreventionViews.DisputeJson reassess(@PathVariable Long id, @Valid @RequestBody Reassessment body,
                                         @AuthenticationPrincipal StaffPrincipal me) {
        return views.json(disputes.reassess(me, id, body.version(), body.riskLevel(), body.owner()), me);
    }

    @PostMapping("/{id}/resolution")
    @Operation(summary = "Record how the dispute was resolved (化解), as its owner or a supervisor or leader, at the version seen")
    PreventionViews.DisputeJson resolve(@PathVariable Long id, @Valid @RequestBody Resolution body,
                                        @AuthenticationPrincipal StaffPrincipal me) {
        return views.json(disputes.resolve(me, id, body.version(), body.resolvedOn(), body.resolution()), me);
    }
}
