package org.xinfang.casework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.hibernate.validator.constraints.Range;
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
import org.xinfang.casework.Casework;
import org.xinfang.casework.PersonalDataLookups;
import org.xinfang.casework.SearchTerm;
import org.xinfang.casework.internal.Matter;
import org.xinfang.casework.MatterCommand;
import org.xinfang.casework.MatterFilter;
import org.xinfang.statute.HandlingType;
import org.xinfang.casework.MatterRegistration;
import org.xinfang.casework.MatterState;
import org.xinfang.casework.RegisterMatter;
import org.xinfang.casework.Screening;
import org.xinfang.intake.Categories;
import org.xinfang.intake.Channel;
import org.xinfang.platform.Refusal;
import org.xinfang.platform.web.Paging;
import org.xinfang.territory.StaffPrincipal;

import java.net.URI;
import java.util.List;

/**
 * The matter's lifecycle over JSON. Every change names the version the client saw; a stale version is
 * answered with 409 and nothing changes.
 */
@RestController
@RequestMapping("/api/v1/matters")
@Tag(name = "Matters", description = "Register a petition item and take it through the statutory procedure")
class MatterApi {

    private final Casework casework;
    private final MatterRegistration registration;
    private final MatterViews views;
    private final Categories categories;

    private final PersonalDataLookups lookups;

    MatterApi(Casework casework, MatterRegistration registration, MatterViews views, Categories categories,
              PersonalDataLookups lookups) {
        this.lookups = lookups;
        this.casework = casework;
        this.registration = registration;
        this.views = views;
        this.categories = categories;
    }

    @PostMapping
    @Operation(summary = "Register an item (登记)",
            description = "With an Idempotency-Key header a retried request returns the matter registered the first time.")
    ResponseEntity<MatterJson> register(@Valid @RequestBody RegisterMatter command,
                                        @Parameter(description = "unique per intended registration, up to 100 characters")
                                        @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                        @AuthenticationPrincipal StaffPrincipal me) {
        MatterRegistration.Registered r = registration.register(command, me, idempotencyKey);
        return ResponseEntity.created(URI.create("/api/v1/matters/" + r.matter().id()))
                .header("Idempotent-Replayed", String.valueOf(r.replayed()))
                .eTag(String.valueOf(r.matter().version()))
                .body(views.full(r.matter(), me));
    }

    record ScreeningJson(MatterJson.Ref suggestedUnit, String repeatOf, boolean repeat, boolean onFinalMatter,
                         boolean leapLevel, boolean collective) {
    }

    @PostMapping("/screening")
    @Operation(summary = "Screen an item without registering it: repeat, finality, leap-level, suggested unit")
    ScreeningJson screen(@Valid @RequestBody RegisterMatter command, @AuthenticationPrincipal StaffPrincipal me) {
        Screening s = registration.screen(command, me);
        return new ScreeningJson(new MatterJson.Ref(s.suggestedUnit().code(), s.suggestedUnit().name()),
                s.repeatOf() == null ? null : s.repeatOf().referenceNo(), s.repeatOf() != null, s.onFinalMatter(),
                s.leapLevel(), s.collective());
    }

    record PageJson(List<MatterJson.Summary> items, int page, int size, long total,
                    @io.swagger.v3.oas.annotations.media.Schema(description = "how many pages the list has (at least 1); a page past the end has no items")
                    int pages,
                    @io.swagger.v3.oas.annotations.media.Schema(description = "the order of the items, as the sort parameter names it: due,asc") String sort) {
    }

    @GetMapping
    @Operation(summary = "The matters in the caller's scope, most urgent deadline first",
            description = "deadline=OVERDUE lists matters past their current step's deadline; DUE_SOON those due within withinDays;"
                    + " undelivered=true those with a written document not yet delivered to the petitioner.")
    PageJson list(@RequestParam(required = false) MatterState state,
                  @RequestParam(required = false) MatterFilter.Deadline deadline,
                  @RequestParam(defaultValue = "3") @Range(min = 0, max = 365) int withinDays,
                  @RequestParam(required = false) Channel channel,
                  @RequestParam(required = false) String categoryCode,
                  @RequestParam(required = false) HandlingType type,
                  @Parameter(description = "true: only matters with a written document issued and not yet delivered (未送达); false: none")
                  @RequestParam(required = false) Boolean undelivered,
                  @RequestParam(defaultValue = "0") @Range(min = 0, max = Paging.LAST_PAGE) int page,
                  @RequestParam(defaultValue = "20") @Range(min = 1, max = 200) int size,
                  @AuthenticationPrincipal StaffPrincipal me,
                  @Parameter(description = "OBJECTION_DECISION: objections (2022 art. 23 ¶3) waiting for the caller's office, "
                          + "which passed the matter on; DISPUTE_DECISION: disputes over competence (art. 24) waiting for the caller's body; "
                          + "SIGN_FOR: matters the caller's unit received and has not signed for (待签收); RE_ROUTING: matters sent back "
                          + "to the caller's unit (退回, a confirmed objection) to be routed again")
                  @RequestParam(required = false) MatterFilter.Awaiting awaiting,
                  @Parameter(description = "only matters carrying this flag of the national system")
                  @RequestParam(required = false) org.xinfang.casework.MatterFlag flag,
                  @Parameter(description = "the search box: a reference number, a query code, an ID number or a phone (both "
                          + "audited, and only for roles that see personal data), or a petitioner's name or a word of the title")
                  @RequestParam(required = false) @jakarta.validation.constraints.Size(max = SearchTerm.MAX_LENGTH) String q,
                  @Parameter(description = "received on or after this day (yyyy-mm-dd); receivedTo, dueFrom, dueTo (the current "
                          + "step's deadline), lastStepFrom and lastStepTo (the day of the latest timeline entry) alike")
                  @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate receivedFrom,
                  @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate receivedTo,
                  @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate dueFrom,
                  @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate dueTo,
                  @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate lastStepFrom,
                  @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate lastStepTo,
                  @Parameter(description = "registered on or after this day (in the office's zone; registeredTo alike): a letter may be registered after the day it was received")
                  @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate registeredFrom,
                  @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate registeredTo,
                  @Parameter(description = "only matters this member of staff registered (their log-in name)")
                  @RequestParam(required = false) @jakarta.validation.constraints.Size(max = 100) String registeredBy,
                  @Parameter(description = "the order: reference, received, due, lastStep, state or title, then asc (default) or desc,"
                          + " e.g. due,asc (the default) or received,desc; ties by id in the same direction; anything else is refused (400)")
                  @RequestParam(required = false) String sort) {
        org.xinfang.casework.MatterSort order = org.xinfang.casework.MatterSort.parse(sort);
        SearchTerm term = SearchTerm.of(q).orElse(null);
        lookups.requireAllowed(term, me);
        Long categoryId = categoryCode == null ? null : categories.byCode(categoryCode)
                .orElseThrow(() -> Refusal.invalid("categoryCode", "category.unknown", categoryCode)).id();
        Casework.Page<Matter> p = casework.search(new MatterFilter(state, false, deadline, withinDays, channel, categoryId, null, null,
                null, null, null, null, false, page, size).ofType(type).awaitingDecision(awaiting).undelivered(undelivered)
                .withFlag(flag).searching(term)
                .within(MatterFilter.Dates.of(receivedFrom, receivedTo, dueFrom, dueTo, lastStepFrom, lastStepTo, registeredFrom,
                        registeredTo)).ofRegistrar(registeredBy), me, order);
        lookups.record(term, me, p.total());
        return new PageJson(p.items().stream().map(m -> views.summary(m, me)).toList(), p.page(), p.size(), p.total(),
                p.pages(), order.param());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One matter, with its deadlines, flags and the actions the caller may take")
    ResponseEntity<MatterJson> get(@PathVariable Long id, @AuthenticationPrincipal StaffPrincipal me) {
        Matter m = casework.get(id, me);
        return ResponseEntity.ok().eTag(String.valueOf(m.version())).body(views.full(m, me));
    }

    @GetMapping("/{id}/timeline")
    @Operation(summary = "The matter's timeline: every change, who made it, when, why, before and after")
    List<MatterViews.EventJson> timeline(@PathVariable Long id, @AuthenticationPrincipal StaffPrincipal me) {
        return views.events(casework.timeline(id, me), me);
    }

    /**
     * Every transition at one address shape: {@code action} is the command's path ({@link MatterCommand.Command}), and
     * the body is that command. The OpenAPI document lists each action with its own body ({@link MatterCommandDocs}).
     */
    @PostMapping("/{id}/{action:" + MatterCommand.PATHS + "}")
    MatterJson act(@Valid @RequestBody MatterCommand command, @PathVariable Long id, @AuthenticationPrincipal StaffPrincipal me) {
        return views.full(casework.act(id, command, me), me);
    }
}
