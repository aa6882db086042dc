package org.xinfang.casework;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;
import org.xinfang.support.ReviewedMatters;
import org.xinfang.support.SupervisedMatters;
import org.xinfang.territory.Territory;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The matter page's "related records" (相关记录, issue 13): what mediation, the committees, the recommendations,
 * prevention and coordination hold about a matter, each linked with where it stands, and only what the viewer may open.
 */
@IntegrationTest
class MatterPageLinksTest {

    @Autowired
    ApiClient api;
    @Autowired
    MutableClock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Territory territory;

    @Test
    void theMatterPageLinksWhatEveryModuleHoldsAboutTheMatter() throws Exception {
        long matter = new ReviewedMatters(api, clock).underReview();
        String ref = api.get("yuanling.registrar", "/api/v1/matters/" + matter).read("$.referenceNo");
        assertThat(records("yuanling.registrar", matter)).as("nothing yet").isEmpty();
        assertThat(page("yuanling.registrar", matter).getElementById("related-records").text()).contains("相关记录");

        // mediation: two sessions, the second agreed; the link says how far it went
        created(api.post("yuanling.registrar", "/api/v1/mediation/sessions", session(ref, "FAILED")));
        long agreed = created(api.post("yuanling.registrar", "/api/v1/mediation/sessions", session(ref, "AGREED"))).id();
        created(api.post("yuanling.registrar", "/api/v1/mediation/sessions/" + agreed + "/agreement",
                "{\"version\":0,\"kind\":\"MEDIATION\",\"terms\":\"补偿款于月底前付清。\",\"madeOn\":\"%s\"}".formatted(clock.today())));
        // review: the county's committee
        created(api.post("yuanling.registrar", "/api/v1/review-cases", "{\"referenceNo\":\"" + ref
                + "\",\"members\":[\"yuanling.leader\",\"yuanling.registrar\",\"yuanling.supervisor\"]}"));
        // a recommendation to the housing bureau that the matter prompted
        long housing = territory.unitByCode("431222-HOUSING").orElseThrow().id();
        long recommendation = created(api.post("yuanling.supervisor", "/api/v1/recommendations",
                "{\"kind\":\"IMPROVE_POLICY\",\"addresseeId\":%d,\"subject\":\"完善征收补偿标准\",\"content\":\"建议公开补偿标准\",\"referenceNos\":[\"%s\"]}"
                        .formatted(housing, ref))).id();
        // the county's risk assessment of the project it arises from
        long assessment = created(api.post("yuanling.supervisor", "/api/v1/risk-assessments", """
                {"kind":"PROJECT","title":"城北棚户区改造项目","sponsor":"沅陵县住房和城乡建设局","unitCode":"431222","assessedOn":"%s",
                 "points":[{"description":"征地补偿标准争议","level":"LOW"}],"level":"LOW","measures":"公开补偿标准",
                 "conclusion":"PROCEED"}""".formatted(clock.today()))).id();
        Answer linked = api.post("yuanling.registrar", "/api/v1/risk-assessments/" + assessment + "/matters",
                "{\"referenceNo\":\"%s\"}".formatted(ref));
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);

        List<String> seen = records("yuanling.registrar", matter);
        assertThat(seen).containsExactly(
                "/mediation/matters/" + matter + " | 调解 2 (待签名)",
                "/review/cases/" + jdbc.queryForObject("select id from review_case where matter_id = ?", Long.class, matter)
                        + " | 复查 (委员会审议中)",
                "/recommendations/" + recommendation + " | 完善政策 完善征收补偿标准 (待反馈)",
                "/prevention/assessments/" + assessment + " | 重大项目 "
                        + jdbc.queryForObject("select reference_no from risk_assessment where id = ?", String.class, assessment)
                        + " 城北棚户区改造项目 (低风险)");
        // each link opens for the viewer
        for (String link : seen) {
            String href = link.substring(0, link.indexOf(" | "));
            assertThat(status("yuanling.registrar", href)).as(href).isEqualTo(200);
        }

        // the housing bureau holds the matter and received the recommendation, but the county's assessment is not its to see
        assertThat(records("yuanling.housing", matter)).hasSize(3).noneMatch(l -> l.contains("/prevention/"))
                .anyMatch(l -> l.contains("/recommendations/" + recommendation));
        // in English
        assertThat(page("yuanling.registrar", matter, "en").getElementById("related-records").text())
                .contains("Related records", "Awaiting signatures", "Before the committee", "Awaiting feedback", "Low risk");
    }

    @Test
    void aReliefApplicationIsLinkedWithItsAmountAndStageForThoseWhoSeeItsBudget() throws Exception {
        long matter = created(api.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION"))).id();
        String ref = api.get("yuanling.registrar", "/api/v1/matters/" + matter).read("$.referenceNo");
        long budget = created(api.post("yuanling.leader", "/api/v1/relief/budgets",
                "{\"year\":%d,\"amount\":20000.00}".formatted(3000 + (int) (System.nanoTime() % 900)))).id();
        long application = created(api.post("yuanling.registrar", "/api/v1/relief/applications",
                "{\"budgetId\":%d,\"referenceNo\":\"%s\",\"petitioner\":\"张桂兰\",\"reason\":\"因病致贫\",\"amount\":1500.50}"
                        .formatted(budget, ref))).id();
        assertThat(records("yuanling.supervisor", matter)).containsExactly(
                "/relief/" + budget + "#application-" + application + " | 救助申请（元） 1500.50 (待局长审核)");
        assertThat(status("yuanling.supervisor", "/relief/" + budget)).isEqualTo(200);
    }

    @Test
    void aSupervisionNoticeIsLinkedWithWhetherItWasAnswered() throws Exception {
        SupervisedMatters supervised = new SupervisedMatters(api, jdbc);
        long matter = supervised.routedToHousing();
        long notice = supervised.issueNotice(matter, "请加快办理");
        assertThat(records("yuanling.supervisor", matter)).containsExactly("/supervision/notices/" + notice + " | 督办单 " + clock.today() + " (待答复)");
        assertThat(status("yuanling.supervisor", "/supervision/notices/" + notice)).isEqualTo(200);
        assertThat(status("mayang.registrar", "/matters/" + matter)).as("another county sees neither the matter nor its links")
                .isEqualTo(404);
    }

    private static Answer created(Answer a) {
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a;
    }

    private String session(String ref, String outcome) {
        return ("{\"referenceNo\":\"%s\",\"kind\":\"PEOPLES\",\"parties\":[\"张某\",\"沅陵县住房和城乡建设局\"],"
                + "\"organization\":\"沅陵县人民调解委员会\",\"mediator\":\"王调解\",\"heldOn\":\"%s\",\"place\":\"调解室\","
                + "\"outcome\":\"%s\",\"notes\":\"双方到场\"}").formatted(ref, clock.today(), outcome);
    }

    /** The related records on the matter page as "href | text". */
    /** The records other modules hold about the matter; the similar matters (links to other matters) are tested in intelligence. */
    private List<String> records(String who, long matter) throws Exception {
        return page(who, matter).select("#related-records li.related-record").stream()
                .map(li -> li.selectFirst("a").attr("href") + " | " + li.text())
                .filter(r -> !r.startsWith("/matters/")).toList();
    }

    private Document page(String who, long matter) throws Exception {
        return page(who, matter, "zh-CN");
    }

    private Document page(String who, long matter, String language) throws Exception {
        MvcResult r = mvc.perform(MockMvcRequestBuilders.get("/matters/" + matter)
                .cookie(new jakarta.servlet.http.Cookie(org.xinfang.platform.web.LocaleConfiguration.LANGUAGE_COOKIE, language))
                .with(user(users.loadUserByUsername(who)))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        return Jsoup.parse(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private int status(String who, String uri) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(uri).with(user(users.loadUserByUsername(who)))).andReturn()
                .getResponse().getStatus();
    }
}
