package org.xinfang.casework;

/** What a review (复查) or re-review (复核) does with the opinion under review. */
public enum ReviewOutcome {
    /** 维持 */ UPHELD,
    /** 变更 */ REVISED,
    /** 撤销 */ REVOKED
}
