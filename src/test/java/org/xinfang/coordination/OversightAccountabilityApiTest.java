package org.xinfang.coordination;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;
import org.xinfang.territory.Territory;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accountability proposals (追究责任的建议, issue 12, item 4; 2022 art. 40 ¶3–4): the county's petition bureau proposes
 * to the discipline commission that the housing bureau's staff be held accountable; the list shows how long it has
 * waited; the commission's written feedback is recorded once, at the version seen.
 */
@IntegrationTest
class OversightAccountabilityApiTest {

    @Autowired
    ApiClient api;
    @Autowired
    MutableClock clock;
    @Autowired
    Territory territory;

    @Test
    void theBureauProposesAndRecordsTheWrittenFeedbackOnce() {
        LocalDate today = clock.today();
        long housing = unit("431222-HOUSING");
        long discipline = unit("431222-DISCIPLINE");
        Answer proposed = propose("yuanling.supervisor", housing, discipline, today, "p-1");
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        long id = proposed.id();
        assertThat((String) proposed.read("$.addressee")).isEqualTo("沅陵县纪律检查委员会");
        assertThat((String) proposed.read("$.persons")).as("a supervisor does not read the phone in free text")
                .doesNotContain("13800138000");
        assertThat(propose("yuanling.supervisor", housing, discipline, today, "p-1").id()).as("idempotent").isEqualTo(id);

        clock.advanceDays(12);
        try {
            Answer listing = api.get("yuanling.supervisor", "/api/v1/oversight/accountability");
            assertThat((List<Number>) listing.read("$.awaiting[?(@.id == " + id + ")].daysAwaiting")).extracting(Number::longValue)
                    .containsExactly(12L);
            int version = api.get("yuanling.supervisor", "/api/v1/oversight/accountability/" + id).version();
            Answer answered = feedback("yuanling.supervisor", id, version, "PARTLY_ADOPTED", clock.today());
            assertThat(answered.status()).as(answered.body()).isEqualTo(200);
            assertThat((String) answered.read("$.outcome")).isEqualTo("PARTLY_ADOPTED");
            assertThat((Long) ((Number) answered.read("$.daysAwaiting")).longValue()).isZero();
            Answer again = feedback("yuanling.supervisor", id, version + 1, "ADOPTED", clock.today());
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.body()).contains("沅陵县纪律检查委员会已于", "书面反馈");
            assertThat((List<Number>) api.get("yuanling.supervisor", "/api/v1/oversight/accountability").read("$.answered[*].id"))
                    .extracting(Number::longValue).contains(id);
        } finally {
            clock.advanceDays(-12);
        }
    }

    @Test
    void refusalsNameTheProblem() {
        LocalDate today = clock.today();
        long housing = unit("431222-HOUSING");
        long discipline = unit("431222-DISCIPLINE");
        Answer registrar = propose("yuanling.registrar", housing, discipline, today, null);
        assertThat(registrar.status()).isEqualTo(403);
        assertThat(registrar.body()).contains("只有市、县信访局的督查员或领导可以提出追究责任的建议");
        Answer outside = propose("yuanling.supervisor", unit("431202-HOUSING"), discipline, today, null);
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.body()).contains("“鹤城区住房和城乡建设局”不在沅陵县人民政府辖区内");
        Answer self = propose("yuanling.supervisor", housing, housing, today, null);
        assertThat(self.body()).contains("不能送达被追责单位本身");
        long id = propose("yuanling.supervisor", housing, discipline, today, null).id();
        Answer stale = feedback("yuanling.supervisor", id, 3, "ADOPTED", today);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("第 3 版", "第 0 版");
        Answer early = feedback("yuanling.supervisor", id, 0, "ADOPTED", today.minusDays(1));
        assertThat(early.body()).contains("不在", "之间");
        assertThat(feedback("hecheng.supervisor", id, 0, "ADOPTED", today).status()).as("another county's").isEqualTo(404);
    }

    private long unit(String code) {
        return territory.unitByCode(code).orElseThrow().id();
    }

    private Answer propose(String who, long unit, long addressee, LocalDate day, String key) {
        var request = MockMvcRequestBuilders.post("/api/v1/oversight/accountability");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return api.call(who, request, """
                {"unitId":%d,"persons":"副局长李某（电话13800138000）","ground":"DELAY","facts":"拆迁补偿信访事项超期三个月未办结，引发集体越级访","addresseeId":%d,"proposedOn":"%s"}"""
                .formatted(unit, addressee, day), "zh-CN");
    }

    private Answer feedback(String who, long id, int version, String outcome, LocalDate day) {
        return api.post(who, "/api/v1/oversight/accountability/" + id + "/feedback",
                "{\"version\":%d,\"outcome\":\"%s\",\"measureTaken\":\"对李某诫勉谈话\",\"feedbackOn\":\"%s\"}"
                        .formatted(version, outcome, day));
    }
}
