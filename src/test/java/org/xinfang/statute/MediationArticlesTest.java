package org.xinfang.statute;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of mediation (issue 13, item 1), held against the 2022 Regulations and the People's Mediation Law. */
class MediationArticlesTest {

    static final List<StatuteArticlesTest.Rule> RULES = StatuteArticlesTest.rules(MediationRules.class);

    private static String cited(String rule, Regulation regulation) {
        return String.join("\n", RULES.stream().filter(r -> r.name().equals(rule)).findFirst().orElseThrow()
                .of(regulation).stream().map(StatuteArticlesTest::text).toList());
    }

    @Test
    @DisplayName("every mediation rule cites an article or names whose practice it is")
    void everyRuleCitesItsBasis() {
        assertThat(RULES).extracting(StatuteArticlesTest.Rule::name).containsExactlyInAnyOrder("MIN_PARTIES", "MAX_PARTIES",
                "CONFIRMATION_WINDOW_DAYS", "effectiveOn", "mayBeConfirmed", "isApplicationInTime", "settlesTheMatter", "mayBeMediated");
        assertThat(RULES).filteredOn(rule -> rule.articles().isEmpty() && rule.practice() == null).isEmpty();
    }

    @Test
    @DisplayName("2022 art. 33: mediation between the two sides, a mediation or a settlement agreement; art. 37 ¶1: the linkage")
    void theAgreementsOfArticle33() {
        assertThat(cited("settlesTheMatter", Regulation.R2022)).contains("争议双方当事人同意进行调解", "调解协议书或者和解协议书",
                "人民调解、行政调解、司法调解联动");
        assertThat(cited("MIN_PARTIES", Regulation.R2022)).contains("争议双方当事人");
        assertThat(MediationRules.settlesTheMatter(null)).isFalse();
        assertThat(MediationRules.settlesTheMatter(LocalDate.of(2026, 1, 5))).isTrue();
    }

    @Test
    @DisplayName("2022 art. 33: mediation in the handling of appeals and claims; art. 30 ¶1: accusations go to the discipline bodies")
    void onlyAppealsAndClaimsAreMediated() {
        assertThat(cited("mayBeMediated", Regulation.R2022)).contains("处理申诉求决类事项过程中", "检举控告类事项，纪检监察机关");
        assertThat(MediationRules.mayBeMediated(HandlingType.APPEAL)).isTrue();
        assertThat(MediationRules.mayBeMediated(null)).as("not typed yet").isTrue();
        assertThat(MediationRules.mayBeMediated(HandlingType.SUGGESTION)).isFalse();
        assertThat(MediationRules.mayBeMediated(HandlingType.ACCUSATION)).isFalse();
    }

    @Test
    @DisplayName("People's Mediation Law art. 29 ¶2: in force from the day every party has signed")
    void inForceOnceAllHaveSigned() {
        assertThat(cited("effectiveOn", Regulation.PML2010)).contains("自各方当事人签名", "之日起生效");
        LocalDate d = LocalDate.of(2026, 3, 2);
        assertThat(MediationRules.effectiveOn(List.of("甲", "乙"), Map.of("甲", d))).isEmpty();
        assertThat(MediationRules.effectiveOn(List.of("甲", "乙"), Map.of("甲", d, "乙", d.plusDays(3)))).contains(d.plusDays(3));
    }

    @Test
    @DisplayName("People's Mediation Law art. 33 ¶1: a joint application within 30 days of the agreement taking effect")
    void judicialConfirmation() {
        assertThat(cited("CONFIRMATION_WINDOW_DAYS", Regulation.PML2010)).contains("三十日内共同向人民法院申请司法确认");
        assertThat(MediationRules.CONFIRMATION_WINDOW_DAYS).isEqualTo(30);
        LocalDate d = LocalDate.of(2026, 3, 2);
        assertThat(MediationRules.isApplicationInTime(d, d)).isTrue();
        assertThat(MediationRules.isApplicationInTime(d, d.plusDays(30))).isTrue();
        assertThat(MediationRules.isApplicationInTime(d, d.plusDays(31))).isFalse();
        assertThat(MediationRules.isApplicationInTime(d, d.minusDays(1))).as("before it took effect").isFalse();
        assertThat(MediationRules.isApplicationInTime(null, d)).isFalse();
        assertThat(MediationRules.mayBeConfirmed(true, false)).isTrue();
        assertThat(MediationRules.mayBeConfirmed(false, false)).as("a settlement agreement").isFalse();
        assertThat(MediationRules.mayBeConfirmed(true, true)).as("a court's own mediation").isFalse();
    }
}
