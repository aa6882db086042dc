package org.xinfang.coordination.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.casework.MatterAction;
import org.xinfang.coordination.PackageActivityKind;
import org.xinfang.coordination.PackageCase;
import org.xinfang.coordination.PackageCases;
import org.xinfang.platform.Refusal;
import org.xinfang.territory.StaffPrincipal;

import java.time.LocalDate;

/** Four-level package cases (四级包案, 2022 art. 18 ¶2) in the API: a leader's cases, their activities, the indicators. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Package cases", description = "Four-level package cases (四级包案): a leader's own cases, what they did on them, the indicators by level")
class PackageCaseApi {

    private final PackageCases cases;
    private final PackageCaseViews views;

    PackageCaseApi(PackageCases cases, PackageCaseViews views) {
        this.cases = cases;
        this.views = views;
    }

    record ActivityRequest(@NotNull PackageActivityKind kind, @NotNull LocalDate heldOn,
                           @NotBlank @Size(max = 2000) String note, @NotBlank @Size(max = 500) String peopleMet) {
    }

    @GetMapping("/package-cases")
    @Operation(summary = "The caller's package cases, as a leader: not yet visited, overdue, resolved, and all")
    PackageCaseViews.DeskJson mine(@AuthenticationPrincipal StaffPrincipal me) {
        requireLeader(me);
        return views.desk(me);
    }

    @GetMapping("/package-cases/indicators")
    @Operation(summary = "Package cases of the matters in the caller's scope by the leader's level: total, visited, resolved, the resolved rate against the usual bar (85%)")
    PackageCaseViews.IndicatorsJson indicators(@AuthenticationPrincipal StaffPrincipal me) {
        return views.indicators(me);
    }

    @GetMapping("/matters/{id}/package-case")
    @Operation(summary = "A matter's package case: the leader holding it and the activities, the latest first (404 when no leader holds it)")
    PackageCaseViews.CaseJson one(@PathVariable Long id, @AuthenticationPrincipal StaffPrincipal me) {
        return views.one(id, me);
    }

    @PostMapping("/matters/{id}/package-case/activities")
    @Operation(summary = "Record a package activity (包调处、包落实、包救助、包稳控、包接访) as the leader holding the case: the day it was held (not in the future, not before the case was taken), a note and the people met",
            description = "With an Idempotency-Key header a retried request returns the activity recorded the first time.")
    ResponseEntity<PackageCaseViews.ActivityJson> record(@PathVariable Long id, @Valid @RequestBody ActivityRequest body,
            @Parameter(description = "unique per intended activity, up to 100 characters")
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @AuthenticationPrincipal StaffPrincipal me) {
        PackageCase.Activity a = cases.record(me, id,
                new PackageCase.NewActivity(body.kind(), body.heldOn(), body.note(), body.peopleMet()), key);
        return ResponseEntity.status(HttpStatus.CREATED).body(views.json(a, me));
    }

    static void requireLeader(StaffPrincipal me) {
        if (!MatterAction.TAKE_AS_PACKAGE_CASE.isOpenTo(me)) {
            throw Refusal.forbidden("package.leaders-only");
        }
    }
}
