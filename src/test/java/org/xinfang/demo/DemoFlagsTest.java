package org.xinfang.demo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.xinfang.casework.MatterFlags;
import org.xinfang.casework.internal.Matter;
import org.xinfang.intake.Categories;
import org.xinfang.intake.RoutingRules;
import org.xinfang.territory.Territory;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo city carries the national system's flags in realistic shares, major or urgent reports and recusals. */
@DemoDataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoFlagsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    Territory territory;
    @Autowired
    RoutingRules routing;
    @Autowired
    Categories categories;

    private List<Matter> matters;

    @BeforeAll
    void generate() {
        DemoCity city = new DemoCityGenerator(territory, routing, categories.all(),
                DemoTemplates.read(new ClassPathResource("demo/templates.json"))).generate(7, 2, 4000, TODAY, ZONE);
        List<Long> people = LongStream.rangeClosed(1, city.people().size()).boxed().toList();
        List<Long> ids = LongStream.rangeClosed(1, city.matters().size()).boxed().toList();
        matters = city.build(people, ids, 0, city.matters().size()).matters();
    }

    private double share(Predicate<MatterFlags> flag) {
        return (double) matters.stream().filter(m -> flag.test(m.flags())).count() / matters.size();
    }

    @Test
    @DisplayName("every flag occurs, in shares a register would show; a visit is never anonymous")
    void theFlagsComeInRealisticShares() {
        assertThat(share(MatterFlags::firstToBody)).isBetween(0.75, 0.97);
        assertThat(share(MatterFlags::anonymous)).isBetween(0.003, 0.04);
        assertThat(share(MatterFlags::jointLetter)).isBetween(0.005, 0.05);
        assertThat(share(MatterFlags::litigationRelated)).isBetween(0.03, 0.09);
        assertThat(share(MatterFlags::threat)).isBetween(0.002, 0.03);
        assertThat(share(MatterFlags::majorUrgent)).isBetween(0.001, 0.015);
        assertThat(matters).filteredOn(m -> m.flags().hmtForeign()).hasSizeLessThan(40);
        assertThat(matters).filteredOn(m -> m.flags().anonymous()).noneMatch(m -> m.channel().isVisit());
        assertThat(matters).filteredOn(Matter::isRepeat).noneMatch(m -> m.flags().firstAnywhere());
        assertThat(matters).filteredOn(m -> m.flags().jointLetter()).allMatch(m -> m.persons() > 1);
    }

    @Test
    @DisplayName("art. 25: major or urgent matters are reported, most reports acknowledged, some recent ones still on a desk")
    void majorOrUrgentMattersAreReportedAndMostlyAcknowledged() {
        List<Matter> urgent = matters.stream().filter(m -> m.flags().majorUrgent()).toList();
        assertThat(urgent).isNotEmpty().allMatch(m -> !m.urgentReports().isEmpty());
        Set<Boolean> acknowledged = new HashSet<>();
        urgent.forEach(m -> m.urgentReports().values().forEach(r -> acknowledged.add(r.isAcknowledged())));
        assertThat(acknowledged).contains(true);
        // a desk shows what came in lately: no report waits there for months
        java.time.Instant month = TODAY.minusDays(31).atStartOfDay(ZONE).toInstant();
        assertThat(urgent.stream().flatMap(m -> m.urgentReports().values().stream()).filter(r -> !r.isAcknowledged()))
                .allSatisfy(r -> assertThat(r.reportedAt()).isAfter(month));
    }

    @Test
    @DisplayName("art. 28 ¶3: a few matters carry a colleague's recusal")
    void aFewMattersCarryARecusal() {
        assertThat(matters).filteredOn(m -> !m.recusals().isEmpty()).isNotEmpty()
                .allMatch(m -> m.recusals().containsKey(DemoFlags.RECUSING_STAFF));
    }
}
