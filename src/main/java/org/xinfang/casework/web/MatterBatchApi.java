package org.xinfang.casework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.casework.BatchWork;
import org.xinfang.casework.Casework;
import org.xinfang.casework.RoutingKind;
import org.xinfang.territory.StaffPrincipal;

import java.util.List;
import java.util.Locale;

/**
 * Batch work and duplicates over JSON (issue 11, item 2): several matters routed, reassigned or supervised, each by its
 * own command with its own result; and a matter merged into another as its duplicate.
 */
@RestController
@RequestMapping("/api/v1/matters")
@Tag(name = "Matters")
class MatterBatchApi {

    private final BatchWork batches;
    private final Casework casework;
    private final MatterViews views;
    private final MessageSource messages;

    MatterBatchApi(BatchWork batches, Casework casework, MatterViews views, MessageSource messages) {
        this.batches = batches;
        this.casework = casework;
        this.views = views;
        this.messages = messages;
    }

    @Schema(description = "The matters of a batch and what each command carries: route needs kind and unitCode; assign "
            + "leadUnitCode (coHandlerUnitCodes optional) and reason; supervise reason")
    record BatchJson(@NotNull @Size(min = 1, max = BatchWork.MAX_MATTERS) List<@NotNull Long> ids, RoutingKind kind,
                     String unitCode, String leadUnitCode, List<@NotNull String> coHandlerUnitCodes,
                     @Size(max = 2000) String reason) {
    }

    @Schema(description = "What became of one matter of a batch: done, or refused with the status and the reason in the "
            + "caller's language (the reference number only where the caller may see the matter)")
    record BatchResultJson(Long id, String referenceNo, boolean done, Integer status, String problem, String message) {
    }

    private static final String BATCH = "Each matter goes through its own command (routing, assignment, supervision) "
            + "with its current version, its own checks and its own timeline entry, in its own transaction: a refusal of one "
            + "leaves the others done. The answer lists every id with its result, in the order given.";

    @PostMapping("/batch/route")
    @Operation(summary = "Route several matters (转送/交办), each by its own routing command: kind and unitCode", description = BATCH)
    List<BatchResultJson> route(@Valid @RequestBody BatchJson body, @AuthenticationPrincipal StaffPrincipal me) {
        return batch("route", body, me);
    }

    @PostMapping("/batch/assign")
    @Operation(summary = "Reassign several matters, each by its own assignment command: leadUnitCode and reason", description = BATCH)
    List<BatchResultJson> assign(@Valid @RequestBody BatchJson body, @AuthenticationPrincipal StaffPrincipal me) {
        return batch("assign", body, me);
    }

    @PostMapping("/batch/supervise")
    @Operation(summary = "Issue a supervision notice (督办单) on several matters, each its own: reason", description = BATCH)
    List<BatchResultJson> supervise(@Valid @RequestBody BatchJson body, @AuthenticationPrincipal StaffPrincipal me) {
        return batch("supervise", body, me);
    }

    private List<BatchResultJson> batch(String action, BatchJson body, StaffPrincipal me) {
        Locale locale = LocaleContextHolder.getLocale();
        return batches.apply(BatchWork.Action.byParam(action), body.ids(),
                        new BatchWork.Order(body.kind(), body.unitCode(), body.leadUnitCode(), body.coHandlerUnitCodes(),
                                body.reason()), me).stream()
                .map(o -> o.done() ? new BatchResultJson(o.id(), o.referenceNo(), true, null, null, null)
                        : new BatchResultJson(o.id(), o.referenceNo(), false, o.refusal().status(), o.refusal().type(),
                        o.refusal().describe(messages, locale)))
                .toList();
    }

    @Schema(description = "Marks the matter a duplicate of the matter with this reference number (重复件并入)")
    record DuplicateJson(@NotNull Integer version, @NotNull @Size(max = 40) String originalReferenceNo,
                         @Size(max = 2000) String reason) {
    }

    @PostMapping("/{id}/duplicate-of")
    @Operation(summary = "Merge the matter into another as its duplicate (重复件并入): it is closed into the original (MERGED)",
            description = "A registrar of the receiving office or the holder, before the acceptance decision (REGISTERED, "
                    + "ROUTED). The original must be a matter the caller can see, not the matter itself, not merged into it, "
                    + "and not over (NOT_ACCEPTED, FINAL, GUIDED_OUT, MERGED). Both timelines record the merge; the duplicate "
                    + "counts as a repeat of the original.")
    MatterJson markDuplicate(@PathVariable Long id, @Valid @RequestBody DuplicateJson body,
                             @AuthenticationPrincipal StaffPrincipal me) {
        return views.full(casework.markDuplicate(id, body.version(), body.originalReferenceNo(), body.reason(), me), me);
    }
}
