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
import org.xinfang.coordination.AccountabilityProposals;
import org.xinfang.coordination.OversightMeasures;
import org.xinfang.coordination.SpecialInspections;
import org.xinfang.statute.OversightRules.AccountabilityGround;
import org.xinfang.statute.OversightRules.FeedbackOutcome;
import org.xinfang.statute.OversightRules.MeasureKind;
import org.xinfang.territory.StaffPrincipal;

import java.time.LocalDate;
import java.util.List;

/**
 * Oversight (督查问责) in the API: the joint conference's measures and their rectification (2022 art. 39 ¶3), the
 * accountability proposals and their written feedback (art. 40 ¶3–4), the special inspections (art. 38).
 */
@RestController
@RequestMapping("/api/v1/oversight")
@Tag(name = "Oversight", description = "督查问责: measures against units that fail (约谈、通报、挂牌督办) with their rectification, accountability proposals with the written feedback, special inspections (专项督查)")
class OversightApi {

    /** The latest rectified measures, answered proposals and closed inspections a list shows. */
    static final int LATEST = 100;

    private final OversightMeasures measures;
    private final AccountabilityProposals proposals;
    private final SpecialInspections inspections;
    private final OversightViews views;

    OversightApi(OversightMeasures measures, AccountabilityProposals proposals, SpecialInspections inspections,
                 OversightViews views) {
        this.measures = measures;
        this.proposals = proposals;
        this.inspections = inspections;
        this.views = views;
    }

    record NewMeasure(@NotNull Long unitId, @NotNull MeasureKind kind, @NotBlank @Size(max = 4000) String reason,
                      List<@Size(max = 40) String> referenceNos, @NotNull LocalDate decidedOn,
                      @NotNull LocalDate rectifyBy) {
    }

    record Rectification(@NotNull Integer version, @NotNull LocalDate rectifiedOn,
                         @NotBlank @Size(max = 4000) String rectification) {
    }

    record NewProposal(@NotNull Long unitId, @Size(max = 500) String persons, @NotNull AccountabilityGround ground,
                       @NotBlank @Size(max = 4000) String facts, @NotNull Long addresseeId, @NotNull LocalDate proposedOn) {
    }

    record Feedback(@NotNull Integer version, @NotNull FeedbackOutcome outcome,
                    @NotBlank @Size(max = 4000) String measureTaken, @NotNull LocalDate feedbackOn) {
    }

    record NewInspection(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 4000) String ground,
                         @NotNull @Size(min = 1, max = 200) List<@Size(max = 40) String> referenceNos,
                         @NotNull LocalDate dueOn) {
    }

    record NewFinding(@NotNull Boolean problemFound, @Size(max = 2000) String note) {
    }

    record Conclusion(@NotNull Integer version, @NotBlank @Size(max = 4000) String conclusion) {
    }

    @GetMapping("/measures")
    @Operation(summary = "The measures concerning units of the caller's area: those awaiting rectification (past the deadline first, listed supervision counted) and the latest 100 rectified")
    OversightViews.MeasuresJson measures(@AuthenticationPrincipal StaffPrincipal me) {
        return views.measures(measures.list(me, LATEST), me);
    }

    @PostMapping("/measures")
    @Operation(summary = "Record a measure (约谈, 通报 or 挂牌督办) against a unit of the area, as the city's or county's joint conference office, with the reason, the matters concerned (optional), the day decided and the deadline to rectify; with an Idempotency-Key a retried request returns the measure recorded the first time")
    ResponseEntity<OversightViews.MeasureJson> decide(@Valid @RequestBody NewMeasure body,
                                                      @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                                      @AuthenticationPrincipal StaffPrincipal me) {
        return ResponseEntity.status(HttpStatus.CREATED).body(views.json(measures.decide(me, body.unitId(), body.kind(),
                body.reason(), body.referenceNos(), body.decidedOn(), body.rectifyBy(), key), me));
    }

    @GetMapping("/measures/{id}")
    @Operation(summary = "One measure")
    OversightViews.MeasureJson measure(@PathVariable Long id, @AuthenticationPrincipal StaffPrincipal me) {
        return views.json(measures.visible(me, id), me);
    }

    @PostMapping("/measures/{id}/rectification")
    @Operation(summary = "Record the rectification as done (the day, what was done), as the office that decided the measure, at the version seen; listed supervision is lifted")
    OversightViews.MeasureJson rectify(@PathVariable Long id, @Valid @RequestBody Rectification body,
                                       @AuthenticationPrincipal StaffPrincipal me) {
        return views.json(measures.rectify(me, id, body.version(), body.rectifiedOn(), body.rectification()), me);
    }

    @GetMapping("/accountability")
    @Operation(summary = "The accountability proposals concerning units of the caller's area: those awaiting written feedback (the longest waiting first, with the days) and the latest 100 answered")
    OversightViews.ProposalsJson proposals(@AuthenticationPrincipal StaffPrincipal me) {
        return views.proposals(proposals.list(me, LATEST), me);
    }

    @PostMapping("/accountability")
    @Operation(summary = "Propose to the body with management authority that a unit of the area or its staff be held accountable (art. 40 ¶3), as the city's or county's petition bureau; with an Idempotency-Key a retried request returns the proposal made the first time")
    ResponseEntity<OversightViews.ProposalJson> propose(@Valid @RequestBody NewProposal body,
                                                        @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                                        @AuthenticationPrincipal StaffPrincipal me) {
        return ResponseEntity.status(HttpStatus.CREATED).body(views.json(proposals.propose(me, body.unitId(), body.persons(),
                body.ground(), body.facts(), body.addresseeId(), body.proposedOn(), key), me));
    }

    @GetMapping("/accountability/{id}")
    @Operation(summary = "One accountability proposal")
    OversightViews.ProposalJson proposal(@PathVariable Long id, @AuthenticationPrincipal StaffPrincipal me) {
        return views.json(proposals.visible(me, id), me);
    }

    @PostMapping("/accountability/{id}/feedback")
    @Operation(summary = "Record the body's written feedback (art. 40 ¶4), once, at the version seen: adopted, partly adopted or not adopted, the measure taken, the day")
    OversightViews.ProposalJson feedback(@PathVariable Long id, @Valid @RequestBody Feedback body,
                                         @AuthenticationPrincipal StaffPrincipal me) {
        return views.json(proposals.feedback(me, id, body.version(), body.outcome(), body.measureTaken(), body.feedbackOn()), me);
    }

    @GetMapping("/inspections")
    @Operation(summary = "The special inspections of the caller's area: the open ones (nearest deadline first) and the latest 100 closed")
    OversightViews.InspectionsJson inspections(@AuthenticationPrincipal StaffPrincipal me) {
        return views.inspections(inspections.list(me, LATEST), me);
    }

    @PostMapping("/inspections")
    @Operation(summary = "Open a special inspection (专项督查, art. 38), as a supervisor or leader: a title, its ground, the matters (at least one, each visible to the caller) and a deadline to come; with an Idempotency-Key a retried request returns the inspection opened the first time")
    ResponseEntity<OversightViews.InspectionJson> open(@Valid @RequestBody NewInspection body,
                                                       @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                                       @AuthenticationPrincipal StaffPrincipal me) {
        return ResponseEntity.status(HttpStatus.CREATED).body(views.json(inspections.open(me, body.title(), body.ground(),
                body.referenceNos(), body.dueOn(), key), me));
    }

    @GetMapping("/inspections/{id}")
    @Operation(summary = "One special inspection with its matters and their findings")
    OversightViews.InspectionJson inspection(@PathVariable Long id, @AuthenticationPrincipal StaffPrincipal me) {
        return views.json(inspections.visible(me, id), me);
    }

    @PostMapping("/inspections/{id}/matters/{matterId}/finding")
    @Operation(summary = "Record the finding on one matter (a problem found or not, a note, required when one was), once, as a supervisor or leader of the opener's unit")
    OversightViews.InspectionJson finding(@PathVariable Long id, @PathVariable Long matterId, @Valid @RequestBody NewFinding body,
                                          @AuthenticationPrincipal StaffPrincipal me) {
        return views.json(inspections.find(me, id, matterId, body.problemFound(), body.note()), me);
    }

    @PostMapping("/inspections/{id}/conclusion")
    @Operation(summary = "Close the inspection with its conclusion, fed back to the places and departments (art. 38 ¶2), at the version seen, once every matter has a finding")
    OversightViews.InspectionJson close(@PathVariable Long id, @Valid @RequestBody Conclusion body,
                                        @AuthenticationPrincipal StaffPrincipal me) {
        return views.json(inspections.close(me, id, body.version(), body.conclusion()), me);
    }
}
