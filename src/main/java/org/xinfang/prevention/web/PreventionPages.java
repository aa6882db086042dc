package org.xinfang.prevention.web;

import org.xinfang.platform.web.FormFields;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinfang.intake.Categories;
import org.xinfang.platform.web.FileAnswers;
import org.xinfang.prevention.AssessmentKind;
import org.xinfang.prevention.LatentDisputes;
import org.xinfang.prevention.RiskAssessmentReport;
import org.xinfang.prevention.RiskAssessments;
import org.xinfang.prevention.Staffing;
import org.xinfang.statute.AssessmentConclusion;
import org.xinfang.statute.RiskLevel;
import org.xinfang.territory.AdministrativeLevel;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Prevention's pages: the month of the register of latent disputes with the form that records one, a dispute with its
 * reassessment and resolution; the risk assessments with the form that records one, an assessment with its matters,
 * its level today and why, and its report.
 */
@Controller
class PreventionPages {

    /** Points the form offers rows for; the API takes more. */
    private static final int POINT_ROWS = 3;

    private final LatentDisputes disputes;
    private final RiskAssessments assessments;
    private final RiskAssessmentReport report;
    private final PreventionViews views;
    private final Categories categories;
    private final Territory territory;
    private final MessageSource messages;
    private final Clock clock;

    PreventionPages(LatentDisputes disputes, RiskAssessments assessments, RiskAssessmentReport report,
                    PreventionViews views, Categories categories, Territory territory, MessageSource messages,
                    Clock clock) {
        this.disputes = disputes;
        this.assessments = assessments;
        this.report = report;
        this.views = views;
        this.categories = categories;
        this.territory = territory;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/prevention")
    String month(@RequestParam(required = false) String month, @RequestParam(defaultValue = "0") int page,
                 @AuthenticationPrincipal StaffPrincipal me, Model model) {
        YearMonth shown = month(month);
        model.addAttribute("m", views.json(disputes.month(me, shown, PreventionViews.page(page), PreventionViews.PAGE_SIZE), me));
        model.addAttribute("mayRecord", me.hasAny(Staffing.WORKERS));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("places", places(me));
        model.addAttribute("categoryTree", categories.tree());
        model.addAttribute("levels", RiskLevel.values());
        model.addAttribute("me", me.getUsername());
        model.addAttribute("requestKey", UUID.randomUUID().toString());
        return "prevention/disputes";
    }

    @PostMapping("/prevention/disputes")
    String record(@RequestParam(required = false) String placeCode, @RequestParam(required = false) String categoryCode,
                  @RequestParam(required = false) String foundOn, @RequestParam(required = false) String summary,
                  @RequestParam(required = false) String people, @RequestParam(required = false) String riskLevel,
                  @RequestParam(required = false) String owner, @RequestParam(required = false) String requestKey,
                  @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes flash) {
        return FormFields.submit(messages, flash, "prevention.saved", "/prevention", FormFields.typed(
                "placeCode", placeCode, "categoryCode", categoryCode, "foundOn", foundOn, "summary", summary,
                "people", people, "riskLevel", riskLevel, "owner", owner), () -> "/prevention/disputes/" + disputes.record(me,
                new LatentDisputes.NewDispute(placeCode, categoryCode, FormFields.optionalDay("foundOn", foundOn), summary,
                        FormFields.names(people), FormFields.chosen(riskLevel, RiskLevel.class), owner),
                requestKey).id());
    }

    @GetMapping("/prevention/disputes/{id}")
    String dispute(@PathVariable Long id, @AuthenticationPrincipal StaffPrincipal me, Model model) {
        PreventionViews.DisputeJson d = views.json(disputes.visible(me, id), me);
        model.addAttribute("d", d);
        model.addAttribute("mayAct", !d.resolved() && (d.mine() || me.hasAny(Staffing.OVERSEERS)));
        model.addAttribute("levels", RiskLevel.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "prevention/dispute";
    }

    @PostMapping("/prevention/disputes/{id}/reassessment")
    String reassess(@PathVariable Long id, @RequestParam(required = false) String version,
                    @RequestParam(required = false) String riskLevel, @RequestParam(required = false) String owner,
                    @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes flash) {
        disputes.visible(me, id);
        return FormFields.submit(messages, flash, "prevention.saved", "/prevention/disputes/" + id,
                FormFields.typed("owner", owner), () -> {
                    disputes.reassess(me, id, FormFields.number("version", version),
                            FormFields.chosen(riskLevel, RiskLevel.class), owner);
                    return "/prevention/disputes/" + id;
                });
    }

    @PostMapping("/prevention/disputes/{id}/resolution")
    String resolve(@PathVariable Long id, @RequestParam(required = false) String version,
                   @RequestParam(required = false) String resolvedOn, @RequestParam(required = false) String resolution,
                   @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes flash) {
        disputes.visible(me, id);
        return FormFields.submit(messages, flash, "prevention.saved", "/prevention/disputes/" + id,
                FormFields.typed("resolvedOn", resolvedOn, "resolution", resolution), () -> {
                    disputes.resolve(me, id, FormFields.number("version", version),
                            FormFields.optionalDay("resolvedOn", resolvedOn), resolution);
                    return "/prevention/disputes/" + id;
                });
    }

    @GetMapping("/prevention/assessments")
    String assessments(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("assessments", views.json(assessments.list(me), me));
        model.addAttribute("mayRecord", me.hasAny(Staffing.OVERSEERS));
        model.addAttribute("governments", governments(me));
        model.addAttribute("kinds", AssessmentKind.values());
        model.addAttribute("levels", RiskLevel.values());
        model.addAttribute("conclusions", AssessmentConclusion.values());
        model.addAttribute("pointRows", POINT_ROWS);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("requestKey", UUID.randomUUID().toString());
        return "prevention/assessments";
    }

    @PostMapping("/prevention/assessments")
    String recordAssessment(@RequestParam(required = false) String kind, @RequestParam(required = false) String title,
                            @RequestParam(required = false) String sponsor, @RequestParam(required = false) String unitCode,
                            @RequestParam(required = false) String assessedOn,
                            @RequestParam(name = "pointDescription", required = false) List<String> descriptions,
                            @RequestParam(name = "pointLevel", required = false) List<String> pointLevels,
                            @RequestParam(required = false) String level, @RequestParam(required = false) String measures,
                            @RequestParam(required = false) String conclusion,
                            @RequestParam(required = false) String requestKey,
                            @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes flash) {
        Map<String, String> typed = FormFields.typed("kind", kind, "title", title, "sponsor", sponsor,
                "unitCode", unitCode, "assessedOn", assessedOn, "level", level, "measures", measures, "conclusion", conclusion);
        List<RiskAssessments.Point> points = points(descriptions, pointLevels, typed);
        return FormFields.submit(messages, flash, "prevention.saved", "/prevention/assessments", typed,
                () -> "/prevention/assessments/" + assessments.record(me, new RiskAssessments.NewAssessment(
                        FormFields.chosen(kind, AssessmentKind.class), title, sponsor, unitCode,
                        FormFields.optionalDay("assessedOn", assessedOn), points, FormFields.chosen(level, RiskLevel.class),
                        measures, FormFields.chosen(conclusion, AssessmentConclusion.class)), requestKey).id());
    }

    @GetMapping("/prevention/assessments/{id}")
    String assessment(@PathVariable Long id, @AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("a", views.json(assessments.visible(me, id), me));
        model.addAttribute("mayLink", me.hasAny(Staffing.WORKERS));
        model.addAttribute("mayRevise", me.hasAny(Staffing.OVERSEERS));
        model.addAttribute("levels", RiskLevel.values());
        model.addAttribute("conclusions", AssessmentConclusion.values());
        return "prevention/assessment";
    }

    @PostMapping("/prevention/assessments/{id}/revision")
    String revise(@PathVariable Long id, @RequestParam(required = false) String version,
                  @RequestParam(name = "pointDescription", required = false) List<String> descriptions,
                  @RequestParam(name = "pointLevel", required = false) List<String> pointLevels,
                  @RequestParam(required = false) String level, @RequestParam(required = false) String measures,
                  @RequestParam(required = false) String conclusion, @AuthenticationPrincipal StaffPrincipal me,
                  RedirectAttributes flash) {
        assessments.visible(me, id);
        Map<String, String> typed = FormFields.typed("level", level, "measures", measures, "conclusion", conclusion);
        List<RiskAssessments.Point> points = points(descriptions, pointLevels, typed);
        return FormFields.submit(messages, flash, "prevention.saved", "/prevention/assessments/" + id, typed, () -> {
            assessments.revise(me, id, FormFields.number("version", version), points,
                    FormFields.chosen(level, RiskLevel.class), measures,
                    FormFields.chosen(conclusion, AssessmentConclusion.class));
            return "/prevention/assessments/" + id;
        });
    }

    @PostMapping("/prevention/assessments/{id}/matters")
    String link(@PathVariable Long id, @RequestParam(required = false) String referenceNo,
                @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes flash) {
        assessments.visible(me, id);
        return FormFields.submit(messages, flash, "prevention.linked", "/prevention/assessments/" + id,
                FormFields.typed("referenceNo", referenceNo), () -> {
                    assessments.link(me, id, referenceNo);
                    return "/prevention/assessments/" + id;
                });
    }

    @PostMapping("/prevention/assessments/{id}/unlinkings")
    String unlink(@PathVariable Long id, @RequestParam(required = false) String referenceNo,
                  @RequestParam(required = false) String reason, @AuthenticationPrincipal StaffPrincipal me,
                  RedirectAttributes flash) {
        assessments.visible(me, id);
        return FormFields.submit(messages, flash, "prevention.unlinked", "/prevention/assessments/" + id,
                FormFields.typed("unlinkReference", referenceNo, "unlinkReason", reason), () -> {
                    assessments.unlink(me, id, referenceNo, reason);
                    return "/prevention/assessments/" + id;
                });
    }

    @GetMapping("/prevention/assessments/{id}/report.pdf")
    ResponseEntity<byte[]> report(@PathVariable Long id, @AuthenticationPrincipal StaffPrincipal me) {
        return FileAnswers.inline(RiskAssessmentReport.fileName(assessments.visible(me, id)), MediaType.APPLICATION_PDF,
                report.pdf(me, id));
    }

    /** The month asked for (2026-11), this month when none or none readable. */
    private YearMonth month(String typed) {
        try {
            return typed == null || typed.isBlank() ? YearMonth.now(clock) : YearMonth.parse(typed.strip());
        } catch (DateTimeParseException e) {
            return YearMonth.now(clock);
        }
    }

    /** The form's point rows that were filled in, kept as typed to be shown again after a refusal. */
    private static List<RiskAssessments.Point> points(List<String> descriptions, List<String> levels,
                                                      Map<String, String> typed) {
        List<RiskAssessments.Point> points = new ArrayList<>();
        for (int i = 0; descriptions != null && i < descriptions.size(); i++) {
            String description = descriptions.get(i);
            String level = levels != null && i < levels.size() ? levels.get(i) : null;
            typed.put("pointDescription" + i, description == null ? "" : description);
            typed.put("pointLevel" + i, level == null ? "" : level);
            if ((description != null && !description.isBlank()) || (level != null && !level.isBlank())) {
                points.add(new RiskAssessments.Point(description, FormFields.chosen(level, RiskLevel.class)));
            }
        }
        return points;
    }

    /** The places of the viewer's area where a dispute can be found: counties, townships, villages, by county. */
    private Map<UnitView, List<UnitView>> places(StaffPrincipal me) {
        Map<UnitView, List<UnitView>> places = new LinkedHashMap<>();
        territory.placeGroups(me.unit()).forEach((government, here) -> {
            List<UnitView> kept = here.stream().filter(u -> u.level() != AdministrativeLevel.CITY && me.covers(u.path()))
                    .toList();
            if (!kept.isEmpty()) {
                places.put(government, kept);
            }
        });
        return places;
    }

    /** The governments of the viewer's area whose projects and decisions are assessed: the city, counties, townships. */
    private List<UnitView> governments(StaffPrincipal me) {
        List<UnitView> governments = new ArrayList<>();
        territory.placeGroups(me.unit()).forEach((government, here) -> here.stream()
                .filter(u -> u.level() != AdministrativeLevel.VILLAGE && me.covers(u.path())).forEach(governments::add));
        return governments;
    }
}
