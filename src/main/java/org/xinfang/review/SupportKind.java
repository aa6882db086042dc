package org.xinfang.review;

/** What was done for the petitioner of a final matter (2022 art. 37 ¶3). */
public enum SupportKind {
    /** 疏导教育: guidance and education. */
    GUIDANCE,
    /** 矛盾化解: resolving the dispute behind it. */
    RESOLUTION,
    /** 帮扶救助: help and relief. */
    HELP
}
