package org.xinfang.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An indicator's value for one selection, with what it was computed from: a count is its own numerator; a rate has
 * its numerator and denominator, and no value when the denominator is zero (a rate of nothing is not 0%).
 */
public record Measure(BigDecimal value, long numerator, Long denominator) {

    public static Measure count(long n) {
        return new Measure(BigDecimal.valueOf(n), n, null);
    }

    /** {@code part} of {@code whole} in per cent, to one decimal (half up); none when {@code whole} is zero. */
    public static Measure perCent(long part, long whole) {
        return new Measure(whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1,
                RoundingMode.HALF_UP), part, whole);
    }

    /** {@code n} per {@code per} of {@code population}, to two decimals; none when the population is unknown or zero. */
    public static Measure per(long n, Long population, long per) {
        return new Measure(population == null || population == 0 ? null : BigDecimal.valueOf(n * per)
                .divide(BigDecimal.valueOf(population), 2, RoundingMode.HALF_UP), n, population);
    }

    /** An amount of money in yuan, to the fen; its numerator is the whole yuan, half up. */
    public static Measure yuan(BigDecimal amount) {
        return new Measure(amount, amount.setScale(0, RoundingMode.HALF_UP).longValueExact(), null);
    }

    public boolean hasValue() {
        return value != null;
    }
}
