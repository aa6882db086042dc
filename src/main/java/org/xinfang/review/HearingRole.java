package org.xinfang.review;

/** Who takes part in a hearing (听证参加人), by their part in it. */
public enum HearingRole {
    /** 听证员: a hearing officer (a committee member, a deputy, a lawyer, a community representative). */
    HEARING_OFFICER,
    /** 信访人: the petitioner. */
    PETITIONER,
    /** 代理人: whom the petitioner entrusted. */
    AGENT,
    /** 原办理单位: the unit whose opinion is reviewed, by its representative. */
    RESPONDENT_UNIT,
    /** 证人: a witness. */
    WITNESS
}
