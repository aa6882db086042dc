package org.xinfang.statute;

/**
 * Where a matter that is not accepted belongs instead (法定途径). 2005 art. 14 and 21: matters for
 * litigation, arbitration or administrative reconsideration go there; matters about people's congresses,
 * courts and procuratorates go to those bodies.
 */
public enum ProperChannel {
    LITIGATION,
    ARBITRATION,
    ADMINISTRATIVE_RECONSIDERATION,
    PEOPLES_CONGRESS,
    PEOPLES_COURT,
    PROCURATORATE,
    DISCIPLINE_INSPECTION,
    /** 2005 art. 35: a matter already decided on re-review is not accepted again on the same facts and reasons. */
    ALREADY_FINAL,
    OTHER
}
