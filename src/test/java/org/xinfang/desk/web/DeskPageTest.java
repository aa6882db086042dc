package org.xinfang.desk.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.IntegrationTest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The landing page by role (issue 11, item 9): what each role works through first, and the same lists behind the links. */
@IntegrationTest
class DeskPageTest {

    @Autowired
    ApiClient api;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    org.xinfang.support.MutableClock clock;

    @Test
    void aRegistrarFindsWhatTheyRegisteredTodayOnTheirDeskAndNotWhatAColleagueRegistered() throws Exception {
        String mine = "今日" + UUID.randomUUID().toString().substring(0, 6);
        String colleagues = "同事" + UUID.randomUUID().toString().substring(0, 6);
        String ref = register("yuanling.registrar", mine, "431222001001");
        register("city.registrar", colleagues, "431222001001");

        Document desk = page("yuanling.registrar", "/");
        Element today = desk.getElementById("panel-registered-today");
        assertThat(today).as("the registrar's desk has today's registrations").isNotNull();
        assertThat(today.text()).contains(ref, mine).doesNotContain(colleagues);
        assertThat(desk.getElementById("panel-to-route")).isNotNull();
        assertThat(desk.getElementById("panel-due-soon")).isNotNull();
        // a letter received last week and registered today is today's registration too
        String late = register("yuanling.registrar", "补登" + mine, "431222001001", LocalDate.now(clock).minusDays(6));
        assertThat(page("yuanling.registrar", "/").getElementById("panel-registered-today").text()).contains(late);
    }

    @Test
    void eachPanelCountsExactlyTheListItsLinkOpens() throws Exception {
        register("yuanling.registrar", "计数" + UUID.randomUUID().toString().substring(0, 6), "431222001001");
        for (String who : List.of("yuanling.registrar", "yuanling.housing", "yuanling.leader", "yuanling.supervisor",
                "city.registrar", "city.leader")) {
            Document desk = page(who, "/");
            List<Element> panels = desk.select(".desk-panel");
            assertThat(panels).as("%s has panels", who).isNotEmpty();
            for (Element panel : panels) {
                long count = Long.parseLong(panel.selectFirst(".desk-count").text());
                String link = panel.selectFirst("a.desk-all").attr("href");
                String listed = page(who, link).getElementById("count").text();
                assertThat(listed).as("%s: %s at %s", who, panel.id(), link).isEqualTo("共 " + count + " 件");
                assertThat(panel.select("li.list-group-item")).hasSizeLessThanOrEqualTo((int) Math.min(count, DeskPanel.ROWS));
            }
        }
    }

    @Test
    void eachRoleSeesItsOwnLists() throws Exception {
        Document handler = page("yuanling.housing", "/");
        assertThat(handler.getElementById("panel-in-handling")).isNotNull();
        assertThat(handler.getElementById("panel-sign-for")).isNotNull();
        assertThat(handler.getElementById("panel-sign-off")).isNotNull();
        assertThat(handler.getElementById("panel-co-handling")).isNotNull();
        assertThat(handler.getElementById("panel-registered-today")).as("a handler registers nothing").isNull();

        Document leader = page("yuanling.leader", "/");
        assertThat(leader.getElementById("panel-objections")).isNotNull();
        assertThat(leader.getElementById("panel-disputes")).isNotNull();
        assertThat(leader.getElementById("panel-package-cases")).isNotNull();
        assertThat(leader.getElementById("panel-in-handling")).isNull();

        Document supervisor = page("yuanling.supervisor", "/");
        assertThat(supervisor.getElementById("panel-overdue-in-scope")).isNotNull();
        assertThat(supervisor.getElementById("panel-supervision")).as("the way to the board").isNotNull();

        Document admin = page("admin", "/");
        assertThat(admin.getElementById("panel-admin").select("a").eachAttr("href")).contains("/admin/locked-accounts");
        assertThat(admin.select(".desk-panel")).as("an administrator works no matters").isEmpty();
    }

    @Test
    void theAnalystSeesThePublicFiguresOfTheirArea() throws Exception {
        Document desk = page("city.analyst", "/");
        Element figures = desk.getElementById("panel-statistics");
        assertThat(figures).isNotNull();
        Document statistics = page("city.analyst", "/portal/statistics");
        assertThat(desk.getElementById("desk-received").text()).isEqualTo(statistics.getElementById("total-received").text());
        assertThat(desk.getElementById("desk-on-time").text()).isEqualTo(statistics.getElementById("total-on-time").text());
        assertThat(desk.getElementById("desk-statistics-link").attr("href")).isEqualTo("/portal/statistics");
        assertThat(desk.select(".desk-panel")).as("an analyst works no matters").isEmpty();
    }

    @Test
    void theRegistrationRangeIsAFilterOfTheListAndTheApiAndABackwardsOneIsRefused() throws Exception {
        String word = "登记日" + UUID.randomUUID().toString().substring(0, 6);
        String ref = register("yuanling.registrar", word, "431222001001", LocalDate.now(clock).minusDays(3));
        LocalDate today = LocalDate.now(clock);
        List<Map<String, Object>> found = api.get("yuanling.registrar", "/api/v1/matters?q=" + word + "&registeredFrom="
                + today + "&registeredTo=" + today + "&registeredBy=yuanling.registrar").read("$.items");
        assertThat(found).extracting(m -> m.get("referenceNo")).containsExactly(ref);
        assertThat((List<?>) api.get("yuanling.registrar", "/api/v1/matters?q=" + word + "&registeredTo="
                + today.minusDays(1)).read("$.items")).as("received 3 days ago, but registered today").isEmpty();
        assertThat((List<?>) api.get("yuanling.registrar", "/api/v1/matters?q=" + word + "&registeredBy=city.registrar")
                .read("$.items")).isEmpty();
        Answer backwards = api.get("yuanling.registrar", "/api/v1/matters?registeredFrom=" + today + "&registeredTo=" + today.minusDays(1));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body()).contains("registeredTo");
    }

    private String register(String registrar, String title, String place) {
        return register(registrar, title, place, null);
    }

    private String register(String registrar, String title, String place, LocalDate receivedOn) {
        Answer a = api.post(registrar, "/api/v1/matters", """
                {"channel":"LETTER","petitioner":{"name":"钱七"},"categoryCode":"URBAN.DEMOLITION","placeCode":"%s",
                 "title":"%s","content":"补偿款至今未到位。"%s}""".formatted(place, title,
                receivedOn == null ? "" : ",\"receivedOn\":\"" + receivedOn + "\""));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.read("$.referenceNo");
    }

    private Document page(String username, String uri) throws Exception {
        String html = mvc.perform(get(uri).with(user(users.loadUserByUsername(username)))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }
}
