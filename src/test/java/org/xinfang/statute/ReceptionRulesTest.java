package org.xinfang.statute;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xinfang.territory.AdministrativeLevel;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of leader receptions (issue 12, item 6), held against the 2022 text as {@link StatuteArticlesTest} holds the others. */
class ReceptionRulesTest {

    static final List<StatuteArticlesTest.Rule> RULES = StatuteArticlesTest.rules(ReceptionRules.class);

    @Test
    @DisplayName("every reception rule cites an article of 2022 or names whose practice it is")
    void everyRuleCitesItsBasis() {
        assertThat(RULES).extracting(StatuteArticlesTest.Rule::name).containsExactlyInAnyOrder("OPEN_DAY",
                "APPOINTMENT_MAX_DAYS_AHEAD", "isOpenDay", "mayHoldJointReception", "mayAskForAppointmentOn");
        assertThat(RULES).filteredOn(rule -> rule.articles().isEmpty() && rule.practice() == null).isEmpty();
    }

    @Test
    @DisplayName("art. 18 ¶2: leaders receive visitors regularly (定期接待群众来访); the seed's open day is Monday")
    void art18_2_openReceptionDaysAreMondays() {
        assertThat(text("isOpenDay")).contains("领导干部", "定期接待群众来访", "定期下访");
        assertThat(ReceptionRules.isOpenDay(LocalDate.of(2026, 11, 30))).as("a Monday").isTrue();
        assertThat(ReceptionRules.isOpenDay(LocalDate.of(2026, 12, 1))).as("a Tuesday").isFalse();
    }

    @Test
    @DisplayName("art. 18 ¶3: the city and county committees and governments receive jointly (联合接访), not townships or villages")
    void art18_3_jointReceptionsAtCityAndCountyLevel() {
        assertThat(text("mayHoldJointReception")).contains("市、县级党委和政府", "联合接访", "一站式解决信访问题");
        assertThat(ReceptionRules.mayHoldJointReception(AdministrativeLevel.CITY)).isTrue();
        assertThat(ReceptionRules.mayHoldJointReception(AdministrativeLevel.COUNTY)).isTrue();
        assertThat(ReceptionRules.mayHoldJointReception(AdministrativeLevel.TOWNSHIP)).isFalse();
        assertThat(ReceptionRules.mayHoldJointReception(AdministrativeLevel.VILLAGE)).isFalse();
    }

    @Test
    @DisplayName("an appointment is asked for a day from tomorrow to 30 days ahead (practice)")
    void appointmentsWithinTheComingMonth() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        assertThat(ReceptionRules.mayAskForAppointmentOn(today, today)).as("today").isFalse();
        assertThat(ReceptionRules.mayAskForAppointmentOn(today.plusDays(1), today)).isTrue();
        assertThat(ReceptionRules.mayAskForAppointmentOn(today.plusDays(30), today)).isTrue();
        assertThat(ReceptionRules.mayAskForAppointmentOn(today.plusDays(31), today)).isFalse();
        assertThat(RULES.stream().filter(r -> r.name().equals("mayAskForAppointmentOn")).findFirst().orElseThrow().practice())
                .isNotBlank();
    }

    private static String text(String rule) {
        StatuteArticlesTest.Rule r = RULES.stream().filter(x -> x.name().equals(rule)).findFirst().orElseThrow();
        return String.join("\n", r.of(Regulation.R2022).stream().map(StatuteArticlesTest::text).toList());
    }
}
