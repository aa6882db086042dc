package org.xinfang.mediation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.xinfang.insight.IndicatorTable;
import org.xinfang.insight.Indicators;
import org.xinfang.support.ApiClient;
import org.xinfang.support.IntegrationTest;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.insight.IndicatorTable.value;

/**
 * Mediation's indicators in insight's table, on sessions and agreements written straight into its tables in 2010 and
 * 2011 (no other test's years; negative ids) on matters A–D registered in 靖州 (431229) and E in 通道 (431230):
 * <ul>
 *   <li>A: a failed session on 2010-11-01; an agreed one on 2011-02-01, in force 2011-02-10;</li>
 *   <li>B: agreed 2011-03-01 (in force 03-05) and again 2011-05-01 (in force 05-05): settled once, by the first;</li>
 *   <li>C: agreed 2011-12-20, the agreement in force only on 2012-01-05;</li>
 *   <li>D: agreed 2010-06-01 (in force 06-02) and again 2011-04-01 (in force 04-03): settled in 2010;</li>
 *   <li>E (通道): agreed 2011-06-01, in force 06-02.</li>
 * </ul>
 */
@IntegrationTest
class MediationFiguresTest {

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
    @Autowired
    Mediations mediations;

    /** Written once for the class. */
    static boolean written;

    StaffPrincipal analyst;

    @BeforeEach
    void dataset() {
        analyst = (StaffPrincipal) users.loadUserByUsername("city.analyst");
        UnitView county = territory.unitByCode("431229").orElseThrow();
        UnitView other = territory.unitByCode("431230").orElseThrow();
        if (written) {
            return;
        }
        written = true;
        List<Long> m = IndicatorTable.register(api, "jingzhou.registrar", "431229001001", 4);
        Long e = IndicatorTable.register(api, "tongdao.registrar", "431230001001", 1).get(0);
        session(-14501, m.get(0), county, "2010-11-01", "FAILED", null);
        session(-14502, m.get(0), county, "2011-02-01", "AGREED", "2011-02-10");
        session(-14503, m.get(1), county, "2011-03-01", "AGREED", "2011-03-05");
        session(-14504, m.get(1), county, "2011-05-01", "AGREED", "2011-05-05");
        session(-14505, m.get(2), county, "2011-12-20", "AGREED", "2012-01-05");
        session(-14506, m.get(3), county, "2010-06-01", "AGREED", "2010-06-02");
        session(-14507, m.get(3), county, "2011-04-01", "AGREED", "2011-04-03");
        session(-14508, e, other, "2011-06-01", "AGREED", "2011-06-02");
        // as signing does when an agreement takes effect
        mediations.settle(List.of(m.get(0), m.get(1), m.get(2), m.get(3), e));
    }

    private Map<String, Indicators.Row> table(String unit, String from, String to) {
        return IndicatorTable.of(indicators, analyst, unit, from, to);
    }

    @Test
    void aMatterIsSettledOnceInThePeriodItsFirstAgreementTookEffect() {
        var t = table("431229", "2011-01-01", "2011-12-31");
        // A (in force 2011-02-10) and B (first in force 2011-03-05); C only in 2012; D was settled in 2010
        assertThat(value(t, "mediation.settled")).isEqualByComparingTo("2");
        // 2010: D → 1 → 2, +1, +100%
        assertThat(t.get("mediation.settled").yearEarlier().value()).isEqualByComparingTo("1");
        assertThat(t.get("mediation.settled").changePerCent()).isEqualByComparingTo("100.0");
        // C counts in 2012, when its agreement took effect
        assertThat(value(table("431229", "2012-01-01", "2012-12-31"), "mediation.settled")).isEqualByComparingTo("1");
    }

    @Test
    void theMattersMediatedAreThoseWithASessionInThePeriodEachOnce() {
        var t = table("431229", "2011-01-01", "2011-12-31");
        // sessions in 2011: A, B (twice), C, D → 4 matters
        assertThat(value(t, "mediation.total")).isEqualByComparingTo("4");
        // 2010: A (failed), D → 2
        assertThat(t.get("mediation.total").yearEarlier().value()).isEqualByComparingTo("2");
        assertThat(t.get("mediation.total").change()).isEqualByComparingTo("2");
    }

    @Test
    void anotherCountysMattersAreNotCounted() {
        // E is 通道's; the city counts 靖州's and 通道's
        var there = table("431230", "2011-01-01", "2011-12-31");
        assertThat(value(there, "mediation.settled")).isEqualByComparingTo("1");
        assertThat(value(there, "mediation.total")).isEqualByComparingTo("1");
        assertThat(value(table("431200", "2011-01-01", "2011-12-31"), "mediation.settled")).isGreaterThanOrEqualTo(
                value(table("431229", "2011-01-01", "2011-12-31"), "mediation.settled").add(value(there, "mediation.settled")));
    }

    private void session(long id, Long matter, UnitView holder, String held, String outcome, String effective) {
        int done = jdbc.update("""
                insert into mediation_session (id, matter_id, kind, parties, organization, mediator, held_on, place, outcome,
                                               recorded_by, recorded_at, holder_path)
                values (:id, :matter, 'PEOPLES', array['甲方', '乙方'], '调解委员会', '调解员', :held, '调解室', :outcome,
                        'w14.mediator', now(), :path)
                on conflict do nothing""", new MapSqlParameterSource("id", id).addValue("matter", matter)
                .addValue("held", LocalDate.parse(held)).addValue("outcome", outcome).addValue("path", holder.path()));
        if (done > 0 && effective != null) {
            jdbc.update("""
                    insert into mediation_agreement (id, session_id, kind, terms, made_on, effective_on, recorded_by, recorded_at)
                    values (:id, :id, 'MEDIATION', '协议条款', :made, :effective, 'w14.mediator', now())""",
                    new MapSqlParameterSource("id", id).addValue("made", LocalDate.parse(held))
                            .addValue("effective", LocalDate.parse(effective)));
        }
    }
}
