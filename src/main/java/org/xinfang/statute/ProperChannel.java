package org.xinfang.statute;

/**
 * Where a matter that is not accepted belongs instead (法定途径). 2022 art. 31: matters for litigation,
 * arbitration or administrative procedures go there; art. 23: a matter outside the body's remit (of a people's
 * congress, a court, a procuratorate; art. 30: an accusation for discipline inspection) goes to the body that
 * may deal with it.
 */
public enum ProperChannel {
    LITIGATION,
    ARBITRATION,
    ADMINISTRATIVE_RECONSIDERATION,
    PEOPLES_CONGRESS,
    PEOPLES_COURT,
    PROCURATORATE,
    DISCIPLINE_INSPECTION,
    /** 2022 art. 36 ¶3: a matter already decided on re-review is not accepted again on the same facts and reasons. */
    ALREADY_FINAL,
    OTHER
}
