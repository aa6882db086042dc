package org.xinfang.coordination;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.xinfang.casework.MatterCounts;
import org.xinfang.statute.CallbackRules;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.Concurrently;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The callback (回访, issue 12, item 7): an answered matter not rated yet is on the petition office's list a few days
 * after the answer; the office records its calls, and a reached call with a rating is the matter's evaluation, so that
 * the matter counts as rated. Idempotent by request key; two clerks at once evaluate once. Refusals name the problem.
 */
@IntegrationTest
class CallbackApiTest {

    @Autowired
    ApiClient api;
    @Autowired
    MutableClock clock;
    @Autowired
    MatterCounts counts;

    long advanced;

    @AfterEach
    void backToToday() {
        clock.advanceDays(-advanced);
        advanced = 0;
    }

    @Test
    void anAnsweredMatterIsCalledNotReachedThenReachedAndTheRatingIsTheMattersEvaluation() {
        long id = answered();
        String ref = api.get("yuanling.registrar", "/api/v1/matters/" + id).read("$.referenceNo");
        assertThat(ids(api.get("yuanling.registrar", "/api/v1/callbacks"), "waiting")).as("the day it was answered")
                .doesNotContain(id);
        Answer early = call("yuanling.registrar", id, "{\"reached\":false}", null);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body()).contains(ref, "起方可回访");

        advance(CallbackRules.DAYS_AFTER_REPLY);
        Answer list = api.get("yuanling.registrar", "/api/v1/callbacks");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(ids(list, "waiting")).contains(id);
        assertThat(list.body()).contains(ref, "13812345678");
        assertThat(api.get("yuanling.supervisor", "/api/v1/callbacks").body()).as("a supervisor reads the phone masked")
                .contains(ref).doesNotContain("13812345678");
        long ratedBefore = rated();

        Answer first = call("yuanling.registrar", id, "{\"reached\":false,\"note\":\"无人接听\"}", "call-1");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(call("yuanling.registrar", id, "{\"reached\":false,\"note\":\"无人接听\"}", "call-1").id())
                .as("a retried request").isEqualTo(first.id());
        assertThat(ids(api.get("yuanling.registrar", "/api/v1/callbacks"), "notReached")).contains(id);
        assertThat((String) api.get("yuanling.registrar", "/api/v1/matters/" + id).read("$.state")).isEqualTo("REPLIED");

        Answer reached = call("yuanling.registrar", id,
                "{\"reached\":true,\"satisfaction\":\"BASICALLY_SATISFIED\",\"note\":\"信访人表示补偿已到位\"}", "call-2");
        assertThat(reached.status()).as(reached.body()).isEqualTo(201);
        assertThat((Boolean) reached.read("$.evaluation")).isTrue();
        assertThat((String) reached.read("$.recordedBy")).isEqualTo("陈斌");

        Answer matter = api.get("yuanling.registrar", "/api/v1/matters/" + id);
        assertThat((String) matter.read("$.state")).isEqualTo("EVALUATED");
        assertThat(matter.body()).contains("BASICALLY_SATISFIED", "电话回访");
        assertThat(rated()).as("the matter now counts as rated (参评率)").isEqualTo(ratedBefore + 1);

        Answer one = api.get("yuanling.registrar", "/api/v1/callbacks/" + id);
        assertThat((String) one.read("$.standing")).isEqualTo("DONE");
        assertThat((Boolean) one.read("$.evaluatedByCallback")).isTrue();
        assertThat((List<?>) one.read("$.attempts")).hasSize(2);
        Answer after = api.get("yuanling.registrar", "/api/v1/callbacks");
        assertThat(ids(after, "done")).contains(id);
        assertThat(ids(after, "waiting")).doesNotContain(id);
        Answer again = call("yuanling.registrar", id, "{\"reached\":true,\"satisfaction\":\"SATISFIED\"}", "call-3");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("回访已完成");
    }

    @Test
    void threeCallsNotReachedEndTheCallbackAndTheMatterStaysUnrated() {
        long id = answered();
        advance(CallbackRules.DAYS_AFTER_REPLY);
        for (int i = 0; i < CallbackRules.MAX_ATTEMPTS_NOT_REACHED; i++) {
            assertThat(call("yuanling.registrar", id, "{\"reached\":false}", null).status()).isEqualTo(201);
        }
        assertThat((String) api.get("yuanling.registrar", "/api/v1/callbacks/" + id).read("$.standing")).isEqualTo("DONE");
        Answer fourth = call("yuanling.registrar", id, "{\"reached\":true,\"satisfaction\":\"SATISFIED\"}", null);
        assertThat(fourth.status()).isEqualTo(409);
        assertThat(fourth.body()).contains("无法联系");
        assertThat((String) api.get("yuanling.registrar", "/api/v1/matters/" + id).read("$.state")).isEqualTo("REPLIED");
    }

    @Test
    void twoClerksCallingAtOnceBothAreHeardAndTheMatterIsEvaluatedOnce() throws Exception {
        long id = answered();
        advance(CallbackRules.DAYS_AFTER_REPLY);
        // the county's clerk and the city's, whose scope holds the county
        AtomicInteger turn = new AtomicInteger();
        List<Answer> answers = Concurrently.run(2, () -> call(turn.getAndIncrement() == 0 ? "yuanling.registrar"
                : "city.registrar", id, "{\"reached\":true,\"satisfaction\":\"SATISFIED\"}", null));
        assertThat(answers).extracting(Answer::status).containsExactlyInAnyOrder(201, 409);
        assertThat(answers).filteredOn(a -> a.status() == 409).first().extracting(Answer::body).asString()
                .contains("回访已完成");
        Answer one = api.get("yuanling.registrar", "/api/v1/callbacks/" + id);
        assertThat((List<?>) one.read("$.attempts")).hasSize(1);
        assertThat((String) api.get("yuanling.registrar", "/api/v1/matters/" + id).read("$.state")).isEqualTo("EVALUATED");
    }

    @Test
    void refusalsNameTheProblem() {
        long id = answered();
        long inHandling = accepted(register());
        String inHandlingRef = api.get("yuanling.registrar", "/api/v1/matters/" + inHandling).read("$.referenceNo");
        advance(CallbackRules.DAYS_AFTER_REPLY);

        Answer supervisor = call("yuanling.supervisor", id, "{\"reached\":false}", null);
        assertThat(supervisor.status()).isEqualTo(403);
        assertThat(supervisor.body()).contains("只有信访局（办）的登记员可以记录回访");
        Answer inEnglish = api.call("yuanling.supervisor", MockMvcRequestBuilders.post("/api/v1/callbacks/" + id),
                "{\"reached\":false}", "en");
        assertThat(inEnglish.body()).contains("Only a registrar of a petition office records a callback");
        Answer handler = api.get("yuanling.housing", "/api/v1/callbacks");
        assertThat(handler.status()).isEqualTo(403);
        assertThat(handler.body()).contains("只有信访局（办）的登记员和督查员可以查看回访");

        Answer notReplied = call("yuanling.registrar", inHandling, "{\"reached\":false}", null);
        assertThat(notReplied.status()).isEqualTo(409);
        assertThat(notReplied.body()).contains(inHandlingRef, "只有已答复、尚未评价的事项才回访");

        Answer unknownRating = call("yuanling.registrar", id, "{\"reached\":true,\"satisfaction\":\"VERY_HAPPY\"}", null);
        assertThat(unknownRating.status()).isEqualTo(400);
        assertThat(unknownRating.body()).contains("satisfaction", "无法识别");
        Answer ratedUnreached = call("yuanling.registrar", id, "{\"reached\":false,\"satisfaction\":\"SATISFIED\"}", null);
        assertThat(ratedUnreached.status()).isEqualTo(400);
        assertThat(ratedUnreached.body()).contains("satisfaction", "未接通的回访不能记录满意度");
        Answer noAnswer = call("yuanling.registrar", id, "{\"note\":\"忘了选\"}", null);
        assertThat(noAnswer.status()).isEqualTo(400);
        assertThat(noAnswer.body()).contains("reached");

        Answer otherCounty = call("hecheng.registrar", id, "{\"reached\":false}", null);
        assertThat(otherCounty.status()).isEqualTo(404);
        assertThat(otherCounty.body()).contains("不在您的辖区");
        assertThat(api.get("yuanling.registrar", "/api/v1/callbacks/" + id).read("$.attempts").toString())
                .as("no refusal left a call behind").isEqualTo("[]");
    }

    private Answer call(String who, long id, String json, String key) {
        var request = MockMvcRequestBuilders.post("/api/v1/callbacks/" + id);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return api.call(who, request, json, "zh-CN");
    }

    @SuppressWarnings("unchecked")
    private static List<Long> ids(Answer list, String part) {
        return ((List<Number>) list.read("$." + part + "[*].matterId")).stream().map(Number::longValue).toList();
    }

    private void advance(long days) {
        clock.advanceDays(days);
        advanced += days;
    }

    private long rated() {
        return counts.outcomes(clock.today().minusYears(1), clock.today().plusDays(1)).stream()
                .mapToLong(MatterCounts.PlaceOutcomes::rated).sum();
    }

    /** A matter registered, routed to the county's housing bureau and accepted: in handling. */
    private long accepted(long id) {
        int version = step("yuanling.registrar", id, "routing",
                "{\"version\":0,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222-HOUSING\"}");
        step("yuanling.housing", id, "acceptance", "{\"version\":" + version + ",\"outcome\":\"ACCEPTED\","
                + "\"notice\":\"您反映的问题已受理，我局将依法办理。\",\"leadUnitCode\":\"431222-HOUSING\"}");
        return id;
    }

    /** A matter answered today by the county's leader (已答复). */
    private long answered() {
        long id = accepted(register());
        int version = api.get("yuanling.registrar", "/api/v1/matters/" + id).version();
        step("yuanling.leader", id, "opinion", "{\"version\":" + version
                + ",\"outcome\":\"SUPPORTED\",\"text\":\"经核查，补偿款已于本月拨付到位。\"}");
        return id;
    }

    private int step(String who, long id, String action, String json) {
        Answer a = api.post(who, "/api/v1/matters/" + id + "/" + action, json);
        assertThat(a.status()).as(action + ": " + a.body()).isEqualTo(200);
        return a.version();
    }

    private long register() {
        return api.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION")).id();
    }
}
