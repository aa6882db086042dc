package org.xinfang.recommendation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.statute.RecommendationRules;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.Concurrently;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;
import org.xinfang.territory.Territory;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three recommendations (三项建议, issue 13, item 4; 2022 art. 40): the county bureau recommends to the housing
 * bureau, linked to the matter that prompted it; the list shows it due soon, then overdue; the housing bureau's own
 * staff record the written feedback once (art. 40 ¶4), and a concurrent second feedback is refused.
 */
@IntegrationTest
class RecommendationApiTest {

    @Autowired
    ApiClient api;
    @Autowired
    MutableClock clock;
    @Autowired
    Territory territory;

    private RecommendationFixtures given() {
        return new RecommendationFixtures(api, territory);
    }

    private String matter() {
        return given().matter();
    }

    private long unit(String code) {
        return given().unit(code);
    }

    private Answer issue(String who, String kind, long addressee, List<String> refs, String key) {
        return given().issue(who, kind, addressee, refs, key);
    }

    @Test
    void theBureauRecommendsAndTheBodyAnswersInWritingOnce() throws Exception {
        String ref = matter();
        long housing = unit("431222-HOUSING");
        Answer issued = issue("yuanling.supervisor", "IMPROVE_WORK", housing, List.of(ref), "r-1");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        long id = issued.id();
        assertThat((List<String>) issued.read("$.matters[*].referenceNo")).containsExactly(ref);
        assertThat((String) issued.read("$.dueOn"))
                .isEqualTo(clock.today().plusDays(RecommendationRules.DEFAULT_FEEDBACK_DAYS).toString());
        assertThat((String) issued.read("$.status")).isEqualTo("AWAITING");
        assertThat(issue("yuanling.supervisor", "IMPROVE_WORK", housing, List.of(ref), "r-1").id()).as("idempotent").isEqualTo(id);

        int days = RecommendationRules.DEFAULT_FEEDBACK_DAYS;
        clock.advanceDays(days - 3);
        try {
            assertThat(ids("/api/v1/recommendations?status=DUE_SOON&addresseeId=" + housing)).as("a reminder").contains(id);
            clock.advanceDays(4);
            assertThat(ids("/api/v1/recommendations?status=OVERDUE&kind=IMPROVE_WORK")).as("overdue").contains(id);
            assertThat(ids("/api/v1/recommendations?status=OVERDUE&kind=IMPROVE_POLICY")).doesNotContain(id);
            int version = api.get("yuanling.housing", "/api/v1/recommendations/" + id).version();
            AtomicInteger turn = new AtomicInteger();
            List<Answer> answers = Concurrently.run(2, () -> feedback(turn.getAndIncrement() == 0 ? "yuanling.housing"
                    : "yuanling.supervisor", id, version, "PARTLY_ADOPTED", clock.today()));
            assertThat(answers).extracting(Answer::status).containsExactlyInAnyOrder(200, 409);
            Answer one = api.get("yuanling.supervisor", "/api/v1/recommendations/" + id);
            assertThat((String) one.read("$.status")).isEqualTo("ANSWERED");
            assertThat((String) one.read("$.outcome")).isEqualTo("PARTLY_ADOPTED");
            assertThat(ids("/api/v1/recommendations?status=OVERDUE")).doesNotContain(id);
            Answer indicators = api.get("yuanling.supervisor", "/api/v1/recommendations/indicators?year=" + clock.today().getYear());
            assertThat(((Number) indicators.read("$.adopted")).longValue()).isPositive();
        } finally {
            clock.advanceDays(-(days + 1));
        }
    }

    @Test
    void refusalsNameTheProblemInBothLanguages() {
        String ref = matter();
        long housing = unit("431222-HOUSING");
        Answer registrar = issue("yuanling.registrar", "IMPROVE_POLICY", housing, List.of(ref), null);
        assertThat(registrar.status()).isEqualTo(403);
        assertThat(registrar.body()).contains("只有市、县信访局的督查员或领导可以提出三项建议");
        Answer unknown = issue("yuanling.supervisor", "IMPROVE_POLICY", housing, List.of("NO-SUCH-REF"), null);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("信访事项“NO-SUCH-REF”不存在");
        Answer english = api.postInEnglish("yuanling.supervisor", "/api/v1/recommendations",
                RecommendationFixtures.body("ACCOUNTABILITY", housing, List.of("NO-SUCH-REF")));
        assertThat((String) english.read("$.detail")).contains("Matter \"NO-SUCH-REF\" does not exist");
        Answer badKind = issue("yuanling.supervisor", "PRAISE", housing, List.of(ref), null);
        assertThat(badKind.status()).isEqualTo(400);
        Answer self = issue("yuanling.supervisor", "IMPROVE_WORK", unit("431222-PETITION"), List.of(ref), null);
        assertThat(self.body()).contains("不能发给信访部门自己");

        long id = issue("yuanling.supervisor", "ACCOUNTABILITY", housing, List.of(ref), null).id();
        Answer stale = feedback("yuanling.housing", id, 3, "ADOPTED", clock.today());
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("第 3 版", "第 0 版");
        Answer early = feedback("yuanling.housing", id, 0, "ADOPTED", clock.today().minusDays(1));
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body()).contains("不在", "之间");
        assertThat(feedback("hecheng.supervisor", id, 0, "ADOPTED", clock.today()).status()).as("another county's").isEqualTo(404);
        assertThat((String) api.get("yuanling.supervisor", "/api/v1/recommendations/" + id).read("$.status"))
                .as("nothing half-written").isEqualTo("AWAITING");
    }

    private List<Long> ids(String uri) {
        return ((List<Number>) api.get("yuanling.supervisor", uri).read("$[*].id")).stream().map(Number::longValue).toList();
    }

    private Answer feedback(String who, long id, int version, String outcome, LocalDate day) {
        return api.post(who, "/api/v1/recommendations/" + id + "/feedback",
                "{\"version\":%d,\"outcome\":\"%s\",\"text\":\"已建立超期事项台账\",\"feedbackOn\":\"%s\"}"
                        .formatted(version, outcome, day));
    }
}
