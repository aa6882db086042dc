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
import org.xinfang.casework.ReviewOutcome;
import org.xinfang.review.HearingRole;
import org.xinfang.review.ReviewCase;
import org.xinfang.review.ReviewCommittees;
import org.xinfang.review.ReviewIndicators;
import org.xinfang.territory.StaffPrincipal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** The review and re-review committees (复查复核委员会) in the API: a case with its members, their views, the hearing, the opinion. */
@RestController
@RequestMapping("/api/v1/review-cases")
@Tag(name = "Review committees", description = "复查复核: the committee of the body above reviews a handling opinion (2022 art. 35) or a review opinion (art. 36): members, their views, a hearing on re-review whose days do not count against the limit, the committee's opinion given to the matter, its publication after a hearing")
class ReviewApi {

    private final ReviewCommittees committees;
    private final ReviewIndicators indicators;
    private final ReviewViews views;
    private final Clock clock;

    ReviewApi(ReviewCommittees committees, ReviewIndicators indicators, ReviewViews views, Clock clock) {
        this.committees = committees;
        this.indicators = indicators;
        this.views = views;
        this.clock = clock;
    }

    record Opening(@NotBlank @Size(max = 40) String referenceNo, @NotNull @Size(max = 20) List<@NotBlank String> members) {
    }

    record Members(@NotNull Integer version, @NotNull @Size(max = 20) List<@NotBlank String> members) {
    }

    record MemberView(@NotNull ReviewOutcome outcome, @NotBlank @Size(max = 5000) String reasoning) {
    }

    record Participant(@NotNull HearingRole role, @NotBlank @Size(max = 100) String name) {
    }

    record HearingPlan(@NotNull Integer version, @NotNull LocalDateTime startsAt, @NotBlank @Size(max = 300) String place,
                       @NotNull @Size(min = 1, max = 30) List<@Valid @NotNull Participant> participants) {
    }

    record HearingRecord(@NotNull Integer version, @NotBlank @Size(max = 20000) String record, @NotNull Integer days) {
    }

    record CommitteeOpinion(@NotNull Integer version, @NotNull ReviewOutcome outcome, @NotBlank @Size(max = 20000) String text) {
    }

    record Publication(@NotNull Integer version) {
    }

    @GetMapping
    @Operation(summary = "The cases of the reviewing bodies in the caller's scope and those the caller sits on: how many, how many wait for the opinion, and the first 100, undecided first")
    ReviewViews.ListingJson list(@AuthenticationPrincipal StaffPrincipal me) {
        return views.json(committees.list(me, 100), me);
    }

    @GetMapping("/indicators")
    @Operation(summary = "The year's figures (this year by default) of the committees whose reviewing body is in the caller's area: by stage, cases opened, opinions upheld, revised and revoked with the share corrected, hearings held, opinions published; final matters and those helped after finality (art. 37 ¶3)")
    ReviewIndicators.Figures indicators(@RequestParam(required = false) Integer year,
                                        @AuthenticationPrincipal StaffPrincipal me) {
        return indicators.of(me, year == null ? LocalDate.now(clock).getYear() : year);
    }

    @PostMapping
    @Operation(summary = "Open the committee's case on a matter under review or re-review, as a leader, registrar or handler of the reviewing body, with 3 to 9 members of that body (none of the unit whose opinion is reviewed)",
            description = "With an Idempotency-Key header a retried request returns the case opened the first time.")
    ResponseEntity<ReviewViews.CaseJson> open(@Valid @RequestBody Opening body,
            @Parameter(description = "unique per intended case, up to 100 characters")
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @AuthenticationPrincipal StaffPrincipal me) {
        ReviewCase c = committees.open(me, body.referenceNo(), body.members(), key);
        return ResponseEntity.status(HttpStatus.CREATED).body(views.json(c, me));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A committee case: members and their views, the hearing, the opinion and its letter, the publication")
    ReviewViews.CaseJson one(@PathVariable Long id, @AuthenticationPrincipal StaffPrincipal me) {
        return views.json(committees.visibleCase(me, id), me);
    }

    @PostMapping("/{id}/members")
    @Operation(summary = "Name the members anew, as an organiser, at the case's version; a member who gave a view stays")
    ReviewViews.CaseJson assign(@PathVariable Long id, @Valid @RequestBody Members body, @AuthenticationPrincipal StaffPrincipal me) {
        return views.json(committees.assign(me, id, body.version(), body.members()), me);
    }

    @PostMapping("/{id}/views")
    @Operation(summary = "A member's own view: the outcome proposed (UPHELD, REVISED, REVOKED) and why; once (the same view again answers as before)")
    ReviewViews.CaseJson view(@PathVariable Long id, @Valid @RequestBody MemberView body, @AuthenticationPrincipal StaffPrincipal me) {
        return views.json(committees.giveView(me, id, body.outcome(), body.reasoning()), me);
    }

    @PostMapping("/{id}/hearing")
    @Operation(summary = "Schedule the hearing (听证) of a re-review, or move it before it is held: when (local time of the office), where, who takes part; review holds none (2022 art. 36 ¶2)")
    ReviewViews.CaseJson scheduleHearing(@PathVariable Long id, @Valid @RequestBody HearingPlan body,
                                         @AuthenticationPrincipal StaffPrincipal me) {
        return views.json(committees.scheduleHearing(me, id, body.version(), body.startsAt(), body.place(),
                body.participants().stream().map(p -> new ReviewCase.Participant(p.role(), p.name())).toList()), me);
    }

    @PostMapping("/{id}/hearing/record")
    @Operation(summary = "The hearing held: its record and the days it took (1 to 90), which the matter does not count against the re-review's 30 days")
    ReviewViews.CaseJson recordHearing(@PathVariable Long id, @Valid @RequestBody HearingRecord body,
                                       @AuthenticationPrincipal StaffPrincipal me) {
        return views.json(committees.recordHearing(me, id, body.version(), body.record(), body.days()), me);
    }

    @PostMapping("/{id}/opinion")
    @Operation(summary = "The committee's opinion, by its head (a leader of the reviewing body) once a majority of members gave their views: given to the matter as its review or re-review opinion (the statutory letter follows); after re-review the matter is final")
    ReviewViews.CaseJson opinion(@PathVariable Long id, @Valid @RequestBody CommitteeOpinion body,
                                 @AuthenticationPrincipal StaffPrincipal me) {
        return views.json(committees.giveOpinion(me, id, body.version(), body.outcome(), body.text()), me);
    }

    @PostMapping("/{id}/publication")
    @Operation(summary = "Publish a re-review opinion given after a hearing (向社会公示), by the committee's head: it joins the portal's \"four public\" pages with names, ID numbers, phones, addresses and villages masked")
    ReviewViews.CaseJson publish(@PathVariable Long id, @Valid @RequestBody Publication body,
                                 @AuthenticationPrincipal StaffPrincipal me) {
        return views.json(committees.publish(me, id, body.version()), me);
    }
}
