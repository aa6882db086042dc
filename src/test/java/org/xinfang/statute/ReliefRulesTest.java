package org.xinfang.statute;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.xinfang.territory.AdministrativeLevel;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of the relief fund (issue 13, item 2), held against the 2022 text as {@link StatuteArticlesTest} holds the others. */
class ReliefRulesTest {

    static final List<StatuteArticlesTest.Rule> RULES = StatuteArticlesTest.rules(ReliefRules.class);

    @Test
    @DisplayName("every relief rule cites an article of 2022 or names whose practice it is; art. 37 ¶2 is about relief")
    void everyRuleCitesItsBasis() {
        assertThat(RULES).extracting(StatuteArticlesTest.Rule::name)
                .containsExactlyInAnyOrder("LEADER_THRESHOLD", "leaderThreshold", "needsLeader", "isPayable", "LONG_TERM_YEARS", "isLongTerm");
        assertThat(RULES).filteredOn(rule -> rule.articles().isEmpty() && rule.practice() == null).isEmpty();
        StatuteArticlesTest.Rule payable = RULES.stream().filter(r -> r.name().equals("isPayable")).findFirst().orElseThrow();
        String text = String.join("\n", payable.of(Regulation.R2022).stream().map(StatuteArticlesTest::text).toList());
        assertThat(text).contains("生活确有困难", "社会救助", "司法救助");
    }

    @Test
    @DisplayName("amounts in yuan and fen, above zero; over 5,000 yuan a leader approves last")
    void amountsAndTheChain() {
        assertThat(ReliefRules.isPayable(new BigDecimal("0.01"))).isTrue();
        assertThat(ReliefRules.isPayable(new BigDecimal("10.50"))).isTrue();
        assertThat(ReliefRules.isPayable(new BigDecimal("10.005"))).isFalse();
        assertThat(ReliefRules.isPayable(BigDecimal.ZERO)).isFalse();
        assertThat(ReliefRules.isPayable(new BigDecimal("-1"))).isFalse();
        assertThat(ReliefRules.isPayable(null)).isFalse();
        assertThat(ReliefRules.isPayable(new BigDecimal("1e12"))).as("more than the ledger holds").isFalse();
        assertThat(ReliefRules.isPayable(new BigDecimal("999999999999.99"))).isTrue();
        assertThat(ReliefRules.needsLeader(new BigDecimal("5000.00"), ReliefRules.LEADER_THRESHOLD)).isFalse();
        assertThat(ReliefRules.needsLeader(new BigDecimal("5000.01"), ReliefRules.LEADER_THRESHOLD)).isTrue();
    }

    @Test
    @DisplayName("the threshold is set per level of the paying unit; a level not set keeps 5,000 yuan")
    void thresholdPerLevel() {
        java.util.Map<AdministrativeLevel, BigDecimal> set = java.util.Map.of(AdministrativeLevel.COUNTY, new BigDecimal("3000.00"));
        assertThat(ReliefRules.leaderThreshold(AdministrativeLevel.COUNTY, set)).isEqualByComparingTo("3000.00");
        assertThat(ReliefRules.leaderThreshold(AdministrativeLevel.CITY, set)).isEqualByComparingTo("5000.00");
        assertThat(ReliefRules.needsLeader(new BigDecimal("3500.00"), ReliefRules.leaderThreshold(AdministrativeLevel.COUNTY, set)))
                .isTrue();
        assertThat(ReliefRules.needsLeader(new BigDecimal("3500.00"), ReliefRules.leaderThreshold(AdministrativeLevel.CITY, set)))
                .isFalse();
    }

    @Test
    @DisplayName("a long-term petitioner had petitioned for more than five years at the payment")
    void longTermPetitioners() {
        java.time.LocalDate paid = java.time.LocalDate.of(2025, 6, 1);
        assertThat(ReliefRules.isLongTerm(java.time.LocalDate.of(2020, 5, 31), paid)).isTrue();
        assertThat(ReliefRules.isLongTerm(java.time.LocalDate.of(2020, 6, 1), paid)).as("five years to the day").isFalse();
        assertThat(ReliefRules.isLongTerm(null, paid)).isFalse();
    }
}
