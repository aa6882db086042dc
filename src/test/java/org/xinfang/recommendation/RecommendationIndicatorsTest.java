package org.xinfang.recommendation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.xinfang.insight.IndicatorTable;
import org.xinfang.insight.Indicators;
import org.xinfang.support.IntegrationTest;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.insight.IndicatorTable.value;

/**
 * The three recommendations' indicators in insight's table, on recommendations written straight into the module's
 * table in 2010 and 2011 (no other test's years; negative ids), all answered, so none is ever due:
 * <ul>
 *   <li>c1, 靖州's petition office, issued 2011-03-01, adopted (answered 2011-04-01);</li>
 *   <li>c2, issued 2011-06-01, partly adopted, answered only on 2012-01-10;</li>
 *   <li>c3, issued 2011-08-01, not adopted;</li>
 *   <li>c5, issued 2010-05-01, adopted;</li>
 *   <li>c6, 通道's office, issued 2011-04-01, adopted.</li>
 * </ul>
 */
@IntegrationTest
class RecommendationIndicatorsTest {

    @Autowired
    Indicators indicators;
    @Autowired
    NamedParameterJdbcTemplate jdbc;
    @Autowired
    Territory territory;
    @Autowired
    UserDetailsService users;

    StaffPrincipal analyst;

    @BeforeEach
    void dataset() {
        analyst = (StaffPrincipal) users.loadUserByUsername("city.analyst");
        UnitView here = territory.petitionOfficeFor(territory.unitByCode("431229").orElseThrow());
        UnitView there = territory.petitionOfficeFor(territory.unitByCode("431230").orElseThrow());
        UnitView addressee = territory.unitByCode("431229001").orElseThrow();
        recommendation(-14701, here, addressee, "2011-03-01", "ADOPTED", "2011-04-01");
        recommendation(-14702, here, addressee, "2011-06-01", "PARTLY_ADOPTED", "2012-01-10");
        recommendation(-14703, here, addressee, "2011-08-01", "NOT_ADOPTED", "2011-09-01");
        recommendation(-14705, here, addressee, "2010-05-01", "ADOPTED", "2010-06-01");
        recommendation(-14706, there, territory.unitByCode("431230001").orElseThrow(), "2011-04-01", "ADOPTED", "2011-05-01");
    }

    private Map<String, Indicators.Row> table(String unit, String from, String to) {
        return IndicatorTable.of(indicators, analyst, unit, from, to);
    }

    @Test
    void issuedCountByTheDayIssuedAndAdoptedIncludesPartlyAdoptedWheneverAnswered() {
        var t = table("431229", "2011-01-01", "2011-12-31");
        // issued in 2011: c1, c2, c3; adopted: c1, c2 (partly, answered in 2012)
        assertThat(value(t, "recommendations.issued")).isEqualByComparingTo("3");
        assertThat(value(t, "recommendations.adopted")).isEqualByComparingTo("2");
        // 2010: c5 issued and adopted → +2 (+200%), +1 (+100%)
        assertThat(t.get("recommendations.issued").yearEarlier().value()).isEqualByComparingTo("1");
        assertThat(t.get("recommendations.issued").changePerCent()).isEqualByComparingTo("200.0");
        assertThat(t.get("recommendations.adopted").yearEarlier().value()).isEqualByComparingTo("1");
        assertThat(t.get("recommendations.adopted").change()).isEqualByComparingTo("1");
    }

    @Test
    void aRecommendationCountsForTheOfficeThatIssuedItNotAnotherCountys() {
        var there = table("431230", "2011-01-01", "2011-12-31");
        assertThat(value(there, "recommendations.issued")).as("c6").isEqualByComparingTo("1");
        // the township addressed issued none
        assertThat(value(table("431229001", "2011-01-01", "2011-12-31"), "recommendations.issued")).isEqualByComparingTo("0");
    }

    private void recommendation(long id, UnitView office, UnitView addressee, String issued, String outcome, String answered) {
        LocalDate on = LocalDate.parse(issued);
        jdbc.update("""
                insert into recommendation (id, office_unit_id, office_path, kind, addressee_id, subject, content, issued_on,
                                            due_on, issued_by, outcome, feedback_text, feedback_on, feedback_by)
                values (:id, :office, :path, 'IMPROVE_WORK', :addressee, '改进工作', '建议内容', :on, :due, 'w14.supervisor',
                        :outcome, '反馈', :answered, 'w14.handler')
                on conflict do nothing""", new MapSqlParameterSource("id", id).addValue("office", office.id())
                .addValue("path", office.path()).addValue("addressee", addressee.id()).addValue("on", on)
                .addValue("due", on.plusDays(30)).addValue("outcome", outcome).addValue("answered", LocalDate.parse(answered)));
    }
}
