package org.xinfang.coordination;

import org.junit.jupiter.api.Test;
import org.xinfang.casework.MatterFacts;
import org.xinfang.casework.MatterState;
import org.xinfang.casework.PackageHoldings.Holding;
import org.xinfang.territory.AdministrativeLevel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The package-case indicators by level (issue 12, item 1): total, visited, resolved, against the 85% bar. */
class PackageCaseIndicatorsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Test
    void theSeedsCityCountsByLevelAndTheResolvedRateStandsAgainstTheBar() {
        List<PackageCase> cases = new ArrayList<>();
        // the seed: 416 in all, 392 visited; 32 held at city level and 196 at county level
        cases.addAll(cases(AdministrativeLevel.CITY, 32, 30, 29));
        cases.addAll(cases(AdministrativeLevel.COUNTY, 196, 186, 160));
        cases.addAll(cases(AdministrativeLevel.TOWNSHIP, 150, 142, 130));
        cases.addAll(cases(AdministrativeLevel.VILLAGE, 38, 34, 36));

        PackageCases.Indicators i = PackageCases.Indicators.of(cases);

        assertThat(i.byLevel()).extracting(PackageCases.LevelFigures::level).containsExactly(AdministrativeLevel.CITY,
                AdministrativeLevel.COUNTY, AdministrativeLevel.TOWNSHIP, AdministrativeLevel.VILLAGE);
        assertThat(i.all().total()).isEqualTo(416);
        assertThat(i.all().visited()).isEqualTo(392);
        assertThat(i.byLevel().get(0).total()).isEqualTo(32);
        assertThat(i.byLevel().get(1).total()).isEqualTo(196);
        assertThat(i.bar()).isEqualTo(0.85);
        // 29 of 32 (90.6%) meet the bar; 160 of 196 (81.6%) do not
        assertThat(i.byLevel().get(0).meetsBar()).isTrue();
        assertThat(i.byLevel().get(1).resolvedRate()).isCloseTo(160 / 196.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(i.byLevel().get(1).meetsBar()).isFalse();
        assertThat(i.all().resolved()).isEqualTo(29 + 160 + 130 + 36);
    }

    @Test
    void aLevelWithoutCasesIsShownWithNoneAndDoesNotMeetTheBar() {
        PackageCases.Indicators i = PackageCases.Indicators.of(cases(AdministrativeLevel.COUNTY, 2, 2, 2));
        PackageCases.LevelFigures village = i.byLevel().get(3);
        assertThat(village.total()).isZero();
        assertThat(village.resolvedRate()).isZero();
        assertThat(village.meetsBar()).isFalse();
        assertThat(i.byLevel().get(1).meetsBar()).isTrue();
    }

    @Test
    void aVisitCountsForTheLeaderHoldingTheCaseNowAndAReviewReopensAResolvedCase() {
        Holding takenOver = holding(1L, "city.leader", AdministrativeLevel.CITY, MatterState.IN_HANDLING);
        PackageCase c = new PackageCase(takenOver, List.of(visit("yuanling.leader", AdministrativeLevel.COUNTY)));
        assertThat(c.visited()).as("the county leader's visit was before the city leader took it over").isFalse();
        assertThat(new PackageCase(takenOver, List.of(visit("city.leader", AdministrativeLevel.CITY))).visited()).isTrue();

        assertThat(new PackageCase(holding(2L, "a", AdministrativeLevel.COUNTY, MatterState.CLOSED), List.of()).resolved()).isTrue();
        assertThat(new PackageCase(holding(3L, "a", AdministrativeLevel.COUNTY, MatterState.UNDER_REVIEW), List.of()).resolved())
                .isFalse();
        assertThat(new PackageCase(holding(4L, "a", AdministrativeLevel.COUNTY, MatterState.REPLIED), List.of()).resolved())
                .as("an opinion given is not yet resolved: the petitioner may still be dissatisfied").isFalse();
    }

    private static List<PackageCase> cases(AdministrativeLevel level, int total, int visited, int resolved) {
        List<PackageCase> list = new ArrayList<>();
        for (int n = 0; n < total; n++) {
            String leader = level.name().toLowerCase() + ".leader";
            Holding h = holding((long) n, leader, level, n < resolved ? MatterState.CLOSED : MatterState.IN_HANDLING);
            list.add(new PackageCase(h, n < visited ? List.of(visit(leader, level)) : List.of()));
        }
        return list;
    }

    private static Holding holding(Long id, String leader, AdministrativeLevel level, MatterState state) {
        return new Holding(new MatterFacts.Facts(id, "XF-" + id, "标题", state, DAY, DAY.plusDays(30), "/1/", null, null), leader, level, DAY);
    }

    private static PackageCase.Activity visit(String leader, AdministrativeLevel level) {
        return new PackageCase.Activity(1L, leader, level, PackageActivityKind.VISIT, DAY, "接访", "信访人", Instant.EPOCH);
    }
}
