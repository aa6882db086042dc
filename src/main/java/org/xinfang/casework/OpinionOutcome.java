package org.xinfang.casework;

/** What a handling opinion (处理意见) does with the petitioner's request (2022 art. 32). */
public enum OpinionOutcome {
    /** 支持: the request is justified and is granted. */
    SUPPORTED,
    /** 部分支持 */
    PARTIALLY_SUPPORTED,
    /** 不予支持: the request is not justified. */
    NOT_SUPPORTED,
    /** 解释说明: a proposal or question, answered with an explanation. */
    EXPLAINED
}
