package org.xinfang.coordination.web;

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
import org.xinfang.coordination.BundledPartyKind;
import org.xinfang.coordination.JointCase;
import org.xinfang.coordination.JointCaseLetters;
import org.xinfang.coordination.JointCases;
import org.xinfang.coordination.JointDocument;
import org.xinfang.coordination.JointRole;
import org.xinfang.platform.Refusal;
import org.xinfang.platform.web.FileAnswers;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.UnitView;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The joint cases' pages: the list of the cases the viewer follows with the office's form that opens one, and one
 * case with its responsibility apportionment form, the units' reports, bundled help and the three documents.
 */
@Controller
class JointCasePages {

    /** The form's default deadline: a month, within the 60-day handling limit. */
    private static final int DEFAULT_DAYS = 30;

    private final JointCases cases;
    private final JointCaseViews views;
    private final JointCaseLetters letters;
    private final MessageSource messages;
    private final Clock clock;

    JointCasePages(JointCases cases, JointCaseViews views, JointCaseLetters letters, MessageSource messages, Clock clock) {
        this.cases = cases;
        this.views = views;
        this.letters = letters;
        this.messages = messages;
        this.clock = clock;
    }

    /** A line of the opening form: the role, the unit suggested for it, and the units to choose from. */
    record FormLine(JointRole role, Long suggestedUnitId) {
    }

    @GetMapping("/joint-cases")
    String list(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String referenceNo, Model model) {
        model.addAttribute("listing", views.json(cases.list(me, 50), me));
        office(me).ifPresent(office -> {
            model.addAttribute("units", units(office));
            model.addAttribute("lines", java.util.Arrays.stream(JointRole.values())
                    .map(r -> new FormLine(r, cases.usualUnit(office, r).map(UnitView::id).orElse(null))).toList());
            model.addAttribute("defaultDue", LocalDate.now(clock).plusDays(DEFAULT_DAYS));
            model.addAttribute("requestKey", UUID.randomUUID().toString());
            model.addAttribute("referenceNo", referenceNo);
        });
        model.addAttribute("today", LocalDate.now(clock));
        return "coordination/joint-cases";
    }

    @PostMapping("/joint-cases")
    String open(@RequestParam(required = false) String referenceNo, @RequestParam(required = false) String summary,
                @RequestParam(name = "role", required = false) List<String> roles,
                @RequestParam(name = "unitId", required = false) List<String> unitIds,
                @RequestParam(name = "duty", required = false) List<String> dutyTexts,
                @RequestParam(name = "dueOn", required = false) List<String> dueDays,
                @RequestParam(required = false) String requestKey,
                @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes flash) {
        Map<String, String> typed = FormFields.typed("referenceNo", referenceNo, "summary", summary);
        // each line as typed, so that a refused form comes back with the units chosen, not the ones proposed
        for (int i = 0; roles != null && i < roles.size(); i++) {
            typed.put("unitId." + i, at(unitIds, i));
            typed.put("duty." + i, at(dutyTexts, i));
            typed.put("dueOn." + i, at(dueDays, i));
        }
        return FormFields.submit(messages, flash, "joint.opened", "/joint-cases", typed, () -> {
            List<JointCase.NewDuty> lines = new ArrayList<>();
            int n = roles == null ? 0 : roles.size();
            for (int i = 0; i < n; i++) {
                String unit = at(unitIds, i);
                if (unit.isBlank()) {
                    continue; // a role the office leaves without a unit on this case
                }
                lines.add(new JointCase.NewDuty(role(roles.get(i)), (long) FormFields.number("unitId", unit),
                        FormFields.text("duty", at(dutyTexts, i), 1000), FormFields.day("dueOn", at(dueDays, i))));
            }
            return "/joint-cases/" + cases.open(me, referenceNo, FormFields.text("summary", summary, 4000), lines,
                    requestKey).id();
        });
    }

    @GetMapping("/joint-cases/{id}")
    String one(@PathVariable Long id, @AuthenticationPrincipal StaffPrincipal me, Model model) {
        JointCase c = cases.visibleCase(me, id);
        model.addAttribute("c", views.json(c, me));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("documents", JointDocument.values());
        model.addAttribute("requestKey", UUID.randomUUID().toString());
        if (cases.manages(me, c)) {
            UnitView office = me.unit();
            model.addAttribute("units", units(office));
            model.addAttribute("roles", JointRole.values());
            // a kind already named is changed on its own row; the form names the others
            model.addAttribute("partyKinds", java.util.Arrays.stream(BundledPartyKind.values())
                    .filter(k -> c.parties().stream().noneMatch(p -> p.kind() == k)).toList());
            model.addAttribute("defaultDue", LocalDate.now(clock).plusDays(DEFAULT_DAYS));
        }
        return "coordination/joint-case";
    }

    @PostMapping("/joint-cases/{id}/duties")
    String addDuty(@PathVariable Long id, @RequestParam(required = false) String version,
                   @RequestParam(required = false) String role, @RequestParam(required = false) String unitId,
                   @RequestParam(required = false) String duty, @RequestParam(required = false) String dueOn,
                   @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes flash) {
        String back = "/joint-cases/" + id;
        return FormFields.submit(messages, flash, "joint.saved", back, FormFields.typed("duty", duty), () -> {
            cases.addDuty(me, id, FormFields.number("version", version), new JointCase.NewDuty(role(role),
                    (long) FormFields.number("unitId", unitId), FormFields.text("duty", duty, 1000), FormFields.day("dueOn", dueOn)));
            return back;
        });
    }

    @PostMapping("/joint-cases/{id}/duties/{dutyId}/reports")
    String report(@PathVariable Long id, @PathVariable Long dutyId, @RequestParam(required = false) String reportedOn,
                  @RequestParam(required = false) String note, @RequestParam(required = false) String completes,
                  @RequestParam(required = false) String requestKey, @AuthenticationPrincipal StaffPrincipal me,
                  RedirectAttributes flash) {
        String back = "/joint-cases/" + id;
        return FormFields.submit(messages, flash, "joint.reported", back, FormFields.typed("note", note), () -> {
            cases.report(me, dutyId, FormFields.day("reportedOn", reportedOn), FormFields.text("note", note, 2000),
                    completes != null, requestKey);
            return back;
        });
    }

    @PostMapping("/joint-cases/{id}/parties")
    String nameParty(@PathVariable Long id, @RequestParam(required = false) String version,
                     @RequestParam(required = false) String kind, @RequestParam(required = false) String name,
                     @RequestParam(required = false) String duty, @RequestParam(required = false) String partyVersion,
                     @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes flash) {
        String back = "/joint-cases/" + id;
        return FormFields.submit(messages, flash, "joint.saved", back, FormFields.typed("name", name, "partyDuty", duty), () -> {
            cases.nameParty(me, id, FormFields.number("version", version), partyKind(kind),
                    FormFields.text("name", name, 200), FormFields.text("partyDuty", duty, 1000),
                    partyVersion == null || partyVersion.isBlank() ? null : FormFields.number("partyVersion", partyVersion));
            return back;
        });
    }

    @PostMapping("/joint-cases/{id}/parties/{partyId}/progress")
    String noteProgress(@PathVariable Long id, @PathVariable Long partyId, @RequestParam(required = false) String version,
                        @RequestParam(required = false) String progress, @AuthenticationPrincipal StaffPrincipal me,
                        RedirectAttributes flash) {
        String back = "/joint-cases/" + id;
        return FormFields.submit(messages, flash, "joint.saved", back, FormFields.typed("progress", progress), () -> {
            cases.noteProgress(me, partyId, FormFields.number("version", version), FormFields.text("progress", progress, 2000));
            return back;
        });
    }

    @GetMapping("/joint-cases/{id}/documents/{slug}")
    ResponseEntity<byte[]> document(@PathVariable Long id, @PathVariable String slug, @AuthenticationPrincipal StaffPrincipal me) {
        JointDocument kind = JointDocument.bySlug(slug);
        return FileAnswers.inline(kind.fileName(cases.visibleCase(me, id)), MediaType.APPLICATION_PDF, letters.pdf(me, id, kind));
    }

    private java.util.Optional<UnitView> office(StaffPrincipal me) {
        try {
            return java.util.Optional.of(cases.officeOf(me));
        } catch (Refusal notAnOffice) {
            return java.util.Optional.empty();
        }
    }

    /** The units to choose from, by id, named in the viewer's language. */
    private Map<Long, String> units(UnitView office) {
        Map<Long, String> named = new LinkedHashMap<>();
        cases.assignable(office).forEach(u -> named.put(u.id(), views.unitName(u.id())));
        return named;
    }

    private static String at(List<String> values, int i) {
        return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i);
    }

    private static JointRole role(String typed) {
        return FormFields.choice("role", typed, JointRole.class, "joint.duty.role");
    }

    private static BundledPartyKind partyKind(String typed) {
        return FormFields.choice("kind", typed, BundledPartyKind.class, "joint.party.kind");
    }
}
