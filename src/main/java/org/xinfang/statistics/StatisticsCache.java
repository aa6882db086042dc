package org.xinfang.statistics;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.xinfang.casework.MatterTransitioned;
import org.xinfang.casework.MattersImported;
import org.xinfang.territory.UnitView;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The public statistics, computed once and served to every visitor until a matter changes: the figures are kept
 * until the next {@link MatterTransitioned} or {@link MattersImported} arrives, or the day changes ("past its limit"
 * and the twelve months are counted as of today).
 */
@Component
public class StatisticsCache {

    private final PublicStatistics statistics;
    private final Clock clock;
    /**
     * Counts the changes heard of. Figures are kept with the count read before computing them, so figures computed
     * while a change was being committed are never served after it: their count is already behind.
     */
    private final AtomicLong changes = new AtomicLong();
    /** Per county code ("" for the whole city). */
    private final ConcurrentMap<String, Cached> byArea = new ConcurrentHashMap<>();

    private record Cached(PublicStatistics.Statistics figures, LocalDate on, long changes) {
    }

    StatisticsCache(PublicStatistics statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    /** The last twelve months' figures for {@code area}, or the whole city when it is null. */
    public PublicStatistics.Statistics of(UnitView area) {
        LocalDate today = LocalDate.now(clock);
        long seen = changes.get();
        return byArea.compute(area == null ? "" : area.code(), (key, cached) ->
                cached != null && cached.on().equals(today) && cached.changes() == seen ? cached
                        : new Cached(statistics.statistics(area), today, seen)).figures();
    }

    @ApplicationModuleListener
    void on(MatterTransitioned transitioned) {
        changes.incrementAndGet();
    }

    @ApplicationModuleListener
    void on(MattersImported imported) {
        changes.incrementAndGet();
    }
}
