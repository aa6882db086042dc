package org.xinfang.insight;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.xinfang.support.IntegrationTest;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.Territory;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each indicator on {@link IndicatorDataset}, its right answer worked out by hand here: 2013 in 靖州 (431229) has five
 * matters, f1–f5 (township A: f1–f3; township B: f4, f5), and 2012 two letters in township A.
 */
@IntegrationTest
class IndicatorsTest {

    @Autowired
    Indicators indicators;
    @Autowired
    NamedParameterJdbcTemplate jdbc;
    @Autowired
    Territory territory;
    @Autowired
    UserDetailsService users;

    StaffPrincipal analyst;

    @BeforeEach
    void dataset() {
        IndicatorDataset.write(jdbc, territory);
        analyst = (StaffPrincipal) users.loadUserByUsername("city.analyst");
    }

    private Map<String, Indicators.Row> table(String unit, String from, String to) {
        return IndicatorTable.of(indicators, analyst, unit, from, to);
    }

    private static BigDecimal value(Map<String, Indicators.Row> t, String key) {
        return IndicatorTable.value(t, key);
    }

    @Test
    void volumesByChannelInItemsBatchesAndPersons() {
        var t = table("431229", "2013-01-01", "2013-12-31");
        // f1..f5
        assertThat(value(t, "volume.items")).isEqualByComparingTo("5");
        // 1 + 6 + 2 + 1 + 1
        assertThat(value(t, "volume.persons")).isEqualByComparingTo("11");
        assertThat(value(t, "volume.LETTER.items")).as("f1").isEqualByComparingTo("1");
        assertThat(value(t, "volume.VISIT.items")).as("f2, f3: two batches").isEqualByComparingTo("2");
        assertThat(value(t, "volume.VISIT.persons")).as("6 + 2").isEqualByComparingTo("8");
        assertThat(value(t, "volume.ONLINE.items")).as("f4").isEqualByComparingTo("1");
        assertThat(value(t, "volume.PHONE.items")).as("f5").isEqualByComparingTo("1");
        assertThat(value(t, "volume.EMAIL.items")).isEqualByComparingTo("0");
        assertThat(t.get("volume.VISIT.items").indicator().unit()).isEqualTo(IndicatorUnit.BATCHES);
    }

    @Test
    void byTypeAndRepeatCollectiveAndLeapLevelVisits() {
        var t = table("431229", "2013-01-01", "2013-12-31");
        assertThat(value(t, "type.APPEAL")).as("f1, f2").isEqualByComparingTo("2");
        assertThat(value(t, "type.SUGGESTION")).as("f4, the proposals").isEqualByComparingTo("1");
        assertThat(value(t, "type.ACCUSATION")).as("f5").isEqualByComparingTo("1");
        assertThat(value(t, "repeat.items")).as("f3").isEqualByComparingTo("1");
        assertThat(value(t, "repeat.visits")).as("f3").isEqualByComparingTo("1");
        assertThat(value(t, "repeat.persons")).as("f3's 2").isEqualByComparingTo("2");
        assertThat(value(t, "collective.visits")).as("f2, 6 persons").isEqualByComparingTo("1");
        assertThat(value(t, "collective.persons")).isEqualByComparingTo("6");
        assertThat(value(t, "leap-level.visits")).as("f2").isEqualByComparingTo("1");
        assertThat(value(t, "leap-level.persons")).isEqualByComparingTo("6");
    }

    @Test
    void theStandardRates() {
        var t = table("431229", "2013-01-01", "2013-12-31");
        // decided by the due day: f1, f4, f5; due: f1..f5 (f3 never decided, past due) → 3/5
        assertThat(t.get("rate.acceptance-on-time").value()).isEqualTo(new Measure(new BigDecimal("60.0"), 3, 5L));
        // with a handling clock: f1 on time, f2 late, f5 past its limit still in handling (f4 has none) → 1/3
        assertThat(t.get("rate.completion-on-time").value()).isEqualTo(new Measure(new BigDecimal("33.3"), 1, 3L));
        // rated f1, f2 of eligible f1, f2 and f4 (answered, window closed, not rated) → 2/3
        assertThat(t.get("rate.participation").value()).isEqualTo(new Measure(new BigDecimal("66.7"), 2, 3L));
        // satisfied f1 of rated f1, f2 → 1/2
        assertThat(t.get("rate.satisfaction").value()).isEqualTo(new Measure(new BigDecimal("50.0"), 1, 2L));
        // initial and answered: f1 (1 person, repeated by f3), f2 (6), f4 (1) → resolved 7 of 8 persons
        assertThat(t.get("rate.initial-resolution").value()).isEqualTo(new Measure(new BigDecimal("87.5"), 7, 8L));
    }

    @Test
    void itemsPer10kPopulationUseTheUnitsPopulation() {
        var t = table("431229", "2013-01-01", "2013-12-31");
        // 5 items, 260,000 people: 5 × 10,000 / 260,000 = 0.192… → 0.19
        assertThat(t.get("volume.per-10k-population").value()).isEqualTo(new Measure(new BigDecimal("0.19"), 5, 260_000L));
        // township A: 3 items, 85,300 people → 0.3517… → 0.35
        assertThat(value(table("431229001", "2013-01-01", "2013-12-31"), "volume.per-10k-population"))
                .isEqualByComparingTo("0.35");
    }

    @Test
    void eachValueHasTheSamePeriodAYearEarlierAndTheChange() {
        var t = table("431229", "2013-01-01", "2013-12-31");
        Indicators.Row items = t.get("volume.items");
        assertThat(items.yearEarlier().value()).as("the two letters of 2012").isEqualByComparingTo("2");
        assertThat(items.change()).isEqualByComparingTo("3");
        assertThat(items.changePerCent()).as("3 / 2").isEqualByComparingTo("150.0");
        Indicators.Row letters = t.get("volume.LETTER.items");
        assertThat(letters.change()).isEqualByComparingTo("-1");
        assertThat(letters.changePerCent()).as("1 against 2").isEqualByComparingTo("-50.0");
        Indicators.Row visits = t.get("volume.VISIT.items");
        assertThat(visits.change()).isEqualByComparingTo("2");
        assertThat(visits.changePerCent()).as("no per cent of nothing").isNull();
        // 2012: satisfied (basically) 1 of rated 2 → 50.0; 2013 the same → no change
        assertThat(t.get("rate.satisfaction").yearEarlier().value()).isEqualByComparingTo("50.0");
        assertThat(t.get("rate.satisfaction").change()).isEqualByComparingTo("0");
        // 2012 had no repeat: the rate of initial resolution was 100.0 (g1, 1 of 1 person) → −12.5 points
        assertThat(t.get("rate.initial-resolution").change()).isEqualByComparingTo("-12.5");
        assertThat(t.get("rate.initial-resolution").changePerCent()).as("a rate changes by points only").isNull();
        // a rate with nothing to count has no value, and so no change
        var empty = table("431229003", "2013-01-01", "2013-12-31");
        assertThat(empty.get("rate.satisfaction").value().hasValue()).isFalse();
        assertThat(empty.get("rate.satisfaction").change()).isNull();
    }

    @Test
    void aTownshipsFiguresAreWithinItsCountysAndTheCountysWithinTheCitys() {
        var county = table("431229", "2013-01-01", "2013-12-31");
        var a = table("431229001", "2013-01-01", "2013-12-31");
        var b = table("431229002", "2013-01-01", "2013-12-31");
        assertThat(value(a, "volume.items")).as("f1..f3").isEqualByComparingTo("3");
        assertThat(value(b, "volume.items")).as("f4, f5").isEqualByComparingTo("2");
        for (String key : county.keySet()) {
            if (county.get(key).indicator().unit() == IndicatorUnit.PER_CENT
                    || county.get(key).indicator().unit() == IndicatorUnit.PER_10K_POPULATION) {
                continue;
            }
            assertThat(value(a, key).add(value(b, key))).as(key).isEqualByComparingTo(value(county, key));
        }
        var city = table("431200", "2013-01-01", "2013-12-31");
        assertThat(value(city, "volume.items")).as("靖州's five and 通道's one")
                .isGreaterThanOrEqualTo(new BigDecimal("6"));
        // the period counts by the day received: February alone has f1 only in 靖州
        assertThat(value(table("431229", "2013-02-01", "2013-02-28"), "volume.items")).isEqualByComparingTo("1");
    }
}
