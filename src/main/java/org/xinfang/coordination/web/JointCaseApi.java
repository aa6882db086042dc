package org.xinfang.coordination.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.coordination.BundledPartyKind;
import org.xinfang.coordination.JointCase;
import org.xinfang.coordination.JointCaseLetters;
import org.xinfang.coordination.JointCases;
import org.xinfang.coordination.JointDocument;
import org.xinfang.coordination.JointRole;
import org.xinfang.platform.web.FileAnswers;
import org.xinfang.territory.StaffPrincipal;

import java.time.LocalDate;
import java.util.List;

/** Joint handling of complex matters (联合办理) in the API: open a case with its form, report on a duty, bundled help, the documents. */
@RestController
@RequestMapping("/api/v1/joint-cases")
@Tag(name = "Joint cases", description = "联合办理: the joint conference office makes several units act on one complex matter, each on its duty by its deadline (责任分解表), with bundled help (捆绑帮扶)")
class JointCaseApi {

    private final JointCases cases;
    private final JointCaseViews views;
    private final JointCaseLetters letters;

    JointCaseApi(JointCases cases, JointCaseViews views, JointCaseLetters letters) {
        this.cases = cases;
        this.views = views;
        this.letters = letters;
    }

    record DutyLine(@NotNull JointRole role, @NotNull Long unitId, @NotBlank @Size(max = 1000) String duty,
                    @NotNull LocalDate dueOn) {

        JointCase.NewDuty toDuty() {
            return new JointCase.NewDuty(role, unitId, duty, dueOn);
        }
    }

    record Opening(@NotBlank @Size(max = 40) String referenceNo, @NotBlank @Size(max = 4000) String summary,
                   @NotNull @Size(max = 20) List<@Valid DutyLine> duties) {
    }

    record NewDutyLine(@NotNull Integer version, @NotNull @Valid DutyLine line) {
    }

    record DutyReport(@NotNull LocalDate reportedOn, @NotBlank @Size(max = 2000) String note, boolean completes) {
    }

    record PartyNaming(@NotNull Integer version, @NotNull BundledPartyKind kind, @NotBlank @Size(max = 200) String name,
                       @NotBlank @Size(max = 1000) String duty, Integer partyVersion) {
    }

    record PartyProgress(@NotNull Integer version, @NotBlank @Size(max = 2000) String progress) {
    }

    @GetMapping
    @Operation(summary = "The joint cases the caller follows (those of matters in their scope and those with a duty for their unit): how many, how many have a unit late today, and the first 100, those with a late unit first, then the latest opened")
    JointCaseViews.ListingJson list(@AuthenticationPrincipal StaffPrincipal me) {
        return views.json(cases.list(me, 100), me);
    }

    @PostMapping
    @Operation(summary = "Open a joint case on a matter, as a supervisor or leader of a city's or county's joint conference office (its petition bureau): the office's summary and the form's lines (at least two units of the office's area, each with a role, a duty and a deadline within 60 days)",
            description = "With an Idempotency-Key header a retried request returns the case opened the first time.")
    ResponseEntity<JointCaseViews.CaseJson> open(@Valid @RequestBody Opening body,
            @Parameter(description = "unique per intended case, up to 100 characters")
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @AuthenticationPrincipal StaffPrincipal me) {
        JointCase c = cases.open(me, body.referenceNo(), body.summary(),
                body.duties().stream().map(DutyLine::toDuty).toList(), key);
        return ResponseEntity.status(HttpStatus.CREATED).body(views.json(c, me));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A joint case: the form with each unit's reports and lateness, and the responsible parties of bundled help")
    JointCaseViews.CaseJson one(@PathVariable Long id, @AuthenticationPrincipal StaffPrincipal me) {
        return views.json(cases.visibleCase(me, id), me);
    }

    @PostMapping("/{id}/duties")
    @Operation(summary = "Add a line to the form, as the case's office, at the case's version")
    JointCaseViews.CaseJson addDuty(@PathVariable Long id, @Valid @RequestBody NewDutyLine body,
                                    @AuthenticationPrincipal StaffPrincipal me) {
        return views.json(cases.addDuty(me, id, body.version(), body.line().toDuty()), me);
    }

    @PostMapping("/duties/{dutyId}/reports")
    @Operation(summary = "Report on a duty, as a member of the unit holding it: the day, what was done, and whether it completes the duty",
            description = "With an Idempotency-Key header a retried request returns the report recorded the first time.")
    ResponseEntity<JointCaseViews.ReportJson> report(@PathVariable Long dutyId, @Valid @RequestBody DutyReport body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @AuthenticationPrincipal StaffPrincipal me) {
        JointCase.Report r = cases.report(me, dutyId, body.reportedOn(), body.note(), body.completes(), key);
        return ResponseEntity.status(HttpStatus.CREATED).body(views.json(r, me));
    }

    @PostMapping("/{id}/parties")
    @Operation(summary = "Name a responsible party of bundled help (one of the nine kinds, each once) with their duty, as the case's office; naming a kind again replaces it at that party's version")
    JointCaseViews.CaseJson nameParty(@PathVariable Long id, @Valid @RequestBody PartyNaming body,
                                      @AuthenticationPrincipal StaffPrincipal me) {
        return views.json(cases.nameParty(me, id, body.version(), body.kind(), body.name(), body.duty(), body.partyVersion()), me);
    }

    @PostMapping("/parties/{partyId}/progress")
    @Operation(summary = "Note a responsible party's progress, as the case's office, at the party's version")
    JointCaseViews.CaseJson noteProgress(@PathVariable Long partyId, @Valid @RequestBody PartyProgress body,
                                         @AuthenticationPrincipal StaffPrincipal me) {
        return views.json(cases.noteProgress(me, partyId, body.version(), body.progress()), me);
    }

    @GetMapping("/{id}/documents/{slug}")
    @Operation(summary = "A document of the case as PDF: transfer-letter (转送函), case-summary (信访事项摘要) or apportionment-form (责任分解表)")
    ResponseEntity<byte[]> document(@PathVariable Long id, @PathVariable String slug, @AuthenticationPrincipal StaffPrincipal me) {
        JointDocument kind = JointDocument.bySlug(slug);
        return FileAnswers.inline(kind.fileName(cases.visibleCase(me, id)), MediaType.APPLICATION_PDF, letters.pdf(me, id, kind));
    }
}
