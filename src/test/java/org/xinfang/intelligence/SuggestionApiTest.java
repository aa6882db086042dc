package org.xinfang.intelligence;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.IntegrationTest;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/v1/suggestions}: the trained categories best first, the unit the place's history names, nothing saved. */
@IntegrationTest
class SuggestionApiTest {

    @Autowired
    ApiClient api;
    @Autowired
    UnitSuggestions units;

    @Test
    void aWageComplaintIsSuggestedLabourFirstWithItsCodeAndScore() {
        Answer a = api.post("yuanling.registrar", "/api/v1/suggestions", """
                {"title":"拖欠农民工工资","text":"我们在工地干了半年，包工头一直拖欠工资不发，多次讨要无果，请求劳动监察部门帮助追讨。"}""");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        List<Map<String, Object>> categories = a.read("$.categories");
        assertThat(categories).isNotEmpty();
        assertThat(categories.get(0)).containsEntry("code", "LABOUR").containsEntry("name", "劳动和社会保障");
        double best = ((Number) categories.get(0).get("score")).doubleValue();
        assertThat(best).isGreaterThanOrEqualTo(a.<Double>read("$.confidenceFloor")).isLessThanOrEqualTo(1.0);
        assertThat(categories).extracting(c -> ((Number) c.get("score")).doubleValue())
                .isSortedAccordingTo((x, y) -> Double.compare(y, x));
        assertThat(a.<String>read("$.modelVersion")).isNotBlank();
    }

    @Test
    void withoutATitleOrTextTheRefusalSaysWhatIsMissingInTheUsersLanguage() {
        Answer zh = api.post("yuanling.registrar", "/api/v1/suggestions", "{\"title\":\" \",\"text\":\"\"}");
        assertThat(zh.status()).isEqualTo(400);
        assertThat(zh.body()).contains("请填写标题或内容");
        Answer en = api.postInEnglish("yuanling.registrar", "/api/v1/suggestions", "{}");
        assertThat(en.status()).isEqualTo(400);
        assertThat(en.body()).contains("Give a title or a text");
        Answer tooLong = api.post("yuanling.registrar", "/api/v1/suggestions",
                "{\"title\":\"" + "长".repeat(201) + "\",\"text\":\"工资\"}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("title");
    }

    @Test
    void anonymousCallersAreNotAdvised() {
        assertThat(api.post(null, "/api/v1/suggestions", "{\"text\":\"拖欠工资\"}").status()).isEqualTo(401);
    }

    @Test
    void theUnitThatAcceptedThePlacesMattersOfTheCategoryIsSuggestedWithItsShare() {
        String place = "431222006001";
        for (int i = 0; i < UnitSuggestions.MIN_HISTORY; i++) {
            long id = api.post("yuanling.registrar", "/api/v1/matters",
                    ApiClient.visit(ApiClient.freshIdNumber(), place, "LEGACY.HOUSING")).id();
            Answer routed = api.post("yuanling.registrar", "/api/v1/matters/" + id + "/routing",
                    "{\"version\":0,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222-HOUSING\"}");
            assertThat(routed.status()).as(routed.body()).isEqualTo(200);
            Answer accepted = api.post("yuanling.housing", "/api/v1/matters/" + id + "/acceptance",
                    "{\"version\":1,\"outcome\":\"ACCEPTED\",\"notice\":\"已受理\",\"leadUnitCode\":\"431222-HOUSING\"}");
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        }
        units.recount();
        Answer a = api.post("yuanling.registrar", "/api/v1/suggestions", """
                {"title":"历史遗留住房问题","text":"单位分房遗留问题多年未解决","placeCode":"431222006001","categoryCode":"LEGACY.HOUSING"}""");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.<String>read("$.unit.code")).isEqualTo("431222-HOUSING");
        assertThat(a.<Double>read("$.unit.share")).isEqualTo(1.0);
        assertThat(a.<Integer>read("$.unit.matters")).isGreaterThanOrEqualTo(UnitSuggestions.MIN_HISTORY);
        // another township of the county has no such history of its own, but the county has
        Answer elsewhere = api.post("yuanling.registrar", "/api/v1/suggestions", """
                {"text":"单位分房遗留问题","placeCode":"431222005001","categoryCode":"LEGACY.HOUSING"}""");
        assertThat(elsewhere.<String>read("$.unit.code")).isEqualTo("431222-HOUSING");
        // no place: no unit
        Answer nowhere = api.post("yuanling.registrar", "/api/v1/suggestions", "{\"text\":\"单位分房遗留问题\"}");
        assertThat(nowhere.body()).doesNotContain("\"unit\"");
    }

    @Test
    void aMatterJustRegisteredComesBackAsTheDuplicateOfTheSameTextWithSmallEdits() {
        String body = ApiClient.visit(ApiClient.freshIdNumber(), "431222006001", "URBAN.DEMOLITION")
                .replace("征收补偿款未到位", "桃花溪水库移民后扶资金被截留")
                .replace("我家房屋被征收，补偿款至今未到位，请求督促发放。",
                        "桃花溪村二组移民后期扶持资金每人每年六百元，村委会连续三年截留未发放到户，请求县移民局查处并补发。");
        Answer registered = api.post("yuanling.registrar", "/api/v1/matters", body);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String question = """
                {"title":"水库移民后扶资金被截留","text":"桃花溪村二组的移民后期扶持资金每人每年600元，村委会已连续三年截留不发放到户，请县移民局查处补发！"}""";
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            Answer a = api.post("yuanling.registrar", "/api/v1/suggestions", question);
            assertThat(a.status()).as(a.body()).isEqualTo(200);
            List<Map<String, Object>> similar = a.read("$.similar");
            assertThat(similar).isNotEmpty();
            assertThat(similar.get(0)).containsEntry("id", (int) registered.id()).containsEntry("duplicate", true)
                    .containsEntry("title", "桃花溪水库移民后扶资金被截留");
        });
        // a text on something else finds nothing like it
        Answer other = api.post("yuanling.registrar", "/api/v1/suggestions", """
                {"title":"噪音扰民","text":"楼下烧烤店每晚营业到凌晨两点，油烟和噪音严重影响休息。"}""");
        assertThat(other.<List<Map<String, Object>>>read("$.similar"))
                .noneMatch(m -> m.get("id").equals((int) registered.id()));
        // a registrar of another county may not open it: it is not among theirs
        Answer elsewhere = api.post("hecheng.registrar", "/api/v1/suggestions", question);
        assertThat(elsewhere.<List<Map<String, Object>>>read("$.similar"))
                .noneMatch(m -> m.get("id").equals((int) registered.id()));
    }
}
