package org.xinfang.prevention;

/** What a social stability risk assessment (社会稳定风险评估) assesses. */
public enum AssessmentKind {
    /** 重大项目: a major construction project, tracked by petition workers at its headquarters. */
    PROJECT,
    /** 重大决策: a major government decision (a policy, a reform, a plan). */
    DECISION
}
