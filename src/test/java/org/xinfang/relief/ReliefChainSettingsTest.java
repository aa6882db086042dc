package org.xinfang.relief;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinfang.casework.Casework;
import org.xinfang.casework.MatterFacts;
import org.xinfang.support.ApiClient;
import org.xinfang.support.IntegrationTest;
import org.xinfang.territory.AdministrativeLevel;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.Territory;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The approval chain set per level of the paying unit (issue 13, item 2): xinfang.relief.leader-threshold binds per
 * level, and a county set to 1,000 yuan sends a 2,000 yuan application on to a leader after the bureau head, while
 * the city, not set, pays it at the bureau head's step (5,000 yuan).
 */
@IntegrationTest
class ReliefChainSettingsTest {

    @Autowired
    MatterFacts facts;
    @Autowired
    Casework casework;
    @Autowired
    NamedParameterJdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    Territory territory;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApiClient api;
    @Autowired
    ReliefFund configured;

    @Test
    void theSettingsBindPerLevelAndNoneSetKeepsTheRulesThreshold() {
        ReliefSettings set = new Binder(new MapConfigurationPropertySource(Map.of(
                "xinfang.relief.leader-threshold.COUNTY", "1000.00"))).bind("xinfang.relief", ReliefSettings.class).get();
        assertThat(set.leaderThreshold()).containsEntry(AdministrativeLevel.COUNTY, new BigDecimal("1000.00")).hasSize(1);
        Long yuanling = territory.unitByCode("431222").orElseThrow().id();
        assertThat(configured.leaderThreshold(yuanling)).as("the application's settings set none")
                .isEqualByComparingTo("5000.00");
    }

    @Test
    void aCountySetLowerSendsASmallerAmountOnToALeader() {
        ReliefFund fund = new ReliefFund(facts, casework, jdbc, clock, territory,
                new ReliefSettings(Map.of(AdministrativeLevel.COUNTY, new BigDecimal("1000.00"))));
        int year = 3000 + (int) (System.nanoTime() % 900);
        long matter = api.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION")).id();
        String ref = api.get("yuanling.registrar", "/api/v1/matters/" + matter).read("$.referenceNo");
        ReliefFund.Budget budget = tx.execute(s -> fund.openBudget(staff("yuanling.leader"), year, new BigDecimal("9000.00")));
        assertThat(fund.leaderThreshold(budget.unitId())).isEqualByComparingTo("1000.00");
        ReliefFund.Application a = tx.execute(s -> fund.apply(staff("yuanling.registrar"), budget.id(), ref, "向红梅",
                "因病致贫", new BigDecimal("2000.00"), null));
        ReliefFund.Application headed = tx.execute(s -> fund.approve(staff("yuanling.supervisor"), a.id(), 0, "BUREAU_HEAD"));
        assertThat(headed.stage()).as("over the county's 1,000 yuan: a leader approves last").isEqualTo(ReliefStage.BUREAU_APPROVED);
        assertThat(tx.execute(s -> fund.approve(staff("yuanling.leader"), a.id(), 1, "LEADER")).stage()).isEqualTo(ReliefStage.PAID);
        Long city = territory.root().orElseThrow().id();
        assertThat(fund.leaderThreshold(city)).as("the city, not set").isEqualByComparingTo("5000.00");
    }

    private StaffPrincipal staff(String username) {
        return (StaffPrincipal) users.loadUserByUsername(username);
    }
}
