package org.xinfang.casework;

/** What the unit head decided on a draft opinion (审签). */
public enum SignOffDecision {
    /** 签发: signed off; the draft is issued as the matter's opinion. */
    SIGNED_OFF,
    /** 退回修改: returned to the handler with comments. */
    RETURNED
}
