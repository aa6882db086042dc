package org.xinfang.demo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.xinfang.intake.Categories;
import org.xinfang.intake.CategoryView;
import org.xinfang.intake.RoutingRules;
import org.xinfang.intelligence.warning.WeeklyRiseDetector;
import org.xinfang.support.IntegrationTest;
import org.xinfang.territory.AdministrativeLevel;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The early warning's weekly rises measured on the demo city (3 years of 27,000 items, several seeds): the weekly
 * counts of every first-level category in every county, as the generator makes them, are searched for rises (the
 * false alarms: the generator injects none), and then one cell-week at a time a known spike is injected (the week's
 * count raised to k times the cell's usual level) to see whether it is found. The figures are printed for
 * docs/intelligence.md, "Early warning"; the test fails when the detector falls below the bar it was reported at.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EarlyWarningEvaluationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final long[] SEEDS = {11, 12, 13};
    private static final int YEARS = 3;
    private static final int ITEMS_PER_YEAR = 27_000;
    private static final int SPIKES_PER_SEED = 300;

    @Autowired
    Territory territory;
    @Autowired
    RoutingRules routing;
    @Autowired
    Categories categories;

    private final List<int[]> series = new ArrayList<>();

    @BeforeAll
    void countWeeks() {
        Map<Long, CategoryView> byId = new HashMap<>();
        categories.all().forEach(c -> byId.put(c.id(), c));
        for (long seed : SEEDS) {
            DemoCity city = new DemoCityGenerator(territory, routing, categories.all(),
                    DemoTemplates.read(new ClassPathResource("demo/templates.json")))
                    .generate(seed, YEARS, ITEMS_PER_YEAR, TODAY, ZoneId.of("Asia/Shanghai"));
            LocalDate firstMonday = TODAY.minusYears(YEARS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            int weeks = (int) ChronoUnit.WEEKS.between(firstMonday, TODAY);
            Map<String, int[]> cells = new HashMap<>();
            for (PlannedMatter m : city.matters()) {
                UnitView county = territory.ancestorAt(m.place(), AdministrativeLevel.COUNTY).orElse(null);
                int week = (int) ChronoUnit.WEEKS.between(firstMonday, m.receivedOn());
                if (county == null || week >= weeks) {
                    continue;
                }
                String category = byId.get(m.category().parentId()).code();
                cells.computeIfAbsent(county.code() + "/" + category, k -> new int[weeks])[week]++;
            }
            series.addAll(cells.values());
        }
    }

    /** The other thresholds one might choose, for the report. */
    private void tradeOff() {
        for (double alpha : new double[]{0.0005, 0.001, 0.002, 0.005, 0.01, 0.02}) {
            long eligible = 0;
            long alarms = 0;
            for (int[] s : series) {
                for (int w = WeeklyRiseDetector.BASELINE_WEEKS; w < s.length; w++) {
                    eligible++;
                    if (WeeklyRiseDetector.at(s, w, alpha).isPresent()) {
                        alarms++;
                    }
                }
            }
            System.out.printf("alpha %.4f: false alarms %.4f, 3x detection %.3f / %.3f / %.3f, 2x %.3f%n", alpha,
                    (double) alarms / eligible, detection(3, 1, 2, alpha), detection(3, 2, 4, alpha),
                    detection(3, 4, 1000, alpha), detection(2, 4, 1000, alpha));
        }
    }

    @Test
    void fewFalseAlarmsAndMostTripledWeeksFound() {
        tradeOff();
        long eligible = 0;
        long alarms = 0;
        for (int[] s : series) {
            for (int w = WeeklyRiseDetector.BASELINE_WEEKS; w < s.length; w++) {
                eligible++;
                if (WeeklyRiseDetector.at(s, w).isPresent()) {
                    alarms++;
                }
            }
        }
        double falseAlarmRate = (double) alarms / eligible;
        System.out.printf("Early warning on %d cell-weeks (%d series): %d alarms on weeks with no spike, rate %.4f%n",
                eligible, series.size(), alarms, falseAlarmRate);
        Map<String, Double> found = new java.util.LinkedHashMap<>();
        for (double k : new double[]{2, 3, 5}) {
            for (double[] band : new double[][]{{1, 2}, {2, 4}, {4, 1000}}) {
                double rate = detection(k, band[0], band[1]);
                found.put(k + "x@" + band[0], rate);
                System.out.printf("spike %.0fx, usual level %.0f to %.0f a week: detection %.3f%n", k, band[0],
                        Math.min(band[1], 999), rate);
            }
        }
        assertThat(falseAlarmRate).isLessThanOrEqualTo(0.01);
        assertThat(found.get("3.0x@4.0")).isGreaterThanOrEqualTo(0.9);
        assertThat(found.get("5.0x@2.0")).isGreaterThanOrEqualTo(0.9);
    }

    /** The share of spikes of {@code k} times found, over cell-weeks whose usual level is in [low, high). */
    private double detection(double k, double low, double high) {
        return detection(k, low, high, WeeklyRiseDetector.ALPHA);
    }

    private double detection(double k, double low, double high, double alpha) {
        SplittableRandom random = new SplittableRandom(42);
        int tried = 0;
        int hits = 0;
        for (int attempt = 0; attempt < 200_000 && tried < SPIKES_PER_SEED * SEEDS.length; attempt++) {
            int[] s = series.get(random.nextInt(series.size()));
            int week = WeeklyRiseDetector.BASELINE_WEEKS + random.nextInt(s.length - WeeklyRiseDetector.BASELINE_WEEKS);
            double usual = 0;
            for (int w = week - WeeklyRiseDetector.BASELINE_WEEKS; w < week; w++) {
                usual += s[w];
            }
            usual /= WeeklyRiseDetector.BASELINE_WEEKS;
            if (usual < low || usual >= high) {
                continue;
            }
            int[] spiked = s.clone();
            spiked[week] = (int) Math.round(Math.max(s[week], usual) + (k - 1) * usual);
            tried++;
            if (WeeklyRiseDetector.at(spiked, week, alpha).isPresent()) {
                hits++;
            }
        }
        return tried == 0 ? Double.NaN : (double) hits / tried;
    }
}
