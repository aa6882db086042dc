package org.xinfang.casework.web;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.xinfang.support.ApiClient;
import org.xinfang.support.IntegrationTest;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The staff pages as the server renders them: what each role sees and may do, and what the forms refuse. */
@IntegrationTest
class StaffPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApiClient api;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.xinfang.support.MutableClock clock;

    @Test
    void theNavigationShowsOnlyWhatTheRoleMayUse() throws Exception {
        String registrar = page("yuanling.registrar", get("/worklist"));
        String analyst = page("city.analyst", get("/worklist"));
        String supervisor = page("yuanling.supervisor", get("/worklist"));
        assertThat(registrar).contains("href=\"/register\"").doesNotContain("href=\"/supervision\"");
        assertThat(analyst).doesNotContain("href=\"/register\"").doesNotContain("href=\"/supervision\"");
        assertThat(supervisor).contains("href=\"/supervision\"").doesNotContain("href=\"/register\"");
        assertThat(status("city.analyst", get("/register"))).isEqualTo(200);
        assertThat(status("city.analyst", get("/supervision"))).isEqualTo(403);
        // no matter is involved: the refusal says the role may not supervise, not what it may not do "to this matter"
        String refused = mvc.perform(get("/supervision").with(user(users.loadUserByUsername("city.analyst")))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("您的角色不能“发出督办单”", "督办看板").doesNotContain("该事项");
        assertThat(status("city.supervisor", get("/supervision?page=-1"))).isEqualTo(400);
    }

    @Test
    void registeringAtTheWindowWithAScannedLetterOpensTheNewMatter() throws Exception {
        String idNumber = ApiClient.freshIdNumber();
        byte[] pdf = "%PDF-1.4\n% a scanned letter\n".getBytes(StandardCharsets.US_ASCII);
        MvcResult r = mvc.perform(registration(idNumber).file(new MockMultipartFile("attachments", "来信.pdf", "application/pdf", pdf))
                .with(user(users.loadUserByUsername("yuanling.registrar"))).with(csrf())).andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).startsWith("/matters/");
        String matterPage = page("yuanling.registrar", get(r.getResponse().getRedirectedUrl()));
        assertThat(matterPage).contains("房屋征收补偿款未兑现", "来信.pdf", "已登记");
        Long matter = Long.valueOf(r.getResponse().getRedirectedUrl().substring("/matters/".length()));
        assertThat(jdbc.queryForObject("select count(*) from attachment where matter_id = ?", Long.class, matter)).isEqualTo(1);
    }

    @Test
    void aFileThatIsNotAScanIsRefusedAndNothingIsRegistered() throws Exception {
        String idNumber = ApiClient.freshIdNumber();
        long before = jdbc.queryForObject("select count(*) from matter", Long.class);
        MvcResult r = mvc.perform(registration(idNumber)
                .file(new MockMultipartFile("attachments", "letter.pdf", "application/pdf", "MZ executable".getBytes()))
                .with(user(users.loadUserByUsername("yuanling.registrar"))).with(csrf())).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("不是 PDF、JPEG、PNG 或 TIFF 文件");
        assertThat(jdbc.queryForObject("select count(*) from matter", Long.class)).isEqualTo(before);
    }

    @Test
    void aDoubleClickedRegistrationRegistersOnce() throws Exception {
        String idNumber = ApiClient.freshIdNumber();
        String first = mvc.perform(registration(idNumber).param("formKey", "double-" + idNumber)
                .with(user(users.loadUserByUsername("yuanling.registrar"))).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        String second = mvc.perform(registration(idNumber).param("formKey", "double-" + idNumber)
                .with(user(users.loadUserByUsername("yuanling.registrar"))).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void liveHintsWarnOfARepeatAndSuggestTheUnitAndCategory() throws Exception {
        String idNumber = ApiClient.freshIdNumber();
        api.post("yuanling.registrar", "/api/v1/matters", ApiClient.visit(idNumber, "431222001001", "URBAN.DEMOLITION"));
        String hints = page("yuanling.registrar", post("/register/hints").with(csrf()).param("channel", "VISIT")
                .param("name", "王建国").param("idNumber", idNumber).param("categoryCode", "URBAN.DEMOLITION")
                .param("placeCode", "431222001001").param("title", "征收补偿").param("content", "房屋征收拆迁补偿款未到位"));
        assertThat(hints).contains("可能是重复信访", "沅陵县住房和城乡建设局", "建议类别");
        String history = page("yuanling.registrar", get("/register/petitioner").param("idNumber", idNumber));
        assertThat(history).contains("征收补偿款未到位");
        assertThat(page("hecheng.registrar", get("/register/petitioner").param("idNumber", idNumber))).doesNotContain("征收补偿款未到位");
    }

    @Test
    void theWorklistFiltersExportsAndRemembersViews() throws Exception {
        long id = api.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION")).id();
        String ref = api.get("yuanling.registrar", "/api/v1/matters/" + id).read("$.referenceNo");
        assertThat(page("yuanling.registrar", get("/worklist"))).contains(ref);
        assertThat(page("yuanling.registrar", get("/worklist").param("channel", "LETTER").param("scope", "all"))).doesNotContain(ref);
        assertThat(page("hecheng.registrar", get("/worklist").param("scope", "all"))).doesNotContain(ref);

        byte[] xlsx = mvc.perform(get("/worklist.xlsx").param("scope", "all").param("channel", "VISIT")
                .with(user(users.loadUserByUsername("yuanling.registrar")))).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("编号");
            boolean found = false;
            for (var row : book.getSheetAt(0)) {
                found |= ref.equals(row.getCell(0).getStringCellValue());
            }
            assertThat(found).isTrue();
        }

        api.post("yuanling.leader", "/api/v1/matters/" + id + "/package-case", "{\"version\":0}");
        assertThat(page("yuanling.registrar", get("/worklist").param("flag", "package-case"))).contains(ref);
        assertThat(page("yuanling.registrar", get("/worklist").param("flag", "repeat"))).doesNotContain(ref);

        mvc.perform(post("/worklist/views").with(csrf()).param("name", "来访").param("query", "scope=all&channel=VISIT")
                .with(user(users.loadUserByUsername("yuanling.registrar"))));
        assertThat(page("yuanling.registrar", get("/worklist"))).contains("来访</a>").contains("scope=all&amp;channel=VISIT");
        assertThat(page("hecheng.registrar", get("/worklist"))).doesNotContain("scope=all&amp;channel=VISIT");
    }

    @Test
    void theMatterPageOffersOnlyWhatTheStateAndRoleAllowAndMasksByRole() throws Exception {
        String idNumber = ApiClient.freshIdNumber();
        long id = api.post("yuanling.registrar", "/api/v1/matters", ApiClient.visit(idNumber, "431222001001", "URBAN.DEMOLITION")).id();
        String registrar = page("yuanling.registrar", get("/matters/" + id));
        String analyst = page("city.analyst", get("/matters/" + id));
        assertThat(registrar).contains("id=\"form-route\"", "id=\"form-accept\"", idNumber).doesNotContain("id=\"form-reply\"");
        assertThat(analyst).doesNotContain("id=\"form-route\"").doesNotContain(idNumber).contains(idNumber.substring(0, 6) + "********");
        assertThat(status("hecheng.registrar", get("/matters/" + id))).isEqualTo(404);
        // before a decision only the visit's own papers (receipt, interview record, issue 11 item 4), no decision letter
        assertThat(registrar).contains("visit-receipt.pdf").doesNotContain("acceptance-notice.pdf");
        api.post("yuanling.registrar", "/api/v1/matters/" + id + "/acceptance",
                "{\"version\":0,\"outcome\":\"ACCEPTED\",\"leadUnitCode\":\"431222-HOUSING\"}");
        assertThat(page("yuanling.registrar", get("/matters/" + id))).contains("id=\"documents\"", "受理告知书 (PDF)",
                "/matters/" + id + "/documents/");
    }

    @Test
    void aRefusedActionExplainsWhyOnThePage() throws Exception {
        long id = api.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION")).id();
        MvcResult r = mvc.perform(post("/matters/" + id + "/acceptance").with(csrf()).param("version", "0")
                .param("outcome", "NOT_ACCEPTED").with(user(users.loadUserByUsername("yuanling.registrar")))).andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/matters/" + id);
        assertThat((String) r.getFlashMap().get("error")).contains("不予受理须说明理由");
    }

    @Test
    void theChosenLanguageIsKeptOnTheAccount() throws Exception {
        MvcResult r = mvc.perform(post("/preferences/language").with(csrf()).param("lang", "en")
                .header("Referer", "http://localhost/worklist?scope=all")
                .with(user(users.loadUserByUsername("hecheng.leader")))).andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/worklist?scope=all");
        assertThat(r.getResponse().getCookie("xinfang-lang").getValue()).isEqualTo("en");
        assertThat(jdbc.queryForObject("select preferred_language from staff where username = 'hecheng.leader'", String.class))
                .isEqualTo("en");
        String english = mvc.perform(get("/worklist").cookie(r.getResponse().getCookie("xinfang-lang"))
                .with(user(users.loadUserByUsername("hecheng.leader")))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("<title>Worklist</title>", "Export to Excel");
    }

    @Test
    void malformedPageRequestsAreRefusedNotFailed() throws Exception {
        assertThat(status("yuanling.registrar", get("/worklist").param("state", "BOGUS"))).isEqualTo(400);
        assertThat(status("yuanling.registrar", get("/worklist").param("page", "abc"))).isEqualTo(400);
        assertThat(status("yuanling.registrar", get("/worklist.xlsx").param("channel", "X"))).isEqualTo(400);
        assertThat(status("yuanling.registrar", post("/register").with(csrf()).param("channel", "BOGUS"))).isEqualTo(400);
        MvcResult view = mvc.perform(post("/worklist/views").with(csrf()).param("name", "braces").param("query", "a={x}")
                .with(user(users.loadUserByUsername("yuanling.registrar")))).andReturn();
        assertThat(view.getResponse().getStatus()).isEqualTo(302);
        MvcResult away = mvc.perform(post("/preferences/language").with(csrf()).param("lang", "zh-CN")
                .header("Referer", "http://localhost//evil.example/x").with(user(users.loadUserByUsername("yuanling.registrar")))).andReturn();
        assertThat(away.getResponse().getRedirectedUrl()).isEqualTo("/");
        MvcResult malformed = mvc.perform(post("/preferences/language").with(csrf()).param("lang", "zh-CN")
                .header("Referer", "http://localhost/a b").with(user(users.loadUserByUsername("yuanling.registrar")))).andReturn();
        assertThat(malformed.getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void aFileNameWithControlCharactersIsCleanedAndTheMatterKeepsItsFile() throws Exception {
        String idNumber = ApiClient.freshIdNumber();
        byte[] png = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
        MvcResult r = mvc.perform(registration(idNumber).file(new MockMultipartFile("attachments", "scan\u0000.png", "image/png", png))
                .with(user(users.loadUserByUsername("yuanling.registrar"))).with(csrf())).andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).startsWith("/matters/");
        Long matter = Long.valueOf(r.getResponse().getRedirectedUrl().substring("/matters/".length()));
        assertThat(jdbc.queryForObject("select filename from attachment where matter_id = ?", String.class, matter)).isEqualTo("scan.png");
    }

    private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder registration(String idNumber) {
        return (org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder) multipart("/register")
                .param("channel", "VISIT").param("name", "李秀英").param("idNumber", idNumber).param("phone", "13907451234")
                .param("categoryCode", "URBAN.DEMOLITION").param("placeCode", "431222001001").param("persons", "1")
                .param("title", "房屋征收补偿款未兑现").param("content", "补偿款至今未兑现。").param("formKey", "k-" + idNumber);
    }

    @Test
    void theSupervisionBoardCountsLateMattersByUnitAndListsThemMostUrgentFirst() throws Exception {
        String late = clock.today().minusDays(20).toString();
        // letters and digits: a long number in a title is masked for a supervisor if it may be a phone or ID number
        String title = "督办板测试" + Long.toString(System.nanoTime(), 36);
        String body = """
                {"channel":"LETTER","petitioner":{"name":"张明"},"categoryCode":"LABOUR.WAGE_ARREARS","placeCode":"431222001001",
                 "title":"%s","content":"拖欠工资。","receivedOn":"%s"}""".formatted(title, late);
        assertThat(api.post("yuanling.registrar", "/api/v1/matters", body).status()).isEqualTo(201);
        String board = page("yuanling.supervisor", get("/supervision"));
        assertThat(board).contains("id=\"load-by-unit\"", "沅陵县信访局", title, "超期");
        assertThat(board.indexOf("id=\"load-by-unit\"")).isLessThan(board.indexOf(title));
        assertThat(page("hecheng.supervisor", get("/supervision"))).doesNotContain(title);
    }

    private String page(String username, MockHttpServletRequestBuilder request) throws Exception {
        MvcResult r = mvc.perform(request.with(user(users.loadUserByUsername(username)))).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private int status(String username, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(users.loadUserByUsername(username)))).andReturn().getResponse().getStatus();
    }
}
