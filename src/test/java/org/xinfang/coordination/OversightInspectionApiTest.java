package org.xinfang.coordination;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Special inspections (专项督查, issue 12, item 4; 2022 art. 38): the county's supervisor opens one over two matters,
 * records a finding on each, once, and closes it with the conclusion, not before every matter has a finding and not
 * at an old version.
 */
@IntegrationTest
class OversightInspectionApiTest {

    @Autowired
    ApiClient api;
    @Autowired
    MutableClock clock;

    @Test
    void anInspectionIsOpenedEachMatterFoundAndClosedWithItsConclusion() {
        String first = matter();
        String second = matter();
        LocalDate due = clock.today().plusDays(20);
        Answer opened = open("yuanling.supervisor", List.of(first, second, first), due, "i-1");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long id = opened.id();
        assertThat((List<String>) opened.read("$.matters[*].referenceNo")).containsExactly(first, second);
        assertThat(open("yuanling.supervisor", List.of(first), due, "i-1").id()).as("idempotent").isEqualTo(id);
        List<Number> matterIds = opened.read("$.matters[*].matterId");
        int version = opened.version();

        Answer early = close("yuanling.supervisor", id, version);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body()).contains("还有 2 件事项没有督查结果");
        Answer found = finding("yuanling.supervisor", id, matterIds.get(0).longValue(), true, "答复意见未载明复查途径");
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(((Number) found.read("$.problems")).intValue()).isEqualTo(1);
        Answer twice = finding("yuanling.supervisor", id, matterIds.get(0).longValue(), false, "");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).contains(first, "已记录督查结果");
        Answer blank = finding("yuanling.supervisor", id, matterIds.get(1).longValue(), true, "");
        assertThat(blank.body()).contains("发现问题时请写明情况");
        assertThat(finding("yuanling.registrar", id, matterIds.get(1).longValue(), false, "").body())
                .contains("只有沅陵县信访局的督查员或领导");
        finding("yuanling.supervisor", id, matterIds.get(1).longValue(), false, "");

        Answer stale = close("yuanling.supervisor", id, version);
        assertThat(stale.status()).as("a conclusion written before the findings").isEqualTo(409);
        assertThat(stale.body()).contains("第 " + version + " 版");
        Answer closed = close("yuanling.supervisor", id, api.get("yuanling.supervisor", "/api/v1/oversight/inspections/" + id).version());
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat((Boolean) closed.read("$.closed")).isTrue();
        assertThat((List<Number>) api.get("city.supervisor", "/api/v1/oversight/inspections").read("$.inspections[*].id"))
                .as("the city sees its counties' inspections").extracting(Number::longValue).contains(id);
        assertThat(api.get("hecheng.supervisor", "/api/v1/oversight/inspections/" + id).status()).isEqualTo(404);
    }

    @Test
    void refusalsNameTheProblem() {
        String ref = matter();
        LocalDate due = clock.today().plusDays(20);
        Answer registrar = open("yuanling.registrar", List.of(ref), due, null);
        assertThat(registrar.status()).isEqualTo(403);
        assertThat(registrar.body()).contains("只有督查员或领导可以开展专项督查");
        Answer notVisible = open("hecheng.supervisor", List.of(ref), due, null);
        assertThat(notVisible.status()).as("another county's matter").isEqualTo(400);
        assertThat(notVisible.body()).contains("没有找到编号为“" + ref + "”的事项");
        Answer past = open("yuanling.supervisor", List.of(ref), clock.today(), null);
        assertThat(past.body()).contains("须是今天以后的日期");
        Answer english = api.postInEnglish("yuanling.registrar", "/api/v1/oversight/inspections", body(List.of(ref), due));
        assertThat(english.body()).contains("Only a supervisor or leader can open a special inspection");
    }

    private String matter() {
        long id = api.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION")).id();
        return api.get("yuanling.registrar", "/api/v1/matters/" + id).read("$.referenceNo");
    }

    private static String body(List<String> refs, LocalDate due) {
        return "{\"title\":\"拆迁补偿信访事项办理质量专项督查\",\"ground\":\"县联席会议2026年第4次会议部署\",\"referenceNos\":[%s],\"dueOn\":\"%s\"}"
                .formatted(String.join(",", refs.stream().map(r -> "\"" + r + "\"").toList()), due);
    }

    private Answer open(String who, List<String> refs, LocalDate due, String key) {
        var request = MockMvcRequestBuilders.post("/api/v1/oversight/inspections");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return api.call(who, request, body(refs, due), "zh-CN");
    }

    private Answer finding(String who, long id, long matter, boolean problem, String note) {
        return api.post(who, "/api/v1/oversight/inspections/" + id + "/matters/" + matter + "/finding",
                "{\"problemFound\":%s,\"note\":\"%s\"}".formatted(problem, note));
    }

    private Answer close(String who, long id, int version) {
        return api.post(who, "/api/v1/oversight/inspections/" + id + "/conclusion",
                "{\"version\":%d,\"conclusion\":\"一件答复意见未告知复查途径，已反馈县住建局整改\"}".formatted(version));
    }
}
