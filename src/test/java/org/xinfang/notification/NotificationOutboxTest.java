package org.xinfang.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.xinfang.notification.internal.NotificationPreferences;
import org.xinfang.notification.internal.Outbox;
import org.xinfang.support.ApiClient;
import org.xinfang.support.Concurrently;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The outbox against a real SMTP server (GreenMail on the port application-test.yml names): with the server down
 * nothing is lost, and once it is up again each message arrives exactly once, also with two dispatchers racing; a
 * message that never gets through is retried with a doubling wait and then shown, masked, to the administrator.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class NotificationOutboxTest {

    private static final ServerSetup SMTP = new ServerSetup(31025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    @Autowired
    ApiClient api;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Outbox outbox;
    @Autowired
    NotificationPreferences preferences;
    @Autowired
    MutableClock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    GreenMail mail;

    @BeforeEach
    void serverUp() {
        mail = new GreenMail(SMTP);
        mail.start();
    }

    @AfterEach
    void stop() {
        mail.stop();
        preferences.choose("yuanling.housing", false, null, false, null);
    }

    @Test
    void messagesQueuedWhileTheMailServerIsDownArriveExactlyOnceEachWhenItIsBack() {
        preferences.choose("yuanling.housing", true, "tenghao@outage.example.cn", false, null);
        mail.stop();
        NotificationFixture matters = new NotificationFixture(api, jdbc);
        long first = matters.accepted();
        long second = matters.accepted();
        matters.inboxOf(first, "ACCEPTED");
        matters.inboxOf(second, "ACCEPTED");

        outbox.dispatchDue();
        Map<String, Object> tried = jdbc.queryForMap("select status, attempts, last_error from notification_outbox"
                + " where matter_id = ? and channel = 'EMAIL'", first);
        assertThat(tried).containsEntry("status", "PENDING").containsEntry("attempts", 1);
        assertThat((String) tried.get("last_error")).isNotBlank();

        mail.start();
        clock.advanceMinutes(2);
        try {
            outbox.dispatchDue();
            outbox.dispatchDue();
        } finally {
            clock.advanceMinutes(-2);
        }
        List<String> subjects = Arrays.stream(mail.getReceivedMessagesForDomain("outage.example.cn"))
                .map(NotificationOutboxTest::subject).toList();
        assertThat(subjects).hasSize(2).anyMatch(s -> s.contains(reference(first))).anyMatch(s -> s.contains(reference(second)));
        assertThat(jdbc.queryForList("select status from notification_outbox where matter_id in (?, ?) and channel = 'EMAIL'",
                String.class, first, second)).containsOnly("SENT");
    }

    @Test
    void twoDispatchersRacingSendEachMessageOnce() throws Exception {
        Instant now = clock.instant();
        for (int i = 0; i < 30; i++) {
            jdbc.update("""
                    insert into notification_outbox (matter_id, seq, step, reference_no, recipient, capacities, channel,
                        destination, subject, body, scope_path, status, next_attempt_at, created_at)
                    values (-1, ?, 'REPLIED', 'XF-RACE', ?, 'RESPONSIBLE', 'EMAIL', ?, ?, '处理意见已出具', '/1/', 'PENDING', ?, ?)""",
                    i, "race" + i, "race" + i + "@race.example.cn", "race " + i, Timestamp.from(now), Timestamp.from(now));
        }
        Concurrently.run(2, outbox::dispatchDue);
        MimeMessage[] received = mail.getReceivedMessagesForDomain("race.example.cn");
        Set<String> distinct = Arrays.stream(received).map(NotificationOutboxTest::subject).collect(Collectors.toSet());
        assertThat(received).hasSize(30);
        assertThat(distinct).hasSize(30);
        assertThat(jdbc.queryForObject("select count(*) from notification_outbox where reference_no = 'XF-RACE'"
                + " and status = 'SENT' and attempts = 1", Long.class)).isEqualTo(30);
    }

    @Test
    void aMessageThatNeverGetsThroughIsRetriedWithADoublingWaitThenShownMaskedToTheAdministrator(CapturedOutput log)
            throws Exception {
        mail.stop();
        Instant start = clock.instant();
        jdbc.update("""
                insert into notification_outbox (matter_id, seq, step, reference_no, recipient, capacities, channel,
                    destination, subject, body, scope_path, status, next_attempt_at, created_at)
                values (-2, 1, 'EXTENDED', 'XF-FAIL', 'yuanling.housing', 'RESPONSIBLE', 'EMAIL', 'zhang.wei@fail.example.cn',
                    '延期', '延期办理', '/1/4/', 'PENDING', ?, ?)""", Timestamp.from(start), Timestamp.from(start));
        long waited = 0;
        try {
            for (int attempt = 1; attempt <= 5; attempt++) {
                outbox.dispatchDue();
                Map<String, Object> row = jdbc.queryForMap("select status, attempts, next_attempt_at from notification_outbox"
                        + " where reference_no = 'XF-FAIL'");
                assertThat(row.get("attempts")).isEqualTo(attempt);
                if (attempt < 5) {
                    assertThat(row.get("status")).isEqualTo("PENDING");
                    Duration wait = Duration.between(clock.instant(), ((Timestamp) row.get("next_attempt_at")).toInstant());
                    assertThat(wait).as("after try " + attempt).isEqualTo(Duration.ofMinutes(1L << (attempt - 1)));
                    clock.advanceMinutes(wait.toMinutes());
                    waited += wait.toMinutes();
                } else {
                    assertThat(row.get("status")).isEqualTo("FAILED");
                }
            }
        } finally {
            clock.advanceMinutes(-waited);
        }
        assertThat(log.getAll()).contains("given up").doesNotContain("zhang.wei@");

        String page = mvc.perform(get("/admin/notifications").with(user(users.loadUserByUsername("admin")))
                .header("Accept-Language", "zh-CN")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("XF-FAIL", "发送失败", "z***@fail.example.cn", "尝试次数 5").doesNotContain("zhang.wei@");
        String home = mvc.perform(get("/admin").with(user(users.loadUserByUsername("admin"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(home).contains("href=\"/admin/notifications\"");
        assertThat(mvc.perform(get("/admin/notifications").with(user(users.loadUserByUsername("yuanling.housing"))))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theAdministratorSeesWhyNothingWasSentToAnUnverifiedPetitioner() throws Exception {
        long id = new NotificationFixture(api, jdbc).accepted();
        untilSkipped(id);
        String page = mvc.perform(get("/admin/notifications").with(user(users.loadUserByUsername("admin")))
                .header("Accept-Language", "zh-CN")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(reference(id), "未发送", "联系方式未经验证").doesNotContain("13812345678");
    }

    private void untilSkipped(long id) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from notification_outbox where matter_id = ? and status = 'SKIPPED'", Long.class, id) > 0);
    }

    private String reference(long id) {
        return jdbc.queryForObject("select reference_no from matter where id = ?", String.class, id);
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
