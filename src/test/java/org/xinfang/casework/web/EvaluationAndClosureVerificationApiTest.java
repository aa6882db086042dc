package org.xinfang.casework.web;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.xinfang.casework.MatterCounts;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The petitioner's evaluation as the national information system records it (issue 10, item 6), through the API and
 * the staff page: two ratings, the rating window and "not rated in time", closure verification by the petition office,
 * and what the counts make of them.
 */
@IntegrationTest
class EvaluationAndClosureVerificationApiTest {

    /** Each matter here is received on a day of its own, long ago, so that its counts are its own. */
    private static final AtomicInteger DAYS_BACK = new AtomicInteger(300);

    @Autowired
    ApiClient api;
    @Autowired
    MutableClock clock;
    @Autowired
    MatterCounts counts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    private java.time.Instant before;

    @org.junit.jupiter.api.BeforeEach
    void rememberTheClock() {
        before = clock.instant();
    }

    /** Other tests' fresh matters are listed first only while today stays today. */
    @org.junit.jupiter.api.AfterEach
    void restoreTheClock() {
        clock.set(before);
    }

    @Test
    @DisplayName("2022 art. 21 ¶2: both ratings are stored and shown on the API and the staff page; the old body stays valid")
    void bothRatingsAreStoredAndShown() throws Exception {
        long id = repliedMatter();
        Answer rated = step("yuanling.registrar", id, "evaluation", """
                {"version":3,"satisfaction":"DISSATISFIED","comment":"补偿标准偏低",
                 "officeSatisfaction":"BASICALLY_SATISFIED","officeComment":"转办及时，督办不够"}""");
        assertThat((String) rated.read("$.evaluation.satisfaction")).isEqualTo("DISSATISFIED");
        assertThat((String) rated.read("$.evaluation.comment")).isEqualTo("补偿标准偏低");
        assertThat((String) rated.read("$.evaluation.officeSatisfaction")).isEqualTo("BASICALLY_SATISFIED");
        assertThat((String) rated.read("$.evaluation.officeComment")).isEqualTo("转办及时，督办不够");
        assertThat((Boolean) rated.read("$.ratingWindow.lapsed")).isFalse();
        assertThat(jdbc.queryForObject("select office_satisfaction from matter where id = ?", String.class, id))
                .isEqualTo("BASICALLY_SATISFIED");

        String page = page("yuanling.registrar", id);
        assertThat(page).contains("id=\"office-evaluation\"", "基本满意 · 转办及时，督办不够", "补偿标准偏低",
                "form-evaluate", "evaluate-office-satisfaction");

        // the body the API took before there were two ratings
        Answer old = step("yuanling.registrar", id, "evaluation", "{\"version\":4,\"satisfaction\":\"SATISFIED\"}");
        assertThat((String) old.read("$.evaluation.satisfaction")).isEqualTo("SATISFIED");
        assertThat((String) old.read("$.evaluation.officeSatisfaction")).isEqualTo("BASICALLY_SATISFIED");
    }

    @Test
    @DisplayName("2022 art. 21 ¶2: a dissatisfied rating of the petition office without a reason is refused, in the user's language")
    void aDissatisfiedOfficeRatingWithoutReasonIsRefused() {
        long id = repliedMatter();
        Answer zh = api.post("yuanling.registrar", "/api/v1/matters/" + id + "/evaluation",
                "{\"version\":3,\"satisfaction\":\"SATISFIED\",\"officeSatisfaction\":\"DISSATISFIED\"}");
        assertThat(zh.status()).isEqualTo(400);
        assertThat((String) zh.read("$.detail")).contains("对信访部门工作不满意的，请说明理由");
        Answer en = api.postInEnglish("yuanling.registrar", "/api/v1/matters/" + id + "/evaluation",
                "{\"version\":3,\"satisfaction\":\"SATISFIED\",\"officeSatisfaction\":\"DISSATISFIED\"}");
        assertThat((String) en.read("$.detail")).contains("reason for a dissatisfied rating of the petition office");
        assertThat(jdbc.queryForObject("select satisfaction from matter where id = ?", String.class, id)).isNull();
    }

    @Test
    @DisplayName("rating window (art. 21 ¶2, practice: 30 days): after it the matter is not rated in time, shown, counted apart, and a rating is refused naming the last day")
    void afterTheWindowTheMatterIsNotRatedInTimeAndARatingIsRefusedWithTheDate() throws Exception {
        long id = repliedMatter();
        String lastDay = clock.today().plusDays(30).toString();
        MatterCounts.PlaceOutcomes before = outcomes(id);
        assertThat((String) api.get("yuanling.registrar", "/api/v1/matters/" + id).read("$.ratingWindow.closesOn"))
                .isEqualTo(lastDay);

        clock.advanceDays(31);
        Answer late = api.get("yuanling.registrar", "/api/v1/matters/" + id);
        assertThat((Boolean) late.read("$.ratingWindow.lapsed")).isTrue();
        assertThat((List<String>) late.read("$.allowedActions")).doesNotContain("RECORD_EVALUATION");
        assertThat(page("yuanling.registrar", id)).contains("id=\"rating-lapsed\"", "超期未评价（评价期限截至 " + lastDay + "）");

        MatterCounts.PlaceOutcomes after = outcomes(id);
        assertThat(after.lapsed() - before.lapsed()).isEqualTo(1);
        assertThat(after.rated()).as("a lapse is not a rating").isEqualTo(before.rated());
        assertThat(after.satisfied()).isEqualTo(before.satisfied());

        Answer rating = api.post("yuanling.registrar", "/api/v1/matters/" + id + "/evaluation",
                "{\"version\":3,\"satisfaction\":\"SATISFIED\"}");
        assertThat(rating.status()).isEqualTo(409);
        assertThat((String) rating.read("$.detail")).contains("评价期限已过", lastDay, "超期未评价");
        Answer english = api.postInEnglish("yuanling.registrar", "/api/v1/matters/" + id + "/evaluation",
                "{\"version\":3,\"satisfaction\":\"SATISFIED\"}");
        assertThat((String) english.read("$.detail")).contains("rating period is over", lastDay);
    }

    @Test
    @DisplayName("closure verification (审核认定办结, art. 22 ¶1 item 3): a closure counts as concluded only once the petition office verified it")
    void aClosureCountsOnlyOnceThePetitionOfficeVerifiedIt() throws Exception {
        long id = repliedMatter();
        step("yuanling.registrar", id, "evaluation", "{\"version\":3,\"satisfaction\":\"SATISFIED\"}");
        MatterCounts.PlaceOutcomes before = outcomes(id);
        Answer closed = step("yuanling.registrar", id, "closure", "{\"version\":4}");
        assertThat((String) closed.read("$.state")).isEqualTo("CLOSED");
        assertThat((Boolean) closed.read("$.closure.verified")).isFalse();
        assertThat((List<String>) closed.read("$.allowedActions")).contains("VERIFY_CLOSURE");
        assertThat(page("yuanling.registrar", id)).contains("id=\"closure-pending\"", "form-verify_closure");
        MatterCounts.PlaceOutcomes pending = outcomes(id);
        assertThat(pending.concluded()).as("closed, not yet verified").isEqualTo(before.concluded());
        assertThat(pending.closedUnverified() - before.closedUnverified()).isEqualTo(1);

        clock.advanceDays(1);
        Answer verified = step("yuanling.registrar", id, "closure-verification", "{\"version\":5,\"note\":\"处理意见已送达\"}");
        assertThat((String) verified.read("$.state")).isEqualTo("CLOSED");
        assertThat((Boolean) verified.read("$.closure.verified")).isTrue();
        assertThat((String) verified.read("$.closure.verifiedOn")).isEqualTo(clock.today().toString());
        assertThat((String) verified.read("$.closure.verifiedBy")).isEqualTo("yuanling.registrar");
        assertThat((List<String>) verified.read("$.allowedActions")).doesNotContain("VERIFY_CLOSURE");
        assertThat(page("yuanling.registrar", id)).contains("id=\"closure-verified\"");
        MatterCounts.PlaceOutcomes after = outcomes(id);
        assertThat(after.concluded() - before.concluded()).isEqualTo(1);
        assertThat(after.closedUnverified()).isEqualTo(before.closedUnverified());

        Answer timeline = api.get("yuanling.registrar", "/api/v1/matters/" + id + "/timeline");
        assertThat((List<String>) timeline.read("$[*].type")).endsWith("CLOSED", "CLOSURE_VERIFIED");

        Answer again = api.post("yuanling.registrar", "/api/v1/matters/" + id + "/closure-verification", "{\"version\":6}");
        assertThat(again.status()).isEqualTo(409);
        assertThat((String) again.read("$.detail")).contains("已于 " + clock.today() + " 审核认定办结");
    }

    @Test
    @DisplayName("closure verification: only the petition office verifies; the handling body and the government's leader are refused")
    void whoeverIsNotOfThePetitionOfficeIsRefused() {
        long id = repliedMatter();
        step("yuanling.registrar", id, "closure", "{\"version\":3}");
        Answer handler = api.post("yuanling.housing", "/api/v1/matters/" + id + "/closure-verification", "{\"version\":4}");
        assertThat(handler.status()).isEqualTo(403);
        assertThat((String) handler.read("$.detail")).contains("审核认定办结须由信访部门");
        Answer leader = api.post("yuanling.leader", "/api/v1/matters/" + id + "/closure-verification", "{\"version\":4}");
        assertThat(leader.status()).isEqualTo(403);
        assertThat((String) leader.read("$.detail")).contains("审核认定办结须由信访部门");
        assertThat((List<String>) api.get("yuanling.leader", "/api/v1/matters/" + id).read("$.allowedActions"))
                .doesNotContain("VERIFY_CLOSURE");
        assertThat(jdbc.queryForObject("select closure_verified_on from matter where id = ?", LocalDate.class, id)).isNull();

        // the city's petition office, above the receiving one, may
        Answer city = step("city.registrar", id, "closure-verification", "{\"version\":4}");
        assertThat((Boolean) city.read("$.closure.verified")).isTrue();
    }

    /** A matter in Yuanling received on a day of its own, with its handling opinion given today (version 3). */
    private long repliedMatter() {
        String receivedOn = clock.today().minusDays(DAYS_BACK.getAndIncrement()).toString();
        long id = api.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION")
                        .replace("\"persons\":1,", "\"persons\":1,\"receivedOn\":\"" + receivedOn + "\",")).id();
        assertThat(jdbc.queryForObject("select received_on from matter where id = ?", LocalDate.class, id))
                .isEqualTo(LocalDate.parse(receivedOn));
        step("yuanling.registrar", id, "routing", "{\"version\":0,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222-HOUSING\"}");
        step("yuanling.housing", id, "acceptance", "{\"version\":1,\"outcome\":\"ACCEPTED\",\"leadUnitCode\":\"431222-HOUSING\"}");
        step("yuanling.leader", id, "opinion", "{\"version\":2,\"outcome\":\"PARTIALLY_SUPPORTED\",\"text\":\"补偿款下月发放。\"}");
        return id;
    }

    /** What the counts say of the matter's day and place. */
    private MatterCounts.PlaceOutcomes outcomes(long id) {
        LocalDate received = jdbc.queryForObject("select received_on from matter where id = ?", LocalDate.class, id);
        Long place = jdbc.queryForObject("select place_unit_id from matter where id = ?", Long.class, id);
        return counts.outcomes(received, received.plusDays(1)).stream().filter(o -> o.placeUnitId().equals(place))
                .findFirst().orElseThrow();
    }

    private String page(String username, long id) throws Exception {
        MvcResult r = mvc.perform(get("/matters/" + id).with(user(users.loadUserByUsername(username)))).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private Answer step(String user, long id, String action, String json) {
        Answer a = api.post(user, "/api/v1/matters/" + id + "/" + action, json);
        assertThat(a.status()).as("%s by %s: %s", action, user, a.body()).isEqualTo(200);
        return a;
    }
}
