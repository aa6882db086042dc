package org.xinfang.insight;

import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.platform.Refusal;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.StaffRole;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The table of indicators (指标) for a unit's subtree and a period: every {@link Indicator} bean of every module (and
 * every {@link Indicator.Family}), by section, each with its value, the same period a year earlier and the change.
 * For the bureau's supervisors, leaders, analysts and administrators, within their own territory.
 */
@Service
public class Indicators {

    /**
     * The first day insight counts, for every view (table, dashboards, rankings, reports): a period before it, or after
     * the end of this year, is refused rather than computed over centuries of nothing.
     */
    public static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);

    private static final Set<StaffRole> VIEWERS = EnumSet.of(StaffRole.SUPERVISOR, StaffRole.LEADER, StaffRole.ANALYST);

    private final List<Indicator> all;
    private final Territory territory;
    private final Clock clock;
    /** The threads that compute selections at once: as many as the machine has cores, daemons so that none holds up a stop. */
    private final ExecutorService threads = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), work -> {
        Thread t = new Thread(work, "indicators-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private static final AtomicInteger THREADS = new AtomicInteger();

    Indicators(List<Indicator> indicators, List<Indicator.Family> families, Territory territory, Clock clock) {
        List<Indicator> listed = new ArrayList<>();
        families.forEach(f -> listed.addAll(f.indicators()));
        listed.addAll(indicators);
        // by section; within a section, families first in their order, then single beans (a stable sort)
        listed.sort(Comparator.comparing(Indicator::section));
        this.all = List.copyOf(listed);
        this.territory = territory;
        this.clock = clock;
    }

    /**
     * One indicator's figures: the value, a year earlier, and the change, absolute (in percentage points for a rate) and
     * in per cent (none when either value is missing; no per cent when the earlier value is zero, nor for a rate).
     */
    public record Row(Indicator indicator, Measure value, Measure yearEarlier, BigDecimal change, BigDecimal changePerCent) {
    }

    public record Table(UnitView unit, LocalDate from, LocalDate to, LocalDate earlierFrom, LocalDate earlierTo,
                        List<Row> rows) {
    }

    public static boolean mayView(StaffPrincipal viewer) {
        return viewer.hasAny(VIEWERS);
    }

    /**
     * The table for the unit coded {@code unitCode} (the viewer's own area when blank) and the days {@code from} to
     * {@code to} as typed (this year to date when blank). A unit outside the viewer's territory is not found; a
     * department is refused, as matters are counted by the place they arose in.
     */
    @Transactional(readOnly = true)
    public Table table(StaffPrincipal viewer, String unitCode, String from, String to) {
        Selection now = selection(viewer, unitCode, from, to);
        Selection earlier = now.yearEarlier();
        List<Map<Indicator, Measure>> both = eachAtOnce(List.of(now, earlier), this::measures);
        List<Row> rows = all.stream().map(i -> row(i, both.get(0).get(i), both.get(1).get(i))).toList();
        return new Table(now.unit(), now.from(), now.to(), earlier.from(), earlier.to(), rows);
    }

    /**
     * The unit and days a viewer asks for, as of today, refused as {@link #table} refuses them: every insight view
     * (the table, the dashboards) reads the same form the same way.
     */
    public Selection selection(StaffPrincipal viewer, String unitCode, String from, String to) {
        if (!mayView(viewer)) {
            throw Refusal.forbidden("insight.forbidden");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate first = day("from", from, today.withDayOfYear(1));
        LocalDate last = day("to", to, today);
        LocalDate endOfYear = today.withDayOfYear(today.lengthOfYear());
        countable("from", first, endOfYear);
        countable("to", last, endOfYear);
        if (first.isAfter(last)) {
            throw Refusal.invalid("to", "insight.period.order", first, last);
        }
        return new Selection(unit(viewer, unitCode), first, last, today);
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }

    /** Every indicator, in the table's order. */
    List<Indicator> all() {
        return all;
    }

    /** Every indicator's value for {@code selection}, in the table's order. */
    Map<Indicator, Measure> measures(Selection selection) {
        Map<Indicator, Measure> values = new LinkedHashMap<>();
        all.forEach(i -> values.put(i, i.measure(selection)));
        return values;
    }

    /**
     * {@code work} applied to each of {@code inputs} at once, on the indicators' own threads, the results in the inputs'
     * order: a period and its year earlier, or the units of a ranking, are independent reads (each its own connection
     * and {@link Selection}). The work must not itself wait on this method, or the threads could all be waiting.
     */
    <T, R> List<R> eachAtOnce(List<T> inputs, Function<T, R> work) {
        List<Future<R>> futures = inputs.stream().map(in -> threads.submit(() -> work.apply(in))).toList();
        List<R> results = new ArrayList<>();
        for (Future<R> f : futures) {
            try {
                results.add(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                futures.forEach(x -> x.cancel(true));
                throw new IllegalStateException("interrupted while computing indicators", e);
            } catch (ExecutionException e) {
                futures.forEach(x -> x.cancel(true));
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
        return results;
    }

    /** The units the viewer may choose: their area and the governments under it (no departments), in the tree's order. */
    public List<UnitView> choosable(StaffPrincipal viewer) {
        List<UnitView> units = new ArrayList<>();
        UnitView own = own(viewer);
        units.add(own);
        territory.children(own.id()).stream().filter(u -> !u.isDepartment()).forEach(county -> {
            units.add(county);
            territory.children(county.id()).stream().filter(u -> !u.isDepartment()).forEach(units::add);
        });
        return units;
    }

    private UnitView unit(StaffPrincipal viewer, String code) {
        if (code == null || code.isBlank()) {
            return own(viewer);
        }
        String area = own(viewer).path();
        UnitView unit = territory.unitByCode(code.strip()).filter(u -> u.path().startsWith(area))
                .orElseThrow(() -> Refusal.notFound("insight.unit.unknown", code.strip()));
        if (unit.isDepartment()) {
            throw Refusal.invalid("unit", "insight.unit.department", unit.name());
        }
        return unit;
    }

    /**
     * The viewer's area: the government their unit belongs to (a bureau or department counts for its government's
     * subtree, as the figures name no matter and no person).
     */
    UnitView own(StaffPrincipal viewer) {
        return viewer.unit().isDepartment() ? territory.governmentOf(viewer.unit()) : viewer.unit();
    }

    /** Refuses a day before {@link #FIRST_DAY} or after {@code endOfYear}, naming the field. */
    private static void countable(String field, LocalDate day, LocalDate endOfYear) {
        if (day.isBefore(FIRST_DAY) || day.isAfter(endOfYear)) {
            throw Refusal.invalid(field, "insight.period.range", day, FIRST_DAY, endOfYear);
        }
    }

    private static LocalDate day(String field, String typed, LocalDate otherwise) {
        if (typed == null || typed.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            throw Refusal.invalid(field, "insight.period." + field, typed.strip());
        }
    }

    private static Row row(Indicator indicator, Measure value, Measure earlier) {
        if (!value.hasValue() || !earlier.hasValue()) {
            return new Row(indicator, value, earlier, null, null);
        }
        BigDecimal change = value.value().subtract(earlier.value());
        // a rate changes by percentage points (百分点): a per cent of a per cent would mislead
        BigDecimal perCent = earlier.value().signum() == 0 || indicator.unit() == IndicatorUnit.PER_CENT ? null
                : change.multiply(BigDecimal.valueOf(100)).divide(earlier.value().abs(), 1, RoundingMode.HALF_UP);
        return new Row(indicator, value, earlier, change, perCent);
    }
}
