package org.xinfang.notification;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.xinfang.notification.internal.Inbox;
import org.xinfang.support.ApiClient;
import org.xinfang.support.IntegrationTest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The top bar's unread count on every staff page, kept cheap: one count answered from the partial index of unread
 * rows, measured on a table of 60,000 notifications; and the inbox and preference pages.
 */
@IntegrationTest
class InboxBadgeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApiClient api;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Inbox inbox;

    @Test
    void everyStaffPageShowsTheUnreadCountAndReadingAllClearsIt() throws Exception {
        long id = new NotificationFixture(api, jdbc).accepted();
        new NotificationFixture(api, jdbc).inboxOf(id, "ACCEPTED");
        long unread = inbox.unread("yuanling.leader");
        assertThat(unread).isPositive();
        assertThat(page("yuanling.leader", "/")).contains("id=\"unread-count\">" + unread + "<");
        assertThat(page("yuanling.leader", "/inbox")).contains("id=\"unread-count\">" + unread + "<", "稳控责任人",
                "href=\"/preferences/notifications\"");
        mvc.perform(post("/inbox/read-all").with(user(users.loadUserByUsername("yuanling.leader"))).with(csrf()));
        assertThat(page("yuanling.leader", "/worklist")).contains("id=\"inbox-badge\"").doesNotContain("id=\"unread-count\"");
    }

    @Test
    void thePreferencesPageSavesTheChannelsAndRefusesAMalformedAddress() throws Exception {
        String user = "zhongfang.housing";
        String refused = mvc.perform(post("/preferences/notifications").param("emailOn", "true").param("email", "不是邮箱")
                        .with(user(users.loadUserByUsername(user))).with(csrf())).andReturn().getFlashMap().get("error").toString();
        assertThat(refused).contains("有效的电子邮箱");
        mvc.perform(post("/preferences/notifications").param("smsOn", "true").param("phone", "13907450000")
                .with(user(users.loadUserByUsername(user))).with(csrf()));
        assertThat(page(user, "/preferences/notifications")).contains("value=\"13907450000\"");
        mvc.perform(post("/preferences/notifications").with(user(users.loadUserByUsername(user))).with(csrf()));
        assertThat(jdbc.queryForObject("select sms_on from notification_preference where username = ?", Boolean.class, user))
                .isFalse();
    }

    @Test
    void theCountIsOneIndexOnlyScanOfTheUnreadRows() {
        jdbc.update("""
                insert into notification_inbox (username, matter_id, seq, step, capacities, reference_no, title, created_at, read_at)
                select 'bench.' || (g % 600), -100 - g, 1, 'ACCEPTED', 'RESPONSIBLE', 'XF-BENCH', '测试', now(),
                       case when g % 10 = 0 then null else now() end
                from generate_series(1, 60000) g""");
        try {
            jdbc.execute("analyze notification_inbox");
            List<Map<String, Object>> plan = jdbc.queryForList("explain (analyze, format text) select count(*) from"
                    + " notification_inbox where username = 'bench.7' and read_at is null");
            String text = plan.stream().map(r -> r.values().iterator().next().toString()).reduce("", (a, b) -> a + b + "\n");
            assertThat(text).contains("notification_inbox_unread_idx").doesNotContain("Seq Scan");
            // speed is the benchmark's to measure, not a unit test's: here, that the count is the person's unread rows
            assertThat(inbox.unread("bench.10")).isEqualTo(100);
            assertThat(inbox.unread("bench.7")).as("all read").isZero();
        } finally {
            jdbc.update("delete from notification_inbox where reference_no = 'XF-BENCH'");
        }
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername(user))).header("Accept-Language", "zh-CN"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
