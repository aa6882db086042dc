package org.xinfang.statute;

import static org.xinfang.statute.Regulation.R2022;

/**
 * The type of a petition matter (信访事项类型), decided at acceptance, which sets its path through the procedure (2022
 * arts 28–34). An indicator dimension: every count can be split by it.
 */
public enum HandlingType {
    /**
     * 建议意见类: a suggestion or opinion. The body studies it and adopts it, adopts it in part or does not, and
     * replies (2022 art. 29 ¶1); a contributing suggestion may be rewarded (art. 29 ¶2). The seed's "proposals".
     */
    @Article(regulation = R2022, number = 29, paragraph = 1)
    @Article(regulation = R2022, number = 29, paragraph = 2)
    SUGGESTION,
    /**
     * 检举控告类: an accusation against an official or a body. Handed, by cadre-management authority, to the discipline
     * inspection and supervision body (2022 art. 22 ¶2, art. 30 ¶1); a cadre's case is notified to the organisation
     * (personnel) department (art. 30 ¶2); never shown or passed to the accused (art. 30 ¶3).
     */
    @Article(regulation = R2022, number = 22, paragraph = 2)
    @Article(regulation = R2022, number = 30, paragraph = 1)
    @Article(regulation = R2022, number = 30, paragraph = 2)
    @Article(regulation = R2022, number = 30, paragraph = 3)
    ACCUSATION,
    /**
     * 申诉求决类: an appeal or claim, handled on one of the six routes of 2022 art. 31 ({@link AppealRoute}); only
     * the sixth is the petition procedure with its opinion and 60 + 30 day clock.
     */
    @Article(regulation = R2022, number = 31, paragraph = 1)
    APPEAL
}
