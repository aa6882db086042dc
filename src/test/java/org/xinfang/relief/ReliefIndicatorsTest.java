package org.xinfang.relief;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.xinfang.insight.IndicatorTable;
import org.xinfang.insight.IndicatorUnit;
import org.xinfang.insight.Indicators;
import org.xinfang.insight.Measure;
import org.xinfang.support.IntegrationTest;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.insight.IndicatorTable.value;

/**
 * Relief's indicators in insight's table, on budgets, applications and ledger entries written straight into its
 * tables in 2010 and 2011 (no other test's years; negative ids; matters −1 … −7 are no matter), the times in the
 * configured zone (Asia/Shanghai):
 * <ul>
 *   <li>a1: 靖州's 2011 budget pays 甲 (matter −1) 1,000.00 on 2011-03-01;</li>
 *   <li>a2: and 甲 again, for the same matter, 500.50 on 2011-06-01;</li>
 *   <li>a3: 乙 (−2) 2,000.00 on 2011-07-01, the payment reversed (a correction);</li>
 *   <li>a4: 丙 (−3) 300.00 at 23:30 on 31 December 2011;</li>
 *   <li>a5: 戊 (−5) 100.00 at 00:10 on 1 January 2011 (still 2010 in UTC);</li>
 *   <li>a6: 靖州's 2010 budget pays 丁 (−4) 800.00 on 2010-05-05;</li>
 *   <li>a7: 通道's 2011 budget pays 己 (−7) 5,000.00 on 2011-04-04.</li>
 * </ul>
 */
@IntegrationTest
class ReliefIndicatorsTest {

    @Autowired
    Indicators indicators;
    @Autowired
    NamedParameterJdbcTemplate jdbc;
    @Autowired
    Territory territory;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;

    StaffPrincipal analyst;

    @BeforeEach
    void dataset() {
        analyst = (StaffPrincipal) users.loadUserByUsername("city.analyst");
        UnitView county = territory.unitByCode("431229").orElseThrow();
        UnitView other = territory.unitByCode("431230").orElseThrow();
        budget(-14801, county, 2011);
        budget(-14802, county, 2010);
        budget(-14803, other, 2011);
        paid(-14811, -14801, -1, "甲", "1000.00", "2011-03-01T10:00", false);
        paid(-14812, -14801, -1, "甲", "500.50", "2011-06-01T10:00", false);
        paid(-14813, -14801, -2, "乙", "2000.00", "2011-07-01T10:00", true);
        paid(-14814, -14801, -3, "丙", "300.00", "2011-12-31T23:30", false);
        paid(-14815, -14801, -5, "戊", "100.00", "2011-01-01T00:10", false);
        paid(-14816, -14802, -4, "丁", "800.00", "2010-05-05T10:00", false);
        paid(-14817, -14803, -7, "己", "5000.00", "2011-04-04T10:00", false);
    }

    private Map<String, Indicators.Row> table(String unit, String from, String to) {
        return IndicatorTable.of(indicators, analyst, unit, from, to);
    }

    @Test
    void recipientsAreThePetitionersPaidOncePerMatterAndTheAmountTheSumPaidNotReversed() {
        var t = table("431229", "2011-01-01", "2011-12-31");
        // paid in 2011 and not reversed: 甲 (twice, one matter), 丙, 戊 → 3 persons; 乙's payment was reversed
        assertThat(value(t, "relief.recipients")).isEqualByComparingTo("3");
        // 1,000.00 + 500.50 + 300.00 + 100.00
        assertThat(t.get("relief.amount").value()).isEqualTo(new Measure(new BigDecimal("1900.50"), 1901, null));
        assertThat(t.get("relief.amount").indicator().unit()).isEqualTo(IndicatorUnit.YUAN);
        // 2010: 丁, 800.00 (戊's payment at 00:10 on 1 January 2011 is 2011's in the configured zone)
        assertThat(t.get("relief.recipients").yearEarlier().value()).isEqualByComparingTo("1");
        assertThat(t.get("relief.amount").yearEarlier().value()).isEqualByComparingTo("800.00");
        // +1,100.50 on 800.00 → 137.5625% → 137.6
        assertThat(t.get("relief.amount").change()).isEqualByComparingTo("1100.50");
        assertThat(t.get("relief.amount").changePerCent()).isEqualByComparingTo("137.6");
    }

    @Test
    void theDayPaidCountsInTheConfiguredZoneAndAnotherCountysBudgetIsNotCounted() {
        // 丙 at 23:30 on 31 December 2011 is not 2012's
        assertThat(value(table("431229", "2012-01-01", "2012-01-31"), "relief.amount")).isEqualByComparingTo("0");
        assertThat(value(table("431229", "2011-12-31", "2011-12-31"), "relief.amount")).isEqualByComparingTo("300.00");
        var there = table("431230", "2011-01-01", "2011-12-31");
        assertThat(value(there, "relief.recipients")).as("己").isEqualByComparingTo("1");
        assertThat(value(there, "relief.amount")).isEqualByComparingTo("5000.00");
    }

    private void budget(long id, UnitView unit, int year) {
        jdbc.update("""
                insert into relief_budget (id, unit_id, unit_path, year, amount, created_by)
                values (:id, :unit, :path, :year, 100000, 'w14.admin') on conflict do nothing""",
                new MapSqlParameterSource("id", id).addValue("unit", unit.id()).addValue("path", unit.path())
                        .addValue("year", year));
    }

    private void paid(long id, long budget, long matter, String petitioner, String amount, String at, boolean reversed) {
        Timestamp when = Timestamp.from(LocalDateTime.parse(at).atZone(clock.getZone()).toInstant());
        int done = jdbc.update("""
                insert into relief_application (id, budget_id, matter_id, petitioner, reason, amount, stage, applied_by, applied_at)
                values (:id, :budget, :matter, :petitioner, '生活困难', :amount, :stage, 'w14.handler', :at)
                on conflict do nothing""", new MapSqlParameterSource("id", id).addValue("budget", budget)
                .addValue("matter", matter).addValue("petitioner", petitioner).addValue("amount", new BigDecimal(amount))
                .addValue("stage", reversed ? "REVERSED" : "PAID").addValue("at", when));
        if (done == 0) {
            return;
        }
        UUID payment = UUID.randomUUID();
        move(payment, budget, id, "AVAILABLE", "PAID", amount, null, when);
        if (reversed) {
            move(UUID.randomUUID(), budget, id, "PAID", "AVAILABLE", amount, payment, new Timestamp(when.getTime() + 3_600_000));
        }
    }

    /** One balanced movement: both entries in one statement, as the ledger's trigger checks each movement sums to zero. */
    private void move(UUID movement, long budget, long application, String from, String to, String amount, UUID reverses,
                      Timestamp at) {
        jdbc.update("""
                insert into relief_entry (movement, budget_id, application_id, account, amount, reverses, recorded_by, recorded_at)
                values (:m, :budget, :app, :from, -:amount, :reverses, 'w14.handler', :at),
                       (:m, :budget, :app, :to, :amount, :reverses, 'w14.handler', :at)""",
                new MapSqlParameterSource("m", movement).addValue("budget", budget).addValue("app", application)
                        .addValue("from", from).addValue("to", to).addValue("amount", new BigDecimal(amount))
                        .addValue("reverses", reverses).addValue("at", at));
    }
}
