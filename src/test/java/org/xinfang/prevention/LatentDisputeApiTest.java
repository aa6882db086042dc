package org.xinfang.prevention;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.xinfang.intake.Categories;
import org.xinfang.statute.RiskLevel;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.Concurrently;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;
import org.xinfang.territory.Territory;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register of latent disputes (矛盾纠纷排查, issue 13, item 5): a dispute found in an investigation is recorded
 * once per request key, with its place, category, people, risk level and owner; it is reassessed and resolved at the
 * version seen; the month counts found, resolved and open by level; the people are masked for roles that see
 * personal data masked; refusals name the problem in both languages.
 */
@IntegrationTest
class LatentDisputeApiTest {

    @Autowired
    ApiClient api;
    @Autowired
    MutableClock clock;

    @Autowired
    LatentDisputes disputes;

    @Autowired
    Territory territory;

    @Autowired
    Categories categories;

    @Test
    void aMonthListsItsDisputesFiftyAPageTheHighestRiskFirst() {
        long place = territory.unitByCode("431222001001").orElseThrow().id();
        long category = categories.byCode("URBAN.DEMOLITION").orElseThrow().id();
        List<LatentDisputes.ImportedDispute> found = new ArrayList<>();
        for (int i = 0; i < 55; i++) {
            found.add(new LatentDisputes.ImportedDispute(place, category, LocalDate.of(2019, 3, 1 + i % 28), "排查" + i,
                    List.of("张三"), i < 3 ? RiskLevel.HIGH : RiskLevel.LOW, "yuanling.supervisor", null, null));
        }
        disputes.importHistory(found);

        Answer first = api.get("yuanling.supervisor", "/api/v1/latent-disputes?month=2019-03");
        assertThat((Integer) first.read("$.listed")).isEqualTo(55);
        assertThat((Integer) first.read("$.pages")).isEqualTo(2);
        assertThat((List<String>) first.read("$.disputes[*].riskLevel")).hasSize(50).startsWith("HIGH", "HIGH", "HIGH")
                .element(3).isEqualTo("LOW");
        Answer second = api.get("yuanling.supervisor", "/api/v1/latent-disputes?month=2019-03&page=1");
        assertThat((List<String>) second.read("$.disputes[*].summary")).hasSize(5);
        assertThat((Integer) second.read("$.total.open")).as("the figures count every dispute, not the page's")
                .isEqualTo(55);
        Answer beyond = api.get("yuanling.supervisor", "/api/v1/latent-disputes?month=2019-03&page=-1");
        assertThat(beyond.status()).isEqualTo(400);
        assertThat(beyond.body()).contains("page");
    }

    @Test
    void aDisputeIsRecordedOnceReassessedAndResolvedAndTheMonthCountsIt() {
        LocalDate today = clock.today();
        YearMonth month = YearMonth.from(today);
        Answer before = api.get("yuanling.supervisor", "/api/v1/latent-disputes?month=" + month);
        int highFound = found(before, "HIGH");
        int highOpen = open(before, "HIGH");

        String key = UUID.randomUUID().toString();
        Answer recorded = record("yuanling.yuanlingzhen", key, found("431222001001", today, "[\"刘德华\",\"刘德明\"]", "HIGH",
                "yuanling.yuanlingzhen"));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        long id = recorded.id();
        assertThat((List<String>) recorded.read("$.people")).containsExactly("刘德华", "刘德明");
        assertThat((String) recorded.read("$.category")).isEqualTo("征收拆迁");
        assertThat((Boolean) recorded.read("$.mine")).isTrue();
        Answer retried = record("yuanling.yuanlingzhen", key, found("431222001001", today, "[\"刘德华\"]", "LOW",
                "yuanling.yuanlingzhen"));
        assertThat(retried.id()).as("the retried request answers with the first").isEqualTo(id);
        assertThat((String) retried.read("$.riskLevel")).isEqualTo("HIGH");

        Answer month1 = api.get("yuanling.supervisor", "/api/v1/latent-disputes?month=" + month);
        assertThat(found(month1, "HIGH")).isEqualTo(highFound + 1);
        assertThat(open(month1, "HIGH")).isEqualTo(highOpen + 1);
        assertThat((List<Number>) month1.read("$.disputes[*].id")).extracting(Number::longValue).contains(id);

        // a supervisor reads the names masked, in the list and in the text; a registrar reads them whole
        Answer masked = api.get("yuanling.supervisor", "/api/v1/latent-disputes/" + id);
        assertThat((List<String>) masked.read("$.people")).containsExactly("刘某", "刘某");
        assertThat(masked.body()).doesNotContain("刘德华").contains("刘某与邻居");
        assertThat((List<String>) api.get("yuanling.registrar", "/api/v1/latent-disputes/" + id).read("$.people"))
                .containsExactly("刘德华", "刘德明");
        assertThat(api.get("hecheng.supervisor", "/api/v1/latent-disputes/" + id).status()).as("another county's")
                .isEqualTo(404);

        Answer reassessed = api.post("yuanling.supervisor", "/api/v1/latent-disputes/" + id + "/reassessment",
                "{\"version\":0,\"riskLevel\":\"MEDIUM\",\"owner\":\"yuanling.supervisor\"}");
        assertThat(reassessed.status()).as(reassessed.body()).isEqualTo(200);
        assertThat((String) reassessed.read("$.riskLevel")).isEqualTo("MEDIUM");
        assertThat(reassessed.version()).isEqualTo(1);
        Answer notOwner = api.post("yuanling.yuanlingzhen", "/api/v1/latent-disputes/" + id + "/resolution",
                "{\"version\":1,\"resolvedOn\":\"%s\",\"resolution\":\"调解达成协议\"}".formatted(today));
        assertThat(notOwner.status()).as("no longer the owner").isEqualTo(403);
        Answer resolved = api.post("yuanling.supervisor", "/api/v1/latent-disputes/" + id + "/resolution",
                "{\"version\":1,\"resolvedOn\":\"%s\",\"resolution\":\"村委会组织调解，刘德华与邻居达成协议\"}".formatted(today));
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        assertThat((Boolean) resolved.read("$.resolved")).isTrue();
        Answer again = api.post("yuanling.supervisor", "/api/v1/latent-disputes/" + id + "/resolution",
                "{\"version\":2,\"resolvedOn\":\"%s\",\"resolution\":\"再次\"}".formatted(today));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("已于").contains("化解");

        Answer month2 = api.get("yuanling.supervisor", "/api/v1/latent-disputes?month=" + month);
        assertThat(open(month2, "HIGH")).isEqualTo(highOpen);
        assertThat((Integer) month2.read("$.resolvedInYear")).isGreaterThanOrEqualTo(1);
        assertThat((Integer) month2.read("$.total.resolved")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void twoResolutionsAtTheSameVersionLeaveOneAndRefuseTheOther() throws Exception {
        LocalDate today = clock.today();
        long id = record("yuanling.supervisor", null, found("431222001", today, "[\"张三\"]", "LOW",
                "yuanling.supervisor")).id();
        List<Answer> answers = Concurrently.run(2, () -> api.post("yuanling.supervisor",
                "/api/v1/latent-disputes/" + id + "/resolution",
                "{\"version\":0,\"resolvedOn\":\"%s\",\"resolution\":\"%s\"}".formatted(today, UUID.randomUUID())));
        assertThat(answers).extracting(Answer::status).containsExactlyInAnyOrder(200, 409);
        String winner = answers.stream().filter(a -> a.status() == 200).findFirst().orElseThrow().read("$.resolution");
        assertThat((String) api.get("yuanling.supervisor", "/api/v1/latent-disputes/" + id).read("$.resolution"))
                .isEqualTo(winner);
        assertThat((Integer) api.get("yuanling.supervisor", "/api/v1/latent-disputes/" + id).read("$.version")).isEqualTo(1);
    }

    @Test
    void aCreateRetriedConcurrentlyWithTheSameKeyRecordsOneDispute() throws Exception {
        LocalDate today = clock.today();
        String key = UUID.randomUUID().toString();
        List<Answer> answers = Concurrently.run(3, () -> record("yuanling.supervisor", key, found("431222001", today,
                "[\"李四\"]", "MEDIUM", "yuanling.supervisor")));
        assertThat(answers).extracting(Answer::status).containsOnly(201);
        assertThat(answers).extracting(Answer::id).containsOnly(answers.get(0).id());
    }

    @Test
    void badInputIsRefusedNamingTheProblemInBothLanguagesAndNothingIsWritten() {
        LocalDate today = clock.today();
        int before = ((List<?>) api.get("city.supervisor", "/api/v1/latent-disputes").read("$.disputes")).size();
        Answer place = record("yuanling.supervisor", null, found("431202001", today, "[\"张三\"]", "LOW", "yuanling.supervisor"));
        assertThat(place.status()).as("a place in another county").isEqualTo(400);
        assertThat(place.body()).contains("placeCode", "不是您辖区内");
        Answer department = record("yuanling.supervisor", null, found("431222-HOUSING", today, "[\"张三\"]", "LOW",
                "yuanling.supervisor"));
        assertThat(department.status()).as("a department is not a place").isEqualTo(400);
        Answer future = record("yuanling.supervisor", null, found("431222001", today.plusDays(1), "[\"张三\"]", "LOW",
                "yuanling.supervisor"));
        assertThat(future.body()).contains("foundOn", "今天或以前");
        Answer nobody = record("yuanling.supervisor", null, found("431222001", today, "[\" \"]", "LOW", "yuanling.supervisor"));
        assertThat(nobody.status()).isEqualTo(400);
        assertThat(nobody.body()).contains("people", "第 1 名");
        Answer owner = record("yuanling.supervisor", null, found("431222001", today, "[\"张三\"]", "LOW", "hecheng.supervisor"));
        assertThat(owner.body()).contains("owner", "hecheng.supervisor");
        Answer level = record("yuanling.supervisor", null, found("431222001", today, "[\"张三\"]", "EXTREME", "yuanling.supervisor"));
        assertThat(level.status()).isEqualTo(400);
        assertThat(level.body()).contains("riskLevel");
        Answer english = api.call("yuanling.supervisor", MockMvcRequestBuilders.post("/api/v1/latent-disputes"),
                found("431202001", today, "[\"张三\"]", "LOW", "yuanling.supervisor"), "en");
        assertThat(english.body()).contains("is not a village, township or county in your area");
        Answer analyst = record("city.analyst", null, found("431222001", today, "[\"张三\"]", "LOW", "yuanling.supervisor"));
        assertThat(analyst.status()).as("the analyst reads").isEqualTo(403);
        Answer key = api.call("yuanling.supervisor", MockMvcRequestBuilders.post("/api/v1/latent-disputes")
                .header("Idempotency-Key", " "), found("431222001", today, "[\"张三\"]", "LOW", "yuanling.supervisor"), "zh-CN");
        assertThat(key.status()).isEqualTo(400);
        assertThat(((List<?>) api.get("city.supervisor", "/api/v1/latent-disputes").read("$.disputes")).size())
                .as("nothing half-written").isEqualTo(before);

        long id = record("yuanling.supervisor", null, found("431222001", today, "[\"张三\"]", "LOW", "yuanling.supervisor")).id();
        Answer early = api.post("yuanling.supervisor", "/api/v1/latent-disputes/" + id + "/resolution",
                "{\"version\":0,\"resolvedOn\":\"%s\",\"resolution\":\"调解\"}".formatted(today.minusDays(1)));
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body()).contains("resolvedOn", "发现日期");
        Answer blank = api.post("yuanling.supervisor", "/api/v1/latent-disputes/" + id + "/resolution",
                "{\"version\":0,\"resolvedOn\":\"%s\",\"resolution\":\" \"}".formatted(today));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("resolution");
        Answer stale = api.post("yuanling.supervisor", "/api/v1/latent-disputes/" + id + "/reassessment",
                "{\"version\":7,\"riskLevel\":\"HIGH\",\"owner\":\"yuanling.supervisor\"}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("第 7 版");
    }

    private Answer record(String who, String key, String json) {
        var request = MockMvcRequestBuilders.post("/api/v1/latent-disputes");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return api.call(who, request, json, "zh-CN");
    }

    private static String found(String place, LocalDate on, String people, String level, String owner) {
        return """
                {"placeCode":"%s","categoryCode":"URBAN.DEMOLITION","foundOn":"%s","summary":"刘某与邻居因宅基地界址争执，可能引发上访",
                 "people":%s,"riskLevel":"%s","owner":"%s"}""".formatted(place, on, people, level, owner)
                .replace("刘某与邻居", people.contains("刘德华") ? "刘德华与邻居" : "刘某与邻居");
    }

    private static int found(Answer month, String level) {
        return ((List<Integer>) month.read("$.levels[?(@.level == '" + level + "')].found")).get(0);
    }

    private static int open(Answer month, String level) {
        return ((List<Integer>) month.read("$.levels[?(@.level == '" + level + "')].open")).get(0);
    }
}
