package org.xinfang.prevention.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.platform.web.FileAnswers;
import org.xinfang.prevention.AssessmentKind;
import org.xinfang.prevention.RiskAssessmentReport;
import org.xinfang.prevention.RiskAssessments;
import org.xinfang.statute.AssessmentConclusion;
import org.xinfang.statute.RiskLevel;
import org.xinfang.territory.StaffPrincipal;

import java.time.LocalDate;
import java.util.List;

/** Social stability risk assessments (社会稳定风险评估) in the API: record, revise, link the matters arising, the report. */
@RestController
@RequestMapping("/api/v1/risk-assessments")
@Tag(name = "Risk assessments", description = "社会稳定风险评估 of major projects and decisions: risk points, a level, measures and a conclusion, a PDF report; matters arising from a tracked project raise its level (RiskRules)")
class RiskAssessmentApi {

    private final RiskAssessments assessments;
    private final RiskAssessmentReport report;
    private final PreventionViews views;

    RiskAssessmentApi(RiskAssessments assessments, RiskAssessmentReport report, PreventionViews views) {
        this.assessments = assessments;
        this.report = report;
        this.views = views;
    }

    record PointBody(String description, RiskLevel level) {
    }

    record Assessment(@NotNull AssessmentKind kind, @NotBlank @Size(max = 200) String title,
                      @NotBlank @Size(max = 200) String sponsor, @NotBlank @Size(max = 20) String unitCode,
                      @NotNull LocalDate assessedOn, @NotEmpty List<PointBody> points, @NotNull RiskLevel level,
                      @NotBlank @Size(max = 4000) String measures, @NotNull AssessmentConclusion conclusion) {
    }

    record Revision(@NotNull Integer version, @NotEmpty List<PointBody> points, @NotNull RiskLevel level,
                    @NotBlank @Size(max = 4000) String measures, @NotNull AssessmentConclusion conclusion) {
    }

    record Link(@NotBlank @Size(max = 40) String referenceNo) {
    }

    record Unlinking(@NotBlank @Size(max = 40) String referenceNo, @NotBlank @Size(max = 500) String reason) {
    }

    @GetMapping
    @Operation(summary = "The assessments of the caller's area, the highest level today first")
    List<PreventionViews.AssessmentJson> list(@AuthenticationPrincipal StaffPrincipal me) {
        return views.json(assessments.list(me), me);
    }

    @PostMapping
    @Operation(summary = "Record an assessment, as a supervisor or leader: a level no lower than its highest risk point, a conclusion the level allows; with an Idempotency-Key a retried request returns the assessment recorded the first time")
    ResponseEntity<PreventionViews.AssessmentJson> record(@Valid @RequestBody Assessment body,
                                                          @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                                          @AuthenticationPrincipal StaffPrincipal me) {
        RiskAssessments.Assessment a = assessments.record(me, new RiskAssessments.NewAssessment(body.kind(), body.title(),
                body.sponsor(), body.unitCode(), body.assessedOn(), points(body.points()), body.level(), body.measures(),
                body.conclusion()), key);
        return ResponseEntity.status(HttpStatus.CREATED).body(views.json(a, me));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One assessment with its matters, its level today and why it was raised")
    PreventionViews.AssessmentJson one(@PathVariable Long id, @AuthenticationPrincipal StaffPrincipal me) {
        return views.json(assessments.visible(me, id), me);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Revise the findings (points, level, measures, conclusion) at the version seen")
    PreventionViews.AssessmentJson revise(@PathVariable Long id, @Valid @RequestBody Revision body,
                                          @AuthenticationPrincipal StaffPrincipal me) {
        return views.json(assessments.revise(me, id, body.version(), points(body.points()), body.level(), body.measures(),
                body.conclusion()), me);
    }

    @PostMapping("/{id}/matters")
    @Operation(summary = "Link a matter (by reference number) to the project or decision it arose from; linking it again answers with the assessment as it is, a matter linked to another one is refused")
    PreventionViews.AssessmentJson link(@PathVariable Long id, @Valid @RequestBody Link body,
                                        @AuthenticationPrincipal StaffPrincipal me) {
        return views.json(assessments.link(me, id, body.referenceNo()), me);
    }

    @PostMapping("/{id}/unlinkings")
    @Operation(summary = "Unlink a matter linked here by mistake, stating why; the link stays on the assessment's record of unlinked matters and no longer counts for its level")
    PreventionViews.AssessmentJson unlink(@PathVariable Long id, @Valid @RequestBody Unlinking body,
                                          @AuthenticationPrincipal StaffPrincipal me) {
        return views.json(assessments.unlink(me, id, body.referenceNo(), body.reason()), me);
    }

    @GetMapping("/{id}/report.pdf")
    @Operation(summary = "The assessment report (社会稳定风险评估报告) as PDF, with the tracking to date")
    ResponseEntity<byte[]> pdf(@PathVariable Long id, @AuthenticationPrincipal StaffPrincipal me) {
        return FileAnswers.inline(RiskAssessmentReport.fileName(assessments.visible(me, id)), MediaType.APPLICATION_PDF,
                report.pdf(me, id));
    }

    private static List<RiskAssessments.Point> points(List<PointBody> body) {
        return body.stream().map(p -> p == null ? null : new RiskAssessments.Point(p.description(), p.level())).toList();
    }
}
