package org.xinfang.statute;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of the callback (回访, issue 12, item 7), held against the texts as {@link StatuteArticlesTest} holds the others. */
class CallbackRulesTest {

    static final List<StatuteArticlesTest.Rule> RULES = StatuteArticlesTest.rules(CallbackRules.class);

    private static final LocalDate REPLIED = LocalDate.of(2026, 11, 2);

    @Test
    @DisplayName("every callback rule cites an article or names whose practice it is, and every cited article is in its text")
    void everyRuleCitesItsBasis() {
        assertThat(RULES).extracting(StatuteArticlesTest.Rule::name).containsExactlyInAnyOrder("DAYS_AFTER_REPLY",
                "MAX_ATTEMPTS_NOT_REACHED", "callFrom", "mayCallBack", "countsAsEvaluation", "isOver");
        assertThat(RULES).filteredOn(rule -> rule.articles().isEmpty() && rule.practice() == null).isEmpty();
        RULES.forEach(rule -> rule.articles().forEach(article -> assertThat(StatuteArticlesTest.text(article))
                .as(rule.name() + " cites " + article.regulation() + " " + StatuteArticlesTest.render(article)).isNotBlank()));
    }

    @Test
    @DisplayName("Beijing art. 23: once the handling time is over, the petitioner is called back; here from 5 days after the answer to the end of the rating window")
    void beijing23_theCallbackComesAfterTheAnswerWithinTheRatingWindow() {
        assertThat(text("mayCallBack", Regulation.BEIJING2021)).contains("诉求办理时限期满", "电话", "回访");
        LocalDate due = Statute.ratingDeadline(REPLIED, Statute.RATING_WINDOW_DAYS);
        assertThat(CallbackRules.mayCallBack(REPLIED, due, REPLIED.plusDays(4))).as("4 days after").isFalse();
        assertThat(CallbackRules.mayCallBack(REPLIED, due, REPLIED.plusDays(5))).as("5 days after").isTrue();
        assertThat(CallbackRules.mayCallBack(REPLIED, due, due)).as("the window's last day").isTrue();
        assertThat(CallbackRules.mayCallBack(REPLIED, due, due.plusDays(1))).as("the window closed").isFalse();
        assertThat(CallbackRules.mayCallBack(null, null, REPLIED)).as("not answered").isFalse();
    }

    @Test
    @DisplayName("2022 art. 21 ¶2 and Beijing art. 28: a reached call with a rating is the petitioner's evaluation, nothing else is")
    void art21_2_aReachedCallWithARatingIsTheEvaluation() {
        assertThat(text("countsAsEvaluation", Regulation.R2022)).contains("评价信访事项办理情况");
        assertThat(text("countsAsEvaluation", Regulation.BEIJING2021)).contains("回访评价");
        assertThat(CallbackRules.countsAsEvaluation(true, true)).isTrue();
        assertThat(CallbackRules.countsAsEvaluation(true, false)).as("declined to rate").isFalse();
        assertThat(CallbackRules.countsAsEvaluation(false, false)).as("not reached").isFalse();
    }

    @Test
    @DisplayName("three calls not reached end the callback; a reached one ends it at once")
    void threeCallsNotReachedEndIt() {
        assertThat(CallbackRules.isOver(false, 2)).isFalse();
        assertThat(CallbackRules.isOver(false, 3)).isTrue();
        assertThat(CallbackRules.isOver(true, 0)).isTrue();
        assertThat(RULES).filteredOn(r -> r.name().equals("MAX_ATTEMPTS_NOT_REACHED")).first()
                .extracting(StatuteArticlesTest.Rule::practice).asString().contains("三次未接通");
    }

    private static String text(String rule, Regulation regulation) {
        return String.join("\n", RULES.stream().filter(r -> r.name().equals(rule)).findFirst().orElseThrow()
                .of(regulation).stream().map(StatuteArticlesTest::text).toList());
    }
}
