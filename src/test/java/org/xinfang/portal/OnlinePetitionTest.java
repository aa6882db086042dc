package org.xinfang.portal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.xinfang.platform.sms.DemoSmsGateway;
import org.xinfang.platform.sms.SmsGateway;
import org.xinfang.support.ApiClient;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Petitioning online: proving the phone, submitting, the receipt, and what the form refuses. */
@IntegrationTest
class OnlinePetitionTest {

    private static final AtomicLong NUMBERS = new AtomicLong(10_000_000);

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

    static String freshPhone() {
        return "139" + NUMBERS.incrementAndGet();
    }

    static String freshAddress() {
        long n = NUMBERS.incrementAndGet();
        return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
    }

    PortalVisitor visitor() {
        return new PortalVisitor(mvc, (DemoSmsGateway) sms, freshAddress());
    }

    @Test
    void theFrontPageSaysWhatIsAcceptedAndWhereElseToGo() throws Exception {
        String page = visitor().get("/portal").body();
        assertThat(page).contains("受理范围", "不属于信访受理的事项", "向人民法院起诉", "申请仲裁", "行政复议", "纪检监察机关");
        String english = new PortalVisitor(mvc, (DemoSmsGateway) sms, freshAddress()) {
            @Override
            Page perform(org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
                return super.perform(request.cookie(new jakarta.servlet.http.Cookie("xinfang-lang", "en")));
            }
        }.get("/portal").body();
        assertThat(english).contains("What is not accepted here", "arbitration");
    }

    @Test
    void theLanguageChosenOnThePortalStaysOnThePortal() throws Exception {
        PortalVisitor v = visitor();
        PortalVisitor.Page english = v.post("/portal/language", Map.of("lang", "en", "back", "/portal/track"));
        assertThat(english.redirect()).isEqualTo("/portal/track");
        assertThat(v.post("/portal/language", Map.of("lang", "en", "back", "//evil.example/portal")).redirect()).isEqualTo("/portal");
        assertThat(v.post("/portal/language", Map.of("lang", "en", "back", "https://evil.example")).redirect()).isEqualTo("/portal");
    }

    @Test
    void theCategoryIsSuggestedFromTheWordsAndAProposalIsAProposal() throws Exception {
        PortalVisitor v = visitor();
        // the trained model names the first level; the petitioner chooses the exact category under it
        assertThat(v.post("/portal/petition/suggest", Map.of("title", "房屋征收补偿",
                "content", "我家房屋被征收拆迁，补偿款至今未到位，请求督促发放。")).body()).contains("根据内容建议归类为：城乡建设");
        // too little to go on: no guess
        assertThat(v.post("/portal/petition/suggest", Map.of("title", "", "content", "你好")).body())
                .doesNotContain("根据内容建议归类为");
        v.verify(freshPhone());
        String title = "建议增设公交线路" + NUMBERS.incrementAndGet();
        Map<String, String> fields = new HashMap<>(PortalVisitor.petition("何明", ApiClient.freshIdNumber(), title));
        fields.put("kind", "PROPOSAL");
        fields.remove("categoryCode");
        v.submit(fields);
        assertThat(jdbc.queryForMap("select m.kind, c.code from matter m join category c on c.id = m.category_id where m.title = ?", title))
                .containsEntry("kind", "PROPOSAL").containsEntry("code", "OTHER.MISC");
    }

    @Test
    void aVerifiedPhoneSubmitsAPetitionAndGetsAQueryCodeAndAReceipt() throws Exception {
        PortalVisitor v = visitor();
        String phone = freshPhone();
        assertThat(v.get("/portal/petition").body()).contains("id=\"form-send-code\"").doesNotContain("form-petition");
        PortalVisitor.Page sent = v.requestCode(phone);
        assertThat(sent.body()).contains("验证码已发送", "演示环境");
        assertThat(v.post("/portal/petition/verify", Map.of("phone", phone, "code", "000000")).body())
                .contains("验证码不正确");
        PortalVisitor.Page verified = v.post("/portal/petition/verify", Map.of("phone", phone, "code", v.codeSentTo(phone)));
        assertThat(verified.redirect()).isEqualTo("/portal/petition");
        assertThat(v.get("/portal/petition").body()).contains("id=\"form-petition\"", "139****");

        String idNumber = ApiClient.freshIdNumber();
        Map<String, String> fields = new HashMap<>(PortalVisitor.petition("王建国", idNumber, "征收补偿款未兑现"));
        fields.put("disclosureConsent", "true");
        PortalVisitor.Page submitted = v.submit(fields,
                new MockMultipartFile("attachments", "协议.pdf", "application/pdf", "%PDF-1.4 agreement".getBytes(StandardCharsets.US_ASCII)));
        assertThat(submitted.redirect()).isEqualTo("/portal/receipt");
        String receipt = v.get("/portal/receipt").body();
        String code = v.receiptQueryCode();
        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
        assertThat(receipt).contains("网上信访回执", "征收补偿款未兑现", "沅陵县信访局", "打印回执");

        Map<String, Object> row = jdbc.queryForMap("""
                select m.channel, m.state, m.query_code, m.disclosure_consent, u.code as office, m.registered_by,
                       (select count(*) from attachment a where a.matter_id = m.id and a.from_petitioner) files
                from matter m join unit u on u.id = m.receiving_unit_id where m.query_code = ?""", code.replace("-", ""));
        assertThat(row).containsEntry("channel", "ONLINE").containsEntry("state", "REGISTERED")
                .containsEntry("disclosure_consent", true).containsEntry("office", "431222-PETITION")
                .containsEntry("registered_by", "petitioner").containsEntry("files", 1L);
    }

    @Test
    void theSamePetitionSentTwiceWithinMinutesIsOneMatterAndLaterItIsANewOne() throws Exception {
        PortalVisitor v = visitor();
        String phone = freshPhone();
        v.verify(phone);
        Map<String, String> fields = PortalVisitor.petition("刘芳", ApiClient.freshIdNumber(), "小区污水外溢");
        v.submit(fields);
        String first = v.receiptQueryCode();
        clock.advanceMinutes(3);
        v.submit(fields);
        assertThat(v.receiptQueryCode()).isEqualTo(first);
        assertThat(v.get("/portal/receipt").body()).contains("未重复登记");
        assertThat(countByTitle("小区污水外溢")).isEqualTo(1);

        clock.advanceMinutes(20);
        v.verify(phone);
        v.submit(fields);
        assertThat(v.receiptQueryCode()).isNotEqualTo(first);
        assertThat(countByTitle("小区污水外溢")).isEqualTo(2);
    }

    @Test
    void badInputIsNamedAndNothingIsRegistered() throws Exception {
        PortalVisitor v = visitor();
        v.verify(freshPhone());
        String title = "身份证号错误的信访" + NUMBERS.incrementAndGet();
        PortalVisitor.Page wrongId = v.submit(PortalVisitor.petition("赵六", "431222196505050021", title));
        assertThat(wrongId.status()).isEqualTo(400);
        assertThat(wrongId.body()).contains("id=\"error\"", "身份证").contains(title);
        PortalVisitor.Page notAcknowledged = v.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/portal/petition").param("name", "赵六").param("idNumber", ApiClient.freshIdNumber())
                .param("placeCode", "431222001001").param("title", title).param("content", "内容")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()));
        assertThat(notAcknowledged.body()).contains("请先确认已阅读受理范围");
        PortalVisitor.Page fakePdf = v.submit(PortalVisitor.petition("赵六", ApiClient.freshIdNumber(), title),
                new MockMultipartFile("attachments", "证明.pdf", "application/pdf", "MZ\u0090 not a pdf".getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(fakePdf.body()).contains("证明.pdf");
        assertThat(countByTitle(title)).isZero();
    }

    @Test
    void nobodyPetitionsOnlineUnderSomeoneElsesIdNumberOrRewritesTheirContacts() throws Exception {
        String idNumber = ApiClient.freshIdNumber();
        assertThat(api.post("yuanling.registrar", "/api/v1/matters", ApiClient.visit(idNumber, "431222001001", "URBAN.DEMOLITION"))
                .status()).isEqualTo(201);
        PortalVisitor v = visitor();
        String phone = freshPhone();
        v.verify(phone);
        String title = "冒用身份证号" + NUMBERS.incrementAndGet();
        PortalVisitor.Page other = v.submit(PortalVisitor.petition("李四", idNumber, title));
        assertThat(other.status()).isEqualTo(400);
        assertThat(other.body()).contains("姓名与您填写的不一致").doesNotContain("王建国");
        assertThat(countByTitle(title)).isZero();

        PortalVisitor.Page same = v.submit(PortalVisitor.petition("王建国", idNumber, title));
        assertThat(same.redirect()).isEqualTo("/portal/receipt");
        assertThat(jdbc.queryForObject("select phone from petitioner where id_number = ?", String.class, idNumber)).isEqualTo("13812345678");
        // the petitioner follows it with the phone they verified online
        PortalVisitor tracker = visitor();
        assertThat(tracker.track(v.receiptQueryCode(), phone.substring(7)).redirect()).startsWith("/portal/matters/");
    }

    @Test
    void typingThePetitionKeepsThePhoneVerified() throws Exception {
        PortalVisitor v = visitor();
        v.verify(freshPhone());
        for (int i = 0; i < 3; i++) {
            clock.advanceMinutes(20);
            v.post("/portal/petition/suggest", Map.of("title", "房屋", "content", "征收补偿"));
        }
        String title = "写了一个小时的信访" + NUMBERS.incrementAndGet();
        assertThat(v.submit(PortalVisitor.petition("郭十三", ApiClient.freshIdNumber(), title)).redirect()).isEqualTo("/portal/receipt");
    }

    @Test
    void whatPeopleTypeIsShownAsTextNeverAsMarkup() throws Exception {
        PortalVisitor v = visitor();
        v.verify(freshPhone());
        String title = "<script>alert('x')</script>" + NUMBERS.incrementAndGet();
        v.submit(PortalVisitor.petition("<b>钱七</b>", ApiClient.freshIdNumber(), title));
        String receipt = v.get("/portal/receipt").body();
        assertThat(receipt).doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    }

    @Test
    void withoutAVerifiedPhoneNothingIsSubmitted() throws Exception {
        PortalVisitor v = visitor();
        String title = "未验证手机的提交" + NUMBERS.incrementAndGet();
        assertThat(v.submit(PortalVisitor.petition("孙八", ApiClient.freshIdNumber(), title)).body()).contains("重新验证");
        v.verify(freshPhone());
        clock.advanceMinutes(31);
        assertThat(v.submit(PortalVisitor.petition("孙八", ApiClient.freshIdNumber(), title)).body()).contains("重新验证");
        assertThat(countByTitle(title)).isZero();
    }

    private long countByTitle(String title) {
        return jdbc.queryForObject("select count(*) from matter where title = ?", Long.class, title);
    }
}
