package org.xinfang.statute;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of the follow-up of supervision (issue 12, item 4), held against the 2022 text. */
class SupervisionRulesTest {

    static final List<StatuteArticlesTest.Rule> RULES = StatuteArticlesTest.rules(SupervisionRules.class);

    @Test
    @DisplayName("every rule cites an article of 2022 or names whose practice it is; art. 40 ¶1: a delaying unit is supervised")
    void rules() {
        assertThat(RULES).extracting(StatuteArticlesTest.Rule::name)
                .containsExactlyInAnyOrder("DEFAULT_REMINDER_DAYS", "ESCALATION_DAYS", "isDueForEscalation");
        assertThat(RULES).filteredOn(rule -> rule.articles().isEmpty() && rule.practice() == null).isEmpty();
        StatuteArticlesTest.Rule rule = RULES.stream().filter(r -> r.name().equals("isDueForEscalation")).findFirst().orElseThrow();
        String text = String.join("\n", rule.of(Regulation.R2022).stream().map(StatuteArticlesTest::text).toList());
        assertThat(text).contains("推诿、敷衍、拖延", "应当及时督办");
        LocalDate due = LocalDate.of(2026, 3, 2);
        assertThat(SupervisionRules.isDueForEscalation(due, null, due)).isFalse();
        assertThat(SupervisionRules.isDueForEscalation(due, null, due.plusDays(1))).isTrue();
        assertThat(SupervisionRules.isDueForEscalation(due, due.plusDays(1), due.plusDays(30))).isFalse();
        assertThat(SupervisionRules.isDueForEscalation(due, due.plusDays(1), due.plusDays(31))).isTrue();
    }
}
