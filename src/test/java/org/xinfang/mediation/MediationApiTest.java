package org.xinfang.mediation;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.Concurrently;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Mediation (issue 13, item 1): a session of each kind on a matter, the agreement of a session that agreed with its
 * parties' signatures (in force once all have signed), the PDF, the judicial confirmation of a mediation agreement
 * within 30 days, and the matter counted as settled through mediation. Refusals name the problem in both languages;
 * two clerks at once never lose a signature; a retried create makes one session.
 */
@IntegrationTest
class MediationApiTest {

    @Autowired
    ApiClient api;
    @Autowired
    MutableClock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void aSessionAgreesItsAgreementIsSignedPrintedConfirmedAndTheMatterCountsAsSettled() throws Exception {
        Matter m = matter();
        LocalDate today = clock.today();
        long before = settledThisYear("yuanling.supervisor");
        long inInsight = settledInInsight(today);
        long hechengBefore = settledThisYear("hecheng.supervisor");
        Answer failed = record("yuanling.registrar", m.ref(), "ADMINISTRATIVE", "FAILED", today, "f-" + m.id());
        assertThat(failed.status()).as(failed.body()).isEqualTo(201);
        Answer session = record("yuanling.registrar", m.ref(), "PEOPLES", "AGREED", today, "s-" + m.id());
        assertThat(session.status()).as(session.body()).isEqualTo(201);
        long id = session.id();
        assertThat((List<String>) session.read("$.parties")).containsExactly("张某", "沅陵县某房地产开发有限公司");
        assertThat((String) session.read("$.organization")).isEqualTo("沅陵县城关镇人民调解委员会");
        assertThat(record("yuanling.registrar", m.ref(), "PEOPLES", "AGREED", today, "s-" + m.id()).id())
                .as("the same request again answers with the session recorded").isEqualTo(id);
        Answer record = api.get("yuanling.registrar", "/api/v1/mediation/matters/" + m.id() + "/sessions");
        assertThat((List<String>) record.read("$[*].kind")).containsExactlyInAnyOrder("PEOPLES", "ADMINISTRATIVE");

        Answer noAgreement = agreement("yuanling.registrar", failed.id(), 0, "MEDIATION", today, null);
        assertThat(noAgreement.status()).isEqualTo(409);
        assertThat(noAgreement.body()).contains("调解不成", "只有达成协议的调解");

        Answer made = agreement("yuanling.registrar", id, session.version(), "MEDIATION", today, "a-" + m.id());
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(agreement("yuanling.registrar", id, session.version(), "MEDIATION", today, "a-" + m.id()).status())
                .as("a retried agreement answers as the first").isEqualTo(201);
        Answer again = agreement("yuanling.registrar", id, made.version(), "SETTLEMENT", today, null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("已于", "制作调解协议书");
        long agreementId = ((Number) made.read("$.agreement.id")).longValue();
        assertThat((Boolean) made.read("$.agreement.effective")).isFalse();
        assertThat((List<String>) made.read("$.agreement.unsigned")).containsExactly("张某", "沅陵县某房地产开发有限公司");

        Answer early = confirm("yuanling.registrar", agreementId, 0, today, "LUN-1");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body()).contains("尚未生效", "张某");

        Answer first = sign("yuanling.registrar", agreementId, 0, "张某", today);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat((Boolean) first.read("$.agreement.effective")).isFalse();
        Answer stranger = sign("yuanling.registrar", agreementId, 1, "李某", today);
        assertThat(stranger.status()).isEqualTo(400);
        assertThat(stranger.body()).contains("“李某”不是本次调解的当事人", "张某、沅陵县某房地产开发有限公司");
        Answer twice = sign("yuanling.registrar", agreementId, 1, "张某", today);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).contains("已于", "签名");
        Answer second = sign("yuanling.registrar", agreementId, 1, "沅陵县某房地产开发有限公司", today);
        assertThat((Boolean) second.read("$.agreement.effective")).isTrue();
        assertThat((String) second.read("$.agreement.effectiveOn")).isEqualTo(today.toString());
        assertThat((String) second.read("$.agreement.applyBy")).isEqualTo(today.plusDays(30).toString());
        assertThat(settledThisYear("yuanling.supervisor")).as("the matter now counts as settled through mediation")
                .isEqualTo(before + 1);
        assertThat(settledThisYear("hecheng.supervisor")).as("another county's figure does not move")
                .isEqualTo(hechengBefore);
        assertThat(settledInInsight(today)).as("and in insight's table of indicators").isEqualTo(inInsight + 1);

        String pdf = pdf("yuanling.registrar", id);
        assertThat(pdf).contains("沅陵县城关镇人民调解委员会", "调解协议书", "当事人一：张某", "人民调解", "当事人签名", "已签名",
                "第三十三条", "生效", "每月补偿", m.ref());

        Answer tomorrow = api.post("yuanling.registrar", "/api/v1/mediation/agreements/" + agreementId + "/confirmation",
                confirmation(2, today.plusDays(1), "X"));
        assertThat(tomorrow.status()).isEqualTo(400);
        assertThat(tomorrow.body()).contains("appliedOn", "在今天");
        Answer confirmed = confirm("yuanling.registrar", agreementId, 2, today, "（2026）湘1222民特12号");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat((String) confirmed.read("$.agreement.confirmation.court")).isEqualTo("沅陵县人民法院");
        assertThat((String) confirmed.read("$.agreement.confirmation.rulingNo")).isEqualTo("（2026）湘1222民特12号");
        assertThat(confirm("yuanling.registrar", agreementId, 3, today, "again").body()).contains("已由沅陵县人民法院司法确认");
        assertThat(pdf("yuanling.registrar", id)).contains("司法确认", "（2026）湘1222民特12号", "申请强制执行");
        Answer listed = api.get("yuanling.supervisor", "/api/v1/mediation/sessions?stage=CONFIRMED&kind=PEOPLES");
        assertThat((List<Number>) listed.read("$.sessions[*].id")).extracting(Number::longValue).contains(id);
        assertThat((List<Number>) api.get("yuanling.supervisor", "/api/v1/mediation/sessions?stage=NONE").read("$.sessions[*].id"))
                .extracting(Number::longValue).doesNotContain(id);
        assertThat(api.get("hecheng.supervisor", "/api/v1/mediation/sessions/" + id).status()).as("another county's")
                .isEqualTo(404);
        Answer indicators = api.get("yuanling.supervisor", "/api/v1/mediation/indicators?year=" + today.getYear());
        assertThat(((Number) indicators.read("$.byKind.PEOPLES")).longValue()).isPositive();
        assertThat((List<String>) indicators.read("$.byCounty[*].county")).containsExactly("沅陵县");
    }

    @Test
    void aSettlementAgreementAndALateApplicationAreNotConfirmed() {
        Matter m = matter();
        LocalDate today = clock.today();
        Answer s = record("yuanling.registrar", m.ref(), "PETITION", "AGREED", today, null);
        Answer settlement = agreement("yuanling.registrar", s.id(), s.version(), "SETTLEMENT", today, null);
        long agreementId = ((Number) settlement.read("$.agreement.id")).longValue();
        sign("yuanling.registrar", agreementId, 0, "张某", today);
        sign("yuanling.registrar", agreementId, 1, "沅陵县某房地产开发有限公司", today);
        Answer refused = confirm("yuanling.registrar", agreementId, 2, today, "X");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("和解协议书", "不能申请司法确认");
        Answer english = api.call("yuanling.registrar", MockMvcRequestBuilders.post(
                "/api/v1/mediation/agreements/" + agreementId + "/confirmation"), confirmation(2, today, "X"), "en");
        assertThat(english.body()).contains("A settlement agreement", "cannot be judicially confirmed");

        Answer t = record("yuanling.registrar", m.ref(), "ADMINISTRATIVE", "AGREED", today, null);
        long mediation = ((Number) agreement("yuanling.registrar", t.id(), t.version(), "MEDIATION", today, null)
                .read("$.agreement.id")).longValue();
        sign("yuanling.registrar", mediation, 0, "张某", today);
        sign("yuanling.registrar", mediation, 1, "沅陵县某房地产开发有限公司", today);
        clock.advanceDays(31);
        try {
            Answer late = confirm("yuanling.registrar", mediation, 2, clock.today(), "Y");
            assertThat(late.status()).isEqualTo(400);
            assertThat(late.body()).contains("appliedOn", "不在期限内", today.toString(), today.plusDays(30).toString(), "30日内");
            Answer inTime = api.post("yuanling.registrar", "/api/v1/mediation/agreements/" + mediation + "/confirmation",
                    "{\"version\":2,\"appliedOn\":\"%s\",\"court\":\"沅陵县人民法院\",\"confirmedOn\":\"%s\",\"rulingNo\":\"Z\"}"
                            .formatted(today.plusDays(30), clock.today()));
            assertThat(inTime.status()).as("applied on the 30th day, ruled later: " + inTime.body()).isEqualTo(200);
        } finally {
            clock.advanceDays(-31);
        }
    }

    @Test
    void badInputIsRefusedNamingTheProblemAndLeavesNothing() {
        Matter m = matter();
        LocalDate today = clock.today();
        long sessionsBefore = sessionsOf(m.id());
        Answer one = api.post("yuanling.registrar", "/api/v1/mediation/sessions", session(m.ref(), "PEOPLES", "AGREED",
                today, "[\"张某\"]"));
        assertThat(one.status()).isEqualTo(400);
        assertThat(one.body()).contains("parties", "至少填写 2 名当事人");
        Answer dup = api.post("yuanling.registrar", "/api/v1/mediation/sessions", session(m.ref(), "PEOPLES", "AGREED",
                today, "[\"张某\",\" 张某 \"]"));
        assertThat(dup.body()).contains("“张某”填写了两次");
        Answer future = record("yuanling.registrar", m.ref(), "PEOPLES", "AGREED", today.plusDays(1), null);
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("heldOn", today.plusDays(1).toString());
        Answer noKind = api.post("yuanling.registrar", "/api/v1/mediation/sessions",
                session(m.ref(), "PEOPLES", "AGREED", today, null).replace("\"kind\":\"PEOPLES\",", ""));
        assertThat(noKind.body()).contains("请选择调解形式");
        Answer badKind = api.post("yuanling.registrar", "/api/v1/mediation/sessions",
                session(m.ref(), "MAGIC", "AGREED", today, null));
        assertThat(badKind.status()).isEqualTo(400);
        Answer unknown = record("yuanling.registrar", "XF431222-1999-0000001", "PEOPLES", "AGREED", today, null);
        assertThat(unknown.body()).contains("没有找到编号");
        assertThat(record("hecheng.registrar", m.ref(), "PEOPLES", "AGREED", today, null).body())
                .as("another county's matter is not found").contains("没有找到编号");
        Answer analyst = record("city.analyst", m.ref(), "PEOPLES", "AGREED", today, null);
        assertThat(analyst.status()).isEqualTo(403);
        assertThat(analyst.body()).contains("分析员只能查看");
        Answer blankKey = api.call("yuanling.registrar", MockMvcRequestBuilders.post("/api/v1/mediation/sessions")
                .header("Idempotency-Key", " "), session(m.ref(), "PEOPLES", "AGREED", today, null), "zh-CN");
        assertThat(blankKey.status()).isEqualTo(400);
        Answer english = api.postInEnglish("yuanling.registrar", "/api/v1/mediation/sessions", session(m.ref(), "PEOPLES",
                "AGREED", today, "[\"张某\"]"));
        assertThat(english.body()).contains("name at least 2 parties");
        assertThat(sessionsOf(m.id())).as("nothing half-written").isEqualTo(sessionsBefore);

        Answer s = record("yuanling.registrar", m.ref(), "JUDICIAL", "AGREED", today, null);
        Answer noTerms = api.post("yuanling.registrar", "/api/v1/mediation/sessions/" + s.id() + "/agreement",
                "{\"version\":0,\"kind\":\"MEDIATION\",\"terms\":\" \",\"madeOn\":\"%s\"}".formatted(today));
        assertThat(noTerms.status()).isEqualTo(400);
        assertThat(noTerms.body()).contains("请填写协议内容");
        Answer stale = agreement("yuanling.registrar", s.id(), 7, "MEDIATION", today, null);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("第 7 版", "第 0 版");
        Answer judicial = agreement("yuanling.registrar", s.id(), 0, "MEDIATION", today, null);
        long agreementId = ((Number) judicial.read("$.agreement.id")).longValue();
        sign("yuanling.registrar", agreementId, 0, "张某", today);
        sign("yuanling.registrar", agreementId, 1, "沅陵县某房地产开发有限公司", today);
        assertThat(confirm("yuanling.registrar", agreementId, 2, today, "X").body()).contains("司法调解", "无需再申请司法确认");
        assertThat(api.get("yuanling.registrar", "/api/v1/mediation/sessions/999999999").status()).isEqualTo(404);
        Answer pdfMissing = api.get("yuanling.registrar", "/api/v1/mediation/sessions/" + record("yuanling.registrar", m.ref(),
                "PEOPLES", "FAILED", today, null).id() + "/agreement.pdf");
        assertThat(pdfMissing.status()).isEqualTo(404);
    }

    @Test
    void aSuggestionIsNotMediatedButAClaimIs() {
        LocalDate today = clock.today();
        Matter suggestion = matter();
        Answer routed = api.post("yuanling.registrar", "/api/v1/matters/" + suggestion.id() + "/routing",
                "{\"version\":0,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222-HOUSING\"}");
        assertThat(routed.status()).as(routed.body()).isEqualTo(200);
        Answer accepted = api.post("yuanling.housing", "/api/v1/matters/" + suggestion.id() + "/acceptance",
                "{\"version\":1,\"outcome\":\"ACCEPTED\",\"leadUnitCode\":\"431222-HOUSING\",\"type\":\"SUGGESTION\"}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        Answer refused = record("yuanling.registrar", suggestion.ref(), "PEOPLES", "AGREED", today, null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains(suggestion.ref(), "建议意见类", "第三十三条", "申诉求决类");
        Answer english = api.call("yuanling.registrar", MockMvcRequestBuilders.post("/api/v1/mediation/sessions"),
                session(suggestion.ref(), "PEOPLES", "AGREED", today, null), "en");
        assertThat(english.body()).contains("Suggestion or opinion", "appeals and claims");
        assertThat(sessionsOf(suggestion.id())).as("nothing recorded").isZero();
        // a matter not yet typed (before acceptance) may be mediated, as one accepted as an appeal or claim
        assertThat(record("yuanling.registrar", matter().ref(), "PEOPLES", "AGREED", today, null).status()).isEqualTo(201);
    }

    @Test
    void twoClerksSigningAtOnceNeverLoseASignatureAndARetriedCreateMakesOneSession() throws Exception {
        Matter m = matter();
        LocalDate today = clock.today();
        List<Answer> created = Concurrently.run(4, () -> record("yuanling.registrar", m.ref(), "PEOPLES", "AGREED", today,
                "race-" + m.id()));
        assertThat(created).extracting(Answer::status).containsOnly(201);
        assertThat(created.stream().map(Answer::id).distinct()).hasSize(1);
        assertThat(sessionsOf(m.id())).isEqualTo(1);
        long id = created.get(0).id();
        long agreementId = ((Number) agreement("yuanling.registrar", id, 0, "MEDIATION", today, null)
                .read("$.agreement.id")).longValue();
        List<String> parties = List.of("张某", "沅陵县某房地产开发有限公司");
        var turn = new java.util.concurrent.atomic.AtomicInteger();
        List<Answer> signed = Concurrently.run(2, () -> {
            int i = turn.getAndIncrement();
            return sign(i == 0 ? "yuanling.registrar" : "yuanling.supervisor", agreementId, 0, parties.get(i), today);
        });
        assertThat(signed).extracting(Answer::status).containsExactlyInAnyOrder(200, 409);
        Answer lost = signed.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
        assertThat(lost.body()).contains("已被他人修改", "请刷新后再试");
        Answer now = api.get("yuanling.registrar", "/api/v1/mediation/sessions/" + id);
        assertThat((List<?>) now.read("$.agreement.signatures")).as("the one that won is kept").hasSize(1);
        assertThat(((Number) now.read("$.agreement.version")).intValue()).isEqualTo(1);
    }

    record Matter(long id, String ref) {
    }

    private Matter matter() {
        long id = api.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION")).id();
        return new Matter(id, api.get("yuanling.registrar", "/api/v1/matters/" + id).read("$.referenceNo"));
    }

    private long sessionsOf(long matterId) {
        return ((List<?>) api.get("yuanling.registrar", "/api/v1/mediation/matters/" + matterId + "/sessions").read("$")).size();
    }

    /** The matters settled through mediation this year in 沅陵县, in insight's table. */
    private long settledInInsight(LocalDate today) {
        Answer t = api.get("yuanling.supervisor", "/api/v1/insight/indicators?from=" + today.withDayOfYear(1) + "&to=" + today);
        assertThat(t.status()).as(t.body()).isEqualTo(200);
        return ((List<Number>) t.read("$.indicators[?(@.key == 'mediation.settled')].value")).get(0).longValue();
    }

    private long settledThisYear(String who) {
        return ((Number) api.get(who, "/api/v1/mediation/indicators").read("$.settled")).longValue();
    }

    private static String session(String ref, String kind, String outcome, LocalDate day, String parties) {
        return ("{\"referenceNo\":\"%s\",\"kind\":\"%s\",\"parties\":%s,\"organization\":\"沅陵县城关镇人民调解委员会\","
                + "\"mediator\":\"王调解\",\"heldOn\":\"%s\",\"place\":\"城关镇调解室\",\"outcome\":\"%s\",\"notes\":\"双方到场\"}")
                .formatted(ref, kind, parties == null ? "[\"张某\",\"沅陵县某房地产开发有限公司\"]" : parties, day, outcome);
    }

    private Answer record(String who, String ref, String kind, String outcome, LocalDate day, String key) {
        var request = MockMvcRequestBuilders.post("/api/v1/mediation/sessions");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return api.call(who, request, session(ref, kind, outcome, day, null), "zh-CN");
    }

    private Answer agreement(String who, long session, int version, String kind, LocalDate day, String key) {
        var request = MockMvcRequestBuilders.post("/api/v1/mediation/sessions/" + session + "/agreement");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return api.call(who, request, "{\"version\":%d,\"kind\":\"%s\",\"terms\":\"开发公司每月补偿张某过渡费1500元，至安置房交付止。\",\"madeOn\":\"%s\"}"
                .formatted(version, kind, day), "zh-CN");
    }

    private Answer sign(String who, long agreement, int version, String party, LocalDate day) {
        return api.post(who, "/api/v1/mediation/agreements/" + agreement + "/signatures",
                "{\"version\":%d,\"party\":\"%s\",\"signedOn\":\"%s\"}".formatted(version, party, day));
    }

    private static String confirmation(int version, LocalDate day, String ruling) {
        return "{\"version\":%d,\"appliedOn\":\"%s\",\"court\":\"沅陵县人民法院\",\"confirmedOn\":\"%s\",\"rulingNo\":\"%s\"}"
                .formatted(version, day, day, ruling);
    }

    private Answer confirm(String who, long agreement, int version, LocalDate day, String ruling) {
        return api.post(who, "/api/v1/mediation/agreements/" + agreement + "/confirmation", confirmation(version, day, ruling));
    }

    private String pdf(String who, long session) throws Exception {
        MvcResult result = mvc.perform(MockMvcRequestBuilders.get("/api/v1/mediation/sessions/" + session + "/agreement.pdf")
                .with(user(users.loadUserByUsername(who)))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
        byte[] bytes = result.getResponse().getContentAsByteArray();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "mediation-agreement.pdf"), bytes);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s", "");
        }
    }
}
