package org.xinfang.statute;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xinfang.statute.OversightRules.MeasureKind;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of oversight (issue 12, item 4), held against the 2022 text as {@link StatuteArticlesTest} holds the others. */
class OversightArticlesTest {

    static final List<StatuteArticlesTest.Rule> RULES = Stream.of(OversightRules.class, MeasureKind.class,
            OversightRules.AccountabilityGround.class, OversightRules.FeedbackOutcome.class)
            .flatMap(c -> StatuteArticlesTest.rules(c).stream()).toList();

    @Test
    @DisplayName("every oversight rule cites an article of 2022 or names whose practice it is")
    void everyRuleCitesItsBasis() {
        assertThat(RULES).extracting(StatuteArticlesTest.Rule::name).contains("RECTIFICATION_DAYS",
                "isRectificationDeadlineAcceptable", "isPastRectification", "staysListed", "daysAwaitingFeedback",
                "mayConclude", "INTERVIEW", "LISTED_SUPERVISION", "FALSIFICATION", "PARTLY_ADOPTED");
        assertThat(RULES).filteredOn(rule -> rule.articles().isEmpty() && rule.practice() == null).isEmpty();
    }

    @Test
    @DisplayName("art. 39 ¶3: the joint conference interviews, circulates, lists for supervision and orders rectification by a deadline")
    void theMeasuresOfTheJointConference() {
        assertThat(text("INTERVIEW")).contains("由信访工作联席会议进行约谈、通报、挂牌督办，责令限期整改");
        assertThat(text("staysListed")).isEqualTo(text("LISTED_SUPERVISION"));
        LocalDate day = LocalDate.of(2026, 3, 2);
        assertThat(OversightRules.isRectificationDeadlineAcceptable(day, day)).isFalse();
        assertThat(OversightRules.isRectificationDeadlineAcceptable(day, day.plusDays(OversightRules.RECTIFICATION_DAYS))).isTrue();
        assertThat(OversightRules.isPastRectification(day, null, day)).as("on the day").isFalse();
        assertThat(OversightRules.isPastRectification(day, null, day.plusDays(1))).isTrue();
        assertThat(OversightRules.isPastRectification(day, day.plusDays(1), day.plusDays(9))).as("rectified").isFalse();
        assertThat(OversightRules.staysListed(MeasureKind.LISTED_SUPERVISION, null)).isTrue();
        assertThat(OversightRules.staysListed(MeasureKind.LISTED_SUPERVISION, day)).isFalse();
        assertThat(OversightRules.staysListed(MeasureKind.INTERVIEW, null)).isFalse();
    }

    @Test
    @DisplayName("art. 40 ¶3–4: accountability for shirking, perfunctoriness, delay, falsification; the written feedback")
    void accountabilityAndItsFeedback() {
        assertThat(text("SHIRKING")).contains("推诿、敷衍、拖延、弄虚作假造成严重后果", "向有管理权限的机关、单位提出追究责任的建议");
        assertThat(text("ADOPTED")).contains("追究责任的建议", "应当书面反馈采纳情况");
        assertThat(text("daysAwaitingFeedback")).isEqualTo(text("ADOPTED"));
        assertThat(OversightRules.daysAwaitingFeedback(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 14))).isEqualTo(12);
    }

    @Test
    @DisplayName("art. 38 ¶2: inspections as the work needs, the problems found fed back to the places and departments")
    void specialInspections() {
        assertThat(text("mayConclude")).contains("信访工作联席会议及其办公室、党委和政府信访部门应当根据工作需要开展督查",
                "就发现的问题向有关地方和部门进行反馈");
        assertThat(OversightRules.mayConclude(2, 1)).isFalse();
        assertThat(OversightRules.mayConclude(2, 2)).isTrue();
        assertThat(OversightRules.mayConclude(0, 0)).isFalse();
    }

    private static String text(String rule) {
        return String.join("\n", RULES.stream().filter(r -> r.name().equals(rule)).findFirst().orElseThrow()
                .of(Regulation.R2022).stream().map(StatuteArticlesTest::text).toList());
    }
}
