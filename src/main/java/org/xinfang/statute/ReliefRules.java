package org.xinfang.statute;

import org.xinfang.territory.AdministrativeLevel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

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

    /**
     * The amount above which a leader approves last, for a budget of a unit at {@code level}: the amount the city set
     * for that level ({@code configured}, from xinfang.relief.leader-threshold), else {@link #LEADER_THRESHOLD}.
     */
    @Practice("relief approvals: the city may set, per level of the paying unit, the amount a leader signs off above")
    public static BigDecimal leaderThreshold(AdministrativeLevel level, Map<AdministrativeLevel, BigDecimal> configured) {
        return configured.getOrDefault(level, LEADER_THRESHOLD);
    }

    /**
     * The steps of the chain after the handler's application (经办人): bureau head (局长), then a leader when the amount
     * is over the {@code threshold} of the budget's unit ({@link #leaderThreshold}).
     */
    @Article(regulation = R2022, number = 37, paragraph = 2)
    @Practice("relief approvals: handler → bureau head → leader for amounts over the threshold (5,000 yuan unless set)")
    public static boolean needsLeader(BigDecimal amount, BigDecimal threshold) {
        return amount.compareTo(threshold) > 0;
    }

    /** A payment is in yuan and fen, more than zero and less than a trillion yuan (what the ledger's amounts hold). */
    @Article(regulation = R2022, number = 37, paragraph = 2)
    public static boolean isPayable(BigDecimal amount) {
        return amount != null && amount.signum() > 0 && amount.stripTrailingZeros().scale() <= 2
                && amount.compareTo(TRILLION) < 0;
    }

    private static final BigDecimal TRILLION = new BigDecimal("1000000000000");
}
