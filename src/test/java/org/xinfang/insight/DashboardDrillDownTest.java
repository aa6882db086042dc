package org.xinfang.insight;

import org.awaitility.Awaitility;
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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The worklist behind a dashboard's number lists exactly that many matters. Three real matters registered through the
 * API in 沅陵 (431222) on 11 October 2010 (the clock set back for it, a year no other test uses): m1 a visit on
 * demolition in 431222001, routed to the county's housing bureau and never decided (its acceptance due 26 October
 * 2010); m2 a letter on wage arrears in 431222002, routed and accepted by the bureau (its handling due in December
 * 2010); m3 a visit on demolition in 431222001, only registered. As of today both m1 and m2 are overdue.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardDrillDownTest {

    private static final Pattern COUNT = Pattern.compile("id=\"count\"[^>]*>共 (\\d+) 件<");
    private static final String DASHBOARD = "/api/v1/insight/dashboard?unit=431222&from=2010-10-01&to=2010-10-31";

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
    void registerThreeMatters() {
        if (jdbc.queryForObject("select count(*) from insight_matter_fact where place_path like ? and received_on"
                + " between '2010-10-01' and '2010-10-31'", Long.class, pathOf("431222") + "%") > 0) {
            return;
        }
        Instant before = clock.instant();
        try {
            clock.set(Instant.parse("2010-10-11T02:00:00Z"));
            long m1 = register("VISIT", "431222001001", "URBAN.DEMOLITION");
            route(m1);
            long m2 = register("LETTER", "431222002001", "LABOUR.WAGE_ARREARS");
            route(m2);
            assertThat(api.post("yuanling.housing", "/api/v1/matters/" + m2 + "/acceptance",
                    "{\"version\":1,\"outcome\":\"ACCEPTED\",\"leadUnitCode\":\"431222-HOUSING\",\"type\":\"APPEAL\"}")
                    .status()).isEqualTo(200);
            long m3 = register("VISIT", "431222001002", "URBAN.DEMOLITION");
            Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> "IN_HANDLING".equals(state(m2))
                    && "ROUTED".equals(state(m1)) && "REGISTERED".equals(state(m3)));
        } finally {
            clock.set(before);
        }
    }

    @Test
    void theFiguresOfTheThreeMatters() {
        ApiClient.Answer d = api.get("city.analyst", DASHBOARD);
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
        ApiClient.Answer d = api.get("city.analyst", DASHBOARD);
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
        String period = "/worklist?scope=all&county=431222&receivedFrom=2010-10-01&receivedTo=2010-10-31";
        assertThat(worklistCount(period + "&holder=431222-HOUSING")).as("m1, m2").isEqualTo(2);
        assertThat(worklistCount(period + "&holder=431222")).as("m3 is with the county's office")
                .isLessThanOrEqualTo(1);
        assertThat(worklistCount(period + "&category=URBAN")).as("m1, m3: demolition is under 城乡建设").isEqualTo(2);
        assertThat(worklistCount(period + "&category=URBAN.DEMOLITION")).isEqualTo(2);
        assertThat(worklistCount(period + "&category=LABOUR")).isEqualTo(1);
        assertThat(worklistCount(period + "&flag=overdue")).as("m1, m2").isEqualTo(2);
    }

    @Test
    void theAnalystSeesTheMattersMasked() throws Exception {
        String page = mvc.perform(get("/worklist?scope=all&county=431222&receivedFrom=2010-10-01&receivedTo=2010-10-31")
                .with(user(users.loadUserByUsername("city.analyst")))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String registrar = mvc.perform(get("/worklist?scope=all&county=431222&receivedFrom=2010-10-01&receivedTo=2010-10-31")
                .with(user(users.loadUserByUsername("yuanling.registrar")))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(registrar).as("the registrar reads the petitioner's name").contains("王建国");
        assertThat(page).as("the analyst does not").doesNotContain("王建国", "13812345678");
    }

    private long register(String channel, String place, String category) {
        ApiClient.Answer a = api.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), place, category).replace("\"VISIT\"", "\"" + channel + "\""));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.id();
    }

    private void route(long id) {
        ApiClient.Answer a = api.post("yuanling.registrar", "/api/v1/matters/" + id + "/routing",
                "{\"version\":0,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222-HOUSING\"}");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
    }

    private String state(long id) {
        List<String> s = jdbc.queryForList("select state from insight_matter_fact where matter_id = ?", String.class, id);
        return s.isEmpty() ? null : s.get(0);
    }

    private String pathOf(String code) {
        return jdbc.queryForObject("select path from unit where code = ?", String.class, code);
    }

    private long worklistCount(String address) throws Exception {
        String page = mvc.perform(get(address).with(user(users.loadUserByUsername("city.analyst")))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher m = COUNT.matcher(page);
        assertThat(m.find()).as(address).isTrue();
        return Long.parseLong(m.group(1));
    }
}
