package org.xinfang.insight;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.xinfang.intake.Channel;
import org.xinfang.platform.Refusal;
import org.xinfang.support.IntegrationTest;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.Territory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The dashboards' figures on {@link DashboardDataset}, worked out by hand: 靖州 (431229), 1 January to 30 June 2011,
 * against the same days of 2010. In the period: d1 (A, 10 Jan, letter, demolition), d2 (A, 20 Jan, visit,
 * demolition), d3 (A, 5 Mar, online, wage arrears), d4 (B, 15 Mar, letter, wage arrears), d5 (B, 30 Jun, phone,
 * property); d6 (1 Jul) is after it and 通道's item outside 靖州. A year earlier: 5 Jan (letter, demolition), 10 and 20
 * Mar (wage arrears); 1 Aug 2010 is after the days.
 */
@IntegrationTest
class DashboardFiguresTest {

    @Autowired
    DashboardFigures figures;
    @Autowired
    NamedParameterJdbcTemplate jdbc;
    @Autowired
    Territory territory;
    @Autowired
    UserDetailsService users;

    @BeforeEach
    void dataset() {
        DashboardDataset.write(jdbc, territory);
    }

    private DashboardFigures.Dashboard jingzhou() {
        return figures.of(viewer("city.analyst"), "431229", "2011-01-01", "2011-06-30");
    }

    @Test
    void theMonthlyTrendAgainstTheSameMonthsAYearEarlier() {
        DashboardFigures.Dashboard d = jingzhou();
        assertThat(d.items()).isEqualTo(5);
        assertThat(d.months()).extracting(DashboardFigures.Month::month).containsExactly(YearMonth.of(2011, 1),
                YearMonth.of(2011, 2), YearMonth.of(2011, 3), YearMonth.of(2011, 4), YearMonth.of(2011, 5), YearMonth.of(2011, 6));
        // January: d1, d2 against 5 Jan 2010; March: d3, d4 against 10 and 20 Mar 2010; June: d5 against none
        assertThat(d.months()).extracting(DashboardFigures.Month::items).containsExactly(2L, 0L, 2L, 0L, 0L, 1L);
        assertThat(d.months()).extracting(DashboardFigures.Month::yearEarlier).containsExactly(1L, 0L, 2L, 0L, 0L, 0L);
        assertThat(d.months().get(2).worklist()).isEqualTo(
                "/worklist?scope=all&county=431229&receivedFrom=2011-03-01&receivedTo=2011-03-31");
        assertThat(d.months().get(2).yearEarlierWorklist()).isEqualTo(
                "/worklist?scope=all&county=431229&receivedFrom=2010-03-01&receivedTo=2010-03-31");
    }

    @Test
    void aMonthCutByThePeriodCountsOnlyItsDays() {
        // 15 January to 20 March: d2 in January, d3 and d4 in March; a year earlier 15 Jan to 20 Mar 2010: the two in March
        DashboardFigures.Dashboard d = figures.of(viewer("city.analyst"), "431229", "2011-01-15", "2011-03-20");
        assertThat(d.months()).extracting(DashboardFigures.Month::items).containsExactly(1L, 0L, 2L);
        assertThat(d.months()).extracting(DashboardFigures.Month::yearEarlier).containsExactly(0L, 0L, 2L);
        assertThat(d.months().get(0).worklist()).contains("receivedFrom=2011-01-15&receivedTo=2011-01-31");
    }

    @Test
    void theChannelMix() {
        Map<Channel, Long> mix = jingzhou().channels().stream().collect(Collectors.toMap(
                DashboardFigures.ChannelSlice::channel, DashboardFigures.ChannelSlice::items));
        // letters d1, d4; the visit d2; online d3; the phone call d5
        assertThat(mix).containsEntry(Channel.LETTER, 2L).containsEntry(Channel.VISIT, 1L).containsEntry(Channel.ONLINE, 1L)
                .containsEntry(Channel.PHONE, 1L).containsEntry(Channel.EMAIL, 0L);
        assertThat(jingzhou().channels()).filteredOn(s -> s.channel() == Channel.LETTER)
                .extracting(DashboardFigures.ChannelSlice::worklist).containsExactly(
                        "/worklist?scope=all&county=431229&receivedFrom=2011-01-01&receivedTo=2011-06-30&channel=LETTER");
    }

    @Test
    void theFirstLevelCategoriesByVolumeAndTheHotSpots() {
        DashboardFigures.Dashboard d = jingzhou();
        // 城乡建设: d1, d2, d5 (a year earlier: 5 Jan); 劳动和社会保障: d3, d4 (a year earlier: two)
        assertThat(d.categories()).extracting(c -> c.category().code()).containsExactly("URBAN", "LABOUR");
        assertThat(d.categories()).extracting(DashboardFigures.CategoryFigure::items).containsExactly(3L, 2L);
        assertThat(d.categories()).extracting(DashboardFigures.CategoryFigure::yearEarlier).containsExactly(1L, 2L);
        // grew: demolition 2 against 1, property 1 against 0 (the same growth: the larger first); wage arrears 2 = 2 did not
        assertThat(d.hotSpots()).extracting(c -> c.category().code()).containsExactly("URBAN.DEMOLITION", "URBAN.PROPERTY");
        assertThat(d.hotSpots()).extracting(DashboardFigures.CategoryFigure::growth).containsExactly(1L, 1L);
        assertThat(d.hotSpots().get(0).worklist()).endsWith("&category=URBAN.DEMOLITION");
        assertThat(d.categories().get(0).worklist()).endsWith("&category=URBAN");
    }

    @Test
    void theGovernmentsUnderTheUnitPerPopulationInATileGrid() {
        DashboardFigures.Dashboard d = jingzhou();
        Map<String, DashboardFigures.Area> areas = d.areas().stream().collect(Collectors.toMap(a -> a.unit().code(),
                Function.identity()));
        assertThat(areas.get("431229001").items()).isEqualTo(3);
        assertThat(areas.get("431229002").items()).isEqualTo(2);
        assertThat(d.areas()).extracting(DashboardFigures.Area::items).containsOnly(0L, 2L, 3L);
        assertThat(d.areas().stream().mapToLong(DashboardFigures.Area::items).sum()).isEqualTo(5);
        Long population = territory.unitByCode("431229001").orElseThrow().population();
        if (population != null) {
            assertThat(areas.get("431229001").per10k()).isEqualByComparingTo(BigDecimal.valueOf(30_000)
                    .divide(BigDecimal.valueOf(population), 2, RoundingMode.HALF_UP));
        }
        // tiles fill the rows in the tree's order, at most four to a row
        int n = d.areas().size();
        int columns = Math.min(4, (int) Math.ceil(Math.sqrt(n)));
        assertThat(d.gridColumns()).isEqualTo(columns);
        assertThat(d.areas().get(n - 1).row()).isEqualTo((n - 1) / columns);
        assertThat(areas.get("431229002").worklist()).isEqualTo(
                "/worklist?scope=all&county=431229002&receivedFrom=2011-01-01&receivedTo=2011-06-30");

        DashboardFigures.Dashboard city = figures.of(viewer("city.analyst"), null, "2011-01-01", "2011-06-30");
        Map<String, Long> counties = city.areas().stream().collect(Collectors.toMap(a -> a.unit().code(),
                DashboardFigures.Area::items));
        assertThat(counties).containsEntry("431229", 5L).containsEntry("431230", 1L);
    }

    @Test
    void theOverdueMattersByTheBodyHoldingThem() {
        // A holds d2 (not decided, due 4 Feb 2011) and d1 (in handling, due 13 Mar 2011); 靖州 holds d4 (due 30 Mar
        // 2011); d5 is not yet routed, d3 closed, 通道's outside
        DashboardFigures.Dashboard d = jingzhou();
        assertThat(d.overdue()).extracting(h -> h.unit().code()).containsExactly("431229001", "431229");
        assertThat(d.overdue()).extracting(DashboardFigures.Holder::acceptance).containsExactly(1L, 1L);
        assertThat(d.overdue()).extracting(DashboardFigures.Holder::handling).containsExactly(1L, 0L);
        assertThat(d.overdue().get(0).handlingWorklist()).endsWith("&holder=431229001&state=IN_HANDLING&flag=overdue");
        assertThat(d.overdue().get(0).acceptanceWorklist()).endsWith("&holder=431229001&state=ROUTED&flag=overdue");
    }

    @Test
    void anotherCountyIsNotFoundAndWrongDaysAreRefused() {
        assertThatThrownBy(() -> figures.of(viewer("jingzhou.supervisor"), "431230", "2011-01-01", "2011-06-30"))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.NOT_FOUND));
        assertThat(figures.of(viewer("jingzhou.supervisor"), null, "2011-01-01", "2011-06-30").unit().code())
                .as("a county's viewer sees their county").isEqualTo("431229");
        assertThatThrownBy(() -> figures.of(viewer("city.analyst"), "431229", "2011-06-31", null))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).isEqualTo("from"));
        assertThatThrownBy(() -> figures.of(viewer("jingzhou.registrar"), null, null, null))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
    }

    private StaffPrincipal viewer(String username) {
        return (StaffPrincipal) users.loadUserByUsername(username);
    }
}
