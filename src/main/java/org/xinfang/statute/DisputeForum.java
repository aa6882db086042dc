package org.xinfang.statute;

import static org.xinfang.statute.Regulation.R2022;

/** Who decides a dispute over which body accepts a matter (2022 art. 24 ¶1). */
public enum DisputeForum {
    /** 其共同的上一级机关、单位决定受理机关: the bodies' common superior body names the one that accepts. */
    @Article(regulation = R2022, number = 24, paragraph = 1)
    COMMON_SUPERIOR,
    /**
     * 没有共同的上一级机关、单位的，由共同的信访工作联席会议协调处理: the joint conference of the area holding every party, through
     * its office (art. 13 ¶1: the local joint conference coordinates the important petition problems of its area).
     */
    @Article(regulation = R2022, number = 24, paragraph = 1)
    @Article(regulation = R2022, number = 13, paragraph = 1)
    JOINT_CONFERENCE
}
