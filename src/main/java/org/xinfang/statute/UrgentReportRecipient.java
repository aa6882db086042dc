package org.xinfang.statute;

import static org.xinfang.statute.Regulation.R2022;

/**
 * To whom a major or urgent matter (重大、紧急信访事项) is reported at once (2022 art. 25). The territory has one unit
 * per level for the party committee and the government together (本级党委和政府): the government's unit, whose leaders
 * read the report for both.
 */
public enum UrgentReportRecipient {

    /** 2022 art. 25 ¶1: every body reports to the party committee and the government of its own level. */
    @Article(regulation = R2022, number = 25, paragraph = 1)
    SAME_LEVEL_COMMITTEE_AND_GOVERNMENT,

    /** 2022 art. 25 ¶2: the petition department reports to the petition department of the level above. */
    @Article(regulation = R2022, number = 25, paragraph = 2)
    HIGHER_PETITION_OFFICE
}
