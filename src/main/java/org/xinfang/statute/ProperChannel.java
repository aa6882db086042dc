package org.xinfang.statute;

import static org.xinfang.statute.Regulation.R2005;
import static org.xinfang.statute.Regulation.R2022;

/**
 * Where a matter that is not accepted belongs instead (法定途径). 2022 art. 31: matters for litigation,
 * arbitration or administrative procedures go there; art. 23 ¶1: a matter outside the body's remit (of a people's
 * congress, a court, a procuratorate; art. 22 ¶2 and art. 30: an accusation for discipline inspection) goes to the
 * body that may deal with it. Each channel cites its articles, as the rules of {@link Statute} do.
 */
public enum ProperChannel {
    /** 2022 art. 31 ¶1 item 1 and art. 28 ¶2 (诉访分离); 2005 art. 21 ¶1 item 1. */
    @Article(regulation = R2022, number = 31, paragraph = 1, item = 1)
    @Article(regulation = R2022, number = 28, paragraph = 2)
    @Article(regulation = R2005, number = 21, paragraph = 1, item = 1)
    LITIGATION,
    /** 2022 art. 31 ¶1 item 2; 2005 art. 21 ¶1 item 1. */
    @Article(regulation = R2022, number = 31, paragraph = 1, item = 2)
    @Article(regulation = R2005, number = 21, paragraph = 1, item = 1)
    ARBITRATION,
    /** 2022 art. 31 ¶1 item 4; 2005 art. 21 ¶1 item 1. */
    @Article(regulation = R2022, number = 31, paragraph = 1, item = 4)
    @Article(regulation = R2005, number = 21, paragraph = 1, item = 1)
    ADMINISTRATIVE_RECONSIDERATION,
    /** 2022 art. 23 ¶1; 2005 art. 15 and art. 21 ¶1 item 1. */
    @Article(regulation = R2022, number = 23, paragraph = 1)
    @Article(regulation = R2005, number = 15)
    @Article(regulation = R2005, number = 21, paragraph = 1, item = 1)
    PEOPLES_CONGRESS,
    /** 2022 art. 23 ¶1, and art. 22 ¶2 for a matter about litigation; 2005 art. 15 and art. 21 ¶1 item 1. */
    @Article(regulation = R2022, number = 23, paragraph = 1)
    @Article(regulation = R2022, number = 22, paragraph = 2)
    @Article(regulation = R2005, number = 15)
    @Article(regulation = R2005, number = 21, paragraph = 1, item = 1)
    PEOPLES_COURT,
    /** As {@link #PEOPLES_COURT}. */
    @Article(regulation = R2022, number = 23, paragraph = 1)
    @Article(regulation = R2022, number = 22, paragraph = 2)
    @Article(regulation = R2005, number = 15)
    @Article(regulation = R2005, number = 21, paragraph = 1, item = 1)
    PROCURATORATE,
    /**
     * 2022 art. 22 ¶2 (the petition office passes it on by cadre-management authority) and art. 30 ¶1; the 2005
     * Regulations, for administrative bodies only, had no such channel.
     */
    @Article(regulation = R2022, number = 22, paragraph = 2)
    @Article(regulation = R2022, number = 30, paragraph = 1)
    DISCIPLINE_INSPECTION,
    /**
     * 2022 art. 36 ¶3 (2005 art. 35 ¶3): a matter already decided on re-review is not accepted again on the same
     * facts and reasons.
     */
    @Article(regulation = R2022, number = 36, paragraph = 3)
    @Article(regulation = R2005, number = 35, paragraph = 3)
    ALREADY_FINAL,
    /** 2022 art. 23 ¶1; 2005 art. 22 ¶1. */
    @Article(regulation = R2022, number = 23, paragraph = 1)
    @Article(regulation = R2005, number = 22, paragraph = 1)
    OTHER
}
