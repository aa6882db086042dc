package org.xinfang.relief;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.xinfang.casework.MatterFacts;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.Concurrently;
import org.xinfang.support.IntegrationTest;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The relief fund (信访救助, issue 13, item 2): a budget opened by a leader; applications through handler → bureau head
 * → leader; payments that never overdraw the budget, even all approved at once; an append-only ledger whose
 * movements sum to zero and which the database itself refuses to change.
 */
@IntegrationTest
class ReliefFundApiTest {

    /** Each test opens a budget of its own year, since budgets are one per unit and year and the database is shared. */
    private static final AtomicInteger YEARS = new AtomicInteger(2100 + (int) (System.nanoTime() % 500));

    @Autowired
    ApiClient api;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MatterFacts facts;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    org.xinfang.intake.Petitioners petitioners;

    String ref;

    @BeforeEach
    void aMatter() {
        long matter = api.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION")).id();
        ref = api.get("yuanling.registrar", "/api/v1/matters/" + matter).read("$.referenceNo");
    }

    @Test
    void aSmallApplicationIsPaidByTheBureauHeadALargeOneNeedsALeaderAndTheLedgerBalances() {
        long budget = openBudget("20000.00");
        Answer small = apply(budget, "3000.50", null);
        assertThat(small.status()).as(small.body()).isEqualTo(201);
        assertThat((String) small.read("$.stage")).isEqualTo("SUBMITTED");
        // a leader may not approve before the bureau head
        Answer early = approve("yuanling.leader", small.id(), 0, "LEADER");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body()).contains("须按经办人→局长→领导的顺序审批");
        Answer paid = approve("yuanling.supervisor", small.id(), 0, "BUREAU_HEAD");
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        assertThat((String) paid.read("$.stage")).isEqualTo("PAID");

        Answer large = apply(budget, "8000", null);
        Answer headed = approve("yuanling.supervisor", large.id(), 0, "BUREAU_HEAD");
        assertThat((String) headed.read("$.stage")).isEqualTo("BUREAU_APPROVED");
        assertThat(approve("yuanling.supervisor", large.id(), 1, "LEADER").status()).isEqualTo(403);
        assertThat((String) approve("yuanling.leader", large.id(), 1, "LEADER").read("$.stage")).isEqualTo("PAID");

        assertBalances(budget, "8999.50", "11000.50");
        // a correction is a reversing movement, never an edit
        Answer reversed = api.post("yuanling.leader", "/api/v1/relief/applications/" + small.id() + "/reversal",
                "{\"reason\":\"重复申领，予以冲正\"}");
        assertThat(reversed.status()).as(reversed.body()).isEqualTo(200);
        assertThat(api.post("yuanling.leader", "/api/v1/relief/applications/" + small.id() + "/reversal",
                "{\"reason\":\"再次冲正\"}").status()).isEqualTo(409);
        assertBalances(budget, "12000.00", "8000.00");
        Answer report = api.get("yuanling.leader", "/api/v1/relief/budgets/" + budget + "/report");
        assertThat((Integer) report.read("$.payments")).isEqualTo(1);
        assertThat((Integer) report.read("$.recipients")).isEqualTo(1);
        assertThat(new BigDecimal(report.read("$.paid").toString())).isEqualByComparingTo("8000.00");
        assertThat(jdbc.queryForObject("select count(*) from relief_entry where budget_id = ?", Integer.class, budget))
                .isEqualTo(8);
        assertThat(jdbc.queryForObject("select count(*) from (select movement from relief_entry where budget_id = ? "
                + "group by movement having sum(amount) <> 0) x", Integer.class, budget)).isZero();
    }

    @Test
    void aReferralToSocialAssistanceEndsTheApplicationWithoutMoney() {
        long budget = openBudget("5000");
        Answer a = apply(budget, "1200", null);
        Answer referred = api.post("yuanling.supervisor", "/api/v1/relief/applications/" + a.id() + "/closing",
                "{\"version\":0,\"outcome\":\"REFERRED_SOCIAL_ASSISTANCE\",\"note\":\"符合最低生活保障条件，转民政部门\"}");
        assertThat(referred.status()).as(referred.body()).isEqualTo(200);
        assertThat((String) referred.read("$.stage")).isEqualTo("REFERRED_SOCIAL_ASSISTANCE");
        assertThat(approve("yuanling.supervisor", a.id(), 1, "BUREAU_HEAD").status()).isEqualTo(409);
        assertBalances(budget, "5000.00", "0.00");
    }

    @Test
    void badAmountsAreRefusedWithTheAmountsAndLeaveNothingBehind() {
        long budget = openBudget("1000");
        Answer negative = apply(budget, "-5", null);
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.body()).contains("-5").contains("须大于零");
        assertThat(apply(budget, "0", null).status()).isEqualTo(400);
        Answer fractional = apply(budget, "10.005", null);
        assertThat(fractional.status()).isEqualTo(400);
        assertThat(fractional.body()).contains("10.005");
        Answer over = apply(budget, "1000.01", null);
        assertThat(over.status()).isEqualTo(400);
        assertThat(over.body()).contains("1000.01").contains("1000.00");
        Answer english = api.postInEnglish("yuanling.registrar", "/api/v1/relief/applications", form(budget, "1500"));
        assertThat(english.body()).contains("exceeds the available balance of 1000.00 yuan in the budget");
        assertThat(api.post("yuanling.leader", "/api/v1/relief/budgets", "{\"year\":2099,\"amount\":-1}").status())
                .isEqualTo(400);
        Answer huge = api.post("yuanling.leader", "/api/v1/relief/budgets", "{\"year\":2099,\"amount\":1e20}");
        assertThat(huge.status()).as("more than the ledger holds: refused, not a 500").isEqualTo(400);
        assertThat(huge.body()).contains("小于一万亿元");
        assertThat(api.post("yuanling.registrar", "/api/v1/relief/applications", "{\"budgetId\":" + budget + "}")
                .status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("select count(*) from relief_application where budget_id = ?", Integer.class,
                budget)).isZero();
        // the same request key applies once
        Answer first = apply(budget, "100", "relief-key-" + budget);
        assertThat(apply(budget, "100", "relief-key-" + budget).id()).isEqualTo(first.id());
    }

    @Test
    void manyPaymentsApprovedAtOnceNeverOverdrawTheBudget() throws Exception {
        long budget = openBudget("1000.00");
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 16; i++) {
            ids.add(apply(budget, "100.00", null).id());
        }
        AtomicInteger next = new AtomicInteger();
        List<Answer> answers = Concurrently.run(16, () -> approve("yuanling.supervisor",
                ids.get(next.getAndIncrement()), 0, "BUREAU_HEAD"));
        assertThat(answers).filteredOn(a -> a.status() == 200).hasSize(10);
        assertThat(answers).filteredOn(a -> a.status() == 409).hasSize(6)
                .allSatisfy(a -> assertThat(a.body()).contains("100.00").contains("0.00"));
        assertBalances(budget, "0.00", "1000.00");
    }

    @Test
    void theDatabaseItselfRefusesToChangeOrRemoveALedgerEntry() {
        long budget = openBudget("300");
        assertThatThrownBy(() -> jdbc.update("update relief_entry set amount = amount * 2 where budget_id = ?", budget))
                .hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.update("delete from relief_entry where budget_id = ?", budget))
                .hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.update("""
                insert into relief_entry (movement, budget_id, account, amount, recorded_by, recorded_at)
                values (gen_random_uuid(), ?, 'PAID', 50, 'x', now())""", budget)).hasMessageContaining("sum to zero");
        assertBalances(budget, "300.00", "0.00");
    }

    @Test
    void theReportCountsTheLongTermPetitionersHelpedOnceWithTheirNamesMaskedForTheMaskedRoles() {
        long budget = openBudget("20000.00");
        long matterId = facts.byReference(ref).orElseThrow().matterId();
        MatterFacts.Petitioning who = facts.petitioning(List.of(matterId)).get(0);
        assertThat(who.since()).as("a new petitioner has petitioned since their first matter").isEqualTo(
                facts.of(matterId).orElseThrow().receivedOn());
        Answer first = apply(budget, "1200.00", null);
        approve("yuanling.supervisor", first.id(), 0, "BUREAU_HEAD");
        Answer report = api.get("yuanling.supervisor", "/api/v1/relief/budgets/" + budget + "/report");
        assertThat((Integer) report.read("$.longTerm")).as("petitioning for days only").isZero();

        // the registers before this system: petitioning since 2015; an earlier day is kept, a later one does not replace it
        petitioners.recordPetitioningSince(java.util.Map.of(who.petitionerId(), java.time.LocalDate.of(2015, 4, 1)));
        petitioners.recordPetitioningSince(java.util.Map.of(who.petitionerId(), java.time.LocalDate.of(2020, 1, 1)));
        assertThat(facts.petitioning(List.of(matterId)).get(0).since()).isEqualTo(java.time.LocalDate.of(2015, 4, 1));
        Answer second = apply(budget, "800.00", null);
        approve("yuanling.supervisor", second.id(), 0, "BUREAU_HEAD");
        report = api.get("yuanling.supervisor", "/api/v1/relief/budgets/" + budget + "/report");
        assertThat((Integer) report.read("$.recipients")).isEqualTo(1);
        assertThat((Integer) report.read("$.longTerm")).as("one petitioner, paid twice, counted once").isEqualTo(1);
        assertThat((String) report.read("$.longTermRecipients[0].petitioner")).isEqualTo("张某");
        assertThat((String) report.read("$.longTermRecipients[0].since")).isEqualTo("2015-04-01");
        assertThat((String) api.get("yuanling.registrar", "/api/v1/relief/budgets/" + budget + "/report")
                .read("$.longTermRecipients[0].petitioner")).isEqualTo("张桂兰");
        assertThat((String) api.get("yuanling.supervisor", "/api/v1/relief/applications/" + first.id()).read("$.petitioner"))
                .as("the application too").isEqualTo("张某");
        assertThat((String) api.get("yuanling.registrar", "/api/v1/relief/applications/" + first.id()).read("$.petitioner"))
                .isEqualTo("张桂兰");
        int year = jdbc.queryForObject("select year from relief_budget where id = ?", Integer.class, budget);
        Answer yearly = api.get("yuanling.leader", "/api/v1/relief/report?year=" + year);
        assertThat((Integer) yearly.read("$.longTerm")).isEqualTo(1);
        assertThat(new BigDecimal(yearly.read("$.budgeted").toString())).isEqualByComparingTo("20000.00");
    }

    @Test
    void aCountySeesAndPaysFromItsOwnBudgetOnlyAndTheCitySeesThemAll() throws Exception {
        int year = YEARS.incrementAndGet();
        long yuanling = budgetOf("yuanling.leader", year);
        long chenxi = budgetOf("chenxi.leader", year);
        long city = budgetOf("city.leader", year);
        assertThat(api.get("yuanling.supervisor", "/api/v1/relief/budgets/" + chenxi).status()).isEqualTo(404);
        assertThat(api.get("yuanling.supervisor", "/api/v1/relief/budgets/" + chenxi + "/ledger").status()).isEqualTo(404);
        assertThat(page("yuanling.supervisor", get("/relief/" + chenxi)).getStatus()).as("the page too").isEqualTo(404);
        assertThat(page("yuanling.supervisor", get("/relief")).getContentAsString(StandardCharsets.UTF_8)).contains("budget-" + yuanling, "budget-" + city)
                .doesNotContain("budget-" + chenxi);
        assertThat(api.get("yuanling.registrar", "/api/v1/relief/budgets").body()).doesNotContain("\"id\":" + chenxi + ",");
        // paying: the other county's budget is not there; the city's above is seen, not charged
        assertThat(apply(chenxi, "100.00", null).status()).isEqualTo(404);
        assertThat(page("yuanling.registrar", get("/relief/" + city)).getContentAsString(StandardCharsets.UTF_8))
                .as("the city's budget is read, with no form to charge it").contains("relief-ledger")
                .doesNotContain("form-application");
        Answer above = apply(city, "100.00", null);
        assertThat(above.status()).isEqualTo(403);
        assertThat(above.body()).contains("不属于您所在的单位");
        Answer ours = apply(yuanling, "100.00", null);
        assertThat(api.get("chenxi.supervisor", "/api/v1/relief/applications/" + ours.id()).status()).isEqualTo(404);
        assertThat(approve("chenxi.supervisor", ours.id(), 0, "BUREAU_HEAD").status()).isEqualTo(404);
        assertThat(page("chenxi.leader", post("/relief/applications/" + ours.id() + "/approval").with(csrf())
                .param("version", "0").param("step", "BUREAU_HEAD")).getStatus())
                .as("nor through the page's form").isEqualTo(404);
        assertThat((String) api.get("yuanling.registrar", "/api/v1/relief/applications/" + ours.id()).read("$.stage"))
                .isEqualTo("SUBMITTED");
        // the city sees them all
        for (long b : List.of(yuanling, chenxi, city)) {
            assertThat(api.get("city.supervisor", "/api/v1/relief/budgets/" + b).status()).isEqualTo(200);
        }
        assertThat(page("city.leader", get("/relief")).getContentAsString(StandardCharsets.UTF_8)).contains("budget-" + yuanling, "budget-" + chenxi, "budget-" + city);
    }

    /** A staff page as a browser asks for it. */
    private MockHttpServletResponse page(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(users.loadUserByUsername(user))).accept(MediaType.TEXT_HTML)).andReturn().getResponse();
    }

    private long budgetOf(String leader, int year) {
        Answer a = api.post(leader, "/api/v1/relief/budgets", "{\"year\":%d,\"amount\":1000.00}".formatted(year));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.id();
    }

    private long openBudget(String amount) {
        Answer a = api.post("yuanling.leader", "/api/v1/relief/budgets",
                "{\"year\":%d,\"amount\":%s}".formatted(YEARS.incrementAndGet(), amount));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.id();
    }

    private String form(long budget, String amount) {
        return "{\"budgetId\":%d,\"referenceNo\":\"%s\",\"petitioner\":\"张桂兰\",\"reason\":\"因病致贫，生活确有困难\",\"amount\":%s}"
                .formatted(budget, ref, amount);
    }

    private Answer apply(long budget, String amount, String key) {
        var request = MockMvcRequestBuilders.post("/api/v1/relief/applications");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return api.call("yuanling.registrar", request, form(budget, amount), "zh-CN");
    }

    private Answer approve(String who, long id, int version, String step) {
        return api.post(who, "/api/v1/relief/applications/" + id + "/approval",
                "{\"version\":%d,\"step\":\"%s\"}".formatted(version, step));
    }

    private void assertBalances(long budget, String available, String paid) {
        BigDecimal[] sums = jdbc.queryForObject("""
                select (select coalesce(sum(amount), 0) from relief_entry where budget_id = ? and account = 'AVAILABLE'),
                       (select coalesce(sum(amount), 0) from relief_entry where budget_id = ? and account = 'PAID')""",
                (rs, i) -> new BigDecimal[]{rs.getBigDecimal(1), rs.getBigDecimal(2)}, budget, budget);
        assertThat(sums[0]).isEqualByComparingTo(available);
        assertThat(sums[1]).isEqualByComparingTo(paid);
        Answer b = api.get("yuanling.leader", "/api/v1/relief/budgets/" + budget);
        assertThat(new BigDecimal(b.read("$.available").toString())).isEqualByComparingTo(available);
    }
}
