package org.xinfang.casework.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The documents of the steps around the answers (issue 11, item 4), fetched in an English-speaking session (the
 * letters are Chinese whatever the reader's language) and read back with PDFBox: the visit receipt and the interview
 * record at the window, the assignment and the transfer letter, the extension notice and the supervision notice.
 */
@IntegrationTest
class ProcedureDocumentsTest {

    private static final String PETITIONER = "欧阳秀英";
    private static final String TITLE = "房屋征收补偿款逾期未发放";

    @Autowired
    ApiClient api;
    @Autowired
    MutableClock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    DocumentFont font;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    @DisplayName("art. 21 ¶2, 22 ¶1, 23 ¶3, 34: the visit receipt gives the reference number, the query code to the registrar only, and the time limits, on one page")
    void theVisitReceiptAtTheWindow() throws Exception {
        requireChineseFont();
        LocalDate received = clock.today();
        long id = register();
        String reference = reference(id);
        String code = org.xinfang.casework.QueryCode.display(jdbc.queryForObject("select query_code from matter where id = ?",
                String.class, id));

        String receipt = pdf("yuanling.registrar", id, "visit-receipt");
        assertThat(receipt).contains("来访登记回执", reference + "-HZ", PETITIONER + "：", "沅陵县信访局", TITLE,
                "登记编号：" + reference, "查询码：" + code, chinese(received) + "来访反映的",
                "根据《信访工作条例》第二十二条第一款、第二十三条第三款和第三十四条的规定，本机关将于" + chinese(received.plusDays(15))
                        + "前区分情况，转送、交办有权处理的机关、单位或者依法处理；有权处理的机关、单位应当自收到之日起15日内书面告知你"
                        + "接收情况以及处理途径和程序；受理的事项一般应当自受理之日起60日内办结，情况复杂的，延长期限不得超过30日。",
                "根据《信访工作条例》第二十一条第二款的规定", "特此回执。", "沅陵县信访局（印章）");
        assertThat(pages).as("the receipt handed over at the window is one sheet").isEqualTo(1);
        // only a registrar, who hands it over, prints the query code
        assertThat(pdf("yuanling.supervisor", id, "visit-receipt")).contains("****-****-****-****").doesNotContain(code);
    }

    @Test
    @DisplayName("art. 19 ¶1: the interview record has the visitor's words and lines for the visitor and the staff member to sign")
    void theInterviewRecordIsSignedByTheVisitorAndTheStaff() throws Exception {
        requireChineseFont();
        long id = register();
        String record = pdf("yuanling.registrar", id, "interview-record");
        assertThat(record).contains("来访接谈记录", reference(id) + "-JT", "接谈地点：沅陵县信访局来访接待场所",
                "信访人：" + PETITIONER, "联系电话：13912345678", "来访人数：1人", "接谈人员：陈斌", "反映事项：" + TITLE,
                "我家房屋于去年被征收，补偿款至今未全部发放。", "根据《信访工作条例》第十九条第一款的规定，对信访人采用口头形式提出的信访事项，本机关已如实记录",
                "以上记录已经信访人核对，确认无误。", "信访人（签名）：", "接谈人员（签名）：")
                .doesNotContain("（印章）");
        // a role that sees personal data masked prints the record with the numbers masked
        assertThat(pdf("city.analyst", id, "interview-record")).contains("139****5678").doesNotContain("13912345678");
        // the record is the file's, not a letter to the petitioner: the portal does not offer it
        assertThat(StatutoryDocument.INTERVIEW_RECORD.isForPetitioner()).isFalse();
        assertThat(StatutoryDocument.VISIT_RECEIPT.isForPetitioner()).isTrue();
    }

    @Test
    @DisplayName("art. 22 ¶1 item 3, 23 ¶3, 34: the assignment letter tells the body in charge what to do and by when")
    void theAssignmentLetter() throws Exception {
        requireChineseFont();
        long id = register();
        LocalDate routed = clock.today();
        step("yuanling.registrar", id, "routing", "{\"version\":0,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222-HOUSING\"}");
        String letter = pdf("yuanling.registrar", id, "assignment-letter");
        assertThat(letter).contains("信访事项交办单", reference(id) + "-JB", "沅陵县住房和城乡建设局：", "交办你单位办理。",
                "根据《信访工作条例》第二十二条第一款第三项和第二十三条第三款的规定，属于你单位职权范围的，请自收到之日起15日内，即"
                        + chinese(routed.plusDays(15)) + "前，书面告知信访人接收情况以及处理途径和程序",
                "5个工作日内", "受理后请在指定办理期限内，即自受理之日起60日内办结，反馈结果并提交办结报告。", "特此交办。",
                "沅陵县信访局（印章）", chinese(routed), "信访人：" + PETITIONER + "　联系电话：13912345678",
                TITLE, "我家房屋于去年被征收", "登记编号：" + reference(id), "联系人：陈斌（沅陵县信访局）");
        assertThat(available(id)).contains("ASSIGNMENT_LETTER").doesNotContain("TRANSFER_LETTER");
        assertThat(api.get("yuanling.registrar", "/api/v1/matters/" + id + "/documents/transfer-letter").status()).isEqualTo(409);
    }

    @Test
    @DisplayName("art. 22 ¶1, 23 ¶3: the transfer letter passes the matter on and names the objection's 5 working days")
    void theTransferLetter() throws Exception {
        requireChineseFont();
        long id = register();
        step("yuanling.registrar", id, "routing", "{\"version\":0,\"kind\":\"TRANSFER\",\"unitCode\":\"431222-HOUSING\"}");
        String letter = pdf("yuanling.registrar", id, "transfer-letter");
        assertThat(letter).contains("信访事项转送函", reference(id) + "-ZS", "沅陵县住房和城乡建设局：", "转送你单位",
                "根据《信访工作条例》第二十二条第一款和第二十三条第三款的规定，该事项按照“属地管理、分级负责，谁主管、谁负责”的原则转送你单位。",
                "请自收到之日起5个工作日内", "特此函告。", "沅陵县信访局（印章）")
                .doesNotContain("交办单", "提交办结报告");
        assertThat(available(id)).contains("TRANSFER_LETTER").doesNotContain("ASSIGNMENT_LETTER");
    }

    @Test
    @DisplayName("art. 34: the extension notice names the days, the reason, the new deadline and the head who approved it")
    void theExtensionNotice() throws Exception {
        requireChineseFont();
        long id = register();
        step("yuanling.registrar", id, "routing", "{\"version\":0,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222-HOUSING\"}");
        step("yuanling.housing", id, "acceptance", "{\"version\":1,\"outcome\":\"ACCEPTED\",\"leadUnitCode\":\"431222-HOUSING\"}");
        LocalDate accepted = clock.today();
        assertThat(available(id)).doesNotContain("EXTENSION_NOTICE");
        clock.advanceDays(50);
        try {
            step("yuanling.leader", id, "extension", "{\"version\":2,\"days\":20,\"reason\":\"涉及多个部门，需进一步核查补偿标准\"}");
            String notice = pdf("yuanling.registrar", id, "extension-notice");
            assertThat(notice).contains("信访事项延期办理告知书", reference(id) + "-YQ", PETITIONER + "：", "沅陵县住房和城乡建设局",
                    "本机关已于" + chinese(accepted) + "依法受理", "延期理由：涉及多个部门，需进一步核查补偿标准。",
                    "根据《信访工作条例》第三十四条的规定，经沅陵县人民政府负责人陈刚批准，该信访事项的办理期限延长20日，延长后的办理期限至"
                            + chinese(accepted.plusDays(80)) + "。",
                    "特此告知。", "沅陵县住房和城乡建设局（印章）", chinese(clock.today()));
        } finally {
            clock.advanceDays(-50);
        }
    }

    @Test
    @DisplayName("art. 40 ¶1, ¶4: the supervision notice goes to the body holding the matter with the day of its written answer")
    void theSupervisionNotice() throws Exception {
        requireChineseFont();
        long id = register();
        step("yuanling.registrar", id, "routing", "{\"version\":0,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222-HOUSING\"}");
        LocalDate routed = clock.today();
        assertThat(available(id)).doesNotContain("SUPERVISION_NOTICE");
        step("yuanling.supervisor", id, "supervision", "{\"version\":1,\"reason\":\"逾期未告知受理情况\"}");
        String notice = pdf("yuanling.registrar", id, "supervision-notice");
        assertThat(notice).contains("信访事项督办单", reference(id) + "-DB", "沅陵县住房和城乡建设局：", "已于" + chinese(routed) + "交办你单位",
                "根据《信访工作条例》第四十条第一款的规定，本机关对该信访事项予以督办。督办事由：逾期未告知受理情况。",
                "根据《信访工作条例》第四十条第四款的规定，请你单位接到本督办单后认真办理", chinese(routed.plusDays(30)) + "前将办理情况",
                "特此督办。", "（印章）", "联系人：罗光辉");
    }

    @Test
    @DisplayName("Letters to bodies and the record are not the petitioner's: the documents' audience")
    void lettersToBodiesAreNotForThePetitioner() {
        assertThat(List.of(StatutoryDocument.values())).filteredOn(d -> !d.isForPetitioner())
                .containsExactlyInAnyOrder(StatutoryDocument.TRANSFER_LETTER, StatutoryDocument.ASSIGNMENT_LETTER,
                        StatutoryDocument.INTERVIEW_RECORD, StatutoryDocument.SUPERVISION_NOTICE);
        assertThat(List.of(StatutoryDocument.values())).filteredOn(StatutoryDocument::isDeliveryRecorded)
                .containsExactly(StatutoryDocument.ACCEPTANCE_NOTICE, StatutoryDocument.NON_ACCEPTANCE_NOTICE,
                        StatutoryDocument.HANDLING_OPINION, StatutoryDocument.REVIEW_OPINION, StatutoryDocument.RE_REVIEW_OPINION,
                        StatutoryDocument.SUGGESTION_REPLY, StatutoryDocument.GUIDANCE_NOTICE);
    }

    // --- helpers ---

    private void requireChineseFont() {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        Assumptions.assumeTrue(ci || font.isAvailable(), "No font with Chinese glyphs is installed: apt-get install -y fonts-noto-cjk");
    }

    private long register() {
        String json = """
                {"channel":"VISIT","petitioner":{"name":"%s","idNumber":"%s","phone":"13912345678",
                 "address":"沅陵县沅陵镇月亮坪社区5组"},"persons":1,"categoryCode":"URBAN.DEMOLITION","placeCode":"431222001001",
                 "title":"%s","content":"我家房屋于去年被征收，补偿款至今未全部发放。"}"""
                .formatted(PETITIONER, ApiClient.freshIdNumber(), TITLE);
        Answer a = api.post("yuanling.registrar", "/api/v1/matters", json);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.id();
    }

    private String reference(long id) {
        return api.get("yuanling.registrar", "/api/v1/matters/" + id).read("$.referenceNo");
    }

    private void step(String user, long id, String action, String json) {
        Answer a = api.post(user, "/api/v1/matters/" + id + "/" + action, json);
        assertThat(a.status()).as("%s by %s: %s", action, user, a.body()).isEqualTo(200);
    }

    private List<String> available(long id) {
        List<Map<String, Object>> listed = api.get("yuanling.registrar", "/api/v1/matters/" + id + "/documents").read("$");
        return listed.stream().filter(d -> Boolean.TRUE.equals(d.get("available"))).map(d -> (String) d.get("kind")).toList();
    }

    /** The document from the staff page's link, in an English-speaking session; saved under target/screenshots; its text. */
    private int pages;

    private String pdf(String username, long id, String kind) throws Exception {
        MockHttpServletResponse r = mvc.perform(get("/matters/" + id + "/documents/" + kind + ".pdf")
                        .with(user(users.loadUserByUsername(username))).header("Accept-Language", "en")
                        .accept(MediaType.APPLICATION_PDF, MediaType.ALL))
                .andReturn().getResponse();
        assertThat(r.getStatus()).as(kind + ": " + r.getContentAsString()).isEqualTo(200);
        assertThat(r.getContentType()).isEqualTo("application/pdf");
        byte[] bytes = r.getContentAsByteArray();
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(kind + "-" + username + ".pdf"), bytes);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            pages = doc.getNumberOfPages();
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).doesNotContain("\uFFFD", "〓");
            return text;
        }
    }

    private static String chinese(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
