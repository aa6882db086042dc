package org.xinfang.statute;

import java.time.LocalDate;

/**
 * The rules of the backlog register (积案台账, issue 12, item 2): an old matter still unsettled goes on the register
 * with a named leader, a target date and a plan, and leaves it as "case closed, matter settled" (案结事了). Neither
 * Regulations sets them; they are the practice of the registers the seed's city keeps.
 */
public final class BacklogRules {

    private BacklogRules() {
    }

    /**
     * Old: received at least the handling limit ago ({@link Statute#HANDLING_DAYS}, 2022 art. 34), so that a matter
     * still within its first handling period is handled, not registered.
     */
    @Practice("the backlog registers (积案台账): matters past the handling limit and still unsettled")
    public static boolean isOldEnough(LocalDate receivedOn, LocalDate today) {
        return receivedOn != null && !receivedOn.plusDays(Statute.HANDLING_DAYS).isAfter(today);
    }

    /** The target date is a date to come: a plan sets when the matter will be settled. */
    @Practice("the backlog registers (积案台账): each case with a named leader, a target date and a plan")
    public static boolean isTargetAhead(LocalDate targetOn, LocalDate today) {
        return targetOn != null && targetOn.isAfter(today);
    }

    /**
     * 案结事了: the case is closed (the procedure has concluded the matter) and the matter settled (how, in writing):
     * both, or the case stays on the register.
     */
    @Practice("案结事了, the end state of the backlog registers: case closed and matter settled")
    public static boolean maySettle(boolean procedureConcluded, boolean settlementDescribed) {
        return procedureConcluded && settlementDescribed;
    }
}
