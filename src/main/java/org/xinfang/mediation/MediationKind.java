package org.xinfang.mediation;

/**
 * The four kinds of mediation linked on a matter (四调联动): the three of 2022 art. 37 ¶1 (人民调解、行政调解、司法调解联动)
 * and the petition bureau's own.
 */
public enum MediationKind {
    /** 人民调解: by a people's mediation committee (People's Mediation Law arts 2, 7). */
    PEOPLES,
    /** 行政调解: by an administrative body on a dispute within its competence. */
    ADMINISTRATIVE,
    /** 司法调解: by a people's court. */
    JUDICIAL,
    /** 信访调解: by the body handling the petition, with the two sides' consent (2022 art. 33). */
    PETITION
}
