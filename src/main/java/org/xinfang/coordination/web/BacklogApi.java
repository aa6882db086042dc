package org.xinfang.coordination.web;

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
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.coordination.BacklogRegister;
import org.xinfang.territory.StaffPrincipal;

import java.time.LocalDate;

/** The backlog register (积案台账) in the API: register an old matter, note its progress, settle it (案结事了). */
@RestController
@RequestMapping("/api/v1/backlog")
@Tag(name = "Backlog register", description = "积案台账: old matters still unsettled, each with a named leader, a target date and a plan, to \"case closed, matter settled\" (案结事了)")
class BacklogApi {

    private final BacklogRegister register;
    private final BacklogViews views;

    BacklogApi(BacklogRegister register, BacklogViews views) {
        this.register = register;
        this.views = views;
    }

    record Registration(@NotBlank @Size(max = 40) String referenceNo, @NotBlank @Size(max = 64) String leader,
                        @NotNull LocalDate targetOn, @NotBlank @Size(max = 4000) String plan) {
    }

    record ProgressNote(@NotNull LocalDate notedOn, @NotBlank @Size(max = 2000) String note) {
    }

    record Settlement(@NotNull Integer version, @NotBlank @Size(max = 2000) String settlement) {
    }

    @GetMapping
    @Operation(summary = "The register of the caller's area: open cases (nearest target first) and settled ones, with the counts")
    BacklogViews.RegisterJson list(@AuthenticationPrincipal StaffPrincipal me) {
        return views.json(register.register(me), me);
    }

    @PostMapping
    @Operation(summary = "Register a matter, as a supervisor or leader: received at least 60 days ago and not concluded, once; a leader of the matter's area, a target date to come and a plan")
    ResponseEntity<BacklogViews.CaseJson> register(@Valid @RequestBody Registration body,
                                                   @AuthenticationPrincipal StaffPrincipal me) {
        BacklogRegister.BacklogCase c = register.register(me, body.referenceNo(), body.leader(), body.targetOn(), body.plan());
        return ResponseEntity.status(HttpStatus.CREATED).body(views.json(c, me));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One case of the register, with its progress, the latest first")
    BacklogViews.CaseJson one(@PathVariable Long id, @AuthenticationPrincipal StaffPrincipal me) {
        return views.json(register.visibleCase(me, id), me);
    }

    @PostMapping("/{id}/progress")
    @Operation(summary = "Note progress on an open case (its leader, or a supervisor or leader of the area); with an Idempotency-Key a retried request returns the note made the first time")
    ResponseEntity<BacklogViews.ProgressJson> note(@PathVariable Long id, @Valid @RequestBody ProgressNote body,
                                                   @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                                   @AuthenticationPrincipal StaffPrincipal me) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(views.json(register.note(me, id, body.notedOn(), body.note(), key), me));
    }

    @PostMapping("/{id}/settlement")
    @Operation(summary = "Declare the case settled (案结事了), as its leader, at the version seen: the procedure has concluded the matter, and the settlement says how it was settled")
    BacklogViews.CaseJson settle(@PathVariable Long id, @Valid @RequestBody Settlement body,
                                 @AuthenticationPrincipal StaffPrincipal me) {
        return views.json(register.settle(me, id, body.version(), body.settlement()), me);
    }
}
