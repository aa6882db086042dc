package org.xinfang.casework;

/** What happened to a matter, as its timeline says it. */
public enum MatterEventType {
    REGISTERED, ROUTED, ACCEPTED, NOT_ACCEPTED, TRANSFERRED, REASSIGNED, EXTENDED, REPLIED, EVALUATED, CLOSED,
    REVIEW_REQUESTED, REVIEWED, RE_REVIEW_REQUESTED, HEARING_HELD, FINALIZED, SUPERVISION_NOTICE_ISSUED, PACKAGED,
    SUPPLEMENT_RECEIVED, SUGGESTION_REPLIED, REWARD_MARKED, GUIDED_OUT, REFERRED_TO_DISCIPLINE, ORGANISATION_NOTIFIED,
    /** 签收 by the unit the matter reached; the handler's request for an extension, and the head's refusal of it. */
    SIGNED_FOR, EXTENSION_REQUESTED, EXTENSION_REQUEST_REFUSED,

    /** Evidence of the investigation was put on the matter; the draft opinion, its revision, its sign-off or return. */
    EVIDENCE_ATTACHED, OPINION_DRAFTED, OPINION_DRAFT_REVISED, OPINION_SIGNED_OFF, OPINION_RETURNED,
    /** A co-handling unit reported its part (its task opens with the assignment's own entry). */
    CO_HANDLING_REPORTED,

    /** Merged into another matter as its duplicate; and, on the original, a duplicate merged into it. */
    MERGED_AS_DUPLICATE, DUPLICATE_MERGED_IN,

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
