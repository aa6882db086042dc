package org.xinfang.statute;

import java.time.LocalDate;

import static org.xinfang.statute.Regulation.R2022;

/**
 * The rules of four-level package cases (四级包案): a leader of the city, a county, a township or a village takes
 * personal charge of a matter and works it to resolution (issue 12, item 1).
 */
public final class PackageCaseRules {

    private PackageCaseRules() {
    }

    /** The usual bar of the package-case resolution rate (包案化解率): the indicators show the rate against it. */
    @Practice("the resolution-rate bar of package cases that the seed's city and its province report against")
    public static final double RESOLVED_RATE_BAR = 0.85;

    /**
     * 2022 art. 18 ¶2: leaders "包案化解群众反映强烈的突出问题" — the leader who holds the case does the work, so the
     * leader holding it records it, on a day from the taking to today (a record is of what was done).
     */
    @Article(regulation = R2022, number = 18, paragraph = 2)
    public static boolean mayRecordActivity(boolean holdsTheCase, LocalDate heldOn, LocalDate packagedOn, LocalDate today) {
        return holdsTheCase && !heldOn.isAfter(today) && (packagedOn == null || !heldOn.isBefore(packagedOn));
    }
}
