package org.xinfang.casework;

/** What happened to a matter, as its timeline says it. */
public enum MatterEventType {
    REGISTERED, ROUTED, ACCEPTED, NOT_ACCEPTED, TRANSFERRED, REASSIGNED, EXTENDED, REPLIED, EVALUATED, CLOSED,
    REVIEW_REQUESTED, REVIEWED, RE_REVIEW_REQUESTED, HEARING_HELD, FINALIZED, SUPERVISION_NOTICE_ISSUED, PACKAGED,
    SUPPLEMENT_RECEIVED, SUGGESTION_REPLIED, REWARD_MARKED, GUIDED_OUT, REFERRED_TO_DISCIPLINE, ORGANISATION_NOTIFIED,
    // issue 11 A (sign-for, send-back, extension request): events

    // issue 11 B (evidence, opinion sign-off, co-handling, acceptance form): events

    // issue 11 C (statutory documents and the matter page): events

    // issue 11 E (worklist batch work and duplicates): events

    /** 2022 art. 23 ¶3: the unit a matter was passed to objects that it is not competent. */
    OBJECTED, OBJECTION_CONFIRMED, OBJECTION_REJECTED,
    /** 2022 art. 24: a dispute over which body accepts, and its decision. */
    DISPUTE_RAISED, DISPUTE_DECIDED,
    /** A written document's delivery (送达) was recorded. */
    DELIVERED, CLOSURE_VERIFIED,
    FLAGS_CORRECTED, URGENT_REPORTED, URGENT_REPORT_ACKNOWLEDGED, RECUSAL_DECLARED,
    /** 2022 art. 24 ¶2: the unit holding the matter was merged; the body continuing its functions accepts it. */
    PASSED_TO_CONTINUING_BODY
}
