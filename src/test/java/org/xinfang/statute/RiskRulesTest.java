package org.xinfang.statute;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.statute.AssessmentConclusion.DO_NOT_PROCEED;
import static org.xinfang.statute.AssessmentConclusion.POSTPONE;
import static org.xinfang.statute.AssessmentConclusion.PROCEED;
import static org.xinfang.statute.AssessmentConclusion.PROCEED_WITH_MEASURES;
import static org.xinfang.statute.RiskLevel.HIGH;
import static org.xinfang.statute.RiskLevel.LOW;
import static org.xinfang.statute.RiskLevel.MEDIUM;

/**
 * Source control's rules (issue 13, item 5): matters arising from a tracked project raise its level, three in the last
 * 30 days one step, a collective visit one step, never above high; the level weighs every point; the conclusion the
 * level allows. Each rule cites an article in the text or names whose practice it is.
 */
class RiskRulesTest {

    private static final LocalDate ASSESSED = LocalDate.of(2026, 6, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    @DisplayName("every rule names whose practice it is, and each article it cites is in the law's text")
    void everyRuleIsCited() {
        assertThat(StatuteArticlesTest.rules(RiskRules.class)).extracting(StatuteArticlesTest.Rule::name)
                .containsExactlyInAnyOrder("WINDOW_DAYS", "MATTERS_IN_WINDOW", "currentLevel",
                        "isLevelAtLeastHighestPoint", "allowsConclusion");
        assertThat(StatuteArticlesTest.rules(RiskRules.class)).allSatisfy(r -> assertThat(r.practice()).isNotBlank());
        StatuteArticlesTest.rules(RiskRules.class).forEach(r -> r.articles().forEach(a ->
                assertThat(StatuteArticlesTest.text(a)).as(r.name()).isNotBlank()));
        List<Article> cited = StatuteArticlesTest.rules(RiskRules.class).stream()
                .filter(r -> r.name().equals("currentLevel")).findFirst().orElseThrow().articles();
        assertThat(cited.stream().map(StatuteArticlesTest::text)).anySatisfy(t -> assertThat(t).contains("源头治理"));
    }

    @Test
    @DisplayName("three matters in the last 30 days raise one step; two do not, nor one received 30 days ago")
    void mattersInTheWindow() {
        LinkedMatters m = new LinkedMatters();
        assertThat(level(LOW, m.on(TODAY).on(TODAY.minusDays(29)))).isEqualTo(LOW);
        var raised = RiskRules.currentLevel(LOW, ASSESSED, m.on(TODAY.minusDays(10)).all(), TODAY);
        assertThat(raised.level()).isEqualTo(MEDIUM);
        assertThat(raised.raises()).containsExactly(RiskRules.Raise.MATTERS_IN_WINDOW);
        assertThat(raised.mattersInWindow()).isEqualTo(3);
        // the first day of the window is today minus 29; the day before it is outside
        LinkedMatters edge = new LinkedMatters().on(TODAY).on(TODAY.minusDays(1)).on(TODAY.minusDays(30));
        assertThat(level(LOW, edge)).isEqualTo(LOW);
        assertThat(level(LOW, new LinkedMatters().on(TODAY).on(TODAY.minusDays(1)).on(TODAY.minusDays(29))))
                .isEqualTo(MEDIUM);
    }

    @Test
    @DisplayName("only matters received on or after the assessment count: the earlier ones were the assessment's to weigh")
    void onlyMattersSinceTheAssessment() {
        LocalDate assessed = TODAY.minusDays(5);
        LinkedMatters m = new LinkedMatters().on(TODAY).on(assessed).on(assessed.minusDays(1))
                .collectiveOn(assessed.minusDays(2));
        var level = RiskRules.currentLevel(MEDIUM, assessed, m.all(), TODAY);
        assertThat(level.level()).isEqualTo(MEDIUM);
        assertThat(level.mattersInWindow()).isEqualTo(2);
        assertThat(RiskRules.currentLevel(MEDIUM, assessed, m.on(assessed).all(), TODAY).level()).isEqualTo(HIGH);
    }

    @Test
    @DisplayName("a collective visit raises one step, any day since the assessment; both raises two steps, capped at high")
    void collectiveVisitAndCap() {
        assertThat(level(LOW, new LinkedMatters().collectiveOn(ASSESSED))).isEqualTo(MEDIUM);
        assertThat(level(LOW, new LinkedMatters().collectiveOn(TODAY.minusDays(100)))).as("outside the window still counts")
                .isEqualTo(MEDIUM);
        LinkedMatters both = new LinkedMatters().collectiveOn(TODAY).on(TODAY).on(TODAY);
        var two = RiskRules.currentLevel(LOW, ASSESSED, both.all(), TODAY);
        assertThat(two.level()).isEqualTo(HIGH);
        assertThat(two.raises()).containsExactly(RiskRules.Raise.MATTERS_IN_WINDOW, RiskRules.Raise.COLLECTIVE_VISIT);
        assertThat(level(MEDIUM, both)).isEqualTo(HIGH);
        assertThat(level(HIGH, both)).isEqualTo(HIGH);
        assertThat(RiskRules.currentLevel(HIGH, ASSESSED, List.of(), TODAY).raises()).isEmpty();
    }

    @Test
    @DisplayName("the overall level is no lower than the highest risk point")
    void levelWeighsEveryPoint() {
        assertThat(RiskRules.isLevelAtLeastHighestPoint(MEDIUM, List.of(LOW, MEDIUM))).isTrue();
        assertThat(RiskRules.isLevelAtLeastHighestPoint(HIGH, List.of(LOW))).isTrue();
        assertThat(RiskRules.isLevelAtLeastHighestPoint(LOW, List.of(LOW, MEDIUM))).isFalse();
    }

    @Test
    @DisplayName("high risk: postpone or do not proceed; medium: not without measures; low: any conclusion")
    void conclusionsByLevel() {
        assertThat(List.of(PROCEED, PROCEED_WITH_MEASURES, POSTPONE, DO_NOT_PROCEED))
                .allMatch(c -> RiskRules.allowsConclusion(LOW, c));
        assertThat(RiskRules.allowsConclusion(MEDIUM, PROCEED)).isFalse();
        assertThat(RiskRules.allowsConclusion(MEDIUM, PROCEED_WITH_MEASURES)).isTrue();
        assertThat(RiskRules.allowsConclusion(MEDIUM, POSTPONE)).isTrue();
        assertThat(RiskRules.allowsConclusion(HIGH, PROCEED)).isFalse();
        assertThat(RiskRules.allowsConclusion(HIGH, PROCEED_WITH_MEASURES)).isFalse();
        assertThat(RiskRules.allowsConclusion(HIGH, POSTPONE)).isTrue();
        assertThat(RiskRules.allowsConclusion(HIGH, DO_NOT_PROCEED)).isTrue();
    }

    private static RiskLevel level(RiskLevel assessed, LinkedMatters m) {
        return RiskRules.currentLevel(assessed, ASSESSED, m.all(), TODAY).level();
    }

    private static final class LinkedMatters {
        private final java.util.ArrayList<RiskRules.LinkedMatter> all = new java.util.ArrayList<>();

        LinkedMatters on(LocalDate day) {
            all.add(new RiskRules.LinkedMatter(day, false));
            return this;
        }

        LinkedMatters collectiveOn(LocalDate day) {
            all.add(new RiskRules.LinkedMatter(day, true));
            return this;
        }

        List<RiskRules.LinkedMatter> all() {
            return List.copyOf(all);
        }
    }
}
