package org.xinfang.casework.web;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.IntegrationTest;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Roles that see personal data masked see it masked in what people wrote too: ID numbers and phones in a title, the
 * content, a notice or a timeline reason, however they were typed; and they cannot look a person up by a full number.
 */
@IntegrationTest
class FreeTextMaskingTest {

    private static final String PHONE = "13812349876";
    private static final String MASKED_PHONE = "138****9876";
    private static final String LANDLINE = "0745-4221234";
    private static final String MASKED_LANDLINE = "074*-***1234";

    @Autowired
    ApiClient api;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    long id;
    String idNumber;
    String title;

    @BeforeEach
    void aMatterWithNumbersInItsText() {
        idNumber = ApiClient.freshIdNumber();
        String spaced = idNumber.substring(0, 6) + " " + idNumber.substring(6, 14) + " " + idNumber.substring(14);
        title = "殡葬补贴电话" + PHONE + "打不通" + System.nanoTime() % 100000;
        String body = ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "CIVIL.FUNERAL")
                .replace("征收补偿款未到位", title)
                .replace("我家房屋被征收，补偿款至今未到位，请求督促发放。",
                        "本人身份证号 " + spaced + "，联系电话138-1234-9876，家属电话１３９０７４５１２３４，家住太常街3号院2栋301。");
        Answer registered = api.post("yuanling.registrar", "/api/v1/matters", body);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        id = registered.id();
        assertThat(api.post("yuanling.registrar", "/api/v1/matters/" + id + "/routing",
                "{\"version\":0,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222-HOUSING\",\"reason\":\"已电话联系" + PHONE + "\"}")
                .status()).isEqualTo(200);
        assertThat(api.post("yuanling.housing", "/api/v1/matters/" + id + "/acceptance",
                "{\"version\":1,\"outcome\":\"ACCEPTED\",\"notice\":\"请拨打" + LANDLINE + "咨询\",\"leadUnitCode\":\"431222-HOUSING\"}")
                .status()).isEqualTo(200);
    }

    @Test
    void theMatterAndItsTimelineShowNumbersInTextMaskedToAnAnalystAndInFullToARegistrar() throws Exception {
        Answer analyst = api.get("city.analyst", "/api/v1/matters/" + id);
        assertThat((String) analyst.read("$.title")).startsWith("殡葬补贴电话" + MASKED_PHONE + "打不通");
        // masked where they stand, as they were typed
        assertThat((String) analyst.read("$.content")).contains(idNumber.substring(0, 6) + " ******** " + idNumber.substring(14),
                "138-****-9876", "139****1234", "家住太常街*号院*栋***。");
        assertThat((String) analyst.read("$.acceptance.notice")).contains(MASKED_LANDLINE);
        String timeline = api.get("city.analyst", "/api/v1/matters/" + id + "/timeline").body();
        assertThat(timeline).contains("已电话联系" + MASKED_PHONE);
        String page = page("city.analyst", get("/matters/" + id));
        assertThat(page).contains(MASKED_PHONE, "139****1234");
        for (String shown : List.of(analyst.body(), timeline, page)) {
            assertThat(shown).doesNotContain(PHONE, "1234-9876", "１３９０７４５１２３４", "07454221234", LANDLINE,
                    idNumber.substring(6, 14));
        }

        Answer registrar = api.get("yuanling.registrar", "/api/v1/matters/" + id);
        assertThat((String) registrar.read("$.title")).contains(PHONE);
        assertThat((String) registrar.read("$.content")).contains("138-1234-9876", "太常街3号院2栋301");
        assertThat(page("yuanling.registrar", get("/matters/" + id))).contains(PHONE, "138-1234-9876");
    }

    @Test
    void listsAndTheExportShowTitlesMaskedToAnAnalyst() throws Exception {
        String query = "?scope=all&county=431222&category=CIVIL.FUNERAL&state=IN_HANDLING";
        String analystList = page("city.analyst", get("/worklist" + query));
        assertThat(analystList).contains(title.replace(PHONE, MASKED_PHONE)).doesNotContain(PHONE);
        assertThat(page("yuanling.registrar", get("/worklist" + query))).contains(title);
        Answer api = this.api.get("city.analyst", "/api/v1/matters?size=200&state=IN_HANDLING&categoryCode=CIVIL.FUNERAL");
        assertThat(api.body()).contains(title.replace(PHONE, MASKED_PHONE)).doesNotContain(PHONE);
        assertThat(exportedTitles("city.analyst", query)).contains(title.replace(PHONE, MASKED_PHONE)).noneMatch(t -> t.contains(PHONE));
        assertThat(exportedTitles("yuanling.registrar", query)).contains(title);
    }

    @Test
    void anAnalystCannotLookAPersonUpByAFullNumber() throws Exception {
        String person = ApiClient.freshIdNumber();
        api.post("yuanling.registrar", "/api/v1/matters", ApiClient.visit(person, "431222001001", "URBAN.DEMOLITION"));
        for (String lookup : List.of("idNumber=" + person, "phone=13812345678")) {
            Answer refused = api.get("city.analyst", "/api/v1/petitioners?" + lookup);
            assertThat(refused.status()).isEqualTo(403);
            assertThat((String) refused.read("$.detail")).contains("脱敏");
            assertThat(refused.body()).doesNotContain("王建国");
            MvcResult page = mvc.perform(get("/register/petitioner?" + lookup)
                    .with(user(users.loadUserByUsername("city.analyst")))).andReturn();
            assertThat(page.getResponse().getStatus()).isEqualTo(403);
            assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain("王建国").contains("脱敏");
        }
        Answer english = api.call("city.analyst", get("/api/v1/petitioners?idNumber=" + person), null, "en");
        assertThat((String) english.read("$.detail")).contains("masked");
        assertThat((List<?>) api.get("yuanling.registrar", "/api/v1/petitioners?idNumber=" + person).read("$")).hasSize(1);
    }

    private List<String> exportedTitles(String username, String query) throws Exception {
        MvcResult r = mvc.perform(get("/worklist.xlsx" + query).with(user(users.loadUserByUsername(username)))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        List<String> titles = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.getResponse().getContentAsByteArray()))) {
            for (Row row : book.getSheetAt(0)) {
                titles.add(row.getCell(1).getStringCellValue());
            }
        }
        return titles;
    }

    private String page(String username, MockHttpServletRequestBuilder request) throws Exception {
        MvcResult r = mvc.perform(request.with(user(users.loadUserByUsername(username)))).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
