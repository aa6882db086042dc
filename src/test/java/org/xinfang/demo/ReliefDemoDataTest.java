package org.xinfang.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.support.ApiClient;
import org.xinfang.support.MutableClock;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo city's relief fund (issue 13, item 2): in a year the history covers whole, the seed's budgets (1.5 million
 * yuan for the city, 8.2 million for its counties), its 635 petitioners relieved, 32 of them long-term petitioners, a
 * few referrals and reversals; and a ledger that balances: every movement sums to zero, and for every budget what it
 * still has plus what it paid is its appropriation, none overdrawn.
 */
@DemoDataTest
class ReliefDemoDataTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApiClient api;
    @Autowired
    MutableClock clock;

    @Test
    void aWholeYearHasTheSeedsBudgetsAndReliefAndTheLedgerBalances() {
        int year = clock.today().getYear() - 1;
        assertThat(jdbc.queryForObject("select amount from relief_budget b join unit u on u.id = b.unit_id where b.year = ?"
                + " and u.parent_id is null", BigDecimal.class, year)).isEqualByComparingTo("1500000.00");
        assertThat(jdbc.queryForObject("select sum(amount) from relief_budget b join unit u on u.id = b.unit_id where b.year = ?"
                + " and u.parent_id is not null", BigDecimal.class, year)).isEqualByComparingTo("8200000.00");

        ApiClient.Answer report = api.get("city.leader", "/api/v1/relief/report?year=" + year);
        assertThat((Integer) report.read("$.recipients")).as("the seed: 635 relieved a year").isEqualTo(635);
        assertThat((Integer) report.read("$.longTerm")).as("the seed: 32 of them petitioning for over five years").isEqualTo(32);
        assertThat(new BigDecimal(report.read("$.budgeted").toString())).isEqualByComparingTo("9700000.00");
        assertThat((List<String>) report.read("$.longTermRecipients[*].petitioner")).allMatch(n -> n.endsWith("某"));
        BigDecimal paid = new BigDecimal(report.read("$.paid").toString());
        assertThat(paid).as("mostly a few thousand yuan each").isBetween(new BigDecimal("1000000"), new BigDecimal("5000000"));
        assertThat(count("select count(*) from relief_application a join relief_budget b on b.id = a.budget_id"
                + " where b.year = ? and a.stage like 'REFERRED%'", year)).isBetween(30L, 90L);
        assertThat(count("select count(*) from relief_application a join relief_budget b on b.id = a.budget_id"
                + " where b.year = ? and a.stage = 'REVERSED'", year)).isBetween(3L, 8L);
        assertThat(count("select count(*) from relief_approval p join relief_application a on a.id = p.application_id"
                + " join relief_budget b on b.id = a.budget_id where b.year = ? and p.step = 'LEADER'", year))
                .as("some over the leader's threshold").isBetween(40L, 160L);

        // the ledger balances, everywhere and in every year
        assertThat(count("select count(*) from (select movement from relief_entry group by movement having sum(amount) <> 0) x"))
                .isZero();
        assertThat(count("""
                select count(*) from relief_budget b where
                  (select coalesce(sum(amount), 0) from relief_entry e where e.budget_id = b.id and e.account = 'FUND') <> -b.amount
                  or (select coalesce(sum(amount), 0) from relief_entry e where e.budget_id = b.id and e.account in ('AVAILABLE', 'PAID')) <> b.amount
                  or (select coalesce(sum(amount), 0) from relief_entry e where e.budget_id = b.id and e.account = 'AVAILABLE') < 0
                  or (select coalesce(sum(amount), 0) from relief_entry e where e.budget_id = b.id and e.account = 'PAID')
                     <> (select coalesce(sum(amount), 0) from relief_application a where a.budget_id = b.id and a.stage = 'PAID')""")
        ).as("budgets minus payments are the balances, none overdrawn").isZero();
        // each application names its matter's petitioner, on a matter of the budget's area
        assertThat(count("""
                select count(*) from relief_application a join relief_budget b on b.id = a.budget_id
                join matter m on m.id = a.matter_id join petitioner p on p.id = m.petitioner_id
                where p.name <> a.petitioner or m.responsible_path not like b.unit_path || '%'""")).isZero();
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
