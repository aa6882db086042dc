package org.xinfang.statute;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

import static org.xinfang.statute.Regulation.PML2010;
import static org.xinfang.statute.Regulation.R2022;

/**
 * The rules of mediation on a matter (调解; the seed's "four-tone linkage", 四调联动): people's, administrative and
 * judicial mediation linked (2022 art. 37 ¶1), with petition mediation as the fourth; agreements made as a mediation
 * agreement (调解协议书) or a settlement agreement (和解协议书) (2022 art. 33); an agreement in force once every party
 * has signed (People's Mediation Law art. 29 ¶2); and the judicial confirmation (司法确认) of a mediation agreement
 * applied for jointly within 30 days of it taking effect (People's Mediation Law art. 33 ¶1).
 */
public final class MediationRules {

    private MediationRules() {
    }

    /** Mediation is between the two sides of a dispute (争议双方当事人): at least two parties. */
    @Article(regulation = R2022, number = 33)
    public static final int MIN_PARTIES = 2;

    /**
     * Mediation and settlement belong to the handling of appeals and claims (申诉求决类事项): 2022 art. 33 speaks of no
     * other type. A suggestion (建议意见类) has no opposing party to agree with, and an accusation (检举控告类) goes to the
     * discipline inspection and supervision body (art. 30 ¶1), not to a bargain between the parties. A matter whose type
     * is not yet decided (before acceptance) may be mediated: the window's mediation often comes first.
     *
     * @param type the matter's handling type; null while undecided
     */
    @Article(regulation = R2022, number = 33)
    @Article(regulation = R2022, number = 30, paragraph = 1)
    public static boolean mayBeMediated(HandlingType type) {
        return type == null || type == HandlingType.APPEAL;
    }

    /** The most parties one session records (a practical bound on a form; group disputes send representatives). */
    @Practice("the staff forms: a session names its parties one by one, at most twenty")
    public static final int MAX_PARTIES = 20;

    /** The days after an agreement takes effect within which the parties may apply together for its confirmation. */
    @Article(regulation = PML2010, number = 33, paragraph = 1)
    public static final int CONFIRMATION_WINDOW_DAYS = 30;

    /**
     * An agreement takes effect on the day the last of its parties signs (各方当事人签名…之日起生效); until every party
     * has signed it is not in force.
     *
     * @param parties  the parties of the session it was made in
     * @param signedBy the parties who signed, with the day each signed
     */
    @Article(regulation = R2022, number = 33)
    @Article(regulation = PML2010, number = 29, paragraph = 2)
    public static Optional<LocalDate> effectiveOn(Collection<String> parties, java.util.Map<String, LocalDate> signedBy) {
        if (parties.isEmpty() || !signedBy.keySet().containsAll(parties)) {
            return Optional.empty();
        }
        return parties.stream().map(signedBy::get).max(LocalDate::compareTo);
    }

    /**
     * Only a mediation agreement may be judicially confirmed: a settlement agreement is the parties' own, made without
     * a mediator, and the law confirms what was reached by mediation. A judicial mediation's agreement is the court's
     * own (its mediation statement binds already) and needs no confirmation.
     *
     * @param mediationAgreement whether the agreement is a mediation agreement (not a settlement agreement)
     * @param judicialMediation  whether it was reached in a court's mediation (司法调解)
     */
    @Article(regulation = R2022, number = 33)
    @Article(regulation = PML2010, number = 33, paragraph = 1)
    public static boolean mayBeConfirmed(boolean mediationAgreement, boolean judicialMediation) {
        return mediationAgreement && !judicialMediation;
    }

    /**
     * The joint application for confirmation is in time when made on or after the day the agreement took effect and
     * within the 30 days after it.
     */
    @Article(regulation = PML2010, number = 33, paragraph = 1)
    public static boolean isApplicationInTime(LocalDate effectiveOn, LocalDate appliedOn) {
        return effectiveOn != null && appliedOn != null && !appliedOn.isBefore(effectiveOn)
                && !appliedOn.isAfter(effectiveOn.plusDays(CONFIRMATION_WINDOW_DAYS));
    }

    /**
     * A matter counts as settled through mediation (调解化解) once an agreement made on it, of either kind, is in force:
     * the disputing sides reached one view and wrote it down (经调解、和解达成一致意见的，应当制作调解协议书或者和解协议书).
     * The year it counts in is the year the agreement took effect.
     */
    @Article(regulation = R2022, number = 33)
    @Article(regulation = R2022, number = 37, paragraph = 1)
    public static boolean settlesTheMatter(LocalDate effectiveOn) {
        return effectiveOn != null;
    }
}
