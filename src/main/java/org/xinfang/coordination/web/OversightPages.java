package org.xinfang.coordination.web;

import org.xinfang.platform.web.FormFields;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinfang.coordination.AccountabilityProposals;
import org.xinfang.coordination.JointCases;
import org.xinfang.coordination.OversightMeasures;
import org.xinfang.coordination.SpecialInspections;
import org.xinfang.statute.OversightRules;
import org.xinfang.statute.OversightRules.AccountabilityGround;
import org.xinfang.statute.OversightRules.FeedbackOutcome;
import org.xinfang.statute.OversightRules.MeasureKind;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.StaffRole;
import org.xinfang.territory.UnitView;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The oversight page (督查问责): the measures, the accountability proposals and the special inspections of the
 * viewer's area, each with its form for those who may; and one inspection with its matters and the finding form.
 */
@Controller
class OversightPages {

    private final OversightMeasures measures;
    private final AccountabilityProposals proposals;
    private final SpecialInspections inspections;
    private final JointCases jointCases;
    private final OversightViews views;
    private final MessageSource messages;
    private final Clock clock;

    OversightPages(OversightMeasures measures, AccountabilityProposals proposals, SpecialInspections inspections,
                   JointCases jointCases, OversightViews views, MessageSource messages, Clock clock) {
        this.measures = measures;
        this.proposals = proposals;
        this.inspections = inspections;
        this.jointCases = jointCases;
        this.views = views;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/oversight")
    String page(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("measures", views.measures(measures.list(me, OversightApi.LATEST), me));
        model.addAttribute("proposals", views.proposals(proposals.list(me, OversightApi.LATEST), me));
        model.addAttribute("inspections", views.inspections(inspections.list(me, OversightApi.LATEST), me));
        measures.office(me).ifPresent(office -> {
            model.addAttribute("units", names(measures.unitsOfArea(office)));
            model.addAttribute("addressees", names(jointCases.assignable(office)));
            model.addAttribute("kinds", MeasureKind.values());
            model.addAttribute("grounds", AccountabilityGround.values());
            model.addAttribute("defaultRectifyBy", today.plusDays(OversightRules.RECTIFICATION_DAYS));
        });
        model.addAttribute("outcomes", FeedbackOutcome.values());
        model.addAttribute("mayInspect", me.hasAny(Set.of(StaffRole.SUPERVISOR, StaffRole.LEADER)));
        model.addAttribute("requestKey", UUID.randomUUID().toString());
        model.addAttribute("today", today);
        return "coordination/oversight";
    }

    @PostMapping("/oversight/measures")
    String decide(@RequestParam(required = false) String unitId, @RequestParam(required = false) String kind,
                  @RequestParam(required = false) String reason, @RequestParam(required = false) String referenceNos,
                  @RequestParam(required = false) String decidedOn, @RequestParam(required = false) String rectifyBy,
                  @RequestParam(required = false) String requestKey, @AuthenticationPrincipal StaffPrincipal me,
                  RedirectAttributes flash) {
        return FormFields.submit(messages, flash, "oversight.saved", "/oversight#measures", FormFields.typed("unitId", unitId,
                "kind", kind, "reason", reason, "referenceNos", referenceNos, "decidedOn", decidedOn, "rectifyBy", rectifyBy), () -> {
            measures.decide(me, (long) FormFields.number("unitId", unitId), FormFields.choice("kind", kind, MeasureKind.class),
                    FormFields.text("reason", reason, 4000), lines(referenceNos), FormFields.day("decidedOn", decidedOn),
                    FormFields.day("rectifyBy", rectifyBy), requestKey);
            return "/oversight#measures";
        });
    }

    @PostMapping("/oversight/measures/{id}/rectification")
    String rectify(@PathVariable Long id, @RequestParam(required = false) String version,
                   @RequestParam(required = false) String rectifiedOn, @RequestParam(required = false) String rectification,
                   @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes flash) {
        measures.visible(me, id);
        return FormFields.submit(messages, flash, "oversight.saved", "/oversight#measures", FormFields.typed(), () -> {
            measures.rectify(me, id, FormFields.number("version", version), FormFields.day("rectifiedOn", rectifiedOn),
                    FormFields.text("rectification", rectification, 4000));
            return "/oversight#measures";
        });
    }

    @PostMapping("/oversight/accountability")
    String propose(@RequestParam(required = false) String unitId, @RequestParam(required = false) String persons,
                   @RequestParam(required = false) String ground, @RequestParam(required = false) String facts,
                   @RequestParam(required = false) String addresseeId, @RequestParam(required = false) String proposedOn,
                   @RequestParam(required = false) String requestKey, @AuthenticationPrincipal StaffPrincipal me,
                   RedirectAttributes flash) {
        return FormFields.submit(messages, flash, "oversight.saved", "/oversight#accountability", FormFields.typed("unitId", unitId,
                "persons", persons, "ground", ground, "facts", facts, "addresseeId", addresseeId, "proposedOn", proposedOn), () -> {
            proposals.propose(me, (long) FormFields.number("unitId", unitId), FormFields.optionalText("persons", persons, 500),
                    FormFields.choice("ground", ground, AccountabilityGround.class), FormFields.text("facts", facts, 4000),
                    (long) FormFields.number("addresseeId", addresseeId), FormFields.day("proposedOn", proposedOn), requestKey);
            return "/oversight#accountability";
        });
    }

    @PostMapping("/oversight/accountability/{id}/feedback")
    String feedback(@PathVariable Long id, @RequestParam(required = false) String version,
                    @RequestParam(required = false) String outcome, @RequestParam(required = false) String measureTaken,
                    @RequestParam(required = false) String feedbackOn, @AuthenticationPrincipal StaffPrincipal me,
                    RedirectAttributes flash) {
        proposals.visible(me, id);
        return FormFields.submit(messages, flash, "oversight.saved", "/oversight#accountability", FormFields.typed(), () -> {
            proposals.feedback(me, id, FormFields.number("version", version),
                    FormFields.choice("outcome", outcome, FeedbackOutcome.class),
                    FormFields.text("measureTaken", measureTaken, 4000), FormFields.day("feedbackOn", feedbackOn));
            return "/oversight#accountability";
        });
    }

    @PostMapping("/oversight/inspections")
    String open(@RequestParam(required = false) String title, @RequestParam(required = false) String ground,
                @RequestParam(required = false) String referenceNos, @RequestParam(required = false) String dueOn,
                @RequestParam(required = false) String requestKey, @AuthenticationPrincipal StaffPrincipal me,
                RedirectAttributes flash) {
        return FormFields.submit(messages, flash, "oversight.saved", "/oversight#inspections", FormFields.typed("title", title,
                "inspectionGround", ground, "inspectionMatters", referenceNos, "dueOn", dueOn), () ->
                "/oversight/inspections/" + inspections.open(me, FormFields.text("title", title, 200),
                        FormFields.text("ground", ground, 4000), lines(referenceNos), FormFields.day("dueOn", dueOn),
                        requestKey).id());
    }

    @GetMapping("/oversight/inspections/{id}")
    String inspection(@PathVariable Long id, @AuthenticationPrincipal StaffPrincipal me, Model model) {
        SpecialInspections.Inspection i = inspections.visible(me, id);
        model.addAttribute("i", views.json(i, me));
        model.addAttribute("carriesOn", inspections.carriesOn(me, i));
        return "coordination/oversight-inspection";
    }

    @PostMapping("/oversight/inspections/{id}/matters/{matterId}/finding")
    String finding(@PathVariable Long id, @PathVariable Long matterId, @RequestParam(required = false) String problemFound,
                   @RequestParam(required = false) String note, @AuthenticationPrincipal StaffPrincipal me,
                   RedirectAttributes flash) {
        inspections.visible(me, id);
        String back = "/oversight/inspections/" + id;
        return FormFields.submit(messages, flash, "oversight.saved", back, FormFields.typed("note." + matterId, note), () -> {
            inspections.find(me, id, matterId, FormFields.yesOrNo("problemFound", problemFound), note);
            return back;
        });
    }

    @PostMapping("/oversight/inspections/{id}/conclusion")
    String close(@PathVariable Long id, @RequestParam(required = false) String version,
                 @RequestParam(required = false) String conclusion, @AuthenticationPrincipal StaffPrincipal me,
                 RedirectAttributes flash) {
        inspections.visible(me, id);
        String back = "/oversight/inspections/" + id;
        return FormFields.submit(messages, flash, "oversight.saved", back, FormFields.typed("conclusion", conclusion), () -> {
            inspections.close(me, id, FormFields.number("version", version), FormFields.text("conclusion", conclusion, 4000));
            return back;
        });
    }

    /** The reference numbers typed one a line (or separated by commas or spaces). */
    private static List<String> lines(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[\\s,，;；]+")).filter(s -> !s.isBlank()).toList();
    }

    private static Map<Long, String> names(List<UnitView> units) {
        Map<Long, String> named = new LinkedHashMap<>();
        units.forEach(u -> named.put(u.id(), u.displayName(LocaleContextHolder.getLocale())));
        return named;
    }
}
