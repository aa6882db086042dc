package org.xinfang.intelligence.warning;

import java.util.Optional;

/**
 * Tells an unusual week (异常上升) in a series of weekly counts: the week's count is compared with the mean of the
 * {@link #BASELINE_WEEKS} weeks before it as the expected count of a Poisson law, and the week is unusual when so many
 * or more would happen by chance less often than {@link #ALPHA}, and there are at least {@link #MIN_OBSERVED}. The
 * mean is raised by one standard error (the baseline is itself a sample of eight weeks) and never taken below
 * {@link #FLOOR}, so that a quiet cell does not alarm on its first few items. The threshold's false-alarm and detection
 * rates are measured on the demo city's weeks (docs/intelligence.md, "Early warning").
 */
public final class WeeklyRiseDetector {

    public static final int BASELINE_WEEKS = 8;
    public static final double ALPHA = 0.01;
    public static final int MIN_OBSERVED = 4;
    static final double FLOOR = 0.5;

    /** An unusual week: what was seen, what the weeks before led to expect, and how unlikely it was by chance. */
    public record Rise(int week, int observed, double expected, double chance) {
    }

    private WeeklyRiseDetector() {
    }

    /** Whether week {@code week} of {@code counts} is unusual; empty too while there are too few weeks before it. */
    public static Optional<Rise> at(int[] counts, int week) {
        return at(counts, week, ALPHA);
    }

    /** As {@link #at(int[], int)} at another threshold (the evaluation's trade-off between false alarms and misses). */
    public static Optional<Rise> at(int[] counts, int week, double alpha) {
        if (week < BASELINE_WEEKS || week >= counts.length || counts[week] < MIN_OBSERVED) {
            return Optional.empty();
        }
        double sum = 0;
        for (int w = week - BASELINE_WEEKS; w < week; w++) {
            sum += counts[w];
        }
        double mean = sum / BASELINE_WEEKS;
        double expected = Math.max(FLOOR, mean + Math.sqrt(mean / BASELINE_WEEKS));
        double chance = atLeast(counts[week], expected);
        return chance < alpha ? Optional.of(new Rise(week, counts[week], mean, chance)) : Optional.empty();
    }

    /** P(X ≥ k) for X Poisson with mean {@code lambda}. */
    static double atLeast(int k, double lambda) {
        double term = Math.exp(-lambda);
        double below = 0;
        for (int i = 0; i < k; i++) {
            below += term;
            term *= lambda / (i + 1);
        }
        return Math.max(0, 1 - below);
    }
}
