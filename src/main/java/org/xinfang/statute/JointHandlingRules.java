package org.xinfang.statute;

import org.xinfang.territory.AdministrativeLevel;

import java.time.LocalDate;

import static org.xinfang.statute.Regulation.R2022;

/**
 * The rules of joint handling (联合办理) of a complex matter by the office of the joint conference on petition work
 * (信访工作联席会议办公室): the conference coordinates the important petition problems of its area (2022 art. 13 ¶1)
 * and the matters whose competence is disputed between bodies without a common superior (art. 24 ¶1). The form of it,
 * the responsibility apportionment form (责任分解表) with five kinds of bodies and the bundled help (捆绑帮扶) of nine
 * responsible parties, is the practice of the seed's city.
 */
public final class JointHandlingRules {

    private JointHandlingRules() {
    }

    /** The most responsible parties of bundled help on one case: the seed's nine kinds, each named once. */
    @Practice("the seed's city: bundled help (捆绑帮扶) gathers nine responsible parties on one complex matter")
    public static final int MAX_BUNDLED_PARTIES = 9;

    /**
     * The levels whose joint conference office opens joint cases: the city's and the counties'. A township's petition
     * work has no conference office of its own; its complex matters go to the county's.
     */
    @Article(regulation = R2022, number = 13, paragraph = 1)
    @Article(regulation = R2022, number = 24, paragraph = 1)
    public static boolean hasJointConferenceOffice(AdministrativeLevel level) {
        return level == AdministrativeLevel.CITY || level == AdministrativeLevel.COUNTY;
    }

    /**
     * A duty is late when its deadline has passed without the unit's final report, or when the final report came
     * after the deadline (the case keeps showing who was late).
     */
    @Practice("the responsibility apportionment form (责任分解表): each unit reports on its duty by its deadline")
    public static boolean isLate(LocalDate dueOn, LocalDate doneOn, LocalDate today) {
        return doneOn == null ? dueOn.isBefore(today) : doneOn.isAfter(dueOn);
    }

    /** A duty's deadline is a day to come and within the handling limit of the matter's own clock (art. 34 ¶1). */
    @Article(regulation = R2022, number = 34, paragraph = 1)
    public static boolean isDueDayAcceptable(LocalDate dueOn, LocalDate today) {
        return dueOn != null && dueOn.isAfter(today) && !dueOn.isAfter(today.plusDays(Statute.HANDLING_DAYS));
    }
}
