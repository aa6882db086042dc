package org.xinfang.coordination;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.xinfang.insight.IndicatorSection;
import org.xinfang.insight.IndicatorTable;
import org.xinfang.insight.Indicators;
import org.xinfang.support.ApiClient;
import org.xinfang.support.IntegrationTest;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.insight.IndicatorTable.value;

/**
 * Coordination's indicators in insight's table, on rows of its own written straight into its tables in 2010 and 2011,
 * which no other test uses, in 靖州 (431229, township A 431229001) and one of each in 通道 (431230), which 靖州 must not
 * count. Negative ids; the leaders "w14.*" exist nowhere else. The rows name four matters registered in 靖州 (held by
 * its petition office) and one in 通道; a package case is the matter's own (who holds it since when, and whether the
 * procedure concluded it), so those columns of the five matters are set straight, as years of handling would have
 * left them. The right answers are worked out by hand in each test.
 */
@IntegrationTest
class CoordinationIndicatorsTest {

    @Autowired
    Indicators indicators;
    @Autowired
    NamedParameterJdbcTemplate jdbc;
    @Autowired
    Territory territory;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApiClient api;

    /** The matters of the dataset, registered once for the class. */
    static List<Long> here;
    static Long there;

    StaffPrincipal analyst;
    UnitView county;
    UnitView townshipA;
    UnitView other;

    @BeforeEach
    void dataset() {
        analyst = (StaffPrincipal) users.loadUserByUsername("city.analyst");
        county = territory.unitByCode("431229").orElseThrow();
        townshipA = territory.unitByCode("431229001").orElseThrow();
        other = territory.unitByCode("431230").orElseThrow();
        if (here != null) {
            return;
        }
        here = IndicatorTable.register(api, "jingzhou.registrar", "431229001001", 4);
        there = IndicatorTable.register(api, "tongdao.registrar", "431230001001", 1).get(0);
        packageCases();
        backlog();
        receptions();
        notices();
    }

    private Map<String, Indicators.Row> table(String unit, String from, String to) {
        return IndicatorTable.of(indicators, analyst, unit, from, to);
    }

    @Test
    void packageCasesByLevelCountInThePeriodTheLeaderTookThemVisitedByTheHolderAndResolvedWhenConcluded() {
        var t = table("431229", "2011-01-01", "2011-12-31");
        // 2011 in 靖州: p1 (city, visited by its holder, closed), p2 (county, visited by an earlier holder only, still
        // registered), p3 (county, taken on 31 December, closed, no visit)
        assertThat(value(t, "package.total")).isEqualByComparingTo("3");
        assertThat(value(t, "package.visited")).as("p1 only: p2's visit was not its holder's").isEqualByComparingTo("1");
        assertThat(value(t, "package.resolved")).as("p1, p3 closed; p2 is not concluded").isEqualByComparingTo("2");
        assertThat(value(t, "package.CITY.total")).isEqualByComparingTo("1");
        assertThat(value(t, "package.CITY.visited")).isEqualByComparingTo("1");
        assertThat(value(t, "package.CITY.resolved")).isEqualByComparingTo("1");
        assertThat(value(t, "package.COUNTY.total")).isEqualByComparingTo("2");
        assertThat(value(t, "package.COUNTY.visited")).isEqualByComparingTo("0");
        assertThat(value(t, "package.COUNTY.resolved")).isEqualByComparingTo("1");
        assertThat(value(t, "package.TOWNSHIP.total")).as("p4 was taken in 2010").isEqualByComparingTo("0");
        assertThat(value(t, "package.VILLAGE.total")).isEqualByComparingTo("0");
        // 2010: p4 (township, visited, closed) → total 1 → 3, +2, +200%; visited 1 → 1, no change
        Indicators.Row total = t.get("package.total");
        assertThat(total.yearEarlier().value()).isEqualByComparingTo("1");
        assertThat(total.change()).isEqualByComparingTo("2");
        assertThat(total.changePerCent()).isEqualByComparingTo("200.0");
        assertThat(t.get("package.visited").change()).isEqualByComparingTo("0");
        assertThat(t.get("package.TOWNSHIP.total").yearEarlier().value()).isEqualByComparingTo("1");
        assertThat(t.get("package.total").indicator().section()).isEqualTo(IndicatorSection.PACKAGE_CASES);
        // p5 in 通道 (city level, 2011) is not 靖州's; the city has both p1 and p5 at city level
        assertThat(value(table("431230", "2011-01-01", "2011-12-31"), "package.CITY.total")).isEqualByComparingTo("1");
        assertThat(value(table("431200", "2011-01-01", "2011-12-31"), "package.CITY.total"))
                .isGreaterThanOrEqualTo(new BigDecimal("2"));
        // the period counts by the day taken: the first half of 2011 has p1, p2 only
        assertThat(value(table("431229", "2011-01-01", "2011-06-30"), "package.total")).isEqualByComparingTo("2");
    }

    @Test
    void theBacklogCountsTheCasesOnTheRegisterInThePeriodAndThoseSettledInIt() {
        var t = table("431229", "2011-01-01", "2011-12-31");
        // on the register in 2011: b1 (2010 → Feb 2011), b2 (May 2011 → 2012), b5 (Jul → Sep 2011); b3 settled in 2010
        assertThat(value(t, "backlog.total")).isEqualByComparingTo("3");
        // settled in 2011: b1, b5
        assertThat(value(t, "backlog.resolved")).isEqualByComparingTo("2");
        // 2010: on the register b3 (2009 → Jun 2010) and b1; settled b3 → 2 and 1
        assertThat(t.get("backlog.total").yearEarlier().value()).isEqualByComparingTo("2");
        assertThat(t.get("backlog.total").changePerCent()).as("+1 on 2").isEqualByComparingTo("50.0");
        assertThat(t.get("backlog.resolved").yearEarlier().value()).isEqualByComparingTo("1");
        assertThat(t.get("backlog.resolved").changePerCent()).isEqualByComparingTo("100.0");
        // b4 is 通道's
        assertThat(value(table("431230", "2011-01-01", "2011-12-31"), "backlog.resolved")).isEqualByComparingTo("1");
        // the first quarter of 2011: b1 on the register and settled; b2, b5 not yet registered
        var q1 = table("431229", "2011-01-01", "2011-03-31");
        assertThat(value(q1, "backlog.total")).isEqualByComparingTo("1");
        assertThat(value(q1, "backlog.resolved")).isEqualByComparingTo("1");
    }

    @Test
    void leaderReceptionsCountTheBatchesAndPersonsReceivedAtReceptionsHeldInThePeriod() {
        var t = table("431229", "2011-01-01", "2011-12-31");
        // r1 (the county, two visits of 3 and 1) and r2 (township A, one of 5); r3 is of 2010, r4 通道's
        assertThat(value(t, "receptions.leader")).isEqualByComparingTo("3");
        assertThat(value(t, "receptions.leader.persons")).as("3 + 1 + 5").isEqualByComparingTo("9");
        // 2010: r3, one visit of 2
        assertThat(t.get("receptions.leader").yearEarlier().value()).isEqualByComparingTo("1");
        assertThat(t.get("receptions.leader.persons").change()).isEqualByComparingTo("7");
        assertThat(t.get("receptions.leader.persons").changePerCent()).as("7 on 2").isEqualByComparingTo("350.0");
        // township A: r2 only
        assertThat(value(table("431229001", "2011-01-01", "2011-12-31"), "receptions.leader.persons"))
                .isEqualByComparingTo("5");
        assertThat(value(table("431230", "2011-01-01", "2011-12-31"), "receptions.leader.persons"))
                .as("r4's 7").isEqualByComparingTo("7");
    }

    @Test
    void supervisionNoticesCountThoseIssuedInThePeriodToTheBodiesOfTheSubtree() {
        var t = table("431229", "2011-01-01", "2011-12-31");
        // n1 (to township A, March) and n2 (to the county, August); n3 is of 2010, n4 to 通道
        assertThat(value(t, "supervision.notices")).isEqualByComparingTo("2");
        assertThat(t.get("supervision.notices").yearEarlier().value()).isEqualByComparingTo("1");
        assertThat(value(table("431229001", "2011-01-01", "2011-12-31"), "supervision.notices")).as("n1")
                .isEqualByComparingTo("1");
        assertThat(value(table("431230", "2011-01-01", "2011-12-31"), "supervision.notices")).as("n4")
                .isEqualByComparingTo("1");
    }

    // --- the dataset

    private void packageCases() {
        hold(here.get(0), "w14.city", "CITY", "2011-02-01", true);
        visit(-14101, here.get(0), "w14.city", "CITY", "2011-02-15");
        hold(here.get(1), "w14.county", "COUNTY", "2011-03-01", false);
        visit(-14102, here.get(1), "w14.before", "COUNTY", "2011-03-10");
        hold(here.get(2), "w14.county", "COUNTY", "2011-12-31", true);
        hold(here.get(3), "w14.township", "TOWNSHIP", "2010-05-01", true);
        visit(-14103, here.get(3), "w14.township", "TOWNSHIP", "2010-05-20");
        hold(there, "w14.city", "CITY", "2011-04-01", true);
    }

    private void hold(Long matter, String leader, String level, String on, boolean closed) {
        jdbc.update("""
                update matter set package_leader = :leader, package_level = :level, packaged_on = :on,
                       state = case when :closed then 'CLOSED' else state end
                 where id = :id""", new MapSqlParameterSource("id", matter).addValue("leader", leader)
                .addValue("level", level).addValue("on", LocalDate.parse(on)).addValue("closed", closed));
    }

    private void visit(long id, Long matter, String leader, String level, String on) {
        jdbc.update("""
                insert into package_activity (id, matter_id, leader, level, kind, held_on, note, people_met, recorded_by,
                                              recorded_at)
                values (:id, :matter, :leader, :level, 'VISIT', :on, '接访', '信访人', :leader, :at)
                on conflict do nothing""", new MapSqlParameterSource("id", id).addValue("matter", matter)
                .addValue("leader", leader).addValue("level", level).addValue("on", LocalDate.parse(on))
                .addValue("at", Timestamp.from(Instant.parse(on + "T09:00:00Z"))));
    }

    private void backlog() {
        backlogCase(-14201, here.get(0), county, "2010-03-01", "2011-02-01");
        backlogCase(-14202, here.get(1), county, "2011-05-01", "2012-01-15");
        backlogCase(-14203, here.get(2), county, "2009-01-01", "2010-06-01");
        backlogCase(-14205, here.get(3), county, "2011-07-01", "2011-09-01");
        backlogCase(-14204, there, other, "2011-01-10", "2011-03-01");
    }

    private void backlogCase(long id, Long matter, UnitView holder, String registered, String settled) {
        jdbc.update("""
                insert into backlog_case (id, matter_id, leader, target_on, plan, registered_by, registered_on, settled_on,
                                          settlement, settled_by, holder_path)
                values (:id, :matter, 'w14.leader', :settled, '方案', 'w14.registrar', :registered, :settled, '案结事了',
                        'w14.leader', :path)
                on conflict do nothing""", new MapSqlParameterSource("id", id).addValue("matter", matter)
                .addValue("registered", LocalDate.parse(registered)).addValue("settled", LocalDate.parse(settled))
                .addValue("path", holder.path()));
    }

    private void receptions() {
        reception(-14301, county, "2011-04-04", 3, 1);
        reception(-14302, townshipA, "2011-06-06", 5);
        reception(-14303, county, "2010-04-05", 2);
        reception(-14304, other, "2011-04-04", 7);
    }

    private void reception(long id, UnitView unit, String on, int... persons) {
        int done = jdbc.update("""
                insert into reception (id, kind, unit_id, unit_path, held_on, starts_at, place, leader, leader_level,
                                       created_by, created_at)
                values (:id, 'OPEN_DAY', :unit, :path, :on, '09:00', '接待中心', 'w14.leader', 'COUNTY', 'w14.registrar', now())
                on conflict do nothing""", new MapSqlParameterSource("id", id).addValue("unit", unit.id())
                .addValue("path", unit.path()).addValue("on", LocalDate.parse(on)));
        for (int i = 0; done > 0 && i < persons.length; i++) {
            jdbc.update("""
                    insert into reception_visit (id, reception_id, persons, petitioner, subject, outcome, leader_met,
                                                 petitioner_met, unit_met, office_met, petitioner_agreed, unit_agreed,
                                                 recorded_by, recorded_at)
                    values (:visit, :id, :persons, '某', '事由', '已答复', true, true, true, true, true, true, 'w14.registrar', now())""",
                    new MapSqlParameterSource("visit", id * 10 - i).addValue("id", id).addValue("persons", persons[i]));
        }
    }

    private void notices() {
        notice(-14401, here.get(0), townshipA, "2011-03-03");
        notice(-14402, here.get(0), county, "2011-08-08");
        notice(-14403, here.get(0), county, "2010-05-05");
        notice(-14404, here.get(0), other, "2011-04-04");
    }

    private void notice(long seq, Long matter, UnitView to, String on) {
        LocalDate day = LocalDate.parse(on);
        // answered, so that no reminder or escalation ever picks it up
        jdbc.update("""
                insert into supervision_notice (matter_id, matter_seq, unit_id, unit_path, issued_on, answer_due_on, answer,
                                                answered_on, answered_by)
                values (:matter, :seq, :unit, :path, :on, :due, '已办理', :due, 'w14.handler')
                on conflict do nothing""", new MapSqlParameterSource("matter", matter).addValue("seq", seq)
                .addValue("unit", to.id()).addValue("path", to.path()).addValue("on", day).addValue("due", day.plusDays(10)));
    }
}
