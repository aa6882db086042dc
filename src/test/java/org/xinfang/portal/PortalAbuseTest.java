package org.xinfang.portal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.xinfang.casework.QueryCode;
import org.xinfang.platform.sms.DemoSmsGateway;
import org.xinfang.platform.sms.SmsGateway;
import org.xinfang.support.ApiClient;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The portal under abuse: scripts asking for codes, guessing codes and phone digits, flooding petitions, oversized
 * or disguised files, and walking matter ids. Every limit holds, says so in the person's language with a 429 and
 * when to come back, and lets honest use through again when its window has passed.
 */
@IntegrationTest
class PortalAbuseTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SmsGateway sms;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    PortalLimits limits;

    PortalVisitor visitor() {
        return new PortalVisitor(mvc, (DemoSmsGateway) sms, OnlinePetitionTest.freshAddress());
    }

    @Test
    void onePhoneGetsOnlyAFewCodesAnHourWhicheverAddressAsks() throws Exception {
        String phone = OnlinePetitionTest.freshPhone();
        for (int i = 0; i < limits.codesPerPhone(); i++) {
            assertThat(visitor().requestCode(phone).body()).contains("验证码已发送");
        }
        String before = ((DemoSmsGateway) sms).lastMessageTo(phone).orElseThrow();
        PortalVisitor.Page refused = visitor().requestCode(phone);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).contains("获取验证码过于频繁");
        assertThat(((DemoSmsGateway) sms).lastMessageTo(phone)).contains(before);

        clock.advanceMinutes(61);
        assertThat(visitor().requestCode(phone).status()).isEqualTo(200);
    }

    @Test
    void oneAddressCannotSprayCodesAtManyPhones() throws Exception {
        PortalVisitor script = visitor();
        for (int i = 0; i < limits.codesPerAddress(); i++) {
            assertThat(script.requestCode(OnlinePetitionTest.freshPhone()).status()).isEqualTo(200);
        }
        MvcResult r = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/portal/petition/code")
                .param("phone", OnlinePetitionTest.freshPhone())
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .with(req -> {
                    req.setRemoteAddr(script.address);
                    return req;
                })).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(r.getResponse().getHeader("Retry-After"))).isBetween(1L, 3600L);
    }

    @Test
    void aCodeIsVoidAfterAFewWrongGuesses() throws Exception {
        PortalVisitor v = visitor();
        String phone = OnlinePetitionTest.freshPhone();
        v.requestCode(phone);
        String right = v.codeSentTo(phone);
        String wrong = right.equals("123456") ? "654321" : "123456";
        for (int i = 0; i < limits.codeAttempts(); i++) {
            assertThat(v.post("/portal/petition/verify", Map.of("phone", phone, "code", wrong)).body()).contains("验证码不正确");
        }
        PortalVisitor.Page tooLate = v.post("/portal/petition/verify", Map.of("phone", phone, "code", right));
        assertThat(tooLate.redirect()).isNull();
        assertThat(tooLate.body()).contains("重新获取验证码");
        assertThat(v.get("/portal/petition").body()).doesNotContain("form-petition");
    }

    @Test
    void failedLookUpsFromOneAddressAreThrottledEvenForTheRightCode() throws Exception {
        Submitted s = submit();
        PortalVisitor guesser = visitor();
        for (int i = 0; i < limits.lookupFailuresPerAddress(); i++) {
            assertThat(guesser.track(QueryCode.display(QueryCode.generate()), "1234").status()).isEqualTo(404);
        }
        PortalVisitor.Page blocked = guesser.track(s.code(), s.digits());
        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.body()).contains("查询失败次数过多");

        clock.advanceMinutes(16);
        assertThat(guesser.track(s.code(), s.digits()).redirect()).startsWith("/portal/matters/");
    }

    @Test
    void theDigitsOfAKnownCodeCannotBeTriedOutFromManyAddresses() throws Exception {
        Submitted s = submit();
        String wrong = s.digits().equals("0000") ? "1111" : "0000";
        for (int i = 0; i < limits.lookupFailuresPerCode(); i++) {
            assertThat(visitor().track(s.code(), wrong).status()).isEqualTo(404);
        }
        assertThat(visitor().track(s.code(), s.digits()).status()).isEqualTo(429);
    }

    @Test
    void onePhoneCannotFloodPetitions() throws Exception {
        PortalVisitor v = visitor();
        String phone = OnlinePetitionTest.freshPhone();
        String marker = "灌水测试" + System.nanoTime();
        for (int i = 0; i < limits.submitsPerPhone(); i++) {
            if (i % 4 == 0) {
                clock.advanceMinutes(1);
                v.verify(phone);
            }
            assertThat(v.submit(PortalVisitor.petition("周九", ApiClient.freshIdNumber(), marker + i)).redirect())
                    .isEqualTo("/portal/receipt");
        }
        PortalVisitor.Page refused = v.submit(PortalVisitor.petition("周九", ApiClient.freshIdNumber(), marker + "x"));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).contains("提交次数过多");
        assertThat(jdbc.queryForObject("select count(*) from matter where title like ?", Long.class, marker + "%"))
                .isEqualTo(limits.submitsPerPhone());
    }

    @Test
    void supplementsToOneMatterAreLimitedInNumberAndInSize() throws Exception {
        PortalVisitor v = visitor();
        v.verify(OnlinePetitionTest.freshPhone());
        v.submit(PortalVisitor.petition("冯十二", ApiClient.freshIdNumber(), "补充材料限额" + System.nanoTime()));
        Long id = jdbc.queryForObject("select id from matter where query_code = ?", Long.class, v.receiptQueryCode().replace("-", ""));
        byte[] nineMegabytes = new byte[9 * 1024 * 1024];
        System.arraycopy("%PDF-1.4".getBytes(), 0, nineMegabytes, 0, 8);
        for (int i = 0; i < 5; i++) {
            assertThat(supplement(v, id, new MockMultipartFile("attachments", i + ".pdf", "application/pdf", nineMegabytes)).redirect())
                    .isEqualTo("/portal/matters/" + id);
        }
        PortalVisitor.Page full = supplement(v, id, new MockMultipartFile("attachments", "6.pdf", "application/pdf", nineMegabytes));
        assertThat(full.body()).contains("合计不能超过 50 MB");
        for (int i = 6; i < limits.supplementsPerMatter(); i++) {
            supplement(v, id, null);
        }
        PortalVisitor.Page tooOften = supplement(v, id, null);
        assertThat(tooOften.status()).isEqualTo(429);
        assertThat(tooOften.body()).contains("补充材料的次数已达上限");
        assertThat(jdbc.queryForObject("select count(*) from attachment where matter_id = ? and from_petitioner", Long.class, id))
                .isEqualTo(5);
    }

    private PortalVisitor.Page supplement(PortalVisitor v, Long id, MockMultipartFile file) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/portal/matters/" + id + "/supplement");
        if (file != null) {
            request.file(file);
        }
        String version = String.valueOf(jdbc.queryForObject("select version from matter where id = ?", Integer.class, id));
        return v.perform(request.param("version", version).param("note", "补充说明")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()));
    }

    @Test
    void oversizedAndDisguisedFilesAreRefusedAndNothingIsSaved() throws Exception {
        PortalVisitor v = visitor();
        v.verify(OnlinePetitionTest.freshPhone());
        String title = "附件测试" + System.nanoTime();
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        big[0] = '%';
        big[1] = 'P';
        big[2] = 'D';
        big[3] = 'F';
        assertThat(v.submit(PortalVisitor.petition("吴十", ApiClient.freshIdNumber(), title),
                new MockMultipartFile("attachments", "大文件.pdf", "application/pdf", big)).body()).contains("大文件.pdf", "id=\"error\"");
        assertThat(v.submit(PortalVisitor.petition("吴十", ApiClient.freshIdNumber(), title),
                new MockMultipartFile("attachments", "照片.jpg", "image/jpeg", "<html><script>x</script>".getBytes())).body())
                .contains("照片.jpg", "id=\"error\"");
        MockMultipartFile[] six = new MockMultipartFile[6];
        for (int i = 0; i < six.length; i++) {
            six[i] = new MockMultipartFile("attachments", i + ".pdf", "application/pdf", "%PDF-1.4".getBytes());
        }
        assertThat(v.submit(PortalVisitor.petition("吴十", ApiClient.freshIdNumber(), title), six).body()).contains("最多上传 5 个文件");
        assertThat(jdbc.queryForObject("select count(*) from matter where title = ?", Long.class, title)).isZero();
    }

    @Test
    void queryCodesAreUnguessableAndMatterIdsOpenNothing() throws Exception {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            codes.add(QueryCode.generate());
        }
        assertThat(codes).hasSize(10_000).allMatch(c -> c.matches("[0-9A-HJKMNP-TV-Z]{16}"));
        assertThat(QueryCode.normalize("abcd-efgh-jkmn-pqrs")).contains("ABCDEFGHJKMNPQRS");
        assertThat(QueryCode.normalize("' or 1=1 --")).isEmpty();

        Submitted s = submit();
        Long id = jdbc.queryForObject("select id from matter where query_code = ?", Long.class, s.code().replace("-", ""));
        PortalVisitor stranger = visitor();
        for (long probe = id - 3; probe <= id + 3; probe++) {
            assertThat(stranger.get("/portal/matters/" + probe).status()).isEqualTo(404);
            assertThat(stranger.get("/portal/matters/" + probe + "/documents/handling-opinion.pdf").status()).isEqualTo(404);
        }
    }

    @Test
    void aSessionIdPlantedBeforeAProofIsWorthNothingAfterIt() throws Exception {
        PortalVisitor v = visitor();
        v.get("/portal/petition");
        String planted = v.session.getId();
        v.verify(OnlinePetitionTest.freshPhone());
        String verified = v.session.getId();
        assertThat(verified).isNotEqualTo(planted);
        Submitted s = submit();
        v.track(s.code(), s.digits());
        assertThat(v.session.getId()).isNotEqualTo(verified);
    }

    @Test
    void portalPagesForbidScriptsFromElsewhereAndFraming() throws Exception {
        MvcResult r = mvc.perform(get("/portal/track")).andReturn();
        String csp = r.getResponse().getHeader("Content-Security-Policy");
        // objects only from this site: Chrome shows the portal's PDF letters through one (docs/decisions.md, "Security")
        assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'self'");
        assertThat(r.getResponse().getHeader("Referrer-Policy")).isEqualTo("no-referrer");
    }

    record Submitted(String code, String digits) {
    }

    private Submitted submit() throws Exception {
        PortalVisitor v = visitor();
        String phone = OnlinePetitionTest.freshPhone();
        v.verify(phone);
        v.submit(PortalVisitor.petition("郑十一", ApiClient.freshIdNumber(), "道路破损" + System.nanoTime()));
        return new Submitted(v.receiptQueryCode(), phone.substring(phone.length() - 4));
    }
}
