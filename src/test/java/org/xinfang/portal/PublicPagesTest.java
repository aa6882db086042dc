package org.xinfang.portal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.xinfang.platform.sms.DemoSmsGateway;
import org.xinfang.platform.sms.SmsGateway;
import org.xinfang.statistics.PublicStatistics;
import org.xinfang.support.ApiClient;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The "four public" disclosures and the public statistics, as anyone on the internet sees them. */
@IntegrationTest
class PublicPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SmsGateway sms;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    ApiClient api;
    @Autowired
    PublicStatistics records;

    @Test
    void aConsentedMatterIsPublishedAnonymisedFromItsAcceptanceOn() throws Exception {
        long id = submit("黄丽华", true, "小区违建影响采光");
        String ref = reference(id);
        PortalVisitor anyone = new PortalVisitor(mvc, (DemoSmsGateway) sms, OnlinePetitionTest.freshAddress());
        assertThat(anyone.get("/portal/disclosures/" + ref).status()).isEqualTo(404);

        staff("yuanling.registrar", id, "routing", "{\"version\":0,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222-HOUSING\","
                + "\"reason\":\"内部：信访人情绪激动\"}");
        staff("yuanling.housing", id, "acceptance", "{\"version\":1,\"outcome\":\"ACCEPTED\",\"leadUnitCode\":\"431222-HOUSING\"}");
        clock.advanceDays(20);
        staff("yuanling.leader", id, "opinion", "{\"version\":2,\"outcome\":\"SUPPORTED\",\"text\":"
                + "\"黄丽华同志：经核查，违建已责令拆除。如有疑问请致电13907451234。\"}");
        staff("yuanling.registrar", id, "evaluation", "{\"version\":3,\"satisfaction\":\"SATISFIED\"}");

        String page = anyone.get("/portal/disclosures/" + ref).body();
        assertThat(page).contains("受理公开", "过程公开", "结果公开", "评价公开", "小区违建影响采光", "黄某同志：经核查，违建已责令拆除。",
                "在法定期限内出具处理意见", "满意", "出具处理意见");
        assertThat(page).doesNotContain("黄丽华", "13907451234", "内部", "情绪激动", "yuanling");
        assertThat(anyone.get("/portal/disclosures?county=431222").body()).contains("小区违建影响采光");
    }

    @Test
    void consentRecordedAtTheWindowPublishesTooAndOnlyRegistrarsSeeTheQueryCode() throws Exception {
        String visit = ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION")
                .replace("\"persons\":1,", "\"persons\":1,\"disclosureConsent\":true,");
        ApiClient.Answer registered = api.post("yuanling.registrar", "/api/v1/matters", visit);
        assertThat(registered.status()).isEqualTo(201);
        long id = registered.id();
        assertThat((Boolean) registered.read("$.disclosureConsent")).isTrue();
        String code = registered.read("$.queryCode");
        assertThat(code).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
        assertThat(jdbc.queryForObject("select query_code from matter where id = ?", String.class, id)).isEqualTo(code.replace("-", ""));
        staff("yuanling.registrar", id, "routing", "{\"version\":0,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222-HOUSING\"}");
        staff("yuanling.housing", id, "acceptance", "{\"version\":1,\"outcome\":\"ACCEPTED\",\"leadUnitCode\":\"431222-HOUSING\"}");
        assertThat(api.get("yuanling.housing", "/api/v1/matters/" + id).body()).doesNotContain("queryCode");
        PortalVisitor anyone = new PortalVisitor(mvc, (DemoSmsGateway) sms, OnlinePetitionTest.freshAddress());
        assertThat(anyone.get("/portal/disclosures/" + reference(id)).status()).isEqualTo(200);
        // the visitor tracks it with the phone given at the window
        assertThat(anyone.track(code, "5678").redirect()).isEqualTo("/portal/matters/" + id);
    }

    @Test
    void aMatterWithoutConsentIsNeverPublished() throws Exception {
        long id = submit("林强", false, "路灯不亮");
        staff("yuanling.registrar", id, "routing", "{\"version\":0,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222-HOUSING\"}");
        staff("yuanling.housing", id, "acceptance", "{\"version\":1,\"outcome\":\"ACCEPTED\",\"leadUnitCode\":\"431222-HOUSING\"}");
        PortalVisitor anyone = new PortalVisitor(mvc, (DemoSmsGateway) sms, OnlinePetitionTest.freshAddress());
        assertThat(anyone.get("/portal/disclosures/" + reference(id)).status()).isEqualTo(404);
        assertThat(anyone.get("/portal/disclosures?county=BAD").status()).isEqualTo(400);
    }

    @Test
    void theStatisticsCountVolumesOnTimeOpinionsAndSatisfactionByCounty() throws Exception {
        // a fixed period: the clock moves on below, and the figures of the period must only change by our matters
        java.time.YearMonth period = java.time.YearMonth.from(clock.today());
        PublicStatistics.AreaFigures before = yuanling(records.statistics(period, null));
        long onTime = submit("甲某", false, "按期事项");
        long late = submit("乙某", false, "超期事项");
        long open = submit("丙某", false, "在办事项");
        for (long id : new long[]{onTime, late, open}) {
            staff("yuanling.registrar", id, "routing", "{\"version\":0,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222-HOUSING\"}");
            staff("yuanling.housing", id, "acceptance", "{\"version\":1,\"outcome\":\"ACCEPTED\",\"leadUnitCode\":\"431222-HOUSING\"}");
        }
        clock.advanceDays(10);
        staff("yuanling.leader", onTime, "opinion", "{\"version\":2,\"outcome\":\"SUPPORTED\",\"text\":\"已办。\"}");
        staff("yuanling.registrar", onTime, "evaluation", "{\"version\":3,\"satisfaction\":\"BASICALLY_SATISFIED\"}");
        clock.advanceDays(60);
        staff("yuanling.leader", late, "opinion", "{\"version\":2,\"outcome\":\"EXPLAINED\",\"text\":\"已解释。\"}");
        staff("yuanling.registrar", late, "evaluation", "{\"version\":3,\"satisfaction\":\"DISSATISFIED\"}");

        PublicStatistics.Statistics s = records.statistics(period, null);
        PublicStatistics.AreaFigures after = yuanling(s);
        assertThat(after.received() - before.received()).isEqualTo(3);
        assertThat(after.onTime() - before.onTime()).isEqualTo(1);
        // the late opinion, the on-time one, and the open matter now past its limit
        assertThat(after.dueOrDone() - before.dueOrDone()).isGreaterThanOrEqualTo(3);
        assertThat(after.rated() - before.rated()).isEqualTo(2);
        assertThat(after.satisfied() - before.satisfied()).isEqualTo(1);
        assertThat(s.months()).hasSize(12);
        assertThat(s.months().stream().mapToLong(PublicStatistics.MonthlyVolume::online).sum()).isGreaterThanOrEqualTo(3);

        String page = new PortalVisitor(mvc, (DemoSmsGateway) sms, OnlinePetitionTest.freshAddress()).get("/portal/statistics").body();
        assertThat(page).contains("月度信访量", "各县市区", "沅陵县", "按期办结率", "满意率", "monthly-chart");
        PublicStatistics.Statistics county = records.statistics(period, yuanling(s).area());
        assertThat(county.total()).isEqualTo(after);
        assertThat(county.months().stream().mapToLong(PublicStatistics.MonthlyVolume::received).sum()).isEqualTo(after.received());
        PortalVisitor anyone = new PortalVisitor(mvc, (DemoSmsGateway) sms, OnlinePetitionTest.freshAddress());
        assertThat(anyone.get("/portal/statistics?county=431222").body()).contains("月度信访量 · 沅陵县");
        assertThat(anyone.get("/portal/statistics?county=nowhere").status()).isEqualTo(400);
    }

    /** docs/portal.md: the place is published down to the township, never the village, in no part of any public page. */
    @Test
    void noPlaceBelowTheTownshipIsPublishedInSubjectsOpinionsListsOrFigures() throws Exception {
        List<Map<String, Object>> yuanlingVillages = jdbc.queryForList("""
                select v.code, v.name, t.name township from unit v join unit t on t.id = v.parent_id
                where v.level = 'VILLAGE' and v.code like '431222%' order by v.code""");
        List<String> everyVillage = jdbc.queryForList("select name from unit where level = 'VILLAGE'", String.class);
        Map<String, Object> here = yuanlingVillages.get(0);
        Map<String, Object> other = yuanlingVillages.get(yuanlingVillages.size() / 2);
        Map<String, Object> third = yuanlingVillages.get(yuanlingVillages.size() - 1);
        String village = (String) here.get("name");
        String[] named = {village, (String) other.get("name"), (String) third.get("name")};
        assertThat(Set.of(named)).as("three different villages").hasSize(3);

        long id = submit("黄丽华", true, village + "饮水工程停水三个月无人管", (String) here.get("code"));
        staff("yuanling.registrar", id, "routing", "{\"version\":0,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222-HOUSING\"}");
        staff("yuanling.housing", id, "acceptance", "{\"version\":1,\"outcome\":\"ACCEPTED\",\"leadUnitCode\":\"431222-HOUSING\"}");
        staff("yuanling.leader", id, "opinion", "{\"version\":2,\"outcome\":\"SUPPORTED\",\"text\":\"经核查，" + named[1] + "至"
                + named[2] + "的供水管道已修复，" + village + "已恢复供水。\"}");

        PortalVisitor anyone = new PortalVisitor(mvc, (DemoSmsGateway) sms, OnlinePetitionTest.freshAddress());
        String masked = "某" + (village.endsWith("社区") ? "社区" : "村");
        String page = anyone.get("/portal/disclosures/" + reference(id)).body();
        assertThat(page).contains(masked + "饮水工程停水三个月无人管", (String) here.get("township"), "已恢复供水")
                .doesNotContain(named);
        for (String list : List.of("/portal/disclosures", "/portal/disclosures?county=431222")) {
            String listed = anyone.get(list).body();
            assertThat(listed).contains(masked + "饮水工程停水三个月无人管", (String) here.get("township"));
            assertThat(everyVillage).as(list).noneMatch(listed::contains);
        }
        for (String figures : List.of("/portal/statistics", "/portal/statistics?county=431222", "/portal")) {
            String shown = anyone.get(figures).body();
            assertThat(everyVillage).as(figures).noneMatch(shown::contains);
        }
    }

    private PublicStatistics.AreaFigures yuanling(PublicStatistics.Statistics s) {
        return s.areas().stream().filter(a -> a.area().code().equals("431222")).findFirst().orElseThrow();
    }

    private long submit(String name, boolean consent, String title) throws Exception {
        return submit(name, consent, title, "431222001001");
    }

    private long submit(String name, boolean consent, String title, String placeCode) throws Exception {
        PortalVisitor v = new PortalVisitor(mvc, (DemoSmsGateway) sms, OnlinePetitionTest.freshAddress());
        v.verify(OnlinePetitionTest.freshPhone());
        Map<String, String> fields = new HashMap<>(PortalVisitor.petition(name, ApiClient.freshIdNumber(), title));
        fields.put("placeCode", placeCode);
        if (consent) {
            fields.put("disclosureConsent", "true");
        }
        v.submit(fields);
        return jdbc.queryForObject("select id from matter where query_code = ?", Long.class, v.receiptQueryCode().replace("-", ""));
    }

    private String reference(long id) {
        return jdbc.queryForObject("select reference_no from matter where id = ?", String.class, id);
    }

    private void staff(String username, long id, String step, String json) {
        ApiClient.Answer a = api.post(username, "/api/v1/matters/" + id + "/" + step, json);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
    }
}
