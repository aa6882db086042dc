package org.xinfang.statute;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of the handler's own steps (issue 11, item 3), held against the 2022 text as {@link StatuteArticlesTest} holds the others. */
class HandlerStepArticlesTest {

    static final List<StatuteArticlesTest.Rule> RULES = StatuteArticlesTest.rules(HandlerStepRules.class);

    @Test
    @DisplayName("every rule of the handler's steps cites an article of 2022 or names whose practice it is")
    void everyRuleCitesItsBasis() {
        assertThat(RULES).extracting(StatuteArticlesTest.Rule::name)
                .containsExactlyInAnyOrder("mayRequestExtension", "mayRouteBack", "timeToSignFor", "takesEvidence",
                        "returnNeedsComments", "owesReport", "decidesAcceptance");
        assertThat(RULES).filteredOn(rule -> rule.articles().isEmpty() && rule.practice() == null).isEmpty();
        assertThat(RULES).filteredOn(rule -> !rule.articles().isEmpty() && rule.of(Regulation.R2022).isEmpty()).isEmpty();
    }

    @Test
    @DisplayName("art. 34: the head of the body approves (经本机关、单位负责人批准): the handler asks, once, one request at a time")
    void art34_theHandlerAsksTheHead() {
        assertThat(cited("mayRequestExtension")).contains("经本机关、单位负责人批准", "延长期限不得超过30日");
        assertThat(HandlerStepRules.mayRequestExtension(false, false)).isTrue();
        assertThat(HandlerStepRules.mayRequestExtension(true, false)).as("the one extension granted").isFalse();
        assertThat(HandlerStepRules.mayRequestExtension(false, true)).as("a request waits").isFalse();
    }

    @Test
    @DisplayName("art. 23 ¶3: the send-back (异议 with reasons, 核实同意, 交还相关材料); back to the same unit only with a reason")
    void art23_3_theSendBack() {
        assertThat(cited("mayRouteBack")).contains("5个工作日内提出异议", "详细说明理由", "核实同意后，交还相关材料");
        assertThat(HandlerStepRules.mayRouteBack(true, false)).isFalse();
        assertThat(HandlerStepRules.mayRouteBack(true, true)).isTrue();
        assertThat(HandlerStepRules.mayRouteBack(false, false)).isTrue();
    }

    @Test
    @DisplayName("sign-for is practice, not statute: the time from the receipt to the sign-for")
    void signForIsPractice() {
        StatuteArticlesTest.Rule rule = RULES.stream().filter(r -> r.name().equals("timeToSignFor")).findFirst().orElseThrow();
        assertThat(rule.articles()).isEmpty();
        assertThat(rule.practice()).contains("签收");
        Instant received = Instant.parse("2026-03-03T02:00:00Z");
        assertThat(HandlerStepRules.timeToSignFor(received, received.plusSeconds(8100))).isEqualTo(Duration.ofMinutes(135));
        assertThat(HandlerStepRules.timeToSignFor(received, null)).isNull();
    }

    @Test
    @DisplayName("art. 31 ¶1 item 6: the body investigates (调查核实) before its opinion: evidence while handled or reviewed")
    void art31_6_evidenceOfTheInvestigation() {
        assertThat(cited("takesEvidence")).contains("调查核实", "出具信访处理意见书");
        assertThat(HandlerStepRules.takesEvidence(true)).isTrue();
        assertThat(HandlerStepRules.takesEvidence(false)).isFalse();
    }

    @Test
    @DisplayName("art. 24 ¶1 names the joint acceptance (协商受理); lead and co-handling units and the report owed are practice")
    void art24_1_coHandling() {
        assertThat(cited("owesReport")).contains("涉及两个或者两个以上机关、单位的信访事项", "协商受理");
        assertThat(practice("owesReport")).contains("主办", "协办");
        assertThat(HandlerStepRules.owesReport(true, false)).isTrue();
        assertThat(HandlerStepRules.owesReport(true, true)).isFalse();
        assertThat(HandlerStepRules.owesReport(false, false)).isFalse();
    }

    @Test
    @DisplayName("art. 23 ¶3: the body the matter was passed to decides on acceptance, not the office that passed it on")
    void art23_3_theAcceptingBody() {
        assertThat(cited("decidesAcceptance")).contains("自收到之日起15日内书面告知信访人接收情况");
        assertThat(HandlerStepRules.decidesAcceptance(true, false, false)).as("the body it was passed to").isTrue();
        assertThat(HandlerStepRules.decidesAcceptance(true, false, true)).as("the office above that passed it on").isFalse();
        assertThat(HandlerStepRules.decidesAcceptance(true, true, true)).as("the office holding it itself").isTrue();
        assertThat(HandlerStepRules.decidesAcceptance(false, false, false)).isFalse();
    }

    @Test
    @DisplayName("the sign-off (审签) is practice: a returned draft carries the head's comments")
    void theSignOffIsPractice() {
        assertThat(practice("returnNeedsComments")).contains("审签");
        assertThat(HandlerStepRules.returnNeedsComments(true)).isTrue();
    }

    private static String practice(String name) {
        return RULES.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow().practice();
    }

    private static String cited(String name) {
        StatuteArticlesTest.Rule rule = RULES.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
        assertThat(rule.of(Regulation.R2022)).as(name).isNotEmpty();
        return String.join("\n", rule.of(Regulation.R2022).stream().map(StatuteArticlesTest::text).toList());
    }
}
