package org.xinfang.casework.web;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The matter page shows what a handler needs (issue 11, item 5): the decisions and their texts, staff by name in the
 * timeline, transfers apart from assignments, and every level above the office as the source of a transferred item.
 */
@IntegrationTest
class MatterPageFactsTest {

    @Autowired
    ApiClient api;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    MutableClock clock;
    @Autowired
    org.springframework.context.MessageSource messages;

    @Test
    @DisplayName("The page shows the acceptance decision, the extension, the opinion and the supervision with their texts, and staff by name")
    void thePageShowsTheDecisionsAndStaffByName() throws Exception {
        long id = register();
        step("yuanling.registrar", id, "routing", "{\"version\":0,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222-HOUSING\"}");
        step("yuanling.housing", id, "acceptance", """
                {"version":1,"outcome":"ACCEPTED","leadUnitCode":"431222-HOUSING","notice":"请保持电话畅通，承办人将联系核实。"}""");
        step("yuanling.supervisor", id, "supervision", "{\"version\":2,\"reason\":\"群众反映强烈，请加快办理\"}");
        clock.advanceDays(50);
        try {
            step("yuanling.leader", id, "extension", "{\"version\":3,\"days\":20,\"reason\":\"需会同自然资源局核实补偿面积\"}");
            step("yuanling.leader", id, "opinion", """
                    {"version":4,"outcome":"PARTIALLY_SUPPORTED","text":"经核查，补偿款已发放叁拾万元，余款月底前发放。"}""");
            String page = page("yuanling.registrar", id, "zh-CN");
            assertThat(section(page, "decisions")).contains("受理决定", "受理", "牵头办理单位 沅陵县住房和城乡建设局",
                    "告知内容：请保持电话畅通，承办人将联系核实。",
                    "延长 20 日", "陈刚 批准", "理由：需会同自然资源局核实补偿面积",
                    "处理意见", "部分支持", "经核查，补偿款已发放叁拾万元，余款月底前发放。",
                    "第 1 次督办", "交办", "沅陵县信访局 → 沅陵县住房和城乡建设局", "陈斌");
            // the timeline names the people, never their log-in names
            String timeline = section(page, "timeline");
            assertThat(timeline).contains("陈斌", "滕浩", "罗光辉", "陈刚")
                    .doesNotContain("yuanling.registrar", "yuanling.housing", "yuanling.supervisor", "yuanling.leader");
            // and the API carries the same
            Answer matter = api.get("yuanling.registrar", "/api/v1/matters/" + id);
            assertThat((String) matter.read("$.casefile.extensionApprovedByName")).isEqualTo("陈刚");
            assertThat((String) matter.read("$.casefile.routings[0].kind")).isEqualTo("ASSIGNMENT");
            assertThat((String) matter.read("$.casefile.routings[0].by")).isEqualTo("陈斌");
            List<Map<String, Object>> events = api.get("yuanling.registrar", "/api/v1/matters/" + id + "/timeline").read("$");
            assertThat(events).extracting(e -> e.get("actorName")).contains("陈斌", "滕浩", "罗光辉", "陈刚");
        } finally {
            clock.advanceDays(-50);
        }
    }

    @Test
    @DisplayName("A not-accepted matter shows the reason and the proper channel on the page")
    void aNonAcceptanceShowsItsReasonAndChannel() throws Exception {
        long id = register();
        step("yuanling.registrar", id, "acceptance", """
                {"version":0,"outcome":"NOT_ACCEPTED","reason":"属于劳动争议，应当申请仲裁","properChannel":"ARBITRATION"}""");
        assertThat(section(page("yuanling.registrar", id, "zh-CN"), "decisions"))
                .contains("不予受理", "理由：属于劳动争议，应当申请仲裁", "法定途径：仲裁");
    }

    @Test
    @DisplayName("转送 is not 交办: the timeline and the facts name each passing-on by its kind, in Chinese and in English")
    void transfersAndAssignmentsAreNamedApart() throws Exception {
        long transferred = register();
        step("yuanling.registrar", transferred, "routing", "{\"version\":0,\"kind\":\"TRANSFER\",\"unitCode\":\"431222-HOUSING\"}");
        long assigned = register();
        step("yuanling.registrar", assigned, "routing", "{\"version\":0,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222-HOUSING\"}");

        String t = page("yuanling.registrar", transferred, "zh-CN");
        assertThat(section(t, "timeline")).contains("<strong>转送</strong>").doesNotContain("交办", "转送交办");
        assertThat(section(t, "routings")).contains("data-kind=\"TRANSFER\"", "转送").doesNotContain("交办");
        String a = page("yuanling.registrar", assigned, "zh-CN");
        assertThat(section(a, "timeline")).contains("<strong>交办</strong>").doesNotContain("<strong>转送</strong>", "转送交办");
        assertThat(section(a, "routings")).contains("data-kind=\"ASSIGNMENT\"", "交办");
        assertThat(messages.getMessage("timeline.routed.ASSIGNMENT", null, java.util.Locale.ENGLISH)).isEqualTo("Assigned (交办)");
        assertThat(messages.getMessage("timeline.routed.TRANSFER", null, java.util.Locale.ENGLISH)).isEqualTo("Transferred (转送)");
        Answer events = api.get("yuanling.registrar", "/api/v1/matters/" + transferred + "/timeline");
        assertThat((String) events.read("$[1].routingKind")).isEqualTo("TRANSFER");
    }

    @Test
    @DisplayName("The source of a transferred item (交办来源) offers every level above the office: city, province and national for a county")
    void theSourceOfATransferredItemOffersEveryLevelAbove() throws Exception {
        String county = mvc.perform(get("/register").with(user(users.loadUserByUsername("yuanling.registrar"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String levels = section(county, "originLevel");
        assertThat(levels).contains("value=\"CITY\"", "value=\"PROVINCE\"", "value=\"NATIONAL\"").doesNotContain("value=\"COUNTY\"");
        String city = mvc.perform(get("/register").with(user(users.loadUserByUsername("city.registrar"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(section(city, "originLevel")).contains("value=\"PROVINCE\"", "value=\"NATIONAL\"").doesNotContain("value=\"CITY\"");

        String fromCity = ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION")
                .replace("\"VISIT\"", "\"HIGHER_BODY\"").replace("{\"channel\"", "{\"originLevel\":\"CITY\",\"channel\"");
        Answer atCounty = api.post("yuanling.registrar", "/api/v1/matters", fromCity);
        assertThat(atCounty.status()).as(atCounty.body()).isEqualTo(201);
        assertThat((String) atCounty.read("$.originLevel")).isEqualTo("CITY");
        Answer atCityItself = api.post("city.registrar", "/api/v1/matters", fromCity);
        assertThat(atCityItself.status()).isEqualTo(400);
        assertThat((String) atCityItself.read("$.errors[0].field")).isEqualTo("originLevel");
    }

    // --- helpers ---

    private long register() {
        Answer a = api.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION"));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.id();
    }

    private void step(String user, long id, String action, String json) {
        Answer a = api.post(user, "/api/v1/matters/" + id + "/" + action, json);
        assertThat(a.status()).as("%s by %s: %s", action, user, a.body()).isEqualTo(200);
    }

    private String page(String username, long id, String language) throws Exception {
        return mvc.perform(get("/matters/" + id).with(user(users.loadUserByUsername(username))).header("Accept-Language", language))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The element with this id and what follows it, up to a bounded length: enough to read one card. */
    private static String section(String html, String id) {
        int at = html.indexOf("id=\"" + id + "\"");
        assertThat(at).as("the page has #" + id).isNotNegative();
        int end = html.indexOf("</div></div>", at);
        return html.substring(at, end < 0 ? html.length() : Math.min(html.length(), Math.max(end, at + 400)));
    }
}
