package org.xinfang.insight;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One version of the appraisal scheme (考核方案, 2022 art. 39): the weights, in points scored against 100% of a rate,
 * the deductions, in points per item counted, and whether demands marked unreasonable leave satisfaction scoring.
 * Version 0 is the statute module's starting scheme (AppraisalRules), saved by no one.
 *
 * @param changes what this version changed against the one before
 */
public record AppraisalScheme(int version, Map<String, BigDecimal> weights, Map<String, BigDecimal> deductions,
                              boolean excludeUnreasonable, String savedBy, Instant savedAt, List<Change> changes) {

    /** What a save changed: a weight or deduction of an indicator (before and after, 0 when absent), or the switch. */
    public record Change(SchemeItem item, String indicatorKey, BigDecimal before, BigDecimal after) {
    }

    /** What in a scheme a change is about. */
    public enum SchemeItem { WEIGHT, DEDUCTION, EXCLUDE_UNREASONABLE }

    public BigDecimal weight(String key) {
        return weights.getOrDefault(key, BigDecimal.ZERO);
    }

    public BigDecimal deduction(String key) {
        return deductions.getOrDefault(key, BigDecimal.ZERO);
    }
}
