package org.xinfang.statute;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The backlog register's rules (issue 12, item 2): practice, each saying whose; old means past the handling limit. */
class BacklogRulesTest {

    @Test
    @DisplayName("every rule of the backlog register names whose practice it is")
    void everyRuleNamesItsPractice() {
        assertThat(StatuteArticlesTest.rules(BacklogRules.class)).extracting(StatuteArticlesTest.Rule::name)
                .containsExactlyInAnyOrder("isOldEnough", "isTargetAhead", "maySettle");
        assertThat(StatuteArticlesTest.rules(BacklogRules.class)).allSatisfy(r -> assertThat(r.practice()).isNotBlank());
    }

    @Test
    @DisplayName("old: received at least the 60-day handling limit ago; the target is to come; settled: closed and described")
    void theRules() {
        LocalDate today = LocalDate.of(2026, 3, 2);
        assertThat(BacklogRules.isOldEnough(today.minusDays(Statute.HANDLING_DAYS), today)).isTrue();
        assertThat(BacklogRules.isOldEnough(today.minusDays(Statute.HANDLING_DAYS - 1), today)).isFalse();
        assertThat(BacklogRules.isTargetAhead(today.plusDays(1), today)).isTrue();
        assertThat(BacklogRules.isTargetAhead(today, today)).isFalse();
        assertThat(BacklogRules.maySettle(true, true)).isTrue();
        assertThat(BacklogRules.maySettle(false, true)).as("the procedure goes on").isFalse();
        assertThat(BacklogRules.maySettle(true, false)).as("how it was settled is not said").isFalse();
    }
}
