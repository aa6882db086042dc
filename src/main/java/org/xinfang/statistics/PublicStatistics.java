package org.xinfang.statistics;

import org.springframework.stereotype.Service;
import org.xinfang.casework.MatterCounts;
import org.xinfang.territory.AdministrativeLevel;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public statistics (信访统计): monthly volumes, on-time opinions and satisfaction by county, the split by type,
 * for everyone.
 * Built from casework's counts ({@link MatterCounts}); nothing here names a matter or a person.
 */
@Service
public class PublicStatistics {

    private final MatterCounts counts;
    private final Territory territory;
    private final Clock clock;

    PublicStatistics(MatterCounts counts, Territory territory, Clock clock) {
        this.counts = counts;
        this.territory = territory;
        this.clock = clock;
    }

    /** Items received in one month, and how many of them online. */
    public record MonthlyVolume(YearMonth month, long received, long online) {
    }

    /**
     * One county's figures for matters received in the period. On time: opinions given within the handling limit,
     * out of the opinions given plus the matters past their limit without one. Satisfied: satisfied or basically
     * satisfied, out of the ratings given; the matters not rated in time ({@code ratingLapsed}, 超期未评价) are counted
     * apart and are not in the rate. Concluded: closures the petition office verified (审核认定办结).
     */
    public record AreaFigures(UnitView area, long received, long onTime, long dueOrDone, long satisfied, long rated,
                              long ratingLapsed, long concluded) {
        public Double onTimeRate() {
            return dueOrDone == 0 ? null : (double) onTime / dueOrDone;
        }

        public Double satisfactionRate() {
            return rated == 0 ? null : (double) satisfied / rated;
        }

        AreaFigures plus(AreaFigures o) {
            return new AreaFigures(area, received + o.received, onTime + o.onTime, dueOrDone + o.dueOrDone,
                    satisfied + o.satisfied, rated + o.rated, ratingLapsed + o.ratingLapsed, concluded + o.concluded);
        }
    }

    /**
     * The figures of a period. {@code months} and {@code total} are for {@code area} (the whole city when it is null);
     * {@code areas} always lists every county, for comparing; {@code types} splits the area's matters by the type decided
     * at acceptance (2022 arts 28–34; a type of null for matters not accepted, or not yet).
     */
    public record Statistics(YearMonth from, YearMonth to, UnitView area, List<MonthlyVolume> months,
                             List<AreaFigures> areas, AreaFigures total, List<MatterCounts.TypeCount> types) {
    }

    /** The last twelve months up to this one, for the whole city or one county. */
    public Statistics statistics(UnitView area) {
        return statistics(YearMonth.now(clock), area);
    }

    /** The twelve months up to {@code to}; "past its limit" is counted as of today. */
    public Statistics statistics(YearMonth to, UnitView area) {
        YearMonth from = to.minusMonths(11);
        LocalDate until = to.plusMonths(1).atDay(1);
        Map<YearMonth, MonthlyVolume> months = new LinkedHashMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.put(m, new MonthlyVolume(m, 0, 0));
        }
        for (MatterCounts.DailyIntake d : counts.intake(from.atDay(1), until, area == null ? null : area.path())) {
            months.computeIfPresent(YearMonth.from(d.day()),
                    (k, v) -> new MonthlyVolume(k, v.received() + d.received(), v.online() + d.online()));
        }
        Map<Long, AreaFigures> byArea = new LinkedHashMap<>();
        UnitView root = territory.root().orElseThrow();
        territory.children(root.id()).stream().filter(u -> !u.isDepartment()).forEach(c -> byArea.put(c.id(), empty(c)));
        byArea.put(root.id(), empty(root));
        for (MatterCounts.PlaceOutcomes o : counts.outcomes(from.atDay(1), until)) {
            UnitView place = territory.require(o.placeUnitId());
            UnitView county = territory.ancestorAt(place, AdministrativeLevel.COUNTY).orElse(root);
            byArea.merge(county.id(), new AreaFigures(county, o.received(), o.onTime(), o.dueOrDone(), o.satisfied(),
                    o.rated(), o.lapsed(), o.concluded()), AreaFigures::plus);
        }
        List<AreaFigures> areas = new ArrayList<>(byArea.values());
        AreaFigures total = area == null ? areas.stream().reduce(empty(root), AreaFigures::plus)
                : byArea.getOrDefault(area.id(), empty(area));
        List<MatterCounts.TypeCount> types = counts.byType(from.atDay(1), until, area == null ? null : area.path());
        return new Statistics(from, to, area, List.copyOf(months.values()), areas, total, types);
    }

    private static AreaFigures empty(UnitView area) {
        return new AreaFigures(area, 0, 0, 0, 0, 0, 0, 0);
    }
}
