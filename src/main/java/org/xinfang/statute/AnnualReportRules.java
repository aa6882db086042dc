package org.xinfang.statute;

import static org.xinfang.statute.Regulation.R2022;

/**
 * The statutory annual report (信访情况年度报告, 2022 art. 41 ¶1): the petition departments of the Party committees and
 * governments compile it each year and report it to the Party committee and government of the same level and to the
 * petition department one level up. The article lists what it contains, in this order.
 */
public final class AnnualReportRules {

    private AnnualReportRules() {
    }

    /** The contents art. 41 ¶1 requires, item by item. */
    public enum Content {
        /** （一）信访事项的数据统计、信访事项涉及领域以及被投诉较多的机关、单位. */
        @Article(regulation = R2022, number = 41, paragraph = 1, item = 1)
        STATISTICS_FIELDS_AND_BODIES,
        /** （二）党委和政府信访部门转送、交办、督办情况. */
        @Article(regulation = R2022, number = 41, paragraph = 1, item = 2)
        TRANSFERS_ASSIGNMENTS_SUPERVISION,
        /** （三）党委和政府信访部门提出改进工作、完善政策、追究责任建议以及被采纳情况. */
        @Article(regulation = R2022, number = 41, paragraph = 1, item = 3)
        RECOMMENDATIONS_AND_ADOPTION,
        /** （四）其他应当报告的事项: left to the bureau to write. */
        @Article(regulation = R2022, number = 41, paragraph = 1, item = 4)
        OTHER_MATTERS
    }
}
