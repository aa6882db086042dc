package org.xinfang.portal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.xinfang.platform.sms.DemoSmsGateway;
import org.xinfang.platform.sms.SmsGateway;
import org.xinfang.support.ApiClient;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asking a leader for an appointment on the portal (约访, issue 12, item 6): with the phone verified, the citizen asks
 * a county for a day within the coming month; the county's registrar proposes another day; the citizen reads the
 * answer on the same page, which never shows their name or phone back.
 */
@IntegrationTest
class ReceptionAppointmentPortalTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SmsGateway sms;
    @Autowired
    MutableClock clock;
    @Autowired
    ApiClient api;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCitizenAsksForAnAppointmentAndReadsTheUnitsAnswer() throws Exception {
        PortalVisitor v = new PortalVisitor(mvc, (DemoSmsGateway) sms, OnlinePetitionTest.freshAddress());
        String phone = OnlinePetitionTest.freshPhone();
        assertThat(v.get("/portal/appointments").body()).as("the phone is verified first").contains("验证手机号码");
        assertThat(v.verify(phone).redirect()).isEqualTo("/portal/appointments");
        String form = v.get("/portal/appointments").body();
        assertThat(form).contains("预约领导接访", "怀化市人民政府", "沅陵县人民政府", "您还没有提交约访申请");

        String yuanling = String.valueOf(jdbc.queryForObject("select id from unit where code = '431222'", Long.class));
        String subject = "征收补偿款多年未兑现 " + UUID.randomUUID();
        PortalVisitor.Page tooFar = v.post("/portal/appointments", Map.of("unit", yuanling,
                "wishedOn", clock.today().plusDays(45).toString(), "name", "向红梅", "subject", subject));
        assertThat(tooFar.status()).isEqualTo(400);
        assertThat(tooFar.body()).contains("请选择 " + clock.today().plusDays(1) + " 至 " + clock.today().plusDays(30) + " 之间的日期",
                subject);
        PortalVisitor.Page sent = v.post("/portal/appointments", Map.of("unit", yuanling,
                "wishedOn", clock.today().plusDays(5).toString(), "name", "向红梅", "subject", subject));
        assertThat(sent.redirect()).isEqualTo("/portal/appointments");
        String waiting = v.get("/portal/appointments").body();
        assertThat(waiting).contains("沅陵县人民政府", "等待单位答复").doesNotContain("向红梅", phone);

        List<Number> ids = api.get("yuanling.registrar", "/api/v1/receptions/requests")
                .read("$[?(@.subject == '" + subject + "')].id");
        assertThat(ids).hasSize(1);
        ApiClient.Answer answered = api.post("yuanling.registrar", "/api/v1/receptions/requests/" + ids.get(0) + "/answer", """
                {"version":0,"heldOn":"%s","startsAt":"15:00","place":"沅陵县信访接待中心二楼","leader":"yuanling.leader",
                 "note":"县长当日另有公务，改为次日下午"}""".formatted(clock.today().plusDays(6)));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);

        String answer = v.get("/portal/appointments").body();
        assertThat(answer).contains("单位建议另约时间：" + clock.today().plusDays(6), "15:00", "沅陵县信访接待中心二楼", "改为次日下午")
                .doesNotContain("向红梅", "陈刚");
        PortalVisitor other = new PortalVisitor(mvc, (DemoSmsGateway) sms, OnlinePetitionTest.freshAddress());
        other.verify(OnlinePetitionTest.freshPhone());
        assertThat(other.get("/portal/appointments").body()).as("another phone sees none of it")
                .contains("您还没有提交约访申请").doesNotContain("沅陵县信访接待中心二楼");
    }
}
