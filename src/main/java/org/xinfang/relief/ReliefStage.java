package org.xinfang.relief;

/** Where a relief application (救助申请) stands in its approval chain, or how it ended. */
public enum ReliefStage {
    /** Applied by the handler (经办人), awaiting the bureau head. */
    SUBMITTED,
    /** Approved by the bureau head (局长), awaiting a leader (large amounts). */
    BUREAU_APPROVED,
    /** Paid from the budget. */
    PAID,
    /** Referred to social assistance (社会救助) instead. */
    REFERRED_SOCIAL_ASSISTANCE,
    /** Referred to judicial aid (司法救助) instead. */
    REFERRED_JUDICIAL_AID,
    /** Refused. */
    REFUSED,
    /** Paid, then corrected by a reversing movement (冲销), with the reason. */
    REVERSED;

    /** Whether the application still waits for a step of its chain (and may be referred instead). */
    public boolean isOpen() {
        return this == SUBMITTED || this == BUREAU_APPROVED;
    }
}
