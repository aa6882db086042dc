package org.xinfang.recommendation;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.statute.RecommendationRules;
import org.xinfang.support.ApiClient;
import org.xinfang.support.Concurrently;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;
import org.xinfang.territory.Territory;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The reminders of a recommendation's written feedback (issue 13, item 4; 2022 art. 40 ¶4): the daily job reminds the
 * issuing bureau once when the feedback is due soon and once when it is overdue, however often it runs and on however
 * many nodes; the reminder lands in the issuer's inbox and leads to the recommendation. An answered one is not reminded.
 */
@IntegrationTest
class RecommendationReminderTest {

    @Autowired
    ApiClient api;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    Territory territory;
    @Autowired
    RecommendationReminders job;

    @Test
    void theBureauIsRemindedOnceWhenTheFeedbackIsDueSoonAndOnceWhenItIsOverdue() throws Exception {
        RecommendationFixtures given = new RecommendationFixtures(api, territory);
        long id = given.toHousing("IMPROVE_WORK");
        long answered = given.toHousing("IMPROVE_POLICY");
        String number = api.get("yuanling.supervisor", "/api/v1/recommendations/" + id).read("$.number");
        assertThat(number).startsWith("信建改〔").endsWith("〕" + id + "号");
        LocalDate due = clock.today().plusDays(RecommendationRules.DEFAULT_FEEDBACK_DAYS);
        assertThat(api.post("yuanling.housing", "/api/v1/recommendations/" + answered + "/feedback",
                "{\"version\":0,\"outcome\":\"ADOPTED\",\"text\":\"已采纳\",\"feedbackOn\":\"%s\"}".formatted(clock.today()))
                .status()).isEqualTo(200);

        job.daily();
        assertThat(sent(id)).as("not yet within the reminder window").isEmpty();
        int days = RecommendationRules.DEFAULT_FEEDBACK_DAYS - 3;
        clock.advanceDays(days);
        try {
            Concurrently.run(2, () -> {
                job.daily();
                return null;
            });
            job.daily();
            assertThat(told(id, "RECOMMENDATION_DUE_SOON")).as("the issuer, who is also the bureau's supervisor")
                    .containsOnly(entry("yuanling.supervisor", "RESPONSIBLE,SUPERVISOR"));
            assertThat(sent(id)).containsExactly("DUE_SOON");
            assertThat(published(id)).as("one reminder, however often the job ran").isEqualTo(1);

            List<Map<String, Object>> inbox = mine(number);
            assertThat(inbox).hasSize(1);
            assertThat(inbox.get(0)).doesNotContainKey("matterId").containsEntry("title", "规范拆迁补偿信访办理")
                    .containsEntry("matterLink", "/recommendations/" + id).containsEntry("canOpen", true)
                    .containsEntry("stepName", "三项建议反馈提醒：书面反馈期限为 " + due + "，接收单位尚未反馈");
            assertThat(api.get("yuanling.supervisor", "/recommendations/" + id).status()).isEqualTo(200);

            clock.advanceDays(4);
            job.daily();
            job.daily();
            assertThat(told(id, "RECOMMENDATION_OVERDUE")).containsOnly(entry("yuanling.supervisor", "RESPONSIBLE,SUPERVISOR"));
            assertThat(sent(id)).containsExactly("DUE_SOON", "OVERDUE");
            assertThat(published(id)).isEqualTo(2);
            assertThat(mine(number)).extracting(n -> n.get("step"))
                    .containsExactlyInAnyOrder("RECOMMENDATION_DUE_SOON", "RECOMMENDATION_OVERDUE");
            assertThat(sent(answered)).as("an answered recommendation is not reminded").isEmpty();
        } finally {
            clock.advanceDays(-(days + 4));
        }
    }

    private List<String> sent(long id) {
        return jdbc.queryForList("select status from recommendation_reminder where recommendation_id = ? order by sent_on, status",
                String.class, id);
    }

    /** The reminders published for the recommendation, as the event publication registry holds them. */
    private long published(long id) {
        return jdbc.queryForObject("""
                select count(*) from event_publication where event_type like '%RecommendationFeedbackDue'
                   and serialized_event like ?""", Long.class, "%\"recommendationId\":" + id + ",%");
    }

    /** Who was told of the reminder, with their capacities, once the listener has written it. */
    private Map<String, String> told(long id, String alert) {
        String key = "recommendation:" + id + ":" + alert;
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from notification_inbox where alert_key = ? and matter_id is null", Long.class, key) > 0);
        Map<String, String> told = new LinkedHashMap<>();
        jdbc.query("select username, capacities from notification_inbox where alert_key = ? order by username",
                rs -> {
                    told.put(rs.getString(1), rs.getString(2));
                }, key);
        return told;
    }

    private List<Map<String, Object>> mine(String number) {
        return api.get("yuanling.supervisor", "/api/v1/inbox").read("$.notifications[?(@.referenceNo == '" + number + "')]");
    }
}
