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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Four-level package cases in the API (issue 12, item 1): the leader holding a case records its activities, finds it
 * on their desk as visited or not, overdue or resolved; a higher leader taking it over keeps its history; refusals
 * name the problem; the people met are masked for roles that see personal data masked.
 */
@IntegrationTest
class PackageCaseApiTest {

    @Autowired
    ApiClient api;
    @Autowired
    MutableClock clock;

    @Test
    void theLeaderRecordsActivitiesAndTheDeskSortsTheCaseAndAHigherLeaderTakingItOverKeepsTheHistory() {
        long id = packagedBy("yuanling.leader");
        Answer desk = api.get("yuanling.leader", "/api/v1/package-cases");
        assertThat(ids(desk, "$.notVisited")).contains(id);
        assertThat(ids(desk, "$.all")).contains(id);

        LocalDate today = clock.today();
        Answer visit = activity("yuanling.leader", id, "VISIT", today, "到户接访，听取诉求并当面答复", "信访人及其家属", "visit-1");
        assertThat(visit.status()).as(visit.body()).isEqualTo(201);
        assertThat((String) visit.read("$.leader")).isEqualTo("陈刚");
        assertThat((String) visit.read("$.recordedAt")).endsWith("+08:00");
        // the same form sent twice records one activity
        Answer again = activity("yuanling.leader", id, "VISIT", today, "到户接访，听取诉求并当面答复", "信访人及其家属", "visit-1");
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.id()).isEqualTo(visit.id());
        assertThat(activity("yuanling.leader", id, "MEDIATION", today, "召集住建局和镇政府调处", "住建局、镇政府", null)
                .status()).isEqualTo(201);

        Answer one = api.get("yuanling.leader", "/api/v1/matters/" + id + "/package-case");
        assertThat((List<String>) one.read("$.activities[*].kind")).containsExactlyInAnyOrder("VISIT", "MEDIATION");
        assertThat((Boolean) one.read("$.visited")).isTrue();
        desk = api.get("yuanling.leader", "/api/v1/package-cases");
        assertThat(ids(desk, "$.notVisited")).doesNotContain(id);
        assertThat(ids(desk, "$.all")).contains(id);

        // the city's leader takes it over: it leaves the county leader's desk, comes to the city leader's unvisited
        int version = api.get("city.leader", "/api/v1/matters/" + id).version();
        assertThat(api.post("city.leader", "/api/v1/matters/" + id + "/package-case",
                "{\"version\":" + version + ",\"reason\":\"市级领导包案\"}").status()).isEqualTo(200);
        assertThat(ids(api.get("yuanling.leader", "/api/v1/package-cases"), "$.all")).doesNotContain(id);
        assertThat(ids(api.get("city.leader", "/api/v1/package-cases"), "$.notVisited")).contains(id);
        Answer history = api.get("city.leader", "/api/v1/matters/" + id + "/package-case");
        assertThat((String) history.read("$.level")).isEqualTo("CITY");
        assertThat((List<String>) history.read("$.activities[*].leader")).containsOnly("陈刚");
        assertThat((List<String>) history.read("$.activities[*].level")).containsOnly("COUNTY");
        Answer notHers = activity("yuanling.leader", id, "VISIT", today, "再次接访", "信访人", null);
        assertThat(notHers.status()).isEqualTo(403);
        assertThat(notHers.body()).contains("只有包案领导本人可以记录包案工作");
    }

    @Test
    void refusalsNameTheProblemAndLeaveNothingRecorded() {
        long id = packagedBy("yuanling.leader");
        LocalDate today = clock.today();
        Answer future = activity("yuanling.leader", id, "VISIT", today.plusDays(1), "接访", "信访人", null);
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("heldOn", "还没有到");
        Answer early = activity("yuanling.leader", id, "VISIT", today.minusDays(1), "接访", "信访人", null);
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body()).contains("早于包案日期");
        Answer kind = api.post("yuanling.leader", "/api/v1/matters/" + id + "/package-case/activities",
                "{\"kind\":\"TRANSFER\",\"heldOn\":\"" + today + "\",\"note\":\"x\",\"peopleMet\":\"y\"}");
        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.body()).contains("kind");
        Answer blank = activity("yuanling.leader", id, "VISIT", today, " ", "信访人", null);
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("note");
        Answer registrar = activity("yuanling.registrar", id, "VISIT", today, "接访", "信访人", null);
        assertThat(registrar.status()).isEqualTo(403);
        Answer badKey = api.call("yuanling.leader", MockMvcRequestBuilders.post("/api/v1/matters/" + id
                        + "/package-case/activities").header("Idempotency-Key", "钥匙"),
                body("VISIT", today, "接访", "信访人"), "zh-CN");
        assertThat(badKey.status()).isEqualTo(400);
        assertThat(badKey.body()).contains("Idempotency-Key");
        assertThat((List<?>) api.get("yuanling.leader", "/api/v1/matters/" + id + "/package-case").read("$.activities"))
                .isEmpty();

        long notPackaged = api.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION")).id();
        Answer none = api.get("yuanling.leader", "/api/v1/matters/" + notPackaged + "/package-case");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.body()).contains("该事项没有领导包案");
        assertThat(api.get("hecheng.leader", "/api/v1/matters/" + id + "/package-case").status())
                .as("another county's leader does not learn of it").isEqualTo(404);
        assertThat(api.get("yuanling.registrar", "/api/v1/package-cases").status()).isEqualTo(403);
    }

    @Test
    void thePeopleMetAreMaskedForRolesThatSeePersonalDataMaskedAndTheIndicatorsCountTheCase() {
        Map<String, Object> before = api.get("yuanling.leader", "/api/v1/package-cases/indicators").read("$.all");
        long id = packagedBy("yuanling.leader");
        assertThat(activity("yuanling.leader", id, "VISIT", clock.today(), "接访，电话13812345678已核实",
                "信访人（13812345678）", null).status()).isEqualTo(201);
        Answer analyst = api.get("city.analyst", "/api/v1/matters/" + id + "/package-case");
        assertThat(analyst.status()).isEqualTo(200);
        assertThat(analyst.body()).doesNotContain("13812345678").contains("5678");
        assertThat(api.get("yuanling.leader", "/api/v1/matters/" + id + "/package-case").body())
                .as("leaders see personal data masked too").doesNotContain("13812345678");
        assertThat(api.get("yuanling.registrar", "/api/v1/matters/" + id + "/package-case").body())
                .as("the registrar, who works with the petitioner, reads it whole").contains("13812345678");

        Answer after = api.get("yuanling.leader", "/api/v1/package-cases/indicators");
        assertThat(((Number) after.read("$.all.total")).longValue()).isEqualTo(((Number) before.get("total")).longValue() + 1);
        assertThat(((Number) after.read("$.all.visited")).longValue()).isEqualTo(((Number) before.get("visited")).longValue() + 1);
        assertThat((List<String>) after.read("$.byLevel[*].level")).containsExactly("CITY", "COUNTY", "TOWNSHIP", "VILLAGE");
        assertThat((Double) after.read("$.bar")).isEqualTo(0.85);
    }

    private long packagedBy(String leader) {
        long id = api.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION")).id();
        Answer taken = api.post(leader, "/api/v1/matters/" + id + "/package-case", "{\"version\":0,\"reason\":\"领导包案\"}");
        assertThat(taken.status()).as(taken.body()).isEqualTo(200);
        return id;
    }

    private Answer activity(String who, long id, String kind, LocalDate day, String note, String people, String key) {
        var request = MockMvcRequestBuilders.post("/api/v1/matters/" + id + "/package-case/activities");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return api.call(who, request, body(kind, day, note, people), "zh-CN");
    }

    private static String body(String kind, LocalDate day, String note, String people) {
        return "{\"kind\":\"%s\",\"heldOn\":\"%s\",\"note\":\"%s\",\"peopleMet\":\"%s\"}".formatted(kind, day, note, people);
    }

    private static List<Long> ids(Answer desk, String list) {
        List<Number> ids = desk.read(list + "[*].matterId");
        return ids.stream().map(Number::longValue).toList();
    }
}
