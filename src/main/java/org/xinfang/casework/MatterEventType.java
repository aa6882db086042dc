package org.xinfang.casework;

/** What happened to a matter, as its timeline says it. */
public enum MatterEventType {
    REGISTERED, ROUTED, ACCEPTED, NOT_ACCEPTED, TRANSFERRED, REASSIGNED, EXTENDED, REPLIED, EVALUATED, CLOSED,
    REVIEW_REQUESTED, REVIEWED, RE_REVIEW_REQUESTED, HEARING_HELD, FINALIZED, SUPERVISION_NOTICE_ISSUED, PACKAGED,
    SUPPLEMENT_RECEIVED,
    /** A written document's delivery (送达) was recorded. */
    DELIVERED
}
