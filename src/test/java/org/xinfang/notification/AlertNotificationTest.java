package org.xinfang.notification;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.coordination.DeadlineReminders;
import org.xinfang.coordination.SupervisionNotices;
import org.xinfang.notification.internal.NotificationPreferences;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;
import org.xinfang.support.SupervisedMatters;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The supervision module's alerts reach people (issue 12): the daily job's reminder of a deadline coming lands once in
 * the inbox of the unit holding the matter, and by the channel a handler chose; on the last day the supervisor is
 * reminded too. A notice sent up for being ignored reaches the supervisors of the body above, who open the notice
 * from their inbox, and the unit that let it lie.
 */
@IntegrationTest
class AlertNotificationTest {

    @Autowired
    ApiClient api;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    DeadlineReminders reminders;
    @Autowired
    SupervisionNotices notices;
    @Autowired
    NotificationPreferences preferences;

    @Test
    void aDeadlineComingReachesTheHoldersInboxOnceAndOnTheLastDayTheSupervisorToo() {
        long matter = routedToHousing();
        LocalDate dueOn = LocalDate.parse(api.get("yuanling.housing", "/api/v1/matters/" + matter)
                .read("$.deadlines.currentDueOn"));
        preferences.choose("yuanling.housing", true, "tenghao@yuanling.example.cn", false, null);
        try {
            reminders.remind(dueOn.minusDays(3));
            reminders.remind(dueOn.minusDays(3));
            assertThat(told(matter, "due:" + dueOn + ":3")).containsOnly(entry("yuanling.housing", "RESPONSIBLE"));
            Map<String, Object> mail = jdbc.queryForMap("""
                    select subject, status from notification_outbox
                    where matter_id = ? and alert_key = ? and recipient = 'yuanling.housing' and channel = 'EMAIL'""",
                    matter, "due:" + dueOn + ":3");
            assertThat((String) mail.get("subject")).contains("到期提醒：3 天后（" + dueOn + "）到期");
            assertThat(mail.get("status")).isEqualTo("PENDING");
        } finally {
            preferences.choose("yuanling.housing", false, null, false, null);
        }
        Map<String, Object> shown = mine("yuanling.housing", matter, "DEADLINE_APPROACHING").get(0);
        assertThat(shown).containsEntry("stepName", "到期提醒：3 天后（" + dueOn + "）到期")
                .containsEntry("dueOn", dueOn.toString()).containsEntry("matterLink", "/matters/" + matter);

        reminders.remind(dueOn.minusDays(1));
        assertThat(told(matter, "due:" + dueOn + ":1")).containsOnly(entry("yuanling.housing", "RESPONSIBLE"),
                entry("yuanling.supervisor", "SUPERVISOR"));
        assertThat(mine("yuanling.housing", matter, "DEADLINE_APPROACHING")).as("one a reminder day").hasSize(2);
    }

    @Test
    void aNoticeSentUpReachesTheSupervisorsAboveWhoOpenTheNoticeAndTheUnitThatIgnoredIt() {
        long matter = routedToHousing();
        long notice = issueNotice(matter);
        notices.escalateIgnored(clock.today().plusDays(31));
        notices.escalateIgnored(clock.today().plusDays(31));
        Map<String, String> told = told(matter, "notice:" + notice + ":1");
        assertThat(told).contains(entry("yuanling.housing", "RESPONSIBLE"), entry("city.supervisor", "SUPERVISOR"))
                .doesNotContainKey("yuanling.supervisor");
        Map<String, Object> shown = mine("city.supervisor", matter, "NOTICE_ESCALATED").get(0);
        assertThat(shown).containsEntry("matterLink", "/supervision/notices/" + notice);
        assertThat((String) shown.get("stepName")).startsWith("督办升级").contains("已报上一级信访部门督办");
        assertThat(mine("city.supervisor", matter, "NOTICE_ESCALATED")).as("told once").hasSize(1);
        assertThat(api.get("city.supervisor", "/supervision/notices/" + notice).status()).isEqualTo(200);
    }

    private List<Map<String, Object>> mine(String username, long matter, String step) {
        Answer inbox = api.get(username, "/api/v1/inbox");
        assertThat(inbox.status()).as(inbox.body()).isEqualTo(200);
        return inbox.read("$.notifications[?(@.matterId == " + matter + " && @.step == '" + step + "')]");
    }

    /** Who was told of the alert {@code key} on the matter, with their capacities, once the listener has written it. */
    private Map<String, String> told(long matter, String key) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from notification_inbox where matter_id = ? and alert_key = ?", Long.class, matter, key) > 0);
        Map<String, String> told = new LinkedHashMap<>();
        jdbc.query("select username, capacities from notification_inbox where matter_id = ? and alert_key = ? order by username",
                rs -> {
                    told.put(rs.getString(1), rs.getString(2));
                }, matter, key);
        return told;
    }

    private long routedToHousing() {
        return new SupervisedMatters(api, jdbc).routedToHousing();
    }

    private long issueNotice(long matter) {
        return new SupervisedMatters(api, jdbc).issueNotice(matter, "逾期未受理");
    }
}
