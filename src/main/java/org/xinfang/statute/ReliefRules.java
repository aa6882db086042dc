package org.xinfang.statute;

import java.math.BigDecimal;
import java.time.LocalDate;

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

    /** A petitioner relieved who had petitioned for more than this many years counts as a long-term petitioner. */
    @Practice("relief reports: petitioners relieved who had petitioned for over five years (the seed's 32 a year)")
    public static final int LONG_TERM_YEARS = 5;

    private ReliefRules() {
    }

    /**
     * Whether a petitioner paid on {@code paidOn} who has petitioned since {@code since} is a long-term petitioner
     * (信访老户): more than {@link #LONG_TERM_YEARS} years before the payment.
     */
    @Article(regulation = R2022, number = 37, paragraph = 2)
    @Practice("relief reports: long-term petitioners helped, petitioning for over five years at the payment")
    public static boolean isLongTerm(LocalDate since, LocalDate paidOn) {
        return since != null && since.plusYears(LONG_TERM_YEARS).isBefore(paidOn);
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
