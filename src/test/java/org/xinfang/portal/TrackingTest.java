package org.xinfang.portal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.xinfang.casework.Satisfaction;
import org.xinfang.platform.sms.DemoSmsGateway;
import org.xinfang.platform.sms.SmsGateway;
import org.xinfang.support.ApiClient;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * The petitioner follows their matter on the portal while staff handle it: what they see and do not see, adding
 * material, rating the opinion (and changing the rating), asking for review and re-review within the statutory windows.
 */
@IntegrationTest
class TrackingTest {

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

    PortalVisitor petitioner;
    String phone;
    String queryCode;
    long id;

    @BeforeEach
    void submitOnline() throws Exception {
        petitioner = new PortalVisitor(mvc, (DemoSmsGateway) sms, OnlinePetitionTest.freshAddress());
        phone = OnlinePetitionTest.freshPhone();
        petitioner.verify(phone);
        petitioner.submit(PortalVisitor.petition("陈小梅", ApiClient.freshIdNumber(), "征收补偿款未兑现"));
        queryCode = petitioner.receiptQueryCode();
        Matcher m = Pattern.compile("/portal/matters/(\\d+)").matcher(petitioner.get("/portal/receipt").body());
        assertThat(m.find()).isTrue();
        id = Long.parseLong(m.group(1));
    }

    @Test
    void theCodeAndThePhoneDigitsOpenTheMatterAndNothingElseDoes() throws Exception {
        PortalVisitor stranger = new PortalVisitor(mvc, (DemoSmsGateway) sms, OnlinePetitionTest.freshAddress());
        assertThat(stranger.get("/portal/matters/" + id).status()).isEqualTo(404);
        PortalVisitor.Page wrongDigits = stranger.track(queryCode, "0000".equals(tail()) ? "1111" : "0000");
        PortalVisitor.Page wrongCode = stranger.track("ABCD-EFGH-JKMN-PQRS", tail());
        assertThat(wrongDigits.body()).contains("查询码或手机号码后四位不正确");
        assertThat(wrongCode.body()).contains("查询码或手机号码后四位不正确");
        assertThat(stranger.get("/portal/matters/" + id).status()).isEqualTo(404);

        PortalVisitor.Page found = stranger.track(queryCode.toLowerCase().replace("-", " "), tail());
        assertThat(found.redirect()).isEqualTo("/portal/matters/" + id);
        String page = stranger.get("/portal/matters/" + id).body();
        assertThat(page).contains("已登记", "沅陵县信访局", "征收补偿款未兑现");
        stranger.post("/portal/leave", Map.of());
        assertThat(stranger.get("/portal/matters/" + id).status()).isEqualTo(404);
    }

    @Test
    void thePetitionerSeesNoticesDeadlinesAndTheUnitButNotTheStaffsNotes() throws Exception {
        staff("yuanling.registrar", "routing", "{\"version\":0,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222-HOUSING\","
                + "\"reason\":\"内部备注：此人多次越级，注意稳控\"}");
        clock.advanceDays(3);
        staff("yuanling.housing", "acceptance", "{\"version\":1,\"outcome\":\"ACCEPTED\",\"notice\":\"您反映的问题已受理，我局将依法办理。\","
                + "\"leadUnitCode\":\"431222-HOUSING\"}");
        String page = petitioner.get("/portal/matters/" + id).body();
        assertThat(page).contains("办理中", "沅陵县住房和城乡建设局", "您反映的问题已受理，我局将依法办理。",
                clock.today().plusDays(60).toString(), "信访事项受理告知书");
        assertThat(page).doesNotContain("内部备注", "注意稳控", "yuanling.registrar", "yuanling.housing");

        PortalVisitor.Page letter = petitioner.get("/portal/matters/" + id + "/documents/acceptance-notice.pdf");
        assertThat(letter.status()).isIn(200, 503);
        if (letter.status() == 200) {
            assertThat(letter.body()).startsWith("%PDF");
        }
    }

    @Test
    void materialCanBeAddedWhileTheMatterIsOpenAndTheHandlerSeesItArrive() throws Exception {
        PortalVisitor.Page added = petitioner.perform(multipart("/portal/matters/" + id + "/supplement")
                .file(new MockMultipartFile("attachments", "现场照片.png", "image/png", png()))
                .param("version", "0").param("note", "补充现场照片一张").with(csrf()));
        assertThat(added.redirect()).isEqualTo("/portal/matters/" + id);
        String page = petitioner.get("/portal/matters/" + id).body();
        assertThat(page).contains("补充材料已提交", "现场照片.png");
        String timeline = api.get("yuanling.registrar", "/api/v1/matters/" + id + "/timeline").body();
        assertThat(timeline).contains("SUPPLEMENT_RECEIVED", "补充现场照片一张");

        PortalVisitor.Page stale = petitioner.post("/portal/matters/" + id + "/supplement", Map.of("version", "0", "note", "再补充"));
        assertThat(stale.body()).contains("id=\"error\"");
        replyWith("经核查，补偿款将于下月发放。");
        assertThat(petitioner.get("/portal/matters/" + id).body()).doesNotContain("form-supplement");
        PortalVisitor.Page late = petitioner.post("/portal/matters/" + id + "/supplement", Map.of("version", version(), "note", "还有材料"));
        assertThat(late.body()).contains("id=\"error\"");
        assertThat(jdbc.queryForObject("select count(*) from attachment where matter_id = ? and from_petitioner", Long.class, id))
                .isEqualTo(1);
    }

    @Test
    void afterTheOpinionThePetitionerRatesItAndAsksForReviewThenReReview() throws Exception {
        replyWith("经核查，补偿款将于下月发放。");
        String page = petitioner.get("/portal/matters/" + id).body();
        assertThat(page).contains("经核查，补偿款将于下月发放。", "form-rating", "信访事项处理意见书", "form-review\"");

        PortalVisitor.Page noChoice = petitioner.post("/portal/matters/" + id + "/rating", Map.of("version", version()));
        assertThat(noChoice.body()).contains("请选择满意、基本满意或不满意");

        petitioner.post("/portal/matters/" + id + "/rating",
                Map.of("version", version(), "satisfaction", "DISSATISFIED", "comment", "补偿标准偏低"));
        page = petitioner.get("/portal/matters/" + id).body();
        assertThat(page).contains("已评价", "不满意", "补偿标准偏低", "form-review", "修改评价");

        clock.advanceDays(10);
        petitioner.post("/portal/matters/" + id + "/review", Map.of("version", version(), "reason", "补偿标准低于同地段"));
        page = petitioner.get("/portal/matters/" + id).body();
        assertThat(page).contains("复查中", "id=\"holder\">沅陵县人民政府<", clock.today().plusDays(30).toString())
                .doesNotContain("form-rating");
        assertThat(jdbc.queryForObject("select state from matter where id = ?", String.class, id)).isEqualTo("UNDER_REVIEW");

        clock.advanceDays(20);
        staff("yuanling.leader", "review-opinion", "{\"version\":" + version() + ",\"outcome\":\"UPHELD\",\"text\":\"维持原处理意见。\"}");
        deliver("review-opinion");
        page = petitioner.get("/portal/matters/" + id).body();
        assertThat(page).contains("维持原处理意见。", "form-re-review");
        petitioner.post("/portal/matters/" + id + "/re-review", Map.of("version", version(), "reason", "仍不服"));
        assertThat(jdbc.queryForObject("select state from matter where id = ?", String.class, id)).isEqualTo("UNDER_RE_REVIEW");
    }

    /** 2022 art. 35: whoever does not accept the opinion may ask for review; the rating is no precondition. */
    @ParameterizedTest
    @EnumSource(value = Satisfaction.class, names = {"SATISFIED", "BASICALLY_SATISFIED"})
    void aPetitionerWhoRatedTheOpinionWellCanStillAskForReview(Satisfaction rating) throws Exception {
        replyWith("经核查，补偿款将于下月发放。");
        petitioner.post("/portal/matters/" + id + "/rating", Map.of("version", version(), "satisfaction", rating.name()));
        assertThat(jdbc.queryForObject("select satisfaction from matter where id = ?", String.class, id)).isEqualTo(rating.name());
        assertThat(petitioner.get("/portal/matters/" + id).body()).contains("form-review\"", "review-reason");

        clock.advanceDays(10);
        PortalVisitor.Page asked = petitioner.post("/portal/matters/" + id + "/review",
                Map.of("version", version(), "reason", "补偿款至今未发放"));
        assertThat(asked.redirect()).as(asked.body()).isEqualTo("/portal/matters/" + id);
        assertThat(jdbc.queryForObject("select state from matter where id = ?", String.class, id)).isEqualTo("UNDER_REVIEW");
        assertThat(petitioner.get("/portal/matters/" + id).body()).contains("复查中").doesNotContain("form-review\"");
    }

    @Test
    void reviewCanBeAskedForWithoutRatingTheOpinion() throws Exception {
        replyWith("经核查，补偿款将于下月发放。");
        assertThat(petitioner.get("/portal/matters/" + id).body()).contains("form-rating", "form-review\"");
        PortalVisitor.Page asked = petitioner.post("/portal/matters/" + id + "/review",
                Map.of("version", version(), "reason", "补偿标准偏低"));
        assertThat(asked.redirect()).as(asked.body()).isEqualTo("/portal/matters/" + id);
        assertThat(jdbc.queryForMap("select state, satisfaction from matter where id = ?", id))
                .containsEntry("state", "UNDER_REVIEW").containsEntry("satisfaction", null);
    }

    @Test
    void reviewIsOfferedForThirtyDaysAfterTheOpinionAndThenRefusedSayingSo() throws Exception {
        replyWith("不予支持。");
        String lastDay = clock.today().plusDays(30).toString();
        clock.advanceDays(30);
        assertThat(petitioner.get("/portal/matters/" + id).body()).contains("form-review\"", lastDay);
        clock.advanceDays(1);
        assertThat(petitioner.get("/portal/matters/" + id).body()).doesNotContain("form-review");
        PortalVisitor.Page late = petitioner.post("/portal/matters/" + id + "/review", Map.of("version", version(), "reason", "不服"));
        assertThat(late.body()).contains("id=\"error\"", "复查请求已超过法定期限（截止日期 " + lastDay + "）");
        assertThat(jdbc.queryForObject("select state from matter where id = ?", String.class, id)).isEqualTo("REPLIED");
    }

    @Test
    void theRatingCanBeChangedUntilTheReviewWindowClosesAndEveryRatingStaysOnTheTimeline() throws Exception {
        replyWith("经核查，补偿款将于下月发放。");
        petitioner.post("/portal/matters/" + id + "/rating", Map.of("version", version(), "satisfaction", "SATISFIED"));
        assertThat(petitioner.get("/portal/matters/" + id).body()).contains("form-rating", "修改评价");

        clock.advanceDays(12);
        PortalVisitor.Page changed = petitioner.post("/portal/matters/" + id + "/rating",
                Map.of("version", version(), "satisfaction", "DISSATISFIED", "comment", "补偿款仍未到账"));
        assertThat(changed.redirect()).as(changed.body()).isEqualTo("/portal/matters/" + id);
        assertThat(jdbc.queryForMap("select state, satisfaction, evaluated_on from matter where id = ?", id))
                .containsEntry("state", "EVALUATED").containsEntry("satisfaction", "DISSATISFIED")
                .containsEntry("evaluated_on", java.sql.Date.valueOf(clock.today()));
        assertThat(petitioner.get("/portal/matters/" + id).body()).contains("不满意", "补偿款仍未到账");
        ApiClient.Answer timeline = api.get("yuanling.registrar", "/api/v1/matters/" + id + "/timeline");
        assertThat((java.util.List<String>) timeline.read("$[?(@.type == 'EVALUATED')].changes.satisfaction.after"))
                .containsExactly("SATISFIED", "DISSATISFIED");

        clock.advanceDays(19);
        assertThat(petitioner.get("/portal/matters/" + id).body()).doesNotContain("form-rating");
        PortalVisitor.Page late = petitioner.post("/portal/matters/" + id + "/rating",
                Map.of("version", version(), "satisfaction", "SATISFIED"));
        assertThat(late.body()).contains("id=\"error\"", "评价已不能修改");
        assertThat(jdbc.queryForObject("select satisfaction from matter where id = ?", String.class, id)).isEqualTo("DISSATISFIED");
    }

    @Test
    void theRatingStaysAsItWasOnceReviewIsRequested() throws Exception {
        replyWith("经核查，补偿款将于下月发放。");
        petitioner.post("/portal/matters/" + id + "/rating", Map.of("version", version(), "satisfaction", "BASICALLY_SATISFIED"));
        petitioner.post("/portal/matters/" + id + "/review", Map.of("version", version(), "reason", "补偿标准偏低"));
        PortalVisitor.Page again = petitioner.post("/portal/matters/" + id + "/rating",
                Map.of("version", version(), "satisfaction", "DISSATISFIED"));
        assertThat(again.body()).contains("id=\"error\"", "评价已不能修改");
        assertThat(jdbc.queryForObject("select satisfaction from matter where id = ?", String.class, id))
                .isEqualTo("BASICALLY_SATISFIED");
    }

    @Test
    void aMatterClosedBeforeThePetitionerRatedItCanStillBeRatedButAfterTheReviewWindowNotChanged() throws Exception {
        replyWith("已解决。");
        staff("yuanling.registrar", "closure", "{\"version\":" + version() + "}");
        // issue 10 item 6: a first rating too is given within the rating window (30 days), no longer at any time
        clock.advanceDays(20);
        petitioner.post("/portal/matters/" + id + "/rating", Map.of("version", version(), "satisfaction", "SATISFIED"));
        assertThat(jdbc.queryForMap("select state, satisfaction from matter where id = ?", id))
                .containsEntry("state", "CLOSED").containsEntry("satisfaction", "SATISFIED");
        clock.advanceDays(20);
        assertThat(petitioner.get("/portal/matters/" + id).body()).doesNotContain("form-rating");
    }

    @Test
    void aDeclinedMatterShowsTheReasonAndTheProperChannelAndItsPublicPageToo() throws Exception {
        jdbc.update("update matter set disclosure_consent = true where id = ?", id);
        staff("yuanling.registrar", "acceptance", "{\"version\":0,\"outcome\":\"NOT_ACCEPTED\",\"reason\":\"属劳动合同纠纷\","
                + "\"properChannel\":\"ARBITRATION\",\"notice\":\"请向劳动人事争议仲裁委员会申请仲裁。\"}");
        String page = petitioner.get("/portal/matters/" + id).body();
        assertThat(page).contains("不予受理", "属劳动合同纠纷", "仲裁", "请向劳动人事争议仲裁委员会申请仲裁。", "信访事项不予受理告知书")
                .doesNotContain("form-rating", "form-supplement", "form-review");
        String ref = jdbc.queryForObject("select reference_no from matter where id = ?", String.class, id);
        assertThat(petitioner.get("/portal/disclosures/" + ref).body()).contains("不予受理", "仲裁", "不予受理，未进入办理程序", "信访人尚未评价")
                .doesNotContain("陈小梅");
    }

    @Test
    void anExtensionIsToldWithItsReasonAndAFinalMatterOffersNothingMore() throws Exception {
        staff("yuanling.registrar", "routing", "{\"version\":0,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222-HOUSING\"}");
        staff("yuanling.housing", "acceptance", "{\"version\":1,\"outcome\":\"ACCEPTED\",\"leadUnitCode\":\"431222-HOUSING\"}");
        clock.advanceDays(50);
        staff("yuanling.leader", "extension", "{\"version\":2,\"days\":30,\"reason\":\"需要补充测绘\"}");
        assertThat(petitioner.get("/portal/matters/" + id).body()).contains("办理期限延长 30 日", "需要补充测绘");
        staff("yuanling.leader", "opinion", "{\"version\":3,\"outcome\":\"NOT_SUPPORTED\",\"text\":\"不予支持。\"}");
        deliver("handling-opinion");
        petitioner.post("/portal/matters/" + id + "/rating", Map.of("version", version(), "satisfaction", "DISSATISFIED"));
        petitioner.post("/portal/matters/" + id + "/review", Map.of("version", version(), "reason", "不服"));
        staff("yuanling.leader", "review-opinion", "{\"version\":" + version() + ",\"outcome\":\"UPHELD\",\"text\":\"维持。\"}");
        deliver("review-opinion");
        petitioner.post("/portal/matters/" + id + "/re-review", Map.of("version", version(), "reason", "仍不服"));
        staff("city.leader", "re-review-opinion", "{\"version\":" + version() + ",\"outcome\":\"UPHELD\",\"text\":\"复核维持。\"}");
        String page = petitioner.get("/portal/matters/" + id).body();
        assertThat(page).contains("已终结", "复核维持。", "信访事项复核意见书")
                .doesNotContain("form-rating", "form-review", "form-re-review", "form-supplement");
    }

    /** 2022 art. 35: the review window runs from the petitioner's receipt; the portal says how each letter reached them. */
    @Test
    void thePortalShowsEachLettersDeliveryAndOffersReviewOnlyOnceTheOpinionIsDelivered() throws Exception {
        staff("yuanling.registrar", "routing", "{\"version\":" + version() + ",\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222-HOUSING\"}");
        staff("yuanling.housing", "acceptance", "{\"version\":" + version() + ",\"outcome\":\"ACCEPTED\",\"leadUnitCode\":\"431222-HOUSING\"}");
        staff("yuanling.leader", "opinion", "{\"version\":" + version() + ",\"outcome\":\"NOT_SUPPORTED\",\"text\":\"不予支持。\"}");
        String page = petitioner.get("/portal/matters/" + id).body();
        assertThat(page).contains("id=\"delivery-handling-opinion\">尚未送达<", "自您收到处理意见书之日起30日")
                .doesNotContain("form-review");
        PortalVisitor.Page early = petitioner.post("/portal/matters/" + id + "/review", Map.of("version", version(), "reason", "不服"));
        assertThat(early.body()).contains("id=\"error\"", "尚未送达信访人", clock.today().toString());

        clock.advanceDays(3);
        try {
            java.time.LocalDate received = clock.today().minusDays(1);
            staff("yuanling.registrar", "delivery", "{\"version\":" + version() + ",\"document\":\"handling-opinion\","
                    + "\"method\":\"POST\",\"trackingNumber\":\"EA123456789CN\",\"deliveredOn\":\"" + received
                    + "\",\"outcome\":\"SIGNED\"}");
            page = petitioner.get("/portal/matters/" + id).body();
            assertThat(page).contains("送达：" + received + "，邮寄送达，签收", "id=\"delivery-acceptance-notice\">尚未送达<",
                    "form-review\"", received.plusDays(30).toString());
            petitioner.post("/portal/matters/" + id + "/review", Map.of("version", version(), "reason", "不服"));
            assertThat(jdbc.queryForObject("select state from matter where id = ?", String.class, id)).isEqualTo("UNDER_REVIEW");
        } finally {
            clock.advanceDays(-3);
        }
    }

    private void replyWith(String opinion) {
        staff("yuanling.registrar", "routing", "{\"version\":" + version() + ",\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222-HOUSING\"}");
        staff("yuanling.housing", "acceptance", "{\"version\":" + version() + ",\"outcome\":\"ACCEPTED\",\"leadUnitCode\":\"431222-HOUSING\"}");
        staff("yuanling.leader", "opinion", "{\"version\":" + version() + ",\"outcome\":\"PARTIALLY_SUPPORTED\",\"text\":\"" + opinion + "\"}");
        deliver("handling-opinion");
    }

    /** The document handed to the petitioner today: the review windows run from it (2022 art. 35, 36 ¶1). */
    private void deliver(String document) {
        staff("yuanling.registrar", "delivery", "{\"version\":" + version() + ",\"document\":\"" + document
                + "\",\"method\":\"IN_PERSON\",\"deliveredOn\":\"" + clock.today() + "\",\"outcome\":\"SIGNED\"}");
    }

    private void staff(String username, String step, String json) {
        ApiClient.Answer a = api.post(username, "/api/v1/matters/" + id + "/" + step, json);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
    }

    private String version() {
        return String.valueOf(jdbc.queryForObject("select version from matter where id = ?", Integer.class, id));
    }

    private String tail() {
        return phone.substring(phone.length() - 4);
    }

    private static byte[] png() {
        byte[] b = new byte[64];
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
        System.arraycopy(magic, 0, b, 0, magic.length);
        return b;
    }
}
