package org.xinfang.statute;

/** What a social stability risk assessment concludes (评估结论) on a major project or decision. */
public enum AssessmentConclusion {
    /** 可以实施: proceed. */
    PROCEED,
    /** 采取措施后实施: proceed once the measures are in place. */
    PROCEED_WITH_MEASURES,
    /** 暂缓实施: postpone. */
    POSTPONE,
    /** 不予实施: do not proceed. */
    DO_NOT_PROCEED
}
