package org.xinfang.insight;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.xinfang.support.ApiClient;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;
import org.xinfang.territory.Territory;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * {@code GET /api/v1/insight/indicators}: the table for a unit and a period with the year-earlier figures; the caller's
 * own area and this year by default; another county's unit not found; wrong days refused naming the field, in Chinese
 * and in English; only for supervisors, leaders, analysts and administrators; no person in it.
 */
@IntegrationTest
class InsightApiTest {

    @Autowired
    ApiClient api;
    @Autowired
    NamedParameterJdbcTemplate jdbc;
    @Autowired
    Territory territory;
    @Autowired
    MutableClock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @BeforeEach
    void dataset() {
        IndicatorDataset.write(jdbc, territory);
    }

    @Test
    void theTableOfAUnitAndAPeriodWithTheYearEarlierFigures() {
        ApiClient.Answer answer = api.get("jingzhou.supervisor", "/api/v1/insight/indicators?unit=431229&from=2013-01-01&to=2013-12-31");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat((String) answer.read("$.unit.name")).isEqualTo("靖州苗族侗族自治县");
        assertThat((String) answer.read("$.yearEarlierFrom")).isEqualTo("2012-01-01");
        String items = "$.indicators[?(@.key == 'volume.items')]";
        assertThat((List<Object>) answer.read(items + ".name")).containsExactly("信访总量");
        assertThat((List<Number>) answer.read(items + ".value")).extracting(Number::intValue).containsExactly(5);
        assertThat((List<Number>) answer.read(items + ".yearEarlier")).extracting(Number::intValue).containsExactly(2);
        assertThat((List<Number>) answer.read(items + ".change")).extracting(Number::intValue).containsExactly(3);
        assertThat((List<Number>) answer.read(items + ".changePerCent")).extracting(Number::doubleValue).containsExactly(150.0);
        String satisfaction = "$.indicators[?(@.key == 'rate.satisfaction')]";
        assertThat((List<Object>) answer.read(satisfaction + ".unit")).containsExactly("PER_CENT");
        assertThat((List<Number>) answer.read(satisfaction + ".denominator")).extracting(Number::intValue).containsExactly(2);
        assertThat(answer.body()).as("figures only").doesNotContain("王建国", "idNumber", "phone");

        ApiClient.Answer english = api.call("city.analyst", org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/v1/insight/indicators?unit=431229&from=2013-01-01&to=2013-12-31"), null, "en");
        assertThat((List<Object>) english.read("$.indicators[?(@.key == 'rate.initial-resolution')].name"))
                .containsExactly("Initial-visit resolution rate (by persons)");
    }

    @Test
    void byDefaultTheCallersOwnAreaThisYearToDate() {
        ApiClient.Answer answer = api.get("jingzhou.supervisor", "/api/v1/insight/indicators");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat((String) answer.read("$.unit.code")).as("the bureau counts for its county").isEqualTo("431229");
        assertThat((String) answer.read("$.from")).isEqualTo(clock.today().withDayOfYear(1).toString());
        assertThat((String) answer.read("$.to")).isEqualTo(clock.today().toString());
    }

    @Test
    void anotherCountyIsNotFoundADepartmentIsRefusedAndOnlyTheBureausViewersRead() {
        assertThat(api.get("jingzhou.supervisor", "/api/v1/insight/indicators?unit=431230").status())
                .as("another county").isEqualTo(404);
        assertThat(api.get("jingzhou.supervisor", "/api/v1/insight/indicators?unit=431200").status())
                .as("the city above").isEqualTo(404);
        assertThat(api.get("jingzhou.supervisor", "/api/v1/insight/indicators?unit=NOPE").status()).isEqualTo(404);
        ApiClient.Answer department = api.get("city.analyst", "/api/v1/insight/indicators?unit=431229-HOUSING");
        assertThat(department.status()).isEqualTo(400);
        assertThat((List<Object>) department.read("$.errors[*].field")).containsExactly("unit");
        assertThat(api.get("jingzhou.registrar", "/api/v1/insight/indicators").status()).isEqualTo(403);
        assertThat(api.get("jingzhou.housing", "/api/v1/insight/indicators").status()).isEqualTo(403);
        assertThat(api.get("admin", "/api/v1/insight/indicators?unit=431230").status()).isEqualTo(200);
    }

    @Test
    void thePageIsForTheBureausViewersAndItsMenuEntryToo() throws Exception {
        var analyst = mvc.perform(get("/insight?unit=431229&from=2013-01-01&to=2013-12-31")
                .with(user(users.loadUserByUsername("city.analyst")))).andReturn().getResponse();
        assertThat(analyst.getStatus()).isEqualTo(200);
        assertThat(analyst.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"nav-insight\"",
                "id=\"indicator-volume.items\"", "信访总量");
        var registrar = mvc.perform(get("/insight").with(user(users.loadUserByUsername("jingzhou.registrar"))))
                .andReturn().getResponse();
        assertThat(registrar.getStatus()).isEqualTo(403);
        assertThat(registrar.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("id=\"nav-insight\"");
        var outside = mvc.perform(get("/insight?unit=431230").with(user(users.loadUserByUsername("jingzhou.supervisor"))))
                .andReturn().getResponse();
        assertThat(outside.getStatus()).isEqualTo(404);
    }

    @Test
    void wrongDaysAreRefusedNamingTheField() {
        ApiClient.Answer bad = api.get("city.analyst", "/api/v1/insight/indicators?from=2013-13-01");
        assertThat(bad.status()).isEqualTo(400);
        assertThat((List<Object>) bad.read("$.errors[*].field")).containsExactly("from");
        assertThat(bad.body()).contains("开始日期“2013-13-01”无效");
        ApiClient.Answer english = api.call("city.analyst", org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/v1/insight/indicators?to=yesterday"), null, "en");
        assertThat(english.status()).isEqualTo(400);
        assertThat((List<Object>) english.read("$.errors[*].field")).containsExactly("to");
        assertThat(english.body()).contains("The end date “yesterday” is not a date");
        ApiClient.Answer reversed = api.get("city.analyst", "/api/v1/insight/indicators?from=2013-06-30&to=2013-01-01");
        assertThat(reversed.status()).isEqualTo(400);
        assertThat((List<Object>) reversed.read("$.errors[*].field")).containsExactly("to");
        assertThat(reversed.body()).contains("开始日期 2013-06-30 晚于截止日期 2013-01-01");
    }

    /** Centuries of nothing are not computed (a dashboard of year 0 to 9999 was 120,000 months): one range for every view. */
    @Test
    void daysBeforeTheFirstYearOrAfterThisOneAreRefused() {
        ApiClient.Answer ancient = api.get("city.analyst", "/api/v1/insight/indicators?from=0000-01-01&to=2013-12-31");
        assertThat(ancient.status()).isEqualTo(400);
        assertThat((List<Object>) ancient.read("$.errors[*].field")).containsExactly("from");
        assertThat(ancient.body()).contains("不在可统计的范围内", "2000-01-01");
        ApiClient.Answer future = api.get("city.analyst", "/api/v1/insight/dashboard?from=2013-01-01&to=9999-12-31");
        assertThat(future.status()).isEqualTo(400);
        assertThat((List<Object>) future.read("$.errors[*].field")).containsExactly("to");
        ApiClient.Answer year = api.get("city.analyst", "/api/v1/insight/reports/annual?year=1000");
        assertThat(year.status()).isEqualTo(400);
        assertThat(year.body()).contains("早于可统计的首年", "2000");
        ApiClient.Answer month = api.get("city.analyst", "/api/v1/insight/reports/bulletin?month=0000-01");
        assertThat(month.status()).isEqualTo(400);
        assertThat(month.body()).contains("早于可统计的首月", "2000-01");
    }
}
