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
    /** Offered to the body the matter was passed to, not to the office that passed it on (2022 art. 23 ¶3). */
    DECIDE_ACCEPTANCE(EnumSet.of(REGISTRAR, HANDLER), Reach.ACCEPTING_BODY, REGISTERED, ROUTED),
    REASSIGN(EnumSet.of(REGISTRAR, LEADER), Reach.HOLDER, IN_HANDLING),
    /** The head of the body approves: only a leader. */
    EXTEND_HANDLING(EnumSet.of(LEADER), Reach.HOLDER, IN_HANDLING),
    /**
     * Issuing the opinion is the unit head's signature (审签): a leader issues it, directly or by signing off a handler's
     * draft ({@link #DRAFT_OPINION}); a handler never issues one unsigned.
     */
    REPLY(EnumSet.of(LEADER), Reach.HOLDER, IN_HANDLING),
    /**
     * Also given by the petitioner on the portal, still after closing; given and changed within the rating window,
     * changed only until review is asked for ({@link Matter#allows}).
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
    /** The reply to a suggestion (建议意见类): adopted, partly adopted or not (2022 art. 29 ¶1). */
    REPLY_TO_SUGGESTION(EnumSet.of(HANDLER, LEADER), Reach.HOLDER, IN_HANDLING),
    /** An adopted suggestion marked for reward (2022 art. 29 ¶2): a leader's decision. */
    MARK_FOR_REWARD(EnumSet.of(LEADER), Reach.HOLDER, REPLIED, EVALUATED, CLOSED),
    /**
     * Guides an appeal on routes (1) to (5) into its procedure, or hands an accusation to discipline inspection, with
     * the receiving body and the written notice (2022 arts 30, 31).
     */
    GUIDE_OUT(EnumSet.of(REGISTRAR, HANDLER, LEADER), Reach.HOLDER, IN_HANDLING),
    /**
     * 2022 art. 23 ¶3: the unit a matter was transferred or assigned to objects within 5 working days of receipt that it
     * is not competent, with reasons ({@link Matter#allows}: once per receipt, not after a competence decision).
     */
    OBJECT(EnumSet.of(HANDLER, REGISTRAR, LEADER), Reach.HOLDER, ROUTED),
    /** The transferring office confirms the objection (the matter comes back to it) or rejects it. */
    DECIDE_OBJECTION(EnumSet.of(REGISTRAR), Reach.ROUTER, ROUTED),
    /** 2022 art. 24: two or more bodies dispute which of them accepts the matter; recorded by the holder. */
    RAISE_DISPUTE(EnumSet.of(REGISTRAR, HANDLER, LEADER), Reach.HOLDER, REGISTERED, ROUTED),
    /** The common superior body, or the joint conference office when there is none, names the body that accepts. */
    DECIDE_DISPUTE(EnumSet.of(LEADER, REGISTRAR), Reach.DISPUTE_DECIDER, REGISTERED, ROUTED),
    /**
     * The delivery (送达) of a written document issued: by the registrar or handler of the unit holding the matter or of
     * the office that received it, in every state after a document, final and declined matters included; the matter
     * allows it while a document is undelivered ({@link Matter#allows}).
     */
    RECORD_DELIVERY(EnumSet.of(REGISTRAR, HANDLER), Reach.HOLDER_OR_RECEIVER, IN_HANDLING, NOT_ACCEPTED, REPLIED,
            EVALUATED, CLOSED, UNDER_REVIEW, REVIEWED, UNDER_RE_REVIEW, FINAL),
    /**
     * The petition office verifies that a closed matter is concluded (审核认定办结): a registrar or leader of a petition
     * office (信访局) whose scope holds the office that received the matter. Once ({@link Matter#allows}).
     */
    VERIFY_CLOSURE(EnumSet.of(REGISTRAR, LEADER), Reach.PETITION_OFFICE, CLOSED),
    /**
     * 签收: the unit the matter reached (转送、交办, or named lead unit) signs for it, once per receipt; the state and the
     * clock do not change, so it is offered on the record ({@link #ON_THE_RECORD}) beside the next steps.
     */
    SIGN_FOR(EnumSet.of(HANDLER, REGISTRAR, LEADER), Reach.OWN_UNIT, ROUTED, IN_HANDLING),
    /** The handler asks the head of the body for the one extension of the handling limit, with a reason (2022 art. 34). */
    REQUEST_EXTENSION(EnumSet.of(HANDLER), Reach.HOLDER, IN_HANDLING),
    /** The head of the body (a leader as for {@link #EXTEND_HANDLING}) approves or refuses the handler's request. */
    DECIDE_EXTENSION_REQUEST(EnumSet.of(LEADER), Reach.HOLDER, IN_HANDLING),

    /**
     * Evidence of the investigation (调查笔录, 照片, 书证/材料) put on the matter by the handling unit's staff while it is
     * handled or reviewed (2022 art. 31 ¶1 item 6); the file goes through registration's content checks.
     */
    ATTACH_EVIDENCE(EnumSet.of(HANDLER), Reach.HOLDER, IN_HANDLING, UNDER_REVIEW, UNDER_RE_REVIEW),
    /** The handler drafts the opinion, or revises the draft, for the unit head's sign-off (审签). */
    DRAFT_OPINION(EnumSet.of(HANDLER), Reach.HOLDER, IN_HANDLING),
    /** The unit head signs the draft off: it is issued as the opinion ({@link #REPLY}'s transition). */
    SIGN_OFF_OPINION(EnumSet.of(LEADER), Reach.HOLDER, IN_HANDLING),
    /** The unit head returns the draft to the handler with comments. */
    RETURN_OPINION(EnumSet.of(LEADER), Reach.HOLDER, IN_HANDLING),
    /** A co-handling unit (协办) reports its part to the lead unit: only a unit with an open task on the matter. */
    REPORT_CO_HANDLING(EnumSet.of(HANDLER, LEADER, REGISTRAR), Reach.CO_HANDLER, IN_HANDLING),

    /**
     * A registrar of the office that received the matter, or of its holder, marks it a duplicate of another matter they
     * can see, before the acceptance decision; it is closed into that one (state MERGED).
     */
    MARK_DUPLICATE(EnumSet.of(REGISTRAR), Reach.HOLDER_OR_RECEIVER, REGISTERED, ROUTED),

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
        /** The office that passed the matter to its holder lies in the actor's scope, and the actor is not of the holder. */
        ROUTER,
        /**
         * The actor is of the body that decides the matter's dispute, or acts for it: its staff, or its petition bureau's
         * staff for a government (exactly that body: not a body above it, nor a party below it).
         */
        DISPUTE_DECIDER,
        /** The actor works in a petition office (信访局) whose scope holds the office that received the matter. */
        PETITION_OFFICE,
        /** The actor's own unit is one the matter was reported to as major or urgent, and has not acknowledged it. */
        URGENT_RECIPIENT,
        /** The actor's own unit holds the matter now (not a unit above it): who signs for what reached it. */
        OWN_UNIT,
        /** The actor's own unit is a co-handling unit of the matter with its task still open (issue 11 B). */
        CO_HANDLER,
        /**
         * The holder lies in the actor's scope, and the actor is not of the office that passed the matter on, unless their
         * own unit holds it (2022 art. 23 ¶3; issue 11 B).
         */
        ACCEPTING_BODY
    }

    /** The function of a petition office (信访局) in the territory. */
    static final String PETITION_FUNCTION = "PETITION";

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
            DECLARE_RECUSAL, SIGN_FOR);

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
            case ROUTER -> actor.covers(matter.routedFromPath()) && !actor.unit().id().equals(matter.responsibleUnitId());
            case DISPUTE_DECIDER -> matter.disputeDeciderPath() != null
                    && (actor.unit().path().equals(matter.disputeDeciderPath())
                    || actor.scopePath().equals(matter.disputeDeciderPath()));
            case PETITION_OFFICE -> PETITION_FUNCTION.equals(actor.unit().function()) && actor.covers(matter.receivingPath());
            case URGENT_RECIPIENT -> matter.awaitsAcknowledgementBy(actor.unit().id());
            case OWN_UNIT -> actor.unit().id().equals(matter.responsibleUnitId());
            case CO_HANDLER -> matter.owesCoHandlingReport(actor.unit().id());
            case ACCEPTING_BODY -> org.xinfang.statute.HandlerStepRules.decidesAcceptance(actor.covers(matter.responsiblePath()),
                    actor.unit().id().equals(matter.responsibleUnitId()),
                    matter.routedFromPath() != null && actor.covers(matter.routedFromPath()));
        };
    }

    /** The message key of the refusal of an actor this action does not {@link #permits permit}: what they lack. */
    public String forbiddenMessageKey() {
        if (reach == Reach.PETITION_OFFICE) {
            return "matter.action.forbidden.petition-office";
        }
        return this == REPLY ? "matter.action.forbidden.unsigned-opinion" : "matter.action.forbidden";
    }
}
