package org.xinfang.statute;

import java.math.BigDecimal;

import static org.xinfang.statute.Regulation.R2022;

/**
 * The rules of the relief fund (信访救助): who approves an application and what a payment may be. Art. 37 ¶2 lets
 * bodies help petitioners in real hardship to social assistance and judicial aid; the approval chain is the practice
 * of the city's relief measures.
 */
public final class ReliefRules {

    /** Above this amount (yuan) the chain ends with a leader; up to it, with the bureau head. */
    @Practice("relief approvals: a leader signs off amounts over 5,000 yuan")
    public static final BigDecimal LEADER_THRESHOLD = new BigDecimal("5000.00");

    private ReliefRules() {
    }

    /** The steps of the chain after the handler's application (经办人): bureau head (局长), then leader if large. */
    @Article(regulation = R2022, number = 37, paragraph = 2)
    @Practice("relief approvals: handler → bureau head → leader for amounts over 5,000 yuan")
    public static boolean needsLeader(BigDecimal amount) {
        return amount.compareTo(LEADER_THRESHOLD) > 0;
    }

    /** A payment is in yuan and fen, more than zero. */
    @Article(regulation = R2022, number = 37, paragraph = 2)
    public static boolean isPayable(BigDecimal amount) {
        return amount != null && amount.signum() > 0 && amount.stripTrailingZeros().scale() <= 2;
    }
}
