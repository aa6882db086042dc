package org.xinfang.statute;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of issue 10, items 7 and 8, held against the 2022 text as {@link StatuteArticlesTest} holds the others. */
class FlagsAndRecusalArticlesTest {

    @Test
    @DisplayName("art. 25 ¶1 names the same-level party committee and government, ¶2 the next-higher petition department")
    void art25_theRecipientsCiteTheirParagraphs() {
        List<StatuteArticlesTest.Rule> recipients = StatuteArticlesTest.rules(UrgentReportRecipient.class);
        assertThat(recipients).hasSize(UrgentReportRecipient.values().length);
        assertThat(cited(recipients, "SAME_LEVEL_COMMITTEE_AND_GOVERNMENT")).contains("重大、紧急信访事项", "报告本级党委和政府");
        assertThat(cited(recipients, "HIGHER_PETITION_OFFICE")).contains("重大、紧急信访事项", "向上一级信访部门报告");
        assertThat(cited(StatuteArticlesTest.rules(), "urgentReportRecipients")).contains("本级党委和政府", "上一级信访部门");
    }

    @Test
    @DisplayName("art. 25: a major or urgent matter goes to both recipients, any other matter to none")
    void art25_onlyAMajorOrUrgentMatterIsReported() {
        assertThat(Statute.urgentReportRecipients(true)).isEqualTo(Set.of(UrgentReportRecipient.values()));
        assertThat(Statute.urgentReportRecipients(false)).isEmpty();
    }

    @Test
    @DisplayName("art. 28 ¶3: staff with a direct interest recuse themselves; whoever declared it may not act")
    void art28_3_recusalBarsActing() {
        assertThat(cited(StatuteArticlesTest.rules(), "mayActOn")).contains("直接利害关系", "回避");
        assertThat(Statute.mayActOn(true)).isFalse();
        assertThat(Statute.mayActOn(false)).isTrue();
    }

    @Test
    @DisplayName("art. 48: the Regulations apply to foreigners' matters, which the HMT/foreign flag counts")
    void art48_foreignersMattersFollowTheseRegulations() {
        assertThat(StatuteArticlesTest.text(article48())).contains("外国人", "参照本条例执行");
    }

    @Test
    @DisplayName("first petition and joint letter are practice, not statute: computed from history and signatures")
    void firstPetitionAndJointLetterArePractice() {
        assertThat(Statute.isFirstPetition(0)).isTrue();
        assertThat(Statute.isFirstPetition(1)).isFalse();
        assertThat(Statute.isJointLetter(true, 2)).isTrue();
        assertThat(Statute.isJointLetter(false, 30)).isFalse();
        assertThat(Statute.isJointLetter(true, 1)).isFalse();
    }

    private static String cited(List<StatuteArticlesTest.Rule> rules, String name) {
        StatuteArticlesTest.Rule rule = rules.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
        assertThat(rule.of(Regulation.R2022)).as(name).isNotEmpty();
        return String.join("\n", rule.of(Regulation.R2022).stream().map(StatuteArticlesTest::text).toList());
    }

    @Article(regulation = Regulation.R2022, number = 48)
    private static void citesArticle48() {
    }

    private static Article article48() {
        try {
            return FlagsAndRecusalArticlesTest.class.getDeclaredMethod("citesArticle48").getAnnotation(Article.class);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }
}
