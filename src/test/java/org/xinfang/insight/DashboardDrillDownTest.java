package org.xinfang.insight;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.xinfang.support.ApiClient;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The worklist behind a dashboard's number lists exactly that many matters, on the three real matters of
 * {@link DrillDownDataset}; the analyst reads them masked.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardDrillDownTest {

    private static final Pattern COUNT = Pattern.compile("id=\"count\"[^>]*>共 (\\d+) 件<");
    /** The dashboard of the three matters. */
    private String dashboard;

    @Autowired
    ApiClient api;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @BeforeAll
    void registerThreeMatters() throws Exception {
        dashboard = "/api/v1/insight/dashboard?" + DrillDownDataset.register((user, path, json) -> {
            ApiClient.Answer a = api.post(user, path, json);
            assertThat(a.status()).as(a.body()).isBetween(200, 201);
            return a.body();
        }, clock, jdbc);
    }

    @Test
    void theFiguresOfTheThreeMatters() {
        ApiClient.Answer d = api.get("city.analyst", dashboard);
        assertThat(d.status()).as(d.body()).isEqualTo(200);
        assertThat((Integer) d.read("$.items")).isEqualTo(3);
        assertThat((List<Integer>) d.read("$.channels[?(@.code == 'VISIT')].items")).containsExactly(2);
        assertThat((List<Integer>) d.read("$.channels[?(@.code == 'LETTER')].items")).containsExactly(1);
        assertThat((List<String>) d.read("$.categories[*].code")).containsExactly("URBAN", "LABOUR");
        assertThat((List<Integer>) d.read("$.areas[?(@.code == '431222001')].items")).containsExactly(2);
        assertThat((List<Integer>) d.read("$.areas[?(@.code == '431222002')].items")).containsExactly(1);
        assertThat((List<String>) d.read("$.overdue[*].code")).containsExactly("431222-HOUSING");
        assertThat((List<Integer>) d.read("$.overdue[*].acceptance")).containsExactly(1);
        assertThat((List<Integer>) d.read("$.overdue[*].handling")).containsExactly(1);
    }

    @Test
    void everyNumbersWorklistCountsTheSameMatters() throws Exception {
        ApiClient.Answer d = api.get("city.analyst", dashboard);
        List<Map<String, Object>> numbers = new java.util.ArrayList<>();
        numbers.add(Map.of("items", d.read("$.items"), "worklist", d.read("$.worklist")));
        numbers.addAll(d.read("$.months[*]"));
        numbers.addAll(d.read("$.channels[*]"));
        numbers.addAll(d.read("$.categories[*]"));
        numbers.addAll(d.read("$.hotSpots[*]"));
        numbers.addAll(d.read("$.areas[?(@.items > 0)]"));
        assertThat(numbers).hasSizeGreaterThan(10);
        for (Map<String, Object> n : numbers) {
            assertThat(worklistCount((String) n.get("worklist"))).as(n.toString())
                    .isEqualTo(((Number) n.get("items")).longValue());
        }
        for (Map<String, Object> h : (List<Map<String, Object>>) d.read("$.overdue[*]")) {
            assertThat(worklistCount((String) h.get("acceptanceWorklist"))).as(h.toString()).isEqualTo(1);
            assertThat(worklistCount((String) h.get("handlingWorklist"))).as(h.toString()).isEqualTo(1);
        }
    }

    @Test
    void theWorklistTakesAHolderAndAFirstLevelCategory() throws Exception {
        String period = "/worklist?scope=all&county=431222&receivedFrom=2021-10-01&receivedTo=2021-10-31";
        assertThat(worklistCount(period + "&holder=431222-HOUSING&state=ROUTED")).as("m1").isEqualTo(1);
        assertThat(worklistCount(period + "&holder=431222-HOUSING&state=IN_HANDLING")).as("m2").isEqualTo(1);
        assertThat(worklistCount(period + "&holder=431222-EDUCATION")).as("another body holds none").isZero();
        assertThat(worklistCount(period + "&category=URBAN")).as("m1, m3: demolition is under 城乡建设").isEqualTo(2);
        assertThat(worklistCount(period + "&category=URBAN.DEMOLITION")).isEqualTo(2);
        assertThat(worklistCount(period + "&category=LABOUR")).isEqualTo(1);
        // the worklist's overdue counts m3 too, past the petition office's routing deadline (2022 art. 22): the
        // dashboard's overdue names the acceptance and handling steps, each with its state
        assertThat(worklistCount(period + "&flag=overdue")).as("m1, m2, m3").isEqualTo(3);
    }

    /** The filters a dashboard's link sets stay in the form, shown, so that the next search keeps them. */
    @Test
    void theWorklistsFormShowsAndKeepsTheDashboardsFilters() throws Exception {
        String page = worklistPage("/worklist?scope=all&county=431222001&receivedFrom=2021-10-01&receivedTo=2021-10-31"
                + "&holder=431222-HOUSING&state=ROUTED&flag=overdue&category=URBAN");
        assertThat(page).as("the holder, named, and carried on").contains("承办单位：沅陵县住房和城乡建设局")
                .containsPattern("<input type=\"hidden\" name=\"holder\" value=\"431222-HOUSING\"");
        assertThat(page).as("the first-level category, chosen").containsPattern(
                "<option value=\"URBAN\"[^>]*selected=\"selected\"[^>]*>城乡建设（全部）</option>");
        assertThat(page).as("the township, chosen though it is no county")
                .containsPattern("<option value=\"431222001\"[^>]*selected[^>]*>[^<]+</option>");
    }

    @Test
    void theAnalystSeesTheMattersMasked() throws Exception {
        String page = mvc.perform(get("/worklist?scope=all&county=431222&receivedFrom=2021-10-01&receivedTo=2021-10-31")
                .with(user(users.loadUserByUsername("city.analyst")))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String registrar = mvc.perform(get("/worklist?scope=all&county=431222&receivedFrom=2021-10-01&receivedTo=2021-10-31")
                .with(user(users.loadUserByUsername("yuanling.registrar")))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(registrar).as("the registrar reads the phone number in m3's title").contains("13812345678");
        assertThat(page).as("the analyst reads it masked").doesNotContain("13812345678").contains("征收补偿款未到位");

        // behind a listed matter the analyst reads no name either; a supervisor, who follows it up, reads the name
        Long m3 = jdbc.queryForObject("select id from matter where title like '征收补偿款未到位，请回电%' order by id limit 1", Long.class);
        ApiClient.Answer analyst = api.get("city.analyst", "/api/v1/matters/" + m3);
        assertThat(analyst.status()).as(analyst.body()).isEqualTo(200);
        assertThat((String) analyst.read("$.petitioner.name")).isEqualTo("王某");
        assertThat(analyst.body()).doesNotContain("王建国", "13812345678");
        assertThat(worklistPage("/matters/" + m3)).contains("王某").doesNotContain("王建国", "13812345678");
        assertThat((String) api.get("yuanling.supervisor", "/api/v1/matters/" + m3).read("$.petitioner.name")).isEqualTo("王建国");
    }

    private String worklistPage(String address) throws Exception {
        return mvc.perform(get(address).with(user(users.loadUserByUsername("city.analyst")))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private long worklistCount(String address) throws Exception {
        String page = worklistPage(address);
        Matcher m = COUNT.matcher(page);
        assertThat(m.find()).as(address).isTrue();
        return Long.parseLong(m.group(1));
    }
}
