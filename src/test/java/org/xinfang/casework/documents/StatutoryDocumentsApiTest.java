package org.xinfang.casework.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
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

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The statutory letters of a matter walked to finality, fetched as PDF the way a registrar would, and read back
 * with PDFBox: A4, the Chinese text extractable (so it was printed with real glyphs), every font embedded.
 * The tests that render need a font with Chinese glyphs (Debian: fonts-noto-cjk); without one they are skipped,
 * unless CI=true, where they must run.
 */
@IntegrationTest
class StatutoryDocumentsApiTest {

    private static final String PETITIONER = "欧阳秀英";
    private static final String TITLE = "房屋征收补偿款逾期未发放";

    @Autowired
    ApiClient api;
    @Autowired
    MutableClock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    DocumentFont font;

    @Test
    void everyLetterOfAMatterWalkedToFinalityIsAPrintableChinesePdf() throws Exception {
        requireChineseFont();
        LocalDate received = clock.today();
        long id = register(1);
        clock.advanceDays(2);
        step("yuanling.registrar", id, "routing", "{\"version\":0,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222-HOUSING\"}");
        clock.advanceDays(3);
        step("yuanling.housing", id, "acceptance", """
                {"version":1,"outcome":"ACCEPTED","notice":"请保持电话畅通，以便承办人员联系核实。","leadUnitCode":"431222-HOUSING",
                 "coHandlerUnitCodes":["431222-NATURAL_RESOURCES"]}""");
        LocalDate accepted = clock.today();
        clock.advanceDays(40);
        step("yuanling.leader", id, "opinion", """
                {"version":2,"outcome":"PARTIALLY_SUPPORTED","text":"经核查，你户房屋征收补偿款共计人民币伍拾叁万元，其中已发放叁拾万元。\\n剩余款项将于本月底前发放到位。"}""");
        LocalDate replied = clock.today();
        // the review windows run from the delivery of each opinion (2022 art. 35, 36 ¶1)
        step("yuanling.registrar", id, "delivery", "{\"version\":3,\"document\":\"handling-opinion\",\"method\":\"IN_PERSON\",\"deliveredOn\":\""
                + clock.today() + "\",\"outcome\":\"SIGNED\"}");
        clock.advanceDays(5);
        step("yuanling.registrar", id, "review-request", "{\"version\":4,\"reason\":\"对补偿标准不服\"}");
        clock.advanceDays(20);
        step("yuanling.leader", id, "review-opinion", "{\"version\":5,\"outcome\":\"UPHELD\",\"text\":\"原处理意见认定事实清楚，适用政策正确，予以维持。\"}");
        LocalDate reviewed = clock.today();
        step("yuanling.registrar", id, "delivery", "{\"version\":6,\"document\":\"review-opinion\",\"method\":\"IN_PERSON\",\"deliveredOn\":\""
                + clock.today() + "\",\"outcome\":\"SIGNED\"}");
        clock.advanceDays(10);
        step("yuanling.registrar", id, "re-review-request", "{\"version\":7,\"reason\":\"仍不服\"}");
        step("city.leader", id, "re-review-hearing", "{\"version\":8,\"days\":5,\"reason\":\"组织听证\"}");
        clock.advanceDays(25);
        Answer fin = step("city.leader", id, "re-review-opinion", "{\"version\":9,\"outcome\":\"UPHELD\",\"text\":\"复查意见正确，予以维持。\"}");
        assertThat((String) fin.read("$.state")).isEqualTo("FINAL");
        String reference = fin.read("$.referenceNo");
        String receivedText = chinese(received);

        String acceptance = letter(id, "acceptance-notice", reference);
        assertThat(acceptance).contains(PETITIONER, TITLE, receivedText, "沅陵县住房和城乡建设局", "信访事项受理告知书",
                reference + "-SL", "决定予以受理", "沅陵县自然资源局协同办理", "请保持电话畅通", chinese(accepted),
                "根据《信访工作条例》第二十三条的规定，本机关决定予以受理，现将受理情况以及处理途径和程序告知如下。",
                "根据《信访工作条例》第三十四条的规定，该信访事项应当自受理之日起60日内办结；情况复杂的，经办理机关、单位负责人批准，"
                        + "可以适当延长办理期限，但延长期限不得超过30日，并告知你延期理由。");
        citesTheLawInForceOnly(acceptance);
        // the notice tells the petitioner how to follow the matter online
        assertThat(acceptance.replaceAll("\\s", "")).contains("可以凭查询码" + org.xinfang.casework.QueryCode.display(
                jdbc.queryForObject("select query_code from matter where id = ?", String.class, id)) + "和登记的手机号码后四位");

        String opinion = letter(id, "handling-opinion", reference);
        assertThat(opinion).contains(PETITIONER, TITLE, receivedText, "沅陵县住房和城乡建设局", "信访事项处理意见书",
                reference + "-CL", "部分支持信访请求", "其中已发放叁拾万元", "剩余款项将于本月底前发放到位", chinese(replied),
                "根据《信访工作条例》第三十五条的规定，你如对本处理意见不服，可以自收到本意见书之日起30日内，向本机关的上一级机关"
                        + "沅陵县人民政府请求复查；收到复查请求的机关应当自收到复查请求之日起30日内提出复查意见，并予以书面答复。");
        citesTheLawInForceOnly(opinion);

        String review = letter(id, "review-opinion", reference);
        assertThat(review).contains(PETITIONER, TITLE, receivedText, "沅陵县人民政府", "信访事项复查意见书", reference + "-FC",
                "维持原处理意见", "予以维持", chinese(reviewed),
                "本机关依照《信访工作条例》第三十五条的规定进行了复查",
                "根据《信访工作条例》第三十六条的规定，你如对本复查意见不服，可以自收到本意见书之日起30日内，向本机关的上一级机关"
                        + "怀化市人民政府请求复核；收到复核请求的机关应当自收到复核请求之日起30日内提出复核意见。");
        citesTheLawInForceOnly(review);

        String reReview = letter(id, "re-review-opinion", reference);
        assertThat(reReview).contains(PETITIONER, TITLE, receivedText, "怀化市人民政府", "信访事项复核意见书", reference + "-FH",
                "维持复查意见", chinese(clock.today()), "本机关依照《信访工作条例》第三十六条的规定进行了复核，并举行了听证",
                "本复核意见为终结意见。根据《信访工作条例》第三十六条第三款的规定，你对本复核意见不服，仍然以同一事实和理由提出投诉请求的，"
                        + "各级党委和政府信访部门和其他机关、单位不再受理。");
        citesTheLawInForceOnly(reReview);

        // a matter that was accepted has no notice of non-acceptance
        Answer none = api.get("yuanling.registrar", "/api/v1/matters/" + id + "/documents/non-acceptance-notice");
        assertThat(none.status()).isEqualTo(409);
        assertThat((String) none.read("$.type")).endsWith("/document.not-available");
    }

    @Test
    void aNoticeOfNonAcceptanceNamesTheReasonAndTheProperChannel() throws Exception {
        requireChineseFont();
        long id = register(1);
        Answer declined = step("yuanling.registrar", id, "acceptance", """
                {"version":0,"outcome":"NOT_ACCEPTED","reason":"该争议属于劳动合同纠纷，依法应当通过劳动仲裁解决",
                 "properChannel":"ARBITRATION","notice":"可向沅陵县劳动人事争议仲裁委员会申请仲裁。"}""");
        String reference = declined.read("$.referenceNo");

        String notice = letter(id, "non-acceptance-notice", reference);
        assertThat(notice).contains(PETITIONER, TITLE, "沅陵县信访局", "信访事项不予受理告知书", reference + "-BSL",
                "本机关决定对该信访事项不予受理。理由是：该争议属于劳动合同纠纷，依法应当通过劳动仲裁解决。",
                "根据《信访工作条例》第三十一条的规定，请你按照法律法规规定的程序申请仲裁。",
                "可向沅陵县劳动人事争议仲裁委员会申请仲裁");
        citesTheLawInForceOnly(notice);

        // the browser's link, in the signed-in session, gives the same letter
        MockHttpServletResponse page = mvc.perform(get("/matters/" + id + "/documents/non-acceptance-notice.pdf")
                .with(user(users.loadUserByUsername("yuanling.registrar")))).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentType()).isEqualTo("application/pdf");
        assertThat(page.getHeader("Content-Disposition"))
                .isEqualTo("inline; filename=\"" + reference + "-non-acceptance-notice.pdf\"");
        assertThat(text(page.getContentAsByteArray())).contains("申请仲裁");

        assertThat(api.get("yuanling.registrar", "/api/v1/matters/" + id + "/documents/acceptance-notice").status()).isEqualTo(409);
    }

    @Test
    void anAnalystPrintsTheLetterWithTheNumbersInItMaskedAsOnTheMatterPage() throws Exception {
        requireChineseFont();
        long id = register(1);
        Answer accepted = step("yuanling.registrar", id, "acceptance", """
                {"version":0,"outcome":"ACCEPTED","leadUnitCode":"431222-HOUSING",
                 "notice":"已受理，经办人将致电13912345678与你核实，身份证号430101199001011234。"}""");
        String reference = accepted.read("$.referenceNo");

        // the registrar prints the letter the petitioner receives, whole
        assertThat(letter(id, "acceptance-notice", reference)).contains("13912345678", "430101199001011234");
        // the analyst, whose role sees personal data masked, gets the same letter with its numbers masked
        MockHttpServletResponse r = mvc.perform(get("/api/v1/matters/" + id + "/documents/acceptance-notice")
                .with(user(users.loadUserByUsername("city.analyst"))).accept(MediaType.APPLICATION_PDF))
                .andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        String code = api.get("yuanling.registrar", "/api/v1/matters/" + id).read("$.queryCode");
        assertThat(text(r.getContentAsByteArray())).contains(PETITIONER, "139****5678", "430101********1234",
                        "****-****-****-****")
                .doesNotContain("13912345678", "430101199001011234", code);
        // the registrar, who hands the code to the petitioner, prints it
        assertThat(letter(id, "acceptance-notice", reference)).contains(code);
    }

    @Test
    void aCollectiveVisitIsAddressedToThePetitionerAndTheOthers() throws Exception {
        requireChineseFont();
        long id = register(6);
        Answer declined = step("yuanling.registrar", id, "acceptance", """
                {"version":0,"outcome":"NOT_ACCEPTED","reason":"已经人民法院判决","properChannel":"PEOPLES_COURT"}""");
        String notice = letter(id, "non-acceptance-notice", declined.read("$.referenceNo"));
        assertThat(notice).contains(PETITIONER + "等6人：", "你们于",
                "根据《信访工作条例》第二十三条的规定，该事项不属于本机关职权范围，请你们向人民法院反映。");
        citesTheLawInForceOnly(notice);
    }

    @Test
    void aDocumentWhoseStepHasNotBeenTakenIsAConflictAndNeedsNoFont() throws Exception {
        long id = register(1);
        for (String kind : List.of("acceptance-notice", "non-acceptance-notice", "handling-opinion", "review-opinion",
                "re-review-opinion")) {
            Answer a = api.get("yuanling.registrar", "/api/v1/matters/" + id + "/documents/" + kind);
            assertThat(a.status()).as(kind).isEqualTo(409);
            assertThat((String) a.read("$.type")).endsWith("/document.not-available");
        }
        // a client that asks only for PDF still gets the refusal as a problem detail, not a 406 or a 500
        MockHttpServletResponse pdfOnly = mvc.perform(get("/api/v1/matters/" + id + "/documents/handling-opinion")
                .with(user(users.loadUserByUsername("yuanling.registrar"))).accept(MediaType.APPLICATION_PDF))
                .andReturn().getResponse();
        assertThat(pdfOnly.getStatus()).isEqualTo(409);
        assertThat(pdfOnly.getContentType()).startsWith("application/problem+json");
        List<Map<String, Object>> listed = api.get("yuanling.registrar", "/api/v1/matters/" + id + "/documents").read("$");
        assertThat(listed).extracting(d -> d.get("kind")).containsExactly("ACCEPTANCE_NOTICE", "NON_ACCEPTANCE_NOTICE",
                "HANDLING_OPINION", "REVIEW_OPINION", "RE_REVIEW_OPINION", "SUGGESTION_REPLY", "GUIDANCE_NOTICE",
                // issue 11 item 4: the documents of the steps around them; a visit has its receipt and record at once
                "EXTENSION_NOTICE", "TRANSFER_LETTER", "ASSIGNMENT_LETTER", "VISIT_RECEIPT", "INTERVIEW_RECORD", "SUPERVISION_NOTICE");
        assertThat(listed).allSatisfy(d -> assertThat(d.get("available"))
                .isEqualTo(List.of("VISIT_RECEIPT", "INTERVIEW_RECORD").contains(d.get("kind"))));
        assertThat(api.get("yuanling.registrar", "/api/v1/matters/" + id + "/documents/summons").status()).isEqualTo(404);
    }

    @Test
    void anotherCountysRegistrarGetsNotFoundLikeForAMatterThatDoesNotExist() throws Exception {
        long id = register(1);
        step("yuanling.registrar", id, "acceptance", """
                {"version":0,"outcome":"NOT_ACCEPTED","reason":"属于诉讼事项","properChannel":"LITIGATION"}""");
        Answer other = api.get("hecheng.registrar", "/api/v1/matters/" + id + "/documents/non-acceptance-notice");
        Answer missing = api.get("hecheng.registrar", "/api/v1/matters/987654321/documents/non-acceptance-notice");
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.body().replace(String.valueOf(id), "X")).isEqualTo(missing.body().replace("987654321", "X"));
        assertThat(api.get("hecheng.registrar", "/api/v1/matters/" + id + "/documents").status()).isEqualTo(404);
        int page = mvc.perform(get("/matters/" + id + "/documents/non-acceptance-notice.pdf")
                .with(user(users.loadUserByUsername("hecheng.registrar")))).andReturn().getResponse().getStatus();
        assertThat(page).isEqualTo(404);
        // and nobody signed in is sent to the log-in page, not given the letter
        int anonymous = mvc.perform(get("/matters/" + id + "/documents/non-acceptance-notice.pdf")).andReturn().getResponse().getStatus();
        assertThat(anonymous).isEqualTo(302);
        int anonymousApi = mvc.perform(get("/api/v1/matters/" + id + "/documents/non-acceptance-notice")).andReturn().getResponse().getStatus();
        assertThat(anonymousApi).isEqualTo(401);
    }

    // --- helpers ---

    /** The letter cites the 2022 Regulations on Letters and Visits Work, never the repealed 2005 Regulations (《信访条例》). */
    private static void citesTheLawInForceOnly(String letter) {
        assertThat(letter).contains("《信访工作条例》第").doesNotContain("《信访条例》");
    }

    private void requireChineseFont() {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        Assumptions.assumeTrue(ci || font.isAvailable(), "No font with Chinese glyphs is installed, so the PDF letters "
                + "cannot be rendered here: apt-get install -y fonts-noto-cjk (these tests always run with CI=true).");
    }

    private long register(int persons) {
        String json = """
                {"channel":"VISIT","petitioner":{"name":"%s","idNumber":"%s","phone":"13912345678",
                 "address":"沅陵县沅陵镇月亮坪社区5组"},"persons":%d,"categoryCode":"URBAN.DEMOLITION","placeCode":"431222001001",
                 "title":"%s","content":"我家房屋于去年被征收，补偿款至今未全部发放。"}"""
                .formatted(PETITIONER, ApiClient.freshIdNumber(), persons, TITLE);
        Answer a = api.post("yuanling.registrar", "/api/v1/matters", json);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.id();
    }

    private Answer step(String user, long id, String action, String json) {
        Answer a = api.post(user, "/api/v1/matters/" + id + "/" + action, json);
        assertThat(a.status()).as("%s by %s: %s", action, user, a.body()).isEqualTo(200);
        return a;
    }

    /** Fetches the letter over the API as the county registrar, checks the PDF, saves a picture of it, returns its text. */
    private String letter(long id, String kind, String reference) throws Exception {
        MockHttpServletResponse r = mvc.perform(get("/api/v1/matters/" + id + "/documents/" + kind)
                .with(user(users.loadUserByUsername("yuanling.registrar")))
                .header("Accept-Language", "zh-CN").accept(MediaType.APPLICATION_PDF, MediaType.ALL))
                .andReturn().getResponse();
        assertThat(r.getStatus()).as(kind + ": " + r.getContentAsString()).isEqualTo(200);
        assertThat(r.getContentType()).isEqualTo("application/pdf");
        assertThat(r.getHeader("Content-Disposition")).isEqualTo("inline; filename=\"" + reference + "-" + kind + ".pdf\"");
        assertThat(r.getHeader("Cache-Control")).contains("no-store");
        byte[] pdf = r.getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isPositive();
            List<String> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                PDRectangle box = page.getMediaBox();
                assertThat(box.getWidth()).as("A4 width").isCloseTo(PDRectangle.A4.getWidth(), within(1f));
                assertThat(box.getHeight()).as("A4 height").isCloseTo(PDRectangle.A4.getHeight(), within(1f));
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont f = resources.getFont(name);
                    assertThat(f.isEmbedded()).as("font %s is embedded", f.getName()).isTrue();
                    fonts.add(f.getName());
                }
            }
            assertThat(fonts).isNotEmpty();
            savePicture(doc, kind);
        }
        String text = text(pdf);
        assertThat(text).doesNotContain("\uFFFD", "\u25A1", "\u0000", "〓");
        return text;
    }

    /** The text as a reader would copy it: every glyph mapped back to its character, line breaks and spaces gone. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }

    private static void savePicture(PDDocument doc, String kind) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 100);
        ImageIO.write(image, "png", dir.resolve(kind + ".png").toFile());
    }

    private static String chinese(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
