package org.xinfang.portal;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.xinfang.notification.internal.Outbox;
import org.xinfang.platform.sms.DemoSmsGateway;
import org.xinfang.platform.sms.SmsGateway;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.IntegrationTest;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From the portal to a text message, end to end: a citizen proves their phone by the SMS code and submits online; the
 * bureau accepts the matter; the dispatcher sends the petitioner's message of the acceptance through the SMS gateway to
 * that phone, naming the matter by its number only.
 */
@IntegrationTest
class NotificationFromPortalTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SmsGateway sms;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApiClient api;
    @Autowired
    Outbox outbox;

    @Test
    void theAcceptanceOfAnOnlinePetitionReachesTheVerifiedPhoneByTextNamingTheNumberOnly() throws Exception {
        PortalVisitor citizen = new PortalVisitor(mvc, (DemoSmsGateway) sms, OnlinePetitionTest.freshAddress());
        String phone = OnlinePetitionTest.freshPhone();
        assertThat(citizen.verify(phone).redirect()).isEqualTo("/portal/petition");
        String idNumber = ApiClient.freshIdNumber();
        String title = "征收补偿款未兑现" + phone.substring(phone.length() - 4);
        Map<String, String> fields = new HashMap<>(PortalVisitor.petition("赵秀英", idNumber, title));
        assertThat(citizen.submit(fields).redirect()).isEqualTo("/portal/receipt");
        long id = jdbc.queryForObject("select id from matter where query_code = ?", Long.class,
                citizen.receiptQueryCode().replace("-", ""));

        Answer matter = api.get("yuanling.registrar", "/api/v1/matters/" + id);
        String referenceNo = matter.read("$.referenceNo");
        Answer accepted = api.post("yuanling.registrar", "/api/v1/matters/" + id + "/acceptance",
                "{\"version\":" + matter.version() + ",\"outcome\":\"ACCEPTED\",\"notice\":\"已受理\",\"leadUnitCode\":\"431222-HOUSING\"}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);

        // the listener queues the message after the step's commit; the dispatcher (called here, or on its schedule) sends it
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
            outbox.dispatchDue();
            return "SENT".equals(jdbc.query("""
                    select status from notification_outbox where matter_id = ? and step = 'ACCEPTED' and channel = 'SMS'
                    and recipient like 'petitioner:%'""", rs -> rs.next() ? rs.getString(1) : null, id));
        });
        Map<String, Object> row = jdbc.queryForMap("""
                select destination, body, attempts from notification_outbox
                where matter_id = ? and step = 'ACCEPTED' and recipient like 'petitioner:%'""", id);
        assertThat(row).containsEntry("destination", phone).containsEntry("attempts", 1);

        String text = ((DemoSmsGateway) sms).lastMessageTo(phone).orElseThrow();
        assertThat(text).as("what the gateway was given is the queued text").isEqualTo(row.get("body"));
        assertThat(text).contains(referenceNo, "受理")
                .as("no personal data, not even the title: whoever holds the phone reads it")
                .doesNotContain("赵秀英", idNumber, phone, title, "征收");
    }
}
