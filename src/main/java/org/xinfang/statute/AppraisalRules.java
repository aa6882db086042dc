package org.xinfang.statute;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.xinfang.statute.Regulation.BEIJING2021;
import static org.xinfang.statute.Regulation.R2022;

/**
 * The annual appraisal of petition work (信访工作考核, 2022 art. 39): the governments and departments are appraised each
 * year, "guided by resolving petition problems on the spot, in time and by the rules". The Regulations name no
 * indicator, weight or deduction: the scheme (考核方案) is the bureau's, configured and versioned; these are the scheme a
 * bureau starts from. Demands found unreasonable (不合理诉求) may be left out of satisfaction scoring, the Beijing hotline
 * practice (Beijing arts 9, 11, 32).
 */
public final class AppraisalRules {

    private AppraisalRules() {
    }

    /**
     * The starting weights, in points out of 100, each scored against 100% of its rate: the standard rates of the
     * appraisal rules, satisfaction weighing most (Beijing art. 32 ¶2: the response, resolution and satisfaction rates
     * are the core of the appraisal).
     */
    @Article(regulation = BEIJING2021, number = 32, paragraph = 2)
    @Practice("the petition offices' appraisal sheets: on-time acceptance and completion, participation and satisfaction")
    public static Map<String, BigDecimal> defaultWeights() {
        Map<String, BigDecimal> w = new LinkedHashMap<>();
        w.put("rate.acceptance-on-time", BigDecimal.valueOf(25));
        w.put("rate.completion-on-time", BigDecimal.valueOf(25));
        w.put("rate.participation", BigDecimal.valueOf(20));
        w.put("rate.satisfaction", BigDecimal.valueOf(30));
        return w;
    }

    /** The starting deductions, in points per item counted: repeat items, matters overdue now, collective and leap-level visits. */
    @Article(regulation = R2022, number = 39, paragraph = 1)
    @Practice("the petition offices' appraisal sheets deduct per repeat, collective and leap-level visit and per overdue matter")
    public static Map<String, BigDecimal> defaultDeductions() {
        Map<String, BigDecimal> d = new LinkedHashMap<>();
        d.put("repeat.items", new BigDecimal("0.5"));
        d.put("handling.overdue", BigDecimal.ONE);
        d.put("collective.visits", BigDecimal.valueOf(2));
        d.put("leap-level.visits", BigDecimal.valueOf(2));
        return d;
    }

    /**
     * A demand the bureau finds unreasonable may be left out of satisfaction scoring, by the scheme's switch: the
     * petitioner owes an objective evaluation (Beijing art. 9 ¶2), and demands outside any body's duties or against the
     * law and public order are not the handling body's to satisfy (art. 11 ¶3, items 5 and 6); the hotline's appraisal
     * is adjusted to the work's reality (art. 32 ¶3). Off until the bureau turns it on; a reason is always recorded.
     */
    @Article(regulation = BEIJING2021, number = 9, paragraph = 2)
    @Article(regulation = BEIJING2021, number = 11, paragraph = 3, item = 5)
    @Article(regulation = BEIJING2021, number = 11, paragraph = 3, item = 6)
    @Article(regulation = BEIJING2021, number = 32, paragraph = 3)
    public static final boolean EXCLUDE_UNREASONABLE_BY_DEFAULT = false;
}
