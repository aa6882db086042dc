package org.xinfang.coordination;

/**
 * The nine responsible parties (责任主体) bundled help (捆绑帮扶) gathers on one complex matter, as the seed's city
 * names them; each is named once on a case, with their duty and progress.
 */
public enum BundledPartyKind {
    /** 当事人 */
    PARTY,
    /** 亲属 */
    RELATIVE,
    /** 引发人: who caused the problem. */
    ORIGINATOR,
    /** 维稳人: who keeps the petitioner's situation stable. */
    MAINTAINER,
    /** 派出人: the unit that sent the petitioner's case on. */
    DISPATCHER,
    /** 仲裁人: who arbitrates or mediates. */
    ARBITRATOR,
    /** 影响人: who can influence the petitioner. */
    INFLUENCER,
    /** 决策人: who decides the measure that settles it. */
    DECISION_MAKER,
    /** 领导人: the leader in charge. */
    LEADER
}
