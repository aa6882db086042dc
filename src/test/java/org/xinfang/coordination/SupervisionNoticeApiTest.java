package org.xinfang.coordination;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;
import org.xinfang.support.SupervisedMatters;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The follow-up of a supervision notice (督办单, issue 12, item 4; 2022 art. 40): the notice issued on the matter
 * becomes a case; the supervised unit answers; the supervising body suggests an improvement; the unit feeds back in
 * writing whether it adopted it. A notice left unanswered goes up to the city's petition bureau, and the daily job's
 * reminders of deadlines to come are sent once. Refusals name the problem; a stale change is refused.
 */
@IntegrationTest
class SupervisionNoticeApiTest {

    @Autowired
    ApiClient api;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SupervisionNotices notices;
    @Autowired
    DeadlineReminders reminders;

    @Test
    void theUnitAnswersTheSupervisorSuggestsAndTheUnitFeedsBackOnItsAdoption() {
        long matter = routedToHousing();
        long id = issue(matter, "逾期未受理，请即查明原因");
        Answer n = api.get("yuanling.supervisor", "/api/v1/supervision-notices/" + id);
        assertThat((String) n.read("$.unit")).isEqualTo("沅陵县住房和城乡建设局");
        assertThat((String) n.read("$.answerDueOn")).isEqualTo(clock.today().plusDays(30).toString());
        assertThat((List<Number>) api.get("yuanling.housing", "/api/v1/supervision-notices").read("$.toAnswer[*].id"))
                .extracting(Number::longValue).contains(id);

        Answer notTheirs = api.post("yuanling.supervisor", "/api/v1/supervision-notices/" + id + "/answer",
                "{\"version\":0,\"text\":\"代为答复\"}");
        assertThat(notTheirs.status()).isEqualTo(403);
        assertThat(notTheirs.body()).contains("发给沅陵县住房和城乡建设局的");
        Answer answered = api.post("yuanling.housing", "/api/v1/supervision-notices/" + id + "/answer",
                "{\"version\":0,\"text\":\"已受理，正在核实补偿标准\"}");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat((String) answered.read("$.answeredBy")).isEqualTo("滕浩");
        assertThat(api.post("yuanling.housing", "/api/v1/supervision-notices/" + id + "/answer",
                "{\"version\":1,\"text\":\"再答复\"}").body()).contains("已于", "答复");

        Answer noSuggestion = api.post("yuanling.housing", "/api/v1/supervision-notices/" + id + "/feedback",
                "{\"version\":1,\"adoption\":\"ADOPTED\",\"text\":\"采纳\"}");
        assertThat(noSuggestion.status()).isEqualTo(409);
        assertThat(noSuggestion.body()).contains("还没有改进工作建议");
        assertThat(api.post("yuanling.housing", "/api/v1/supervision-notices/" + id + "/suggestion",
                "{\"version\":1,\"text\":\"建议\"}").body()).contains("只有督办单位沅陵县信访局的督查员或领导");
        Answer suggested = api.post("yuanling.supervisor", "/api/v1/supervision-notices/" + id + "/suggestion",
                "{\"version\":1,\"text\":\"建立受理台账，每周报送进展\"}");
        assertThat(suggested.status()).as(suggested.body()).isEqualTo(200);
        Answer stale = api.post("yuanling.housing", "/api/v1/supervision-notices/" + id + "/feedback",
                "{\"version\":1,\"adoption\":\"ADOPTED\",\"text\":\"已建立台账\"}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("已被他人修改", "第 1 版", "第 2 版");
        Answer feedback = api.post("yuanling.housing", "/api/v1/supervision-notices/" + id + "/feedback",
                "{\"version\":2,\"adoption\":\"PARTLY_ADOPTED\",\"text\":\"已建立台账，每两周报送\"}");
        assertThat(feedback.status()).as(feedback.body()).isEqualTo(200);
        assertThat((String) feedback.read("$.adoption")).isEqualTo("PARTLY_ADOPTED");
        assertThat((Boolean) feedback.read("$.done")).isTrue();
        assertThat(api.get("hecheng.supervisor", "/api/v1/supervision-notices/" + id).status()).isEqualTo(404);
    }

    @Test
    void anIgnoredNoticeGoesUpToTheCityOnceItsAnswerDayHasPassedAndAgainThirtyDaysOn() {
        long id = issue(routedToHousing(), "请说明逾期原因");
        // other tests' notices share the database: this one's level is what counts
        notices.escalateIgnored(clock.today().plusDays(30));
        assertThat(level(id)).as("on its answer day").isZero();
        notices.escalateIgnored(clock.today().plusDays(31));
        assertThat(level(id)).isEqualTo(1);
        notices.escalateIgnored(clock.today().plusDays(31));
        assertThat(level(id)).as("once a day").isEqualTo(1);
        Answer up = api.get("city.supervisor", "/api/v1/supervision-notices/" + id);
        assertThat((String) up.read("$.escalatedTo")).isEqualTo("怀化市信访局");
        assertThat((List<Number>) api.get("city.supervisor", "/api/v1/supervision-notices").read("$.following[*].id"))
                .extracting(Number::longValue).contains(id);
        notices.escalateIgnored(clock.today().plusDays(62));
        assertThat(level(id)).as("30 days on, but the city is the top").isEqualTo(1);
    }

    private int level(long id) {
        return jdbc.queryForObject("select escalation_level from supervision_notice where id = ?", Integer.class, id);
    }

    @Test
    void aDeadlineComingIsRemindedOnceOnEachConfiguredDay() {
        long matter = routedToHousing();
        String due = api.get("yuanling.housing", "/api/v1/matters/" + matter).read("$.deadlines.currentDueOn");
        java.time.LocalDate dueOn = java.time.LocalDate.parse(due);
        String mine = "select count(*) from deadline_reminder where matter_id = ?";
        assertThat(reminders.remind(dueOn.minusDays(3))).isPositive();
        assertThat(jdbc.queryForObject(mine + " and days_before = 3", Integer.class, matter)).isEqualTo(1);
        reminders.remind(dueOn.minusDays(3));
        assertThat(jdbc.queryForObject(mine, Integer.class, matter)).as("the job run twice the same day").isEqualTo(1);
        reminders.remind(dueOn.minusDays(2));
        assertThat(jdbc.queryForObject(mine, Integer.class, matter)).as("no reminder two days before").isEqualTo(1);
        reminders.remind(dueOn.minusDays(1));
        assertThat(jdbc.queryForObject(mine + " and days_before = 1", Integer.class, matter)).isEqualTo(1);
    }

    private long routedToHousing() {
        return new SupervisedMatters(api, jdbc).routedToHousing();
    }

    private long issue(long matter, String reason) {
        return new SupervisedMatters(api, jdbc).issueNotice(matter, reason);
    }
}
