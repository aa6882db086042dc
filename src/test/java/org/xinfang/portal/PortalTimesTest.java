package org.xinfang.portal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.xinfang.platform.sms.DemoSmsGateway;
import org.xinfang.platform.sms.SmsGateway;
import org.xinfang.support.ApiClient;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The petitioner reads Beijing time on the portal, whatever zone the server runs in: a petition sent at 00:53 on
 * 2 December (still 1 December in UTC) is received, receipted, tracked and published on 2 December.
 */
@IntegrationTest
class PortalTimesTest {

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

    private Instant before;

    @BeforeEach
    void justAfterMidnightInBeijing() {
        before = clock.instant();
        clock.set(Instant.parse("2026-12-01T16:53:00Z"));
    }

    @AfterEach
    void backToTheSharedClock() {
        clock.set(before);
    }

    @Test
    void theReceiptTheTrackingPageAndTheDisclosureShowTheOfficesTimeAndDates() throws Exception {
        PortalVisitor petitioner = new PortalVisitor(mvc, (DemoSmsGateway) sms, OnlinePetitionTest.freshAddress());
        String phone = OnlinePetitionTest.freshPhone();
        petitioner.verify(phone);
        Map<String, String> fields = new HashMap<>(PortalVisitor.petition("周桂兰", ApiClient.freshIdNumber(), "午夜提交的信访事项"));
        fields.put("disclosureConsent", "true");
        petitioner.submit(fields);

        String receipt = petitioner.get("/portal/receipt").body();
        assertThat(receipt).contains("2026-12-02 00:53").doesNotContain("2026-12-01");

        String code = petitioner.receiptQueryCode();
        long id = jdbc.queryForObject("select id from matter where query_code = ?", Long.class, code.replace("-", ""));
        clock.advanceMinutes(5);
        staff("yuanling.registrar", id, "routing", "{\"version\":0,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222-HOUSING\"}");
        staff("yuanling.housing", id, "acceptance", "{\"version\":1,\"outcome\":\"ACCEPTED\",\"leadUnitCode\":\"431222-HOUSING\"}");

        petitioner.newSession();
        assertThat(petitioner.track(code, phone.substring(phone.length() - 4)).redirect()).isEqualTo("/portal/matters/" + id);
        String tracking = petitioner.get("/portal/matters/" + id).body();
        // received and accepted on 2 December; handled within 60 days of that
        assertThat(tracking).contains("2026-12-02", "2027-01-31").doesNotContain("2026-12-01");

        String ref = jdbc.queryForObject("select reference_no from matter where id = ?", String.class, id);
        String disclosure = petitioner.get("/portal/disclosures/" + ref).body();
        assertThat(disclosure).contains("2026-12-02").doesNotContain("2026-12-01");
    }

    private void staff(String username, long id, String step, String json) {
        ApiClient.Answer a = api.post(username, "/api/v1/matters/" + id + "/" + step, json);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
    }
}
