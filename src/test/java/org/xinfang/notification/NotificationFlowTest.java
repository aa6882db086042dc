package org.xinfang.notification;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.xinfang.notification.internal.NotificationPreferences;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.IntegrationTest;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * A matter's steps reach the three levels and the four lines of docs/decisions.md's table: the acceptance reaches the
 * village, the township, the county department, the person responsible and the person in charge of control, not the
 * supervisor; the opinion reaches all of them; the petitioner is told by SMS only at a verified phone. Each staff
 * member reads their inbox in the API, marks read one or all, never another's; a channel chosen adds an outbox row.
 */
@IntegrationTest
class NotificationFlowTest {

    @Autowired
    ApiClient api;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    VerifiedContacts verified;
    @Autowired
    NotificationPreferences preferences;

    NotificationFixture matters;

    @BeforeEach
    void fixture() {
        matters = new NotificationFixture(api, jdbc);
    }

    @AfterEach
    void inboxOnlyAgain() {
        preferences.choose("yuanling.housing", false, null, false, null);
    }

    @Test
    void theAcceptanceReachesTheThreeLevelsTheResponsibleAndControlAndTheOpinionAlsoTheSupervisorAndPetitioner() {
        long id = matters.accepted();
        assertThat(matters.inboxOf(id, "ACCEPTED")).containsOnly(
                entry("yuanling.housing", "RESPONSIBLE,COUNTY"),
                entry("yuanling.leader", "CONTROL"),
                entry("yuanling.yuanlingzhen", "TOWNSHIP"),
                entry(NotificationFixture.VILLAGE_ACCOUNT, "VILLAGE"));
        assertThat(matters.outboxOf(id, "ACCEPTED"))
                .as("registered at the bureau from a visit: the phone was never verified, so nothing is sent")
                .containsOnly(entry("petitioner:" + petitioner(id) + "/SMS", "SKIPPED UNVERIFIED_CONTACT"));

        verified.phoneVerified(id, "13812345678");
        matters.replied(id);
        assertThat(matters.inboxOf(id, "REPLIED")).containsOnly(
                entry("yuanling.housing", "RESPONSIBLE,COUNTY"),
                entry("yuanling.leader", "CONTROL"),
                entry("yuanling.supervisor", "SUPERVISOR"),
                entry("yuanling.yuanlingzhen", "TOWNSHIP"),
                entry(NotificationFixture.VILLAGE_ACCOUNT, "VILLAGE"));
        assertThat(matters.outboxOf(id, "REPLIED")).containsOnly(entry("petitioner:" + petitioner(id) + "/SMS", "PENDING"));
        String text = jdbc.queryForObject("select body from notification_outbox where matter_id = ? and step = 'REPLIED'",
                String.class, id);
        assertThat(text).contains("出具处理意见").doesNotContain("征收补偿款", "王建国");
    }

    @Test
    void eachReadsTheirOwnInboxUnreadFirstAndMarkingReadIsIdempotent() {
        long id = matters.accepted();
        matters.inboxOf(id, "ACCEPTED");
        Answer inbox = api.get("yuanling.yuanlingzhen", "/api/v1/inbox");
        assertThat(inbox.status()).as(inbox.body()).isEqualTo(200);
        List<Map<String, Object>> mine = inbox.read("$.notifications[?(@.matterId == " + id + ")]");
        assertThat(mine).hasSize(1);
        Map<String, Object> n = mine.get(0);
        assertThat(n).containsEntry("stepName", "受理").containsEntry("capacitiesText", "乡镇（街道）")
                .containsEntry("unread", true).containsEntry("matterLink", "/matters/" + id);
        assertThat((String) n.get("createdAt")).endsWith("+08:00");
        long unread = count("yuanling.yuanlingzhen");
        assertThat(((Number) inbox.read("$.unread")).longValue()).isEqualTo(unread).isPositive();

        long nid = ((Number) n.get("id")).longValue();
        Answer read = api.post("yuanling.yuanlingzhen", "/api/v1/inbox/" + nid + "/read", null);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat((Boolean) read.read("$.unread")).isFalse();
        String readAt = read.read("$.readAt");
        Answer again = api.post("yuanling.yuanlingzhen", "/api/v1/inbox/" + nid + "/read", null);
        assertThat((String) again.read("$.readAt")).as("read again: the first reading stays").isEqualTo(readAt);
        assertThat(count("yuanling.yuanlingzhen")).isEqualTo(unread - 1);
        assertThat(api.post("yuanling.housing", "/api/v1/inbox/" + nid + "/read", null).status())
                .as("another person's notification").isEqualTo(404);
        List<Boolean> order = api.get("yuanling.yuanlingzhen", "/api/v1/inbox").read("$.notifications[*].unread");
        assertThat(order).as("unread first").isSortedAccordingTo((a, b) -> Boolean.compare(b, a));

        Answer all = api.post("yuanling.housing", "/api/v1/inbox/read-all", null);
        assertThat(all.status()).isEqualTo(200);
        assertThat(((Number) all.read("$.marked")).intValue()).isPositive();
        assertThat(count("yuanling.housing")).isZero();
        assertThat(((Number) api.post("yuanling.housing", "/api/v1/inbox/read-all", null).read("$.marked")).intValue()).isZero();
        assertThat(api.call(null, MockMvcRequestBuilders.get("/api/v1/inbox"), null, "zh-CN").status()).isEqualTo(401);
    }

    @Test
    void aChosenChannelAddsAnOutboxMessageInTheStaffMembersLanguageAndTheInboxStaysOn() {
        preferences.choose("yuanling.housing", true, "tenghao@yuanling.example.cn", true, "139 0745 1234");
        jdbc.update("update staff set preferred_language = 'en' where username = 'yuanling.housing'");
        try {
            long id = matters.accepted();
            matters.inboxOf(id, "ACCEPTED");
            assertThat(matters.outboxOf(id, "ACCEPTED")).contains(entry("yuanling.housing/EMAIL", "PENDING"),
                    entry("yuanling.housing/SMS", "PENDING"));
            Map<String, Object> mail = jdbc.queryForMap("select destination, subject, body from notification_outbox"
                    + " where matter_id = ? and recipient = 'yuanling.housing' and channel = 'EMAIL'", id);
            assertThat(mail.get("destination")).isEqualTo("tenghao@yuanling.example.cn");
            assertThat((String) mail.get("subject")).contains("Accepted");
            assertThat((String) mail.get("body")).contains("Person responsible, County department");
            assertThat(jdbc.queryForObject("select destination from notification_outbox where matter_id = ?"
                    + " and recipient = 'yuanling.housing' and channel = 'SMS'", String.class, id)).isEqualTo("13907451234");
        } finally {
            jdbc.update("update staff set preferred_language = null where username = 'yuanling.housing'");
        }
    }

    private long count(String username) {
        return ((Number) api.get(username, "/api/v1/inbox/unread-count").read("$.unread")).longValue();
    }

    private long petitioner(long id) {
        return jdbc.queryForObject("select petitioner_id from matter where id = ?", Long.class, id);
    }
}
