package org.xinfang.statute;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xinfang.territory.AdministrativeLevel;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of joint handling (issue 12, item 3), held against the 2022 text as {@link StatuteArticlesTest} holds the others. */
class JointHandlingArticlesTest {

    static final List<StatuteArticlesTest.Rule> RULES = StatuteArticlesTest.rules(JointHandlingRules.class);

    @Test
    @DisplayName("every joint-handling rule cites an article of 2022 or names whose practice it is")
    void everyRuleCitesItsBasis() {
        assertThat(RULES).extracting(StatuteArticlesTest.Rule::name).containsExactlyInAnyOrder("MAX_BUNDLED_PARTIES",
                "hasJointConferenceOffice", "isLate", "isDueDayAcceptable");
        assertThat(RULES).filteredOn(rule -> rule.articles().isEmpty() && rule.practice() == null).isEmpty();
    }

    @Test
    @DisplayName("art. 13 ¶1 and 24 ¶1: the local joint conference coordinates its area's matters of several bodies; city and county offices")
    void theConferenceOfficesOfTheCityAndTheCounties() {
        StatuteArticlesTest.Rule rule = RULES.stream().filter(r -> r.name().equals("hasJointConferenceOffice")).findFirst().orElseThrow();
        String text = String.join("\n", rule.of(Regulation.R2022).stream().map(StatuteArticlesTest::text).toList());
        assertThat(text).contains("地方各级信访工作联席会议", "协调处理发生在本地区的重要信访问题", "涉及两个或者两个以上机关、单位的信访事项");
        assertThat(JointHandlingRules.hasJointConferenceOffice(AdministrativeLevel.CITY)).isTrue();
        assertThat(JointHandlingRules.hasJointConferenceOffice(AdministrativeLevel.COUNTY)).isTrue();
        assertThat(JointHandlingRules.hasJointConferenceOffice(AdministrativeLevel.TOWNSHIP)).isFalse();
    }

    @Test
    @DisplayName("a duty is late past its deadline without its final report, or reported done after it; deadlines within 60 days")
    void lateAndDeadlines() {
        LocalDate due = LocalDate.of(2026, 3, 2);
        assertThat(JointHandlingRules.isLate(due, null, due)).as("on the day").isFalse();
        assertThat(JointHandlingRules.isLate(due, null, due.plusDays(1))).isTrue();
        assertThat(JointHandlingRules.isLate(due, due, due.plusDays(9))).as("done in time").isFalse();
        assertThat(JointHandlingRules.isLate(due, due.plusDays(1), due.plusDays(9))).as("done late").isTrue();
        assertThat(JointHandlingRules.isDueDayAcceptable(due.plusDays(60), due)).isTrue();
        assertThat(JointHandlingRules.isDueDayAcceptable(due.plusDays(61), due)).isFalse();
        assertThat(JointHandlingRules.isDueDayAcceptable(due, due)).as("today").isFalse();
        assertThat(JointHandlingRules.MAX_BUNDLED_PARTIES).isEqualTo(9);
    }
}
