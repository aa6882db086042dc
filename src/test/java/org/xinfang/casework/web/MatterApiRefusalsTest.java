package org.xinfang.casework.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input and illegal steps are refused with a clear problem detail in the caller's language, and change nothing. */
@IntegrationTest
class MatterApiRefusalsTest {

    @Autowired
    ApiClient api;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void missingFieldsAreNamedInChineseByDefaultAndInEnglishOnRequest() {
        Answer zh = api.post("yuanling.registrar", "/api/v1/matters", "{\"channel\":\"VISIT\"}");
        assertThat(zh.status()).isEqualTo(400);
        assertThat((String) zh.read("$.type")).endsWith("/validation");
        assertThat((List<String>) zh.read("$.errors[*].field")).contains("petitioner", "categoryCode", "placeCode", "title", "content");
        assertThat((String) zh.read("$.detail")).contains("不能为空");

        Answer en = api.postInEnglish("yuanling.registrar", "/api/v1/matters", "{\"channel\":\"VISIT\"}");
        assertThat((String) en.read("$.detail")).contains("is required").doesNotContain("不能");
    }

    @Test
    void aWrongIdNumberCheckDigitIsRefusedNamingTheFieldAndNothingIsWritten() {
        long before = count();
        String valid = ApiClient.freshIdNumber();
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        String bad = valid.substring(0, 17) + wrong;
        Answer a = api.post("yuanling.registrar", "/api/v1/matters", ApiClient.visit(bad, "431222001001", "URBAN.DEMOLITION"));
        assertThat(a.status()).isEqualTo(400);
        assertThat((String) a.read("$.errors[0].field")).isEqualTo("petitioner.idNumber");
        assertThat((String) a.read("$.detail")).contains("校验位");
        Answer en = api.postInEnglish("yuanling.registrar", "/api/v1/matters", ApiClient.visit(bad, "431222001001", "URBAN.DEMOLITION"));
        assertThat((String) en.read("$.detail")).contains("check digit");
        assertThat(count()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from petitioner where id_number = ?", Long.class, bad)).isZero();
    }

    @Test
    void unknownValuesAndMalformedJsonAreRefusedWithoutAServerError() {
        String id = ApiClient.freshIdNumber();
        assertRefused(api.post("yuanling.registrar", "/api/v1/matters", ApiClient.visit(id, "431222001001", "NO.SUCH")), 400, "categoryCode");
        assertRefused(api.post("yuanling.registrar", "/api/v1/matters", ApiClient.visit(id, "431222001001", "URBAN")), 400, "categoryCode");
        assertRefused(api.post("yuanling.registrar", "/api/v1/matters", ApiClient.visit(id, "999999", "URBAN.DEMOLITION")), 400, "placeCode");
        assertRefused(api.post("yuanling.registrar", "/api/v1/matters", ApiClient.visit(id, "431222-HOUSING", "URBAN.DEMOLITION")), 400, "placeCode");
        assertRefused(api.post("yuanling.registrar", "/api/v1/matters", "{\"channel\":\"CARRIER_PIGEON\"}"), 400, "channel");
        assertRefused(api.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(id, "431222001001", "URBAN.DEMOLITION").replace("\"persons\":1", "\"persons\":\"many\"")), 400, "persons");
        Answer broken = api.post("yuanling.registrar", "/api/v1/matters", "{\"channel\":");
        assertThat(broken.status()).isEqualTo(400);
        assertThat((String) broken.read("$.detail")).isNotBlank();
        assertThat(api.get("yuanling.registrar", "/api/v1/matters/abc").status()).isEqualTo(400);
        assertThat(api.get("yuanling.registrar", "/api/v1/matters?state=NOPE").status()).isEqualTo(400);
        assertThat(api.get("yuanling.registrar", "/api/v1/matters/99999999").status()).isEqualTo(404);
    }

    @Test
    void aCollectiveVisitMayChooseAtMostFiveRepresentatives() {
        String six = """
                {"channel":"VISIT","petitioner":{"name":"李一"},"persons":40,"categoryCode":"LABOUR.WAGE_ARREARS",
                 "placeCode":"431222001001","title":"讨薪","content":"工地拖欠工资。",
                 "representatives":[{"name":"李二"},{"name":"李三"},{"name":"李四"},{"name":"李五"},{"name":"李六"}]}""";
        assertRefused(api.post("yuanling.registrar", "/api/v1/matters", six), 400, "representatives");
        Answer five = api.post("yuanling.registrar", "/api/v1/matters", six.replace(",{\"name\":\"李六\"}", ""));
        assertThat(five.status()).isEqualTo(201);
        assertThat((Boolean) five.read("$.collective")).isTrue();
        assertThat((List<?>) five.read("$.representatives")).hasSize(4);
    }

    @Test
    void illegalTransitionsAreRefusedNamingTheStateAndLeaveTheMatterAsItWas() {
        long id = register();
        Answer early = api.post("yuanling.housing", "/api/v1/matters/" + id + "/opinion",
                "{\"version\":0,\"outcome\":\"SUPPORTED\",\"text\":\"同意\"}");
        // the housing bureau does not hold a matter still at the petition bureau: it may not even see it
        assertThat(early.status()).isEqualTo(404);
        Answer wrongStep = api.post("yuanling.registrar", "/api/v1/matters/" + id + "/closure", "{\"version\":0}");
        assertThat(wrongStep.status()).isEqualTo(409);
        assertThat((String) wrongStep.read("$.detail")).contains("已登记").contains("办结");
        Answer en = call("en", id, "closure", "{\"version\":0}");
        assertThat((String) en.read("$.detail")).contains("\"Registered\"").contains("\"Close\"");
        assertThat((String) api.get("yuanling.registrar", "/api/v1/matters/" + id).read("$.state")).isEqualTo("REGISTERED");
        assertThat(jdbc.queryForObject("select count(*) from matter_event where matter_id = ?", Long.class, id)).isEqualTo(1);
    }

    @Test
    void declineNeedsAReasonAndTheProperChannel() {
        long id = register();
        assertRefused(api.post("yuanling.registrar", "/api/v1/matters/" + id + "/acceptance",
                "{\"version\":0,\"outcome\":\"NOT_ACCEPTED\",\"properChannel\":\"LITIGATION\"}"), 400, "reason");
        assertRefused(api.post("yuanling.registrar", "/api/v1/matters/" + id + "/acceptance",
                "{\"version\":0,\"outcome\":\"NOT_ACCEPTED\",\"reason\":\"属于诉讼事项\"}"), 400, "properChannel");
        assertRefused(api.post("yuanling.registrar", "/api/v1/matters/" + id + "/acceptance",
                "{\"version\":0,\"outcome\":\"ACCEPTED\"}"), 400, "leadUnitCode");
        Answer ok = api.post("yuanling.registrar", "/api/v1/matters/" + id + "/acceptance",
                "{\"version\":0,\"outcome\":\"NOT_ACCEPTED\",\"reason\":\"属于诉讼事项\",\"properChannel\":\"LITIGATION\",\"notice\":\"请向人民法院起诉。\"}");
        assertThat((String) ok.read("$.state")).isEqualTo("NOT_ACCEPTED");
        assertThat((String) ok.read("$.acceptance.properChannel")).isEqualTo("LITIGATION");
    }

    @Test
    void aStaleVersionGets409AndTheOtherChangeIsKept() {
        long id = register();
        Answer first = api.post("yuanling.registrar", "/api/v1/matters/" + id + "/routing",
                "{\"version\":0,\"kind\":\"TRANSFER\",\"unitCode\":\"431222-HOUSING\"}");
        assertThat(first.status()).isEqualTo(200);
        Answer stale = api.post("yuanling.registrar", "/api/v1/matters/" + id + "/acceptance",
                "{\"version\":0,\"outcome\":\"NOT_ACCEPTED\",\"reason\":\"x\",\"properChannel\":\"LITIGATION\"}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat((String) stale.read("$.detail")).contains("已被他人修改");
        assertThat((String) stale.read("$.type")).isEqualTo("https://xinfang.org/problems/stale-version");
        assertThat((String) stale.read("$.title")).isEqualTo("事项已被他人修改");
        Answer english = api.postInEnglish("yuanling.registrar", "/api/v1/matters/" + id + "/acceptance",
                "{\"version\":0,\"outcome\":\"NOT_ACCEPTED\",\"reason\":\"x\",\"properChannel\":\"LITIGATION\"}");
        assertThat((String) english.read("$.title")).isEqualTo("Changed by someone else");
        assertThat((String) english.read("$.detail")).contains("you saw version 0");
        Answer now = api.get("yuanling.registrar", "/api/v1/matters/" + id);
        assertThat((String) now.read("$.state")).isEqualTo("ROUTED");
        assertThat((String) now.read("$.responsibleUnit.code")).isEqualTo("431222-HOUSING");
    }

    @Test
    void extensionIsALeadersOnceOnlyDecisionOfAtMostThirtyDays() {
        long id = register();
        api.post("yuanling.registrar", "/api/v1/matters/" + id + "/acceptance",
                "{\"version\":0,\"outcome\":\"ACCEPTED\",\"leadUnitCode\":\"431222-HOUSING\"}");
        assertThat(api.post("yuanling.housing", "/api/v1/matters/" + id + "/extension",
                "{\"version\":1,\"days\":10,\"reason\":\"调查\"}").status()).isEqualTo(403);
        assertRefused(api.post("yuanling.leader", "/api/v1/matters/" + id + "/extension",
                "{\"version\":1,\"days\":31,\"reason\":\"调查\"}"), 400, "days");
        assertThat(api.post("yuanling.leader", "/api/v1/matters/" + id + "/extension",
                "{\"version\":1,\"days\":30,\"reason\":\"调查\"}").status()).isEqualTo(200);
        Answer twice = api.post("yuanling.leader", "/api/v1/matters/" + id + "/extension", "{\"version\":2,\"days\":5,\"reason\":\"再查\"}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat((String) twice.read("$.detail")).contains("只能延长一次");
    }

    @Test
    void reviewCannotBeRequestedMoreThanThirtyDaysAfterTheOpinion() {
        long id = register();
        api.post("yuanling.registrar", "/api/v1/matters/" + id + "/acceptance", "{\"version\":0,\"outcome\":\"ACCEPTED\",\"leadUnitCode\":\"431222-HOUSING\"}");
        api.post("yuanling.leader", "/api/v1/matters/" + id + "/opinion", "{\"version\":1,\"outcome\":\"SUPPORTED\",\"text\":\"支持\"}");
        // 2022 art. 35: the 30 days run from the opinion's delivery, here on the day it was given
        api.post("yuanling.registrar", "/api/v1/matters/" + id + "/delivery", "{\"version\":2,\"document\":\"handling-opinion\","
                + "\"method\":\"IN_PERSON\",\"deliveredOn\":\"" + clock.today() + "\",\"outcome\":\"SIGNED\"}");
        clock.advanceDays(31);
        try {
            Answer late = api.post("yuanling.registrar", "/api/v1/matters/" + id + "/review-request", "{\"version\":3,\"reason\":\"不服\"}");
            assertThat(late.status()).isEqualTo(409);
            assertThat((String) late.read("$.detail")).contains("复查请求已超过法定期限");
        } finally {
            clock.advanceDays(-31);
        }
    }

    @Test
    void aNullInAListOfUnitsIsRefusedNamingTheFieldAndAWrongStateIsAConflict() {
        long id = register();
        assertRefused(api.post("yuanling.registrar", "/api/v1/matters/" + id + "/acceptance",
                "{\"version\":0,\"outcome\":\"ACCEPTED\",\"leadUnitCode\":\"431222-HOUSING\",\"coHandlerUnitCodes\":[null]}"),
                400, "coHandlerUnitCodes[0]");
        Answer accepted = api.post("yuanling.registrar", "/api/v1/matters/" + id + "/acceptance",
                "{\"version\":0,\"outcome\":\"ACCEPTED\",\"leadUnitCode\":\"431222-HOUSING\",\"coHandlerUnitCodes\":[\"431222-FINANCE\"]}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertRefused(api.post("yuanling.registrar", "/api/v1/matters/" + id + "/assignment",
                "{\"version\":1,\"leadUnitCode\":\"431222-HOUSING\",\"coHandlerUnitCodes\":[\"431222-FINANCE\",null],\"reason\":\"调整\"}"),
                400, "coHandlerUnitCodes[1]");
        Answer again = api.post("yuanling.registrar", "/api/v1/matters/" + id + "/acceptance",
                "{\"version\":1,\"outcome\":\"ACCEPTED\",\"leadUnitCode\":\"431222-HOUSING\",\"coHandlerUnitCodes\":[\"431222-FINANCE\"]}");
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat((String) again.read("$.detail")).contains("办理中");
        assertRefused(api.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION").replace("\"persons\":1", "\"persons\":1,\"representatives\":[null]")),
                400, "representatives[0]");
        assertThat(jdbc.queryForObject("select count(*) from matter_event where matter_id = ?", Long.class, id)).isEqualTo(2);
    }

    private long register() {
        Answer a = api.post("yuanling.registrar", "/api/v1/matters", ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION"));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.id();
    }

    private Answer call(String language, long id, String action, String json) {
        return api.call("yuanling.registrar",
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/matters/" + id + "/" + action),
                json, language);
    }

    private static void assertRefused(Answer a, int status, String field) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        assertThat(a.body()).contains("\"errors\"");
        assertThat((List<String>) a.read("$.errors[*].field")).as(a.body()).contains(field);
        assertThat((String) a.read("$.detail")).isNotBlank();
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from matter", Long.class);
    }
}
