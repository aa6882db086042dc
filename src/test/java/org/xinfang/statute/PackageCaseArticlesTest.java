package org.xinfang.statute;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of four-level package cases (issue 12, item 1), held against the 2022 text as {@link StatuteArticlesTest} holds the others. */
class PackageCaseArticlesTest {

    static final List<StatuteArticlesTest.Rule> RULES = StatuteArticlesTest.rules(PackageCaseRules.class);

    @Test
    @DisplayName("every package-case rule cites an article of 2022 or names whose practice it is")
    void everyRuleCitesItsBasis() {
        assertThat(RULES).extracting(StatuteArticlesTest.Rule::name)
                .containsExactlyInAnyOrder("RESOLVED_RATE_BAR", "mayRecordActivity");
        assertThat(RULES).filteredOn(rule -> rule.articles().isEmpty() && rule.practice() == null).isEmpty();
    }

    @Test
    @DisplayName("art. 18 ¶2: leaders take prominent problems in personal charge (包案化解); the holding leader records, of days done")
    void art18_2_theLeaderHoldingTheCaseRecordsIt() {
        StatuteArticlesTest.Rule rule = RULES.stream().filter(r -> r.name().equals("mayRecordActivity")).findFirst().orElseThrow();
        String text = String.join("\n", rule.of(Regulation.R2022).stream().map(StatuteArticlesTest::text).toList());
        assertThat(text).contains("领导干部", "包案化解群众反映强烈的突出问题");
        LocalDate taken = LocalDate.of(2026, 3, 2);
        assertThat(PackageCaseRules.mayRecordActivity(true, taken, taken, taken)).isTrue();
        assertThat(PackageCaseRules.mayRecordActivity(false, taken, taken, taken)).as("another leader").isFalse();
        assertThat(PackageCaseRules.mayRecordActivity(true, taken.plusDays(1), taken, taken)).as("tomorrow").isFalse();
        assertThat(PackageCaseRules.mayRecordActivity(true, taken.minusDays(1), taken, taken)).as("before it was taken").isFalse();
    }

    @Test
    @DisplayName("the 85% bar of the resolution rate is practice, not statute")
    void theBarIsPractice() {
        StatuteArticlesTest.Rule rule = RULES.stream().filter(r -> r.name().equals("RESOLVED_RATE_BAR")).findFirst().orElseThrow();
        assertThat(rule.articles()).isEmpty();
        assertThat(rule.practice()).isNotBlank();
        assertThat(PackageCaseRules.RESOLVED_RATE_BAR).isEqualTo(0.85);
    }
}
