package org.xinfang.coordination;

/** The three kinds of leader reception (领导接访, 2022 art. 18 ¶2). */
public enum ReceptionKind {
    /** 领导接访日: the unit's set day, open to whoever comes (the seed's city: every Monday). */
    OPEN_DAY,
    /** 约访: a leader sees a petitioner at a time agreed, for a hard case (the portal's appointment requests). */
    APPOINTMENT,
    /** 下访: the leader goes down to the petitioners, where the matter arose. */
    DOWN_VISIT
}
