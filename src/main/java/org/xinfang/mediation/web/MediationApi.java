package org.xinfang.mediation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.mediation.AgreementDocuments;
import org.xinfang.mediation.AgreementKind;
import org.xinfang.mediation.MediationIndicators;
import org.xinfang.mediation.MediationKind;
import org.xinfang.mediation.MediationSession;
import org.xinfang.mediation.Mediations;
import org.xinfang.mediation.SessionOutcome;
import org.xinfang.platform.web.FileAnswers;
import org.xinfang.territory.StaffPrincipal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Mediation (调解, "four-tone linkage") in the API: sessions, agreements, signatures, judicial confirmation, the PDF, the indicators. */
@RestController
@RequestMapping("/api/v1/mediation")
@Tag(name = "Mediation", description = "调解: people's, administrative, judicial and petition mediation sessions on a matter (2022 arts 33, 37 ¶1), the mediation or settlement agreement made from one, its parties' signatures and a mediation agreement's judicial confirmation (People's Mediation Law art. 33)")
class MediationApi {

    private final Mediations mediations;
    private final MediationIndicators indicators;
    private final AgreementDocuments documents;
    private final MediationViews views;
    private final Clock clock;

    MediationApi(Mediations mediations, MediationIndicators indicators, AgreementDocuments documents, MediationViews views,
                 Clock clock) {
        this.mediations = mediations;
        this.indicators = indicators;
        this.documents = documents;
        this.views = views;
        this.clock = clock;
    }

    record Session(@Size(max = 40) String referenceNo, MediationKind kind, @Size(max = 20) List<String> parties,
                   String organization, String mediator, LocalDate heldOn, String place, SessionOutcome outcome,
                   String notes) {
    }

    record AgreementDraft(@NotNull Integer version, AgreementKind kind, String terms, LocalDate madeOn) {
    }

    record SignatureEntry(@NotNull Integer version, String party, LocalDate signedOn) {
    }

    record ConfirmationEntry(@NotNull Integer version, LocalDate appliedOn, String court, LocalDate confirmedOn,
                             String rulingNo) {
    }

    @GetMapping("/sessions")
    @Operation(summary = "The sessions of the matters in the caller's scope, the latest held first (the first 100), filtered by kind, outcome, the agreement's stage (NONE, UNSIGNED, EFFECTIVE, CONFIRMED) and the year held")
    MediationViews.ListingJson list(@RequestParam(required = false) MediationKind kind,
                                    @RequestParam(required = false) SessionOutcome outcome,
                                    @RequestParam(required = false) Mediations.AgreementStage stage,
                                    @RequestParam(required = false) Integer year,
                                    @AuthenticationPrincipal StaffPrincipal me) {
        return views.json(mediations.list(me, new Mediations.Filter(kind, outcome, stage, year), 100), me);
    }

    @PostMapping("/sessions")
    @Operation(summary = "Record a mediation session on a matter: its kind, at least two parties, the mediating body and mediator, the day (not to come, not before the matter was received), the place and the outcome",
            description = "With an Idempotency-Key header a retried request returns the session recorded the first time.")
    ResponseEntity<MediationViews.SessionJson> record(@Valid @RequestBody Session body,
            @Parameter(description = "unique per intended session, up to 100 characters")
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @AuthenticationPrincipal StaffPrincipal me) {
        MediationSession s = mediations.record(me, body.referenceNo(), new MediationSession.NewSession(body.kind(),
                body.parties(), body.organization(), body.mediator(), body.heldOn(), body.place(), body.outcome(),
                body.notes()), key);
        return ResponseEntity.status(HttpStatus.CREATED).body(views.json(s, me));
    }

    @GetMapping("/sessions/{id}")
    @Operation(summary = "A session with its agreement, the signatures and the confirmation")
    MediationViews.SessionJson one(@PathVariable Long id, @AuthenticationPrincipal StaffPrincipal me) {
        return views.json(mediations.visibleSession(me, id), me);
    }

    @GetMapping("/matters/{matterId}/sessions")
    @Operation(summary = "A matter's mediation record: its sessions, the latest first")
    List<MediationViews.SessionJson> ofMatter(@PathVariable Long matterId, @AuthenticationPrincipal StaffPrincipal me) {
        return views.json(mediations.ofMatter(me, matterId), me);
    }

    @PostMapping("/sessions/{id}/agreement")
    @Operation(summary = "Make the agreement of a session that agreed, at the session's version: MEDIATION (调解协议书) or SETTLEMENT (和解协议书), its terms and the day drawn up",
            description = "With an Idempotency-Key header a retried request returns the session with the agreement made the first time.")
    ResponseEntity<MediationViews.SessionJson> agreement(@PathVariable Long id, @Valid @RequestBody AgreementDraft body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @AuthenticationPrincipal StaffPrincipal me) {
        MediationSession s = mediations.makeAgreement(me, id, body.version(), body.kind(), body.terms(), body.madeOn(), key);
        return ResponseEntity.status(HttpStatus.CREATED).body(views.json(s, me));
    }

    @PostMapping("/agreements/{agreementId}/signatures")
    @Operation(summary = "Record a party's signature on the agreement, at the agreement's version; the last one puts it in force")
    MediationViews.SessionJson sign(@PathVariable Long agreementId, @Valid @RequestBody SignatureEntry body,
                                    @AuthenticationPrincipal StaffPrincipal me) {
        return views.json(mediations.sign(me, agreementId, body.version(), body.party(), body.signedOn()), me);
    }

    @PostMapping("/agreements/{agreementId}/confirmation")
    @Operation(summary = "Record the judicial confirmation of a mediation agreement in force, at its version: the day of the parties' joint application (within 30 days of the agreement taking effect), the court, the ruling's day and number")
    MediationViews.SessionJson confirm(@PathVariable Long agreementId, @Valid @RequestBody ConfirmationEntry body,
                                       @AuthenticationPrincipal StaffPrincipal me) {
        return views.json(mediations.confirm(me, agreementId, body.version(), body.appliedOn(), body.court(),
                body.confirmedOn(), body.rulingNo()), me);
    }

    @GetMapping("/sessions/{id}/agreement.pdf")
    @Operation(summary = "The session's agreement as PDF (调解协议书 or 和解协议书), with the parties' signatures as recorded")
    ResponseEntity<byte[]> pdf(@PathVariable Long id, @AuthenticationPrincipal StaffPrincipal me) {
        byte[] pdf = documents.pdf(me, id);
        return FileAnswers.inline(AgreementDocuments.fileName(mediations.visibleSession(me, id)), MediaType.APPLICATION_PDF, pdf);
    }

    @GetMapping("/indicators")
    @Operation(summary = "The matters settled through mediation in a year (this year by default), in the caller's scope: in all, judicially confirmed, by kind of mediation, by kind of agreement, by county")
    MediationViews.IndicatorsJson indicators(@RequestParam(required = false) Integer year,
                                             @AuthenticationPrincipal StaffPrincipal me) {
        return views.json(indicators.of(me, year == null ? LocalDate.now(clock).getYear() : year));
    }
}
