package org.xinfang.mediation;

import org.xinfang.casework.MatterFacts.Facts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A mediation session (调解) on a matter: its kind, its parties, who mediated for which body, when and where, and how
 * it ended; with the agreement made from it, if any.
 *
 * @param organization the mediating body (调解组织): a people's mediation committee, a department, a court, a bureau
 * @param mediator     the mediator (调解员) who conducted it
 */
public record MediationSession(Long id, int version, Facts matter, MediationKind kind, List<String> parties,
                               String organization, String mediator, LocalDate heldOn, String place,
                               SessionOutcome outcome, String notes, String recordedBy, Instant recordedAt,
                               Agreement agreement) {

    /** The agreement made from a session that agreed (调解协议书 or 和解协议书), its signatures and confirmation. */
    public record Agreement(Long id, int version, Long sessionId, AgreementKind kind, String terms, LocalDate madeOn,
                            LocalDate effectiveOn, List<Signature> signatures, Confirmation confirmation,
                            String recordedBy) {

        /** In force: every party has signed. */
        public boolean effective() {
            return effectiveOn != null;
        }

        public boolean confirmed() {
            return confirmation != null;
        }

        public boolean signedBy(String party) {
            return signatures.stream().anyMatch(s -> s.party().equals(party));
        }
    }

    /** A party's signature on the agreement: who signed, on what day, and who recorded it. */
    public record Signature(String party, LocalDate signedOn, String recordedBy) {
    }

    /** The court's judicial confirmation (司法确认): the joint application's day, the court, the ruling's day and number. */
    public record Confirmation(LocalDate appliedOn, String court, LocalDate confirmedOn, String rulingNo) {
    }

    /** What a clerk records of a session. */
    public record NewSession(MediationKind kind, List<String> parties, String organization, String mediator,
                             LocalDate heldOn, String place, SessionOutcome outcome, String notes) {
    }

    public boolean hasAgreement() {
        return agreement != null;
    }
}
