package org.xinfang.statute;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xinfang.territory.AdministrativeLevel;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.statute.StatuteArticlesTest.render;
import static org.xinfang.statute.StatuteArticlesTest.rules;
import static org.xinfang.statute.StatuteArticlesTest.text;

/** The rules of handling by type (2022 arts 28–34), each held against the text it cites. */
class HandlingByTypeRulesTest {

    @Test
    @DisplayName("arts 22, 28–34: every rule, type and route cites a 2022 article that is in the text")
    void everyRuleCitesItsArticle() {
        for (Class<?> type : List.of(HandlingByType.class, HandlingType.class, AppealRoute.class)) {
            List<StatuteArticlesTest.Rule> rules = rules(type);
            assertThat(rules).as(type.getSimpleName()).isNotEmpty();
            rules.forEach(r -> System.out.printf("%-35s %s%n", type.getSimpleName() + "." + r.name(), r.cited(Regulation.R2022)));
            for (StatuteArticlesTest.Rule rule : rules) {
                assertThat(rule.of(Regulation.R2022)).as(rule.name()).isNotEmpty();
                for (Article article : rule.articles()) {
                    assertThat(text(article)).as(rule.name() + " cites " + render(article)).isNotBlank();
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "LITIGATION,     诉讼程序",
            "ARBITRATION,    仲裁",
            "PARTY_APPEAL,   党员申诉",
            "ADMINISTRATIVE, 行政复议",
            "LEGAL_DUTY,     履行保护人身权或者财产权",
            "PETITION,       信访处理意见书",
    })
    @DisplayName("art. 31 ¶1 items 1–6: each route cites the item that names it")
    void eachRouteCitesItsItem(String route, String words) {
        StatuteArticlesTest.Rule rule = rules(AppealRoute.class).stream().filter(r -> r.name().equals(route)).findFirst().orElseThrow();
        Article item = rule.of(Regulation.R2022).get(0);
        assertThat(item.number()).isEqualTo(31);
        assertThat(item.item()).isEqualTo(AppealRoute.valueOf(route).item());
        assertThat(text(item)).contains(words);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "SUGGESTION, 建议意见类",
            "ACCUSATION, 检举控告类",
            "APPEAL,     申诉求决类",
    })
    @DisplayName("arts 29–31: each type cites the article that names it")
    void eachTypeCitesItsArticle(String type, String words) {
        StatuteArticlesTest.Rule rule = rules(HandlingType.class).stream().filter(r -> r.name().equals(type)).findFirst().orElseThrow();
        assertThat(rule.of(Regulation.R2022).stream().map(StatuteArticlesTest::text).toList())
                .anySatisfy(text -> assertThat(text).contains(words));
    }

    @Test
    @DisplayName("art. 31 ¶1 item 6, art. 32, art. 34: only a route (6) appeal takes the opinion and the clock")
    void onlyRouteSixTakesTheOpinionAndTheClock() {
        for (AppealRoute route : AppealRoute.values()) {
            assertThat(HandlingByType.takesHandlingOpinion(HandlingType.APPEAL, route)).as(route.name())
                    .isEqualTo(route == AppealRoute.PETITION);
            assertThat(HandlingByType.runsHandlingClock(HandlingType.APPEAL, route)).isEqualTo(route == AppealRoute.PETITION);
            assertThat(HandlingByType.isGuidedOut(HandlingType.APPEAL, route)).isEqualTo(route != AppealRoute.PETITION);
        }
        assertThat(HandlingByType.takesHandlingOpinion(HandlingType.SUGGESTION, null)).isFalse();
        assertThat(HandlingByType.takesHandlingOpinion(HandlingType.ACCUSATION, null)).isFalse();
        assertThat(HandlingByType.takesHandlingOpinion(null, null)).as("a matter from before the types").isTrue();
    }

    @Test
    @DisplayName("arts 35, 36 ¶1: review and re-review only of a handling opinion")
    void reviewOnlyOfAnOpinion() {
        assertThat(HandlingByType.mayBeReviewed(HandlingType.APPEAL, AppealRoute.PETITION)).isTrue();
        assertThat(HandlingByType.mayBeReviewed(HandlingType.SUGGESTION, null)).isFalse();
        assertThat(HandlingByType.mayBeReviewed(HandlingType.APPEAL, AppealRoute.ARBITRATION)).isFalse();
    }

    @Test
    @DisplayName("art. 29 ¶1, ¶2: a suggestion takes an adoption reply; only an adopted one is rewarded")
    void suggestions() {
        assertThat(HandlingByType.takesAdoptionReply(HandlingType.SUGGESTION)).isTrue();
        assertThat(HandlingByType.takesAdoptionReply(HandlingType.APPEAL)).isFalse();
        assertThat(HandlingByType.mayBeRewarded(HandlingType.SUGGESTION, true)).isTrue();
        assertThat(HandlingByType.mayBeRewarded(HandlingType.SUGGESTION, false)).isFalse();
        assertThat(HandlingByType.mayBeRewarded(HandlingType.APPEAL, true)).isFalse();
    }

    @Test
    @DisplayName("art. 22 ¶2, art. 30 ¶2: discipline inspection by cadre-management authority; the organisation department told of cadres")
    void accusations() {
        assertThat(HandlingByType.disciplineBodyLevel(CadreRank.COUNTY_DIVISION, AdministrativeLevel.TOWNSHIP))
                .isEqualTo(AdministrativeLevel.CITY);
        assertThat(HandlingByType.disciplineBodyLevel(CadreRank.TOWNSHIP_SECTION, AdministrativeLevel.VILLAGE))
                .isEqualTo(AdministrativeLevel.COUNTY);
        assertThat(HandlingByType.disciplineBodyLevel(CadreRank.NOT_A_CADRE, AdministrativeLevel.TOWNSHIP))
                .isEqualTo(AdministrativeLevel.TOWNSHIP);
        assertThat(HandlingByType.notifiesOrganisationDepartment(HandlingType.ACCUSATION, CadreRank.GENERAL_CADRE)).isTrue();
        assertThat(HandlingByType.notifiesOrganisationDepartment(HandlingType.ACCUSATION, CadreRank.NOT_A_CADRE)).isFalse();
        assertThat(HandlingByType.notifiesOrganisationDepartment(HandlingType.APPEAL, CadreRank.GENERAL_CADRE)).isFalse();
    }

    @Test
    @DisplayName("art. 30 ¶3: the accused unit and its parts are the accused side; the unit above is not")
    void theAccusedSide() {
        assertThat(HandlingByType.isAccusedSide("/1/4/", "/1/4/")).isTrue();
        assertThat(HandlingByType.isAccusedSide("/1/4/", "/1/4/17/")).isTrue();
        assertThat(HandlingByType.isAccusedSide("/1/4/", "/1/")).isFalse();
        assertThat(HandlingByType.isAccusedSide("/1/4/", "/1/41/")).isFalse();
        assertThat(HandlingByType.isAccusedSide(null, "/1/4/")).isFalse();
    }

    @Test
    @DisplayName("art. 22 ¶2, art. 28 ¶2: route (1) goes to the same-level politics-and-law department")
    void routeOneThroughPoliticsAndLaw() {
        assertThat(HandlingByType.goesToPoliticsAndLaw(AppealRoute.LITIGATION)).isTrue();
        assertThat(HandlingByType.goesToPoliticsAndLaw(AppealRoute.ARBITRATION)).isFalse();
    }
}
