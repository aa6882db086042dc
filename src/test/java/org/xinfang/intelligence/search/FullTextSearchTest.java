package org.xinfang.intelligence.search;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.IntegrationTest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The staff's full-text search ({@code /search}): found within a second of a change, scoped to what the viewer may open,
 * highlighted and masked for their role, filtered and ordered; direct look-ups open their matter and are audited; the
 * index is rebuilt by the admin.
 */
@IntegrationTest
class FullTextSearchTest {

    private static final String YUANLING_PLACE = "431222006001";

    @Autowired
    ApiClient api;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MatterIndex index;

    /** A word no other matter has, letters only: smartcn keeps an unknown Latin word whole (digits split it). */
    private static String word() {
        StringBuilder w = new StringBuilder("zq");
        UUID.randomUUID().toString().replace("-", "").substring(0, 8).chars().forEach(c -> w.append((char) ('a' + Character.digit(c, 16))));
        return w.toString();
    }

    private long register(String title, String content, String place, String channel) {
        Answer a = api.post("yuanling.registrar", "/api/v1/matters", """
                {"channel":"%s","petitioner":{"name":"向红梅","idNumber":"%s","phone":"13812345678"},"persons":1,
                 "categoryCode":"URBAN.DEMOLITION","placeCode":"%s","title":"%s","content":"%s"}"""
                .formatted(channel, ApiClient.freshIdNumber(), place, title, content));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.id();
    }

    @Test
    void aRegisteredMatterIsFoundWithinASecondHighlightedAndAChangeShowsAsQuickly() throws Exception {
        String w = word();
        long registeredAt = System.nanoTime();
        long id = register("征收补偿款未到位 " + w, "我家房屋被征收，补偿款至今未到位，联系电话13912345678，请求督促发放 " + w + "。",
                YUANLING_PLACE, "VISIT");
        String page = awaitPage("yuanling.registrar", "/search?q=" + enc("补偿款 " + w), p -> p.contains("/matters/" + id));
        assertThat((System.nanoTime() - registeredAt) / 1_000_000).as("ms from registration to search").isLessThan(1000);
        assertThat(page).contains("<mark>补偿款</mark>", "<mark>" + w + "</mark>", "13912345678", "共找到 1 件");

        // routed to the county's housing bureau: the state filter finds it as routed within a second
        Answer routed = api.post("yuanling.registrar", "/api/v1/matters/" + id + "/routing",
                "{\"version\":0,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222-HOUSING\"}");
        assertThat(routed.status()).as(routed.body()).isEqualTo(200);
        long changedAt = System.nanoTime();
        awaitPage("yuanling.registrar", "/search?state=ROUTED&q=" + w, p -> p.contains("/matters/" + id));
        assertThat((System.nanoTime() - changedAt) / 1_000_000).as("ms from routing to search").isLessThan(1000);
        assertThat(page("yuanling.registrar", "/search?state=REGISTERED&q=" + w)).doesNotContain("/matters/" + id);
    }

    @Test
    void anotherCountysStaffDoNotFindAMatterTheyMayNotSeeAndMaskedRolesReadNoNumbers() throws Exception {
        String w = word();
        long id = register("宅基地纠纷 " + w, "邻居占用宅基地，我的身份证号430103199001011234，电话13912345678 " + w,
                YUANLING_PLACE, "VISIT");
        awaitPage("yuanling.registrar", "/search?q=" + w, p -> p.contains("/matters/" + id));

        String other = page("hecheng.registrar", "/search?q=" + w);
        assertThat(other).doesNotContain("/matters/" + id, w + "</mark>").contains("共找到 0 件");
        // the county's housing bureau is not yet involved: it does not see the matter either
        assertThat(page("yuanling.housing", "/search?q=" + w)).doesNotContain("/matters/" + id);
        // the city sees its counties' matters
        assertThat(page("city.registrar", "/search?q=" + w)).contains("/matters/" + id);

        String registrar = page("yuanling.registrar", "/search?q=" + enc("宅基地 " + w));
        assertThat(registrar).contains("430103199001011234", "13912345678");
        String supervisor = page("yuanling.supervisor", "/search?q=" + enc("宅基地 " + w));
        assertThat(supervisor).contains("/matters/" + id, "<mark>宅基地</mark>", "430103********1234", "139****5678")
                .doesNotContain("430103199001011234", "13912345678");
        // nor can a masked role learn whether a number is in a text by searching it among words
        assertThat(page("yuanling.supervisor", "/search?q=" + enc("电话 13912345678 " + w))).doesNotContain("13912345678</mark>");
    }

    @Test
    void filtersAndOrdersNarrowTheHits() throws Exception {
        String w = word();
        long visit = register("工资拖欠 " + w, "工地拖欠工资 " + w, YUANLING_PLACE, "VISIT");
        long letter = register("工资拖欠来信 " + w, "拖欠工资的来信 " + w, "431222005001", "LETTER");
        awaitPage("yuanling.registrar", "/search?q=" + w, p -> p.contains("/matters/" + visit) && p.contains("/matters/" + letter));

        assertThat(page("yuanling.registrar", "/search?channel=LETTER&q=" + w)).contains("/matters/" + letter)
                .doesNotContain("/matters/" + visit);
        assertThat(page("city.registrar", "/search?county=431202&q=" + w)).doesNotContain("/matters/" + visit, "/matters/" + letter);
        assertThat(page("city.registrar", "/search?county=431222&q=" + w)).contains("/matters/" + visit, "/matters/" + letter);
        assertThat(page("yuanling.registrar", "/search?category=URBAN&q=" + w)).contains("/matters/" + visit);
        assertThat(page("yuanling.registrar", "/search?category=LABOUR&q=" + w)).doesNotContain("/matters/" + visit);
        assertThat(page("yuanling.registrar", "/search?receivedTo=2000-01-01&q=" + w)).doesNotContain("/matters/" + visit);
        assertThat(page("yuanling.registrar", "/search?receivedFrom=2000-01-01&q=" + w)).contains("/matters/" + visit);
        String byDeadline = page("yuanling.registrar", "/search?order=DEADLINE&q=" + w);
        assertThat(byDeadline).contains("/matters/" + visit, "/matters/" + letter, "期限 ");
        assertThat(status("yuanling.registrar", "/search?receivedFrom=2000-02-01&receivedTo=2000-01-01&q=" + w)).isEqualTo(400);
    }

    @Test
    void englishWordsAreFoundByTheirStem() throws Exception {
        String w = word();
        long id = register("Unpaid wages " + w, "The workers complained about unpaid wages for months " + w, YUANLING_PLACE, "VISIT");
        String page = awaitPage("yuanling.registrar", "/search?q=" + enc("complaining wage " + w), p -> p.contains("/matters/" + id));
        assertThat(page).contains("<mark>wages</mark>", "<mark>complained</mark>");
    }

    @Test
    void aReferenceNumberOpensItsMatterAndDirectLookUpsAreAuditedMasked() throws Exception {
        String idNumber = ApiClient.freshIdNumber();
        Answer a = api.post("yuanling.registrar", "/api/v1/matters", ApiClient.visit(idNumber, YUANLING_PLACE, "URBAN.DEMOLITION"));
        long id = a.id();
        String ref = a.read("$.referenceNo");

        assertThat(redirect("yuanling.registrar", "/search?q=" + ref.toLowerCase())).isEqualTo("/matters/" + id);
        assertThat(redirect("yuanling.registrar", "/search?q=" + idNumber)).isEqualTo("/matters/" + id);
        // the phone of the test's petitioners is on many matters: the worklist lists them
        assertThat(redirect("yuanling.registrar", "/search?q=13812345678")).startsWith("/worklist?q=13812345678");
        // masked roles may not look a person up by number, and the refused look-up is recorded too
        assertThat(status("yuanling.supervisor", "/search?q=" + idNumber)).isEqualTo(403);

        List<Map<String, Object>> audit = jdbc.queryForList("select username, kind, masked_value, found from search_lookup"
                + " order by id desc limit 4");
        assertThat(audit.get(3)).containsEntry("username", "yuanling.registrar").containsEntry("kind", "REFERENCE_NUMBER")
                .containsEntry("masked_value", ref).containsEntry("found", 1L);
        assertThat(audit.get(2)).containsEntry("kind", "ID_NUMBER")
                .containsEntry("masked_value", idNumber.substring(0, 6) + "********" + idNumber.substring(14));
        assertThat(audit.get(1)).containsEntry("kind", "PHONE").containsEntry("masked_value", "138****5678");
        assertThat(audit.get(0)).containsEntry("username", "yuanling.supervisor").containsEntry("found", 0L);
        assertThat(audit.toString()).doesNotContain(idNumber, "13812345678");
        // the number look-ups are in casework's audit of them too, the worklist's, masked as well
        List<Map<String, Object>> personal = jdbc.queryForList("select username, kind, masked_value, found from personal_data_lookup"
                + " order by id desc limit 3");
        assertThat(personal).extracting(m -> m.get("kind")).containsExactly("ID_NUMBER", "PHONE", "ID_NUMBER");
        assertThat(personal.toString()).doesNotContain(idNumber, "13812345678");
        assertThat(page("admin", "/admin/search-index")).contains("138****5678", ref).doesNotContain("13812345678");
        assertThat(status("yuanling.registrar", "/admin/search-index")).isEqualTo(403);
    }

    @Test
    void theAdminRebuildsTheIndexAndSeesItsProgress() throws Exception {
        String w = word();
        long id = register("重建索引 " + w, "重建索引后仍能找到 " + w, YUANLING_PLACE, "VISIT");
        awaitPage("yuanling.registrar", "/search?q=" + w, p -> p.contains("/matters/" + id));

        MvcResult r = mvc.perform(post("/admin/search-index/rebuild").with(csrf()).with(user(users.loadUserByUsername("admin"))))
                .andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/admin/search-index");
        index.lastRebuild().orElseThrow().await();
        String progress = page("admin", "/admin/search-index/progress");
        long matters = jdbc.queryForObject("select count(*) from matter", Long.class);
        assertThat(progress).contains("上次重建").contains("数据库中的事项：" + matters + " 件");
        assertThat(index.documents()).isEqualTo(matters);
        assertThat(page("yuanling.registrar", "/search?q=" + w)).contains("/matters/" + id);
    }

    @Test
    void theTopBarHasTheSearchBoxOnStaffPagesAndNotOnThePublicPortal() throws Exception {
        assertThat(page("yuanling.registrar", "/worklist")).contains("id=\"top-search\"", "action=\"/search\"");
        assertThat(page("admin", "/admin")).contains("id=\"top-search\"");
        String portal = mvc.perform(get("/portal/disclosures").header("Accept-Language", "zh-CN")).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(portal).isNotBlank().doesNotContain("top-search");
    }

    private String awaitPage(String user, String uri, Predicate<String> until) throws Exception {
        long deadline = System.nanoTime() + 2_000_000_000L;
        String page = page(user, uri);
        while (!until.test(page) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            page = page(user, uri);
        }
        assertThat(until.test(page)).as("found in time: %s", uri).isTrue();
        return page;
    }

    private String page(String user, String uri) throws Exception {
        MvcResult r = mvc.perform(get(java.net.URI.create(uri)).with(user(users.loadUserByUsername(user))).header("Accept-Language", "zh-CN"))
                .andReturn();
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String redirect(String user, String uri) throws Exception {
        return mvc.perform(get(java.net.URI.create(uri)).with(user(users.loadUserByUsername(user)))).andReturn().getResponse().getRedirectedUrl();
    }

    private int status(String user, String uri) throws Exception {
        return mvc.perform(get(java.net.URI.create(uri)).with(user(users.loadUserByUsername(user)))).andReturn().getResponse().getStatus();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
