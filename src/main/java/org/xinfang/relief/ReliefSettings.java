package org.xinfang.relief;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.xinfang.territory.AdministrativeLevel;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The relief fund's settings: per level of the paying unit (COUNTY, CITY), the amount in yuan above which a leader
 * approves last ({@code xinfang.relief.leader-threshold.COUNTY: 3000.00}); a level not set takes
 * {@link org.xinfang.statute.ReliefRules#LEADER_THRESHOLD}.
 */
@ConfigurationProperties("xinfang.relief")
public record ReliefSettings(Map<AdministrativeLevel, BigDecimal> leaderThreshold) {

    public ReliefSettings {
        leaderThreshold = leaderThreshold == null ? Map.of() : Map.copyOf(leaderThreshold);
    }
}
