package org.xinfang.statute;

import static org.xinfang.statute.Regulation.R2022;

/**
 * The six routes of an appeal or claim (申诉求决类, 2022 art. 31 ¶1). Routes 1 to 5 guide the matter into another
 * statutory procedure, with the receiving body and a written notice; route 6 is the petition procedure itself, with
 * the written handling opinion (信访处理意见书, art. 32), the 60 + 30 day clock (art. 34), review and re-review.
 */
public enum AppealRoute {
    /**
     * (1) litigation, reconsideration by a court, the procuratorate's criminal filing or legal supervision, the police's
     * procedures: separated from the petition procedure (诉访分离, art. 28 ¶2) and passed to the same-level
     * politics-and-law department (art. 22 ¶2).
     */
    @Article(regulation = R2022, number = 31, paragraph = 1, item = 1)
    @Article(regulation = R2022, number = 28, paragraph = 2)
    @Article(regulation = R2022, number = 22, paragraph = 2)
    LITIGATION(1),
    /** (2) arbitration: guided into the arbitration procedure. */
    @Article(regulation = R2022, number = 31, paragraph = 1, item = 2)
    ARBITRATION(2),
    /** (3) a party member's appeal or an application for re-examination (党员申诉、申请复审). */
    @Article(regulation = R2022, number = 31, paragraph = 1, item = 3)
    PARTY_APPEAL(3),
    /** (4) administrative procedures: reconsideration, ruling, confirmation, licence, penalty. */
    @Article(regulation = R2022, number = 31, paragraph = 1, item = 4)
    ADMINISTRATIVE(4),
    /** (5) an application to investigate a violation or to perform a duty of protecting rights: done or answered. */
    @Article(regulation = R2022, number = 31, paragraph = 1, item = 5)
    LEGAL_DUTY(5),
    /** (6) anything else: the petition procedure, heard, investigated and answered with the written opinion. */
    @Article(regulation = R2022, number = 31, paragraph = 1, item = 6)
    @Article(regulation = R2022, number = 32, paragraph = 1)
    @Article(regulation = R2022, number = 34)
    PETITION(6);

    private final int item;

    AppealRoute(int item) {
        this.item = item;
    }

    /** The item (项) of art. 31 ¶1 that names the route, 1 to 6. */
    public int item() {
        return item;
    }

    /** Whether the route leads out of the petition procedure into another one (routes 1 to 5). */
    public boolean isGuidedOut() {
        return this != PETITION;
    }
}
