package org.xinfang.mediation.web;

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
import org.xinfang.mediation.AgreementDocuments;
import org.xinfang.mediation.AgreementKind;
import org.xinfang.mediation.MediationIndicators;
import org.xinfang.mediation.MediationKind;
import org.xinfang.mediation.MediationSession;
import org.xinfang.mediation.Mediations;
import org.xinfang.mediation.SessionOutcome;
import org.xinfang.platform.Refusal;
import org.xinfang.platform.web.FileAnswers;
import org.xinfang.platform.web.FormFields;
import org.xinfang.territory.StaffPrincipal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The mediation pages: the list of sessions with its filters, the year's matters settled through mediation and the form
 * that records a session; one session with its agreement, the signatures and the confirmation; a matter's record.
 */
@Controller
class MediationPages {

    private static final int PAGE = 50;

    private final Mediations mediations;
    private final MediationIndicators indicators;
    private final AgreementDocuments documents;
    private final MediationViews views;
    private final MessageSource messages;
    private final Clock clock;

    MediationPages(Mediations mediations, MediationIndicators indicators, AgreementDocuments documents,
                   MediationViews views, MessageSource messages, Clock clock) {
        this.mediations = mediations;
        this.indicators = indicators;
        this.documents = documents;
        this.views = views;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/mediation")
    String list(@RequestParam(required = false) String kind, @RequestParam(required = false) String outcome,
                @RequestParam(required = false) String stage, @RequestParam(required = false) String year,
                @RequestParam(required = false) String referenceNo, @AuthenticationPrincipal StaffPrincipal me, Model model) {
        int thisYear = LocalDate.now(clock).getYear();
        Integer shownYear = year == null || year.isBlank() ? null : FormFields.number("year", year);
        Mediations.Filter filter = new Mediations.Filter(choice("kind", kind, MediationKind.class),
                choice("outcome", outcome, SessionOutcome.class), choice("stage", stage, Mediations.AgreementStage.class),
                shownYear);
        model.addAttribute("listing", views.json(mediations.list(me, filter, PAGE), me));
        model.addAttribute("filter", filter);
        model.addAttribute("indicators", views.json(indicators.of(me, shownYear == null ? thisYear : shownYear)));
        model.addAttribute("years", List.of(thisYear, thisYear - 1, thisYear - 2));
        model.addAttribute("kinds", MediationKind.values());
        model.addAttribute("outcomes", SessionOutcome.values());
        model.addAttribute("stages", Mediations.AgreementStage.values());
        if (mediations.records(me)) {
            model.addAttribute("requestKey", UUID.randomUUID().toString());
            model.addAttribute("referenceNo", referenceNo);
            model.addAttribute("today", LocalDate.now(clock));
        }
        return "mediation/list";
    }

    @PostMapping("/mediation")
    String record(@RequestParam(required = false) String referenceNo, @RequestParam(required = false) String kind,
                  @RequestParam(required = false) String parties, @RequestParam(required = false) String organization,
                  @RequestParam(required = false) String mediator, @RequestParam(required = false) String heldOn,
                  @RequestParam(required = false) String place, @RequestParam(required = false) String outcome,
                  @RequestParam(required = false) String notes, @RequestParam(required = false) String requestKey,
                  @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes flash) {
        Map<String, String> typed = FormFields.typed("referenceNo", referenceNo, "kind", kind, "parties", parties,
                "organization", organization, "mediator", mediator, "heldOn", heldOn, "place", place, "outcome", outcome,
                "notes", notes);
        return FormFields.submit(messages, flash, "mediation.recorded", "/mediation", typed, () -> "/mediation/sessions/" + mediations.record(me,
                referenceNo, new MediationSession.NewSession(choice("kind", kind, MediationKind.class),
                        parties == null ? List.of() : Arrays.asList(parties.split("\\R")), organization, mediator,
                        FormFields.optionalDay("heldOn", heldOn), place, choice("outcome", outcome, SessionOutcome.class), notes),
                requestKey).id());
    }

    @GetMapping("/mediation/sessions/{id}")
    String one(@PathVariable Long id, @AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("s", views.json(mediations.visibleSession(me, id), me));
        model.addAttribute("records", mediations.records(me));
        model.addAttribute("agreementKinds", AgreementKind.values());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("requestKey", UUID.randomUUID().toString());
        return "mediation/session";
    }

    @GetMapping("/mediation/matters/{matterId}")
    String matter(@PathVariable Long matterId, @AuthenticationPrincipal StaffPrincipal me, Model model) {
        List<MediationViews.SessionJson> sessions = views.json(mediations.ofMatter(me, matterId), me);
        model.addAttribute("sessions", sessions);
        model.addAttribute("matterId", matterId);
        model.addAttribute("records", mediations.records(me));
        return "mediation/matter";
    }

    @PostMapping("/mediation/sessions/{id}/agreement")
    String agreement(@PathVariable Long id, @RequestParam(required = false) String version,
                     @RequestParam(required = false) String kind, @RequestParam(required = false) String terms,
                     @RequestParam(required = false) String madeOn, @RequestParam(required = false) String requestKey,
                     @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes flash) {
        String back = "/mediation/sessions/" + id;
        return FormFields.submit(messages, flash, "mediation.agreement.made", back, FormFields.typed("terms", terms), () -> {
            mediations.makeAgreement(me, id, FormFields.number("version", version), choice("kind", kind, AgreementKind.class), terms,
                    FormFields.optionalDay("madeOn", madeOn), requestKey);
            return back;
        });
    }

    @PostMapping("/mediation/sessions/{id}/signatures")
    String sign(@PathVariable Long id, @RequestParam(required = false) String agreementId,
                @RequestParam(required = false) String version, @RequestParam(required = false) String party,
                @RequestParam(required = false) String signedOn, @AuthenticationPrincipal StaffPrincipal me,
                RedirectAttributes flash) {
        String back = "/mediation/sessions/" + id;
        return FormFields.submit(messages, flash, "mediation.signature.saved", back, Map.of(), () -> {
            mediations.sign(me, (long) FormFields.number("agreementId", agreementId), FormFields.number("version", version), party,
                    FormFields.optionalDay("signedOn", signedOn));
            return back;
        });
    }

    @PostMapping("/mediation/sessions/{id}/confirmation")
    String confirm(@PathVariable Long id, @RequestParam(required = false) String agreementId,
                   @RequestParam(required = false) String version, @RequestParam(required = false) String appliedOn,
                   @RequestParam(required = false) String court, @RequestParam(required = false) String confirmedOn,
                   @RequestParam(required = false) String rulingNo, @AuthenticationPrincipal StaffPrincipal me,
                   RedirectAttributes flash) {
        String back = "/mediation/sessions/" + id;
        return FormFields.submit(messages, flash, "mediation.confirmation.saved", back, FormFields.typed("appliedOn", appliedOn, "court", court,
                "confirmedOn", confirmedOn, "rulingNo", rulingNo), () -> {
            mediations.confirm(me, (long) FormFields.number("agreementId", agreementId), FormFields.number("version", version),
                    FormFields.optionalDay("appliedOn", appliedOn), court, FormFields.optionalDay("confirmedOn", confirmedOn), rulingNo);
            return back;
        });
    }

    @GetMapping("/mediation/sessions/{id}/agreement.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable Long id, @AuthenticationPrincipal StaffPrincipal me) {
        byte[] pdf = documents.pdf(me, id);
        return FileAnswers.inline(AgreementDocuments.fileName(mediations.visibleSession(me, id)), MediaType.APPLICATION_PDF, pdf);
    }

    // --- a choice, read as typed or refused

    /** The value chosen, null when none was (the service says what is missing); another value is refused. */
    private static <E extends Enum<E>> E choice(String field, String typed, Class<E> type) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, typed.strip());
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid(field, "mediation.form.choice", typed);
        }
    }
}
