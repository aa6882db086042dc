package org.xinfang.casework;

/** What the body did with a suggestion (建议意见类, 2022 art. 29 ¶1), told to the petitioner in its reply. */
public enum AdoptionOutcome {
    /** 采纳 */
    ADOPTED,
    /** 部分采纳 */
    PARTLY_ADOPTED,
    /** 未采纳 */
    NOT_ADOPTED
}
