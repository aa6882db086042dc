package org.xinfang.review.web;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.platform.Refusal;
import org.xinfang.platform.web.Paging;
import org.xinfang.review.FinalitySupport;
import org.xinfang.review.SupportKind;
import org.xinfang.territory.StaffPrincipal;

import java.time.LocalDate;
import java.util.List;

/** Support after finality (2022 art. 37 ¶3) in the API: the final matters and what was done for their petitioners. */
@RestController
@RequestMapping("/api/v1/final-matters")
@Tag(name = "Support after finality", description = "终结后的疏导教育、矛盾化解、帮扶救助: final matters stay on a list with the record of what was done")
class FinalitySupportApi {

    static final int PAGE_SIZE = 50;

    private final FinalitySupport support;
    private final ReviewViews views;

    FinalitySupportApi(FinalitySupport support, ReviewViews views) {
        this.support = support;
        this.views = views;
    }

    record NewEntry(@NotNull SupportKind kind, @NotNull LocalDate doneOn, @NotBlank @Size(max = 2000) String note) {
    }

    @GetMapping
    @Operation(summary = "The final matters in the caller's scope, 50 a page, each with how many things were recorded and the latest")
    ReviewViews.SupportListingJson list(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal StaffPrincipal me) {
        if (page < 0 || page > Paging.LAST_PAGE) {
            throw Refusal.invalid("page", "page.invalid");
        }
        return views.json(support.list(me, page, PAGE_SIZE), me);
    }

    @GetMapping("/{matterId}/support")
    @Operation(summary = "What was done for the petitioner of a final matter, latest first")
    List<ReviewViews.EntryJson> entries(@PathVariable Long matterId, @AuthenticationPrincipal StaffPrincipal me) {
        return support.entries(me, matterId).stream().map(e -> views.json(e, me)).toList();
    }

    @PostMapping("/{matterId}/support")
    @Operation(summary = "Record what was done: GUIDANCE (疏导教育), RESOLUTION (矛盾化解) or HELP (帮扶救助), the day (from the matter's finality to today) and what",
            description = "With an Idempotency-Key header a retried request returns the entry recorded the first time.")
    ResponseEntity<ReviewViews.EntryJson> record(@PathVariable Long matterId, @Valid @RequestBody NewEntry body,
            @Parameter(description = "unique per intended entry, up to 100 characters")
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @AuthenticationPrincipal StaffPrincipal me) {
        FinalitySupport.Entry e = support.record(me, matterId, body.kind(), body.doneOn(), body.note(), key);
        return ResponseEntity.status(HttpStatus.CREATED).body(views.json(e, me));
    }
}
