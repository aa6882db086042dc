package org.xinfang.insight;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.xinfang.statute.AppraisalRules;
import org.xinfang.support.IntegrationTest;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rankings on {@link RankingDataset} (2010), worked out by hand here, under the starting scheme: weights
 * acceptance 25, completion 25, participation 20, satisfaction 30; deductions 0.5 a repeat item, 1 an overdue matter,
 * 2 a collective and 2 a leap-level visit. A rate is scored as shown (one decimal): 25 × 66.7% = 16.675 → 16.68.
 */
@IntegrationTest
class RankingsTest {

    @Autowired
    Rankings rankings;
    @Autowired
    NamedParameterJdbcTemplate jdbc;
    @Autowired
    Territory territory;
    @Autowired
    UserDetailsService users;

    UnitView city;

    @BeforeEach
    void dataset() {
        RankingDataset.write(jdbc, territory);
        city = territory.root().orElseThrow();
    }

    private static AppraisalScheme starting(boolean exclude) {
        return new AppraisalScheme(0, AppraisalRules.defaultWeights(), AppraisalRules.defaultDeductions(), exclude,
                null, null, List.of());
    }

    private Rankings.Ranking rank(RankingKind kind, boolean exclude) {
        return rankings.compute(city, RankingDataset.YEAR, kind, starting(exclude), null);
    }

    private static Rankings.Line line(Rankings.Ranking r, String code) {
        return r.lines().stream().filter(l -> l.unit().code().equals(code)).findFirst().orElseThrow();
    }

    private Rankings.Line department(Rankings.Ranking r, String function) {
        String code = territory.department(city, function).orElseThrow().code();
        return line(r, code);
    }

    private static Map<String, BigDecimal> points(Rankings.Line l) {
        return l.scored().stream().collect(java.util.stream.Collectors.toMap(Rankings.Scored::key, Rankings.Scored::points));
    }

    private static Map<String, BigDecimal> deducted(Rankings.Line l) {
        return l.deducted().stream().collect(java.util.stream.Collectors.toMap(Rankings.Deducted::key, Rankings.Deducted::points));
    }

    @Test
    void countiesAreScoredAndRankedByTheBreakdown() {
        var r = rank(RankingKind.COUNTIES, false);
        assertThat(r.lines()).as("the city's 13 counties, no department").hasSize(13)
                .allSatisfy(l -> assertThat(l.unit().isDepartment()).isFalse());
        var jingzhou = line(r, "431229");
        // acceptance: g1, g2 on time of g1–g3 = 66.7% → 25 × 0.667; completion: g1 of g1–g3 = 33.3% → 25 × 0.333;
        // participation: g1, g2 rated of g1, g2 = 100% → 20; satisfaction: g1 of g1, g2 = 50% → 15
        assertThat(points(jingzhou)).containsEntry("rate.acceptance-on-time", new BigDecimal("16.68"))
                .containsEntry("rate.completion-on-time", new BigDecimal("8.33"))
                .containsEntry("rate.participation", new BigDecimal("20.00"))
                .containsEntry("rate.satisfaction", new BigDecimal("15.00"));
        // g3: a repeat (0.5), overdue now (1), collective (2), leap-level (2)
        assertThat(deducted(jingzhou)).containsEntry("repeat.items", new BigDecimal("0.50"))
                .containsEntry("handling.overdue", new BigDecimal("1.00"))
                .containsEntry("collective.visits", new BigDecimal("2.00"))
                .containsEntry("leap-level.visits", new BigDecimal("2.00"));
        // 16.68 + 8.33 + 20 + 15 - 5.5
        assertThat(jingzhou.score()).isEqualByComparingTo("54.51");
        // 通道: g4 on time, answered, satisfied: every rate 100%, nothing to deduct: first; 靖州 second; the 11
        // counties without a matter in 2010 have nothing to appraise: no score, no rank (not first with full marks)
        assertThat(line(r, "431230").score()).isEqualByComparingTo("100");
        assertThat(line(r, "431230").rank()).isEqualTo(1);
        assertThat(line(r, "431202").score()).isNull();
        assertThat(line(r, "431202").rank()).isNull();
        assertThat(r.lines().stream().filter(Rankings.Line::appraised)).hasSize(2);
        assertThat(jingzhou.rank()).isEqualTo(2);
        // each indicator has its own rank: satisfaction 通道 100% first, 靖州 50% second, the others none
        assertThat(line(r, "431230").ranks()).containsEntry("rate.satisfaction", 1);
        assertThat(jingzhou.ranks()).containsEntry("rate.satisfaction", 2);
        assertThat(line(r, "431202").ranks()).doesNotContainKey("rate.satisfaction");
        // items: 靖州 3 first, 通道 1 second, the others 0 share third
        assertThat(jingzhou.ranks()).containsEntry("volume.items", 1);
        assertThat(line(r, "431230").ranks()).containsEntry("volume.items", 2);
        assertThat(line(r, "431202").ranks()).containsEntry("volume.items", 3);
        assertThat(jingzhou.values().get("handling.overdue").numerator()).as("g3").isEqualTo(1);
    }

    @Test
    void departmentsAreCountedByTheMattersTheyHold() {
        var r = rank(RankingKind.DEPARTMENTS, false);
        int n = (int) territory.children(city.id()).stream().filter(UnitView::isDepartment).count();
        assertThat(r.lines()).hasSize(n).allSatisfy(l -> assertThat(l.unit().isDepartment()).isTrue());
        assertThat(r.indicators()).extracting(Indicator::key).contains("rate.satisfaction", "handling.overdue")
                .doesNotContain("volume.items", "rate.initial-resolution");
        // housing holds g1, g2: acceptance 2 of 2 → 25; completion g1 of 2 = 50% → 12.5; participation 100% → 20;
        // satisfaction 1 of 2 → 15; g3 is not its own: nothing deducted
        var housing = department(r, "HOUSING");
        assertThat(points(housing)).containsEntry("rate.completion-on-time", new BigDecimal("12.50"));
        assertThat(housing.deducted()).allSatisfy(d -> assertThat(d.count()).isZero());
        assertThat(housing.score()).isEqualByComparingTo("72.50");
        // natural resources holds g3: accepted late (0%), not completed (0%), nothing to rate (full 20 + 30), less 5.5
        var land = department(r, "NATURAL_RESOURCES");
        assertThat(points(land)).containsEntry("rate.acceptance-on-time", new BigDecimal("0.00"))
                .containsEntry("rate.participation", new BigDecimal("20.00"));
        assertThat(land.score()).isEqualByComparingTo("44.50");
        // the departments holding nothing in 2010 are not ranked; of those that hold some, land comes last
        long appraised = r.lines().stream().filter(Rankings.Line::appraised).count();
        assertThat(appraised).as("human resources (g4), housing, natural resources").isEqualTo(3);
        assertThat(department(r, "HUMAN_RESOURCES").score()).isEqualByComparingTo("100");
        assertThat(r.lines().stream().filter(l -> !l.appraised())).allSatisfy(l -> assertThat(l.rank()).isNull());
        assertThat(housing.rank()).isEqualTo((int) appraised - 1);
        assertThat(land.rank()).isEqualTo((int) appraised);
        assertThat(land.ranks()).containsEntry("handling.overdue", 1);
        assertThat(housing.ranks()).containsEntry("handling.overdue", 2);
    }

    @Test
    void demandsMarkedUnreasonableLeaveTheSatisfactionScoreOnlyWhenTheSchemeSaysSo() {
        // g2 (dissatisfied) is marked: satisfaction for the score is g1 of g1 = 100% → 30
        var on = rank(RankingKind.COUNTIES, true);
        var jingzhou = line(on, "431229");
        assertThat(points(jingzhou)).containsEntry("rate.satisfaction", new BigDecimal("30.00"));
        assertThat(jingzhou.scored().stream().filter(s -> s.key().equals("rate.satisfaction")).findFirst().orElseThrow()
                .rate().denominator()).isEqualTo(1);
        assertThat(jingzhou.score()).isEqualByComparingTo("69.51");
        assertThat(department(rank(RankingKind.DEPARTMENTS, true), "HOUSING").score()).isEqualByComparingTo("87.50");
        // the plain indicator keeps it: 1 of 2
        assertThat(jingzhou.values().get("rate.satisfaction").value()).isEqualByComparingTo("50.0");
        assertThat(jingzhou.values().get("rate.satisfaction").denominator()).isEqualTo(2);
        assertThat(line(rank(RankingKind.COUNTIES, false), "431229").score()).isEqualByComparingTo("54.51");
    }

    @Test
    void aCountyViewerRanksTheTownshipsUnderIt() {
        StaffPrincipal county = (StaffPrincipal) users.loadUserByUsername("jingzhou.supervisor");
        var r = rankings.ranking(county, String.valueOf(RankingDataset.YEAR), "counties");
        assertThat(r.area().code()).isEqualTo("431229");
        assertThat(r.lines()).extracting(l -> l.unit().code()).contains("431229001", "431229002")
                .allSatisfy(code -> assertThat(code).startsWith("431229"));
    }
}
