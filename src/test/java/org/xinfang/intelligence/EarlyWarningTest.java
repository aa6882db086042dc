package org.xinfang.intelligence;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.xinfang.intelligence.warning.EarlyWarnings;
import org.xinfang.support.ApiClient;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Early warning and hot spots on the product's own matters (issue 15, items 4 and 5): veterans of 潭湾镇 (辰溪县) write
 * about once a week for two months, then six of them in one week, two persons each. The run finds the county's rise
 * of the category and of the group and the township's likely collective visit, raises each once, tells 辰溪's petition
 * bureau and leader in their inbox; the warnings page lists them in 辰溪 only, and a supervisor acknowledges one. The
 * hot-spot page shows the veterans' topic, marked 涉军群体, with its matters.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EarlyWarningTest {

    private static final String TOWNSHIP = "431223006";
    private static final String CATEGORY = "VETERANS.RESETTLEMENT";
    private static final String TITLE = "退役士兵安置工作未落实";
    private static final String CONTENT = "我们是潭湾镇的退役士兵，退役多年安置工作至今没有落实，请求县退役军人事务局按政策安置。";

    @Autowired
    ApiClient api;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    EarlyWarnings warnings;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    private EarlyWarnings.Run first;
    private EarlyWarnings.Run again;

    @BeforeAll
    void veteransWriteThenComeTogether() {
        LocalDate today = clock.today();
        LocalDate lastMonday = today.minusDays(today.getDayOfWeek().getValue() - 1L).minusWeeks(1);
        for (int week = 8; week >= 1; week--) {
            register(lastMonday.minusWeeks(week).plusDays(2), 1);
        }
        for (int day = 0; day < 6; day++) {
            register(lastMonday.plusDays(1 + day % 5), 2);
        }
        first = warnings.detect(today);
        again = warnings.detect(today);
    }

    private void register(LocalDate receivedOn, int persons) {
        String json = ApiClient.visit(ApiClient.freshIdNumber(), TOWNSHIP, CATEGORY)
                .replace("\"persons\":1", "\"persons\":" + persons)
                .replace("征收补偿款未到位", TITLE)
                .replace("我家房屋被征收，补偿款至今未到位，请求督促发放。", CONTENT)
                .replace("}\"\"\"", "}")
                .replaceFirst("\\}\\s*$", ",\"receivedOn\":\"" + receivedOn + "\"}");
        ApiClient.Answer a = api.post("chenxi.registrar", "/api/v1/matters", json);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
    }

    @Test
    void theRiseOfTheCategoryAndOfTheGroupAndTheGatheringAreEachRaisedOnce() {
        assertThat(kinds()).containsExactlyInAnyOrder("CATEGORY_RISE/VETERANS/", "GROUP_RISE//VETERANS",
                "COLLECTIVE_VISIT/VETERANS.RESETTLEMENT/");
        assertThat(jdbc.queryForList("select observed from intelligence_warning where kind = 'CATEGORY_RISE'"
                + " and place_unit_id = (select id from unit where code = '431223')", Integer.class)).containsExactly(6);
        assertThat(jdbc.queryForList("select observed from intelligence_warning where kind = 'COLLECTIVE_VISIT'"
                + " and place_unit_id = (select id from unit where code = ?)", Integer.class, TOWNSHIP))
                .as("six petitioners of two persons each").containsExactly(12);
        assertThat(first.raised()).isGreaterThanOrEqualTo(3);
        assertThat(again.raised()).as("a second run raises nothing again").isZero();
    }

    @Test
    void theCountysPetitionBureauAndLeaderAreToldInTheirInbox() {
        long id = warningId("COLLECTIVE_VISIT");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from notification_inbox where alert_key = ?", Long.class, "warning:" + id) > 0);
        assertThat(jdbc.queryForList("select username from notification_inbox where alert_key = ? order by username",
                String.class, "warning:" + id)).containsExactly("chenxi.leader", "chenxi.supervisor");
        List<Map<String, Object>> mine = api.get("chenxi.supervisor", "/api/v1/inbox")
                .read("$.notifications[?(@.referenceNo == 'YJ-" + id + "')]");
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0)).containsEntry("matterLink", "/intelligence/warnings");
        assertThat((String) mine.get(0).get("title")).contains("潭湾镇", "退役安置", "可能形成集体访");
        assertThat((String) mine.get(0).get("stepName")).startsWith("预警");
    }

    @Test
    void theWarningsPageListsTheCountysOpenWarningsToItsOwnStaffOnly() throws Exception {
        long id = warningId("CATEGORY_RISE");
        String page = api.get("chenxi.supervisor", "/intelligence/warnings").body();
        assertThat(page).contains("YJ-" + id, "类别异常上升", "辰溪县 退役军人", "当周 6 件", TITLE, "确认已知悉");
        assertThat(api.get("yuanling.supervisor", "/intelligence/warnings").body()).doesNotContain("YJ-" + id);
        assertThat(api.get("city.analyst", "/intelligence/warnings").body()).contains("YJ-" + id)
                .doesNotContain("确认已知悉");
        assertThat(api.get("chenxi.registrar", "/intelligence/warnings").status()).isEqualTo(403);
    }

    @Test
    void aSupervisorAcknowledgesAWarningOnce() throws Exception {
        long id = warningId("GROUP_RISE");
        assertThat(acknowledge("yuanling.supervisor", id).getFlashMap().get("error"))
                .as("not in Yuanling's area").asString().contains("没有找到预警");
        MvcResult done = acknowledge("chenxi.supervisor", id);
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/intelligence/warnings");
        assertThat(done.getFlashMap().get("done")).asString().contains("YJ-" + id);
        assertThat(jdbc.queryForMap("select state, acknowledged_by from intelligence_warning where id = ?", id))
                .containsEntry("state", "ACKNOWLEDGED").containsEntry("acknowledged_by", "chenxi.supervisor");
        assertThat(api.get("chenxi.supervisor", "/intelligence/warnings").body()).doesNotContain("YJ-" + id + "<");
        assertThat(acknowledge("chenxi.supervisor", id).getFlashMap().get("error")).asString().contains("已经确认过");
    }

    @Test
    void theHotSpotPageShowsTheVeteransTopicMarkedAsAMilitaryGroup() {
        String page = api.get("chenxi.supervisor", "/intelligence/hot-spots?months=3").body();
        assertThat(page).contains(TITLE, "涉军群体", "潭湾镇", "14 件 · 14 人");
        assertThat(api.get("chenxi.registrar", "/intelligence/hot-spots").status()).isEqualTo(403);
        assertThat(api.get("chenxi.supervisor", "/intelligence/hot-spots?months=99").status()).isEqualTo(400);
    }

    private MvcResult acknowledge(String username, long id) throws Exception {
        return mvc.perform(post("/intelligence/warnings/" + id + "/acknowledgement")
                .with(user(users.loadUserByUsername(username))).with(csrf())).andReturn();
    }

    private List<String> kinds() {
        return jdbc.queryForList("""
                select kind || '/' || coalesce(category_code, '') || '/' || coalesce(petitioner_group, '')
                from intelligence_warning where unit_id = (select id from unit where code = '431223-PETITION')""",
                String.class);
    }

    private long warningId(String kind) {
        return jdbc.queryForObject("select id from intelligence_warning where kind = ?"
                + " and unit_id = (select id from unit where code = '431223-PETITION')", Long.class, kind);
    }

    static String utf8(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
