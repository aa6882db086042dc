package org.xinfang.prevention;

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
 * Prevention's indicators in insight's table, on latent disputes written straight into its table in 2010–2012 (no
 * other test's years; negative ids), none left open:
 * <ul>
 *   <li>l1, township A (431229001): found 2010-12-01, resolved 2011-01-10;</li>
 *   <li>l2, township B (431229002): found 2011-02-02, resolved 2011-03-03;</li>
 *   <li>l3, the county 靖州 (431229): found 2011-05-05, resolved 2012-02-02;</li>
 *   <li>l4, township A: found 2010-03-03, resolved 2010-04-04;</li>
 *   <li>l5, 通道 (431230001): found and resolved in 2011.</li>
 * </ul>
 */
@IntegrationTest
class PreventionIndicatorsTest {

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
        dispute(-14601, "431229001", "2010-12-01", "2011-01-10");
        dispute(-14602, "431229002", "2011-02-02", "2011-03-03");
        dispute(-14603, "431229", "2011-05-05", "2012-02-02");
        dispute(-14604, "431229001", "2010-03-03", "2010-04-04");
        dispute(-14605, "431230001", "2011-04-01", "2011-04-20");
    }

    private Map<String, Indicators.Row> table(String unit, String from, String to) {
        return IndicatorTable.of(indicators, analyst, unit, from, to);
    }

    @Test
    void foundCountsByTheDayFoundAndResolvedByTheDayResolved() {
        var t = table("431229", "2011-01-01", "2011-12-31");
        // found in 2011: l2, l3; resolved in 2011: l1 (found in 2010), l2
        assertThat(value(t, "prevention.latent.found")).isEqualByComparingTo("2");
        assertThat(value(t, "prevention.latent.resolved")).isEqualByComparingTo("2");
        // 2010: found l1, l4; resolved l4
        assertThat(t.get("prevention.latent.found").yearEarlier().value()).isEqualByComparingTo("2");
        assertThat(t.get("prevention.latent.found").change()).isEqualByComparingTo("0");
        assertThat(t.get("prevention.latent.resolved").yearEarlier().value()).isEqualByComparingTo("1");
        assertThat(t.get("prevention.latent.resolved").changePerCent()).isEqualByComparingTo("100.0");
    }

    @Test
    void aTownshipCountsItsOwnPlacesAndAnotherCountysAreNotCounted() {
        var a = table("431229001", "2011-01-01", "2011-12-31");
        assertThat(value(a, "prevention.latent.found")).as("l1 was found in 2010").isEqualByComparingTo("0");
        assertThat(value(a, "prevention.latent.resolved")).as("l1").isEqualByComparingTo("1");
        var there = table("431230", "2011-01-01", "2011-12-31");
        assertThat(value(there, "prevention.latent.found")).as("l5").isEqualByComparingTo("1");
        assertThat(value(there, "prevention.latent.resolved")).as("l5").isEqualByComparingTo("1");
    }

    private void dispute(long id, String place, String found, String resolved) {
        UnitView unit = territory.unitByCode(place).orElseThrow();
        jdbc.update("""
                insert into latent_dispute (id, place_unit_id, place_path, category_id, found_on, summary, people, risk_level,
                                            owner, resolved_on, resolution, resolved_by, recorded_by, recorded_at)
                values (:id, :unit, :path, 1, :found, '邻里纠纷', array['某'], 'LOW',
                        'w14.owner', :resolved, '已化解', 'w14.owner', 'w14.owner', now())
                on conflict do nothing""", new MapSqlParameterSource("id", id).addValue("unit", unit.id())
                .addValue("path", unit.path()).addValue("found", LocalDate.parse(found))
                .addValue("resolved", LocalDate.parse(resolved)));
    }
}
