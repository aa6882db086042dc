package org.xinfang.casework;

import org.xinfang.casework.internal.Matter;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.StaffRole;

import java.util.EnumSet;
import java.util.Set;

import static org.xinfang.casework.MatterState.*;
import static org.xinfang.territory.StaffRole.*;

/**
 * What can be done to a matter, in which states, by which roles, and for which unit the actor must act.
 * The matter checks the states (so an illegal transition is refused whoever asks); the service checks
 * role and unit (so a person acts only for their own part of the territory).
 */
public enum MatterAction {
    ROUTE(EnumSet.of(REGISTRAR), Reach.HOLDER, REGISTERED),
    DECIDE_ACCEPTANCE(EnumSet.of(REGISTRAR, HANDLER), Reach.HOLDER, REGISTERED, ROUTED),
    REASSIGN(EnumSet.of(REGISTRAR, LEADER), Reach.HOLDER, IN_HANDLING),
    /** The head of the body approves: only a leader. */
    EXTEND_HANDLING(EnumSet.of(LEADER), Reach.HOLDER, IN_HANDLING),
    REPLY(EnumSet.of(HANDLER, LEADER), Reach.HOLDER, IN_HANDLING),
    /**
     * Also given by the petitioner on the portal, still after closing; changed at most until review is asked for or
     * its window closes ({@link Matter#allows}).
     */
    RECORD_EVALUATION(EnumSet.of(REGISTRAR), Reach.HOLDER_OR_RECEIVER, REPLIED, EVALUATED, CLOSED),
    CLOSE(EnumSet.of(REGISTRAR), Reach.HOLDER_OR_RECEIVER, REPLIED, EVALUATED),
    /** Any registrar who can see the matter records the petitioner's request; it goes to the next-higher body. */
    REQUEST_REVIEW(EnumSet.of(REGISTRAR), Reach.VISIBLE, REPLIED, EVALUATED, CLOSED),
    ISSUE_REVIEW_OPINION(EnumSet.of(LEADER, HANDLER, REGISTRAR), Reach.HOLDER, UNDER_REVIEW),
    REQUEST_RE_REVIEW(EnumSet.of(REGISTRAR), Reach.VISIBLE, REVIEWED),
    RECORD_HEARING(EnumSet.of(LEADER, HANDLER, REGISTRAR), Reach.HOLDER, UNDER_RE_REVIEW),
    ISSUE_RE_REVIEW_OPINION(EnumSet.of(LEADER, HANDLER, REGISTRAR), Reach.HOLDER, UNDER_RE_REVIEW),
    /** Only the petitioner, on the portal: supplementary material while the matter is being dealt with. */
    ADD_SUPPLEMENT(EnumSet.noneOf(StaffRole.class), Reach.VISIBLE, REGISTERED, ROUTED, IN_HANDLING, UNDER_REVIEW,
            UNDER_RE_REVIEW),
    /** A supervision notice (督办单) on a step that is late or stuck; the matter stays where it is. */
    SUPERVISE(EnumSet.of(SUPERVISOR, LEADER), Reach.HOLDER, REGISTERED, ROUTED, IN_HANDLING, UNDER_REVIEW, UNDER_RE_REVIEW),
    /** A leader personally takes charge of the matter (包案); the package-case register grows from here. */
    TAKE_AS_PACKAGE_CASE(EnumSet.of(LEADER), Reach.VISIBLE, REGISTERED, ROUTED, IN_HANDLING, REPLIED, EVALUATED,
            UNDER_REVIEW, REVIEWED, UNDER_RE_REVIEW),
    /** Corrects the flags the national system records, with a reason; a record is corrected whatever its state. */
    CORRECT_FLAGS(EnumSet.of(REGISTRAR, LEADER), Reach.HOLDER_OR_RECEIVER, REGISTERED, ROUTED, NOT_ACCEPTED, IN_HANDLING,
            REPLIED, EVALUATED, CLOSED, UNDER_REVIEW, REVIEWED, UNDER_RE_REVIEW, FINAL),
    /** A unit a major or urgent matter was reported to acknowledges the report (2022 art. 25). */
    ACKNOWLEDGE_URGENT_REPORT(EnumSet.of(LEADER, REGISTRAR, SUPERVISOR, HANDLER), Reach.URGENT_RECIPIENT, REGISTERED,
            ROUTED, NOT_ACCEPTED, IN_HANDLING, REPLIED, EVALUATED, CLOSED, UNDER_REVIEW, REVIEWED, UNDER_RE_REVIEW, FINAL),
    /** A member of staff declares a conflict of interest (回避, 2022 art. 28 ¶3) and takes no step on the matter after. */
    DECLARE_RECUSAL(EnumSet.of(REGISTRAR, HANDLER, LEADER, SUPERVISOR), Reach.VISIBLE, REGISTERED, ROUTED, IN_HANDLING,
            REPLIED, EVALUATED, UNDER_REVIEW, REVIEWED, UNDER_RE_REVIEW);

    /** For which unit the actor must act. */
    enum Reach {
        /** The unit holding the matter now lies in the actor's scope. */
        HOLDER,
        /** The holding unit, or the office that received the matter, lies in the actor's scope. */
        HOLDER_OR_RECEIVER,
        /** The actor can see the matter at all. */
        VISIBLE,
        /** The actor's own unit is one the matter was reported to as major or urgent, and has not acknowledged it. */
        URGENT_RECIPIENT
    }

    private final Set<StaffRole> roles;
    private final Reach reach;
    private final Set<MatterState> states;

    MatterAction(Set<StaffRole> roles, Reach reach, MatterState first, MatterState... rest) {
        this.roles = roles;
        this.reach = reach;
        this.states = EnumSet.of(first, rest);
    }

    /** What the petitioner may do themselves on the portal; the matter applies the same statute as for staff. */
    public static final Set<MatterAction> BY_PETITIONER = EnumSet.of(RECORD_EVALUATION, REQUEST_REVIEW,
            REQUEST_RE_REVIEW, ADD_SUPPLEMENT);

    /**
     * Actions on the matter's record rather than steps of its procedure: offered beside the next steps
     * ({@link Casework#recordActions}), not among them ({@link Casework#allowedActions}).
     */
    public static final Set<MatterAction> ON_THE_RECORD = EnumSet.of(CORRECT_FLAGS, ACKNOWLEDGE_URGENT_REPORT,
            DECLARE_RECUSAL);

    public boolean availableIn(MatterState state) {
        return states.contains(state);
    }

    /**
     * Whether {@code actor}'s roles let them take this action on some matter (unit and state aside): what a page
     * or a menu entry leading to the action asks, so that the roles are read from here and not restated.
     */
    public boolean isOpenTo(StaffPrincipal actor) {
        return actor.hasAny(roles);
    }

    /** Whether {@code actor}'s roles and scope let them take this action on {@code matter} (its state aside). */
    boolean permits(StaffPrincipal actor, Matter matter) {
        if (!isOpenTo(actor)) {
            return false;
        }
        return switch (reach) {
            case HOLDER -> actor.covers(matter.responsiblePath());
            case HOLDER_OR_RECEIVER -> actor.covers(matter.responsiblePath()) || actor.covers(matter.receivingPath());
            case VISIBLE -> true;
            case URGENT_RECIPIENT -> matter.awaitsAcknowledgementBy(actor.unit().id());
        };
    }
}
