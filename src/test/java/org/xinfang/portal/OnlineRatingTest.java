package org.xinfang.portal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.xinfang.platform.sms.DemoSmsGateway;
import org.xinfang.platform.sms.SmsGateway;
import org.xinfang.support.ApiClient;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The petitioner rates online (2022 art. 21 ¶2: the information system lets the petitioner query and rate the
 * handling): both ratings on the portal's form, within the rating window; after it the matter is not rated in time.
 */
@IntegrationTest
class OnlineRatingTest {

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

    PortalVisitor petitioner;
    long id;

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

    @BeforeEach
    void submitOnline() throws Exception {
        petitioner = new PortalVisitor(mvc, (DemoSmsGateway) sms, OnlinePetitionTest.freshAddress());
        petitioner.verify(OnlinePetitionTest.freshPhone());
        petitioner.submit(PortalVisitor.petition("陈小梅", ApiClient.freshIdNumber(), "征收补偿款未兑现"));
        Matcher m = Pattern.compile("/portal/matters/(\\d+)").matcher(petitioner.get("/portal/receipt").body());
        assertThat(m.find()).isTrue();
        id = Long.parseLong(m.group(1));
        staff("yuanling.registrar", "routing", "{\"version\":" + version() + ",\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222-HOUSING\"}");
        staff("yuanling.housing", "acceptance", "{\"version\":" + version() + ",\"outcome\":\"ACCEPTED\",\"leadUnitCode\":\"431222-HOUSING\"}");
        staff("yuanling.leader", "opinion", "{\"version\":" + version() + ",\"outcome\":\"PARTIALLY_SUPPORTED\",\"text\":\"补偿款下月发放。\"}");
    }

    @Test
    @DisplayName("2022 art. 21 ¶2: the petitioner rates online both the handling body and the petition office, and sees both")
    void thePetitionerRatesBothOnline() throws Exception {
        String form = petitioner.get("/portal/matters/" + id).body();
        assertThat(form).contains("form-rating", "对有权处理机关（沅陵县住房和城乡建设局）办理工作的评价",
                "对信访部门（沅陵县信访局）工作的评价", "office-rating-DISSATISFIED",
                "请在 " + clock.today().plusDays(30) + " 前评价");

        petitioner.post("/portal/matters/" + id + "/rating", Map.of("version", version(), "satisfaction", "BASICALLY_SATISFIED",
                "comment", "补偿款已发放一半", "officeSatisfaction", "SATISFIED", "officeComment", "信访局转办及时"));
        assertThat(jdbc.queryForMap("select satisfaction, office_satisfaction, office_evaluation_comment from matter where id = ?", id))
                .containsEntry("satisfaction", "BASICALLY_SATISFIED").containsEntry("office_satisfaction", "SATISFIED")
                .containsEntry("office_evaluation_comment", "信访局转办及时");
        String page = petitioner.get("/portal/matters/" + id).body();
        assertThat(page).contains("id=\"notice-rating\"", "基本满意", "补偿款已发放一半", "id=\"notice-office-rating\"",
                "您对信访部门工作的评价 · 满意", "信访局转办及时");
        String timeline = api.get("yuanling.registrar", "/api/v1/matters/" + id + "/timeline").body();
        assertThat(timeline).contains("\"actor\":\"petitioner\"", "EVALUATED");
    }

    @Test
    @DisplayName("2022 art. 21 ¶2: a dissatisfied rating of the petition office online without its reason is refused and nothing is recorded")
    void aDissatisfiedOfficeRatingOnlineNeedsItsReason() throws Exception {
        PortalVisitor.Page refused = petitioner.post("/portal/matters/" + id + "/rating",
                Map.of("version", version(), "satisfaction", "SATISFIED", "officeSatisfaction", "DISSATISFIED"));
        assertThat(refused.body()).contains("对信访部门工作不满意的，请说明理由");
        assertThat(jdbc.queryForObject("select satisfaction from matter where id = ?", String.class, id)).isNull();
    }

    @Test
    @DisplayName("rating window: after it the portal offers no rating, says the matter is not rated in time, and refuses a late rating with the date")
    void afterTheWindowThePortalRefusesALateRating() throws Exception {
        String lastDay = clock.today().plusDays(30).toString();
        clock.advanceDays(31);
        String page = petitioner.get("/portal/matters/" + id).body();
        assertThat(page).doesNotContain("form-rating").contains("id=\"notice-rating-lapsed\"", "评价期限已于 " + lastDay + " 届满");
        PortalVisitor.Page late = petitioner.post("/portal/matters/" + id + "/rating",
                Map.of("version", version(), "satisfaction", "SATISFIED"));
        assertThat(late.body()).contains("评价期限已过", lastDay);
        assertThat(jdbc.queryForObject("select satisfaction from matter where id = ?", String.class, id)).isNull();
    }

    private void staff(String username, String step, String json) {
        ApiClient.Answer a = api.post(username, "/api/v1/matters/" + id + "/" + step, json);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
    }

    private String version() {
        return String.valueOf(jdbc.queryForObject("select version from matter where id = ?", Integer.class, id));
    }
}
