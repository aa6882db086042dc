package org.xinfang.mediation.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.xinfang.casework.MatterState;
import org.xinfang.mediation.AgreementKind;
import org.xinfang.mediation.MediationIndicators;
import org.xinfang.mediation.MediationKind;
import org.xinfang.mediation.MediationSession;
import org.xinfang.mediation.MediationSession.Agreement;
import org.xinfang.mediation.Mediations;
import org.xinfang.mediation.SessionOutcome;
import org.xinfang.statute.MediationRules;
import org.xinfang.territory.StaffDirectory;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.Territory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mediation as the API and the pages show it (one shape for both): staff by name, times in the configured zone, free
 * text as the viewer may read it, and what may still be done to an agreement (who has to sign, until when it may be
 * confirmed).
 */
@Component
class MediationViews {

    private final Territory territory;
    private final StaffDirectory staff;
    private final Clock clock;

    MediationViews(Territory territory, StaffDirectory staff, Clock clock) {
        this.territory = territory;
        this.staff = staff;
        this.clock = clock;
    }

    record SignatureJson(String party, LocalDate signedOn, String recordedBy) {
    }

    record ConfirmationJson(LocalDate appliedOn, String court, LocalDate confirmedOn, String rulingNo) {
    }

    /**
     * @param unsigned       the parties yet to sign
     * @param confirmable    whether a judicial confirmation may be recorded (a mediation agreement in force, not of a
     *                       court's mediation, not confirmed yet)
     * @param applyBy        the last day the parties may apply for confirmation (null when it may not be confirmed)
     */
    record AgreementJson(Long id, int version, AgreementKind kind, String terms, LocalDate madeOn, LocalDate effectiveOn,
                         boolean effective, List<SignatureJson> signatures, List<String> unsigned,
                         ConfirmationJson confirmation, boolean confirmable, LocalDate applyBy) {
    }

    record SessionJson(Long id, int version, Long matterId, String referenceNo, String title, MatterState state,
                       MediationKind kind, List<String> parties, String organization, String mediator, LocalDate heldOn,
                       String place, SessionOutcome outcome, String notes, String recordedBy, OffsetDateTime recordedAt,
                       AgreementJson agreement) {
    }

    record ListingJson(long total, List<SessionJson> sessions) {
    }

    record CountyJson(Long unitId, String county, long settled) {
    }

    record IndicatorsJson(int year, long settled, long confirmed, Map<MediationKind, Long> byKind,
                          Map<AgreementKind, Long> byAgreement, List<CountyJson> byCounty) {
    }

    ListingJson json(Mediations.Listing l, StaffPrincipal viewer) {
        return new ListingJson(l.total(), json(l.first(), viewer));
    }

    List<SessionJson> json(List<MediationSession> list, StaffPrincipal viewer) {
        Map<String, String> names = names(list);
        return list.stream().map(s -> json(s, viewer, names)).toList();
    }

    SessionJson json(MediationSession s, StaffPrincipal viewer) {
        return json(s, viewer, names(List.of(s)));
    }

    IndicatorsJson json(MediationIndicators.Year y) {
        var locale = LocaleContextHolder.getLocale();
        List<CountyJson> counties = y.byCounty().entrySet().stream().map(e -> new CountyJson(e.getKey(),
                territory.unit(e.getKey()).map(u -> u.localizedName(locale)).orElse(String.valueOf(e.getKey())), e.getValue()))
                .toList();
        return new IndicatorsJson(y.year(), y.settled(), y.confirmed(), y.byKind(), y.byAgreement(), counties);
    }

    private SessionJson json(MediationSession s, StaffPrincipal viewer, Map<String, String> names) {
        var m = s.matter();
        return new SessionJson(s.id(), s.version(), m.matterId(), m.referenceNo(), viewer.readable(m.title()), m.state(),
                s.kind(), s.parties().stream().map(viewer::readable).toList(), s.organization(), s.mediator(), s.heldOn(),
                viewer.readable(s.place()), s.outcome(), s.notes() == null ? null : viewer.readable(s.notes()),
                names.getOrDefault(s.recordedBy(), s.recordedBy()), s.recordedAt().atZone(clock.getZone()).toOffsetDateTime(),
                s.agreement() == null ? null : json(s, s.agreement(), viewer, names));
    }

    private AgreementJson json(MediationSession s, Agreement a, StaffPrincipal viewer, Map<String, String> names) {
        boolean mayBe = MediationRules.mayBeConfirmed(a.kind() == AgreementKind.MEDIATION, s.kind() == MediationKind.JUDICIAL);
        LocalDate applyBy = mayBe && a.effective() ? a.effectiveOn().plusDays(MediationRules.CONFIRMATION_WINDOW_DAYS) : null;
        // the ruling may come after the window: what must fall within it is the application, entered with the ruling
        boolean confirmable = applyBy != null && !a.confirmed();
        var c = a.confirmation();
        return new AgreementJson(a.id(), a.version(), a.kind(), viewer.readable(a.terms()), a.madeOn(), a.effectiveOn(),
                a.effective(), a.signatures().stream().map(x -> new SignatureJson(viewer.readable(x.party()), x.signedOn(),
                names.getOrDefault(x.recordedBy(), x.recordedBy()))).toList(),
                s.parties().stream().filter(p -> !a.signedBy(p)).map(viewer::readable).toList(),
                c == null ? null : new ConfirmationJson(c.appliedOn(), c.court(), c.confirmedOn(), c.rulingNo()),
                confirmable, applyBy);
    }

    private Map<String, String> names(List<MediationSession> list) {
        Set<String> logins = new HashSet<>();
        list.forEach(s -> {
            logins.add(s.recordedBy());
            if (s.agreement() != null) {
                s.agreement().signatures().forEach(x -> logins.add(x.recordedBy()));
            }
        });
        return new LinkedHashMap<>(staff.displayNames(logins));
    }
}
