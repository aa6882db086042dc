package org.xinfang.casework;

/** Where a matter stands in the statutory procedure. */
public enum MatterState {
    /** 已登记: registered at the receiving office, to be routed or decided on. */
    REGISTERED,
    /** 已转送/交办: with the body in charge, awaiting its acceptance decision. */
    ROUTED,
    /** 不予受理: not accepted; the petitioner was told the proper channel. Terminal. */
    NOT_ACCEPTED,
    /** 办理中: accepted and being handled by the lead unit (and co-handlers). */
    IN_HANDLING,
    /** 已答复: the written handling opinion was given; awaiting the petitioner's evaluation. */
    REPLIED,
    /** 已评价: the petitioner rated the handling. */
    EVALUATED,
    /** 已办结: closed; review may still be requested within the statutory window. */
    CLOSED,
    /** 复查中: the next-higher body reviews the opinion. */
    UNDER_REVIEW,
    /** 已复查: the review opinion was given; re-review may still be requested. */
    REVIEWED,
    /** 复核中: the body above the reviewing body re-reviews. */
    UNDER_RE_REVIEW,
    /** 终结: re-reviewed; the same facts and reasons are not accepted again. Terminal. */
    FINAL,
    /**
     * 已导入其他程序: guided out of the petition procedure into the one it belongs to, with the receiving body and a
     * written notice: an appeal on routes (1) to (5) of 2022 art. 31, an accusation handed to discipline inspection
     * (art. 30). Terminal.
     */
    GUIDED_OUT,
    /**
     * 已并入原件: marked a duplicate of another matter by a registrar and closed into it (issue 11, item 2); it keeps
     * its history and counts as a repeat of the original. Terminal.
     */
    MERGED
}
