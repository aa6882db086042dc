package org.xinfang.demo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.xinfang.casework.AcceptanceOutcome;
import org.xinfang.casework.internal.Matter;
import org.xinfang.casework.MatterCommand;
import org.xinfang.casework.MatterState;
import org.xinfang.intake.Categories;
import org.xinfang.intake.Channel;
import org.xinfang.intake.CategoryView;
import org.xinfang.intake.PetitionKind;
import org.xinfang.intake.RoutingRules;
import org.xinfang.territory.AdministrativeLevel;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The generator on the real demo territory and categories: the same seed gives the same city, and a true one. */
@DemoDataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoCityGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final long SEED = 42;
    private static final Set<MatterState> OPEN = EnumSet.of(MatterState.REGISTERED, MatterState.ROUTED,
            MatterState.IN_HANDLING, MatterState.REPLIED, MatterState.EVALUATED, MatterState.UNDER_REVIEW,
            MatterState.UNDER_RE_REVIEW);

    @Autowired
    Territory territory;
    @Autowired
    RoutingRules routing;
    @Autowired
    Categories categories;

    private DemoCity city;
    private List<Matter> matters;

    @BeforeAll
    void generate() {
        city = generate(SEED);
        matters = build(city);
    }

    @Test
    void theSameSeedAndDayGiveTheSameCity() {
        DemoCity again = generate(SEED);
        assertThat(again).isEqualTo(city);
        assertThat(build(again)).extracting(Matter::referenceNo, Matter::title, Matter::receivedOn, Matter::state, Matter::dueOn)
                .isEqualTo(matters.stream().map(m -> tuple(
                        m.referenceNo(), m.title(), m.receivedOn(), m.state(), m.dueOn())).toList());
        assertThat(generate(SEED + 1).matters()).extracting(PlannedMatter::title)
                .isNotEqualTo(city.matters().stream().map(PlannedMatter::title).toList());
    }

    @Test
    void eachOfficesRegisterRunsWithoutGapsInTheOrderOfRegistration() {
        var registers = city.matters().stream().map(PlannedMatter::referenceNo).collect(Collectors.groupingBy(
                r -> r.substring(0, r.lastIndexOf('-')),
                Collectors.mapping(r -> Long.parseLong(r.substring(r.lastIndexOf('-') + 1)), Collectors.toList())));
        assertThat(registers).hasSizeGreaterThan(13);
        registers.values().forEach(numbers ->
                assertThat(numbers).isEqualTo(LongStream.rangeClosed(1, numbers.size()).boxed().toList()));
    }

    @Test
    void itemsAreInChineseAndNothingHappensFromTodayOn() {
        assertThat(matters).hasSize(2000);
        assertThat(matters).allSatisfy(m -> {
            assertThat(m.title()).doesNotContain("{").containsPattern("\\p{IsHan}");
            assertThat(m.content()).doesNotContain("{").containsPattern("\\p{IsHan}");
        });
        Instant startOfToday = TODAY.atStartOfDay(ZONE).toInstant();
        assertThat(city.matters()).allSatisfy(p -> {
            assertThat(p.registeredAt()).isBefore(startOfToday);
            p.steps().forEach(s -> assertThat(s.at()).isBefore(startOfToday).isAfter(p.registeredAt()));
        });
    }

    @Test
    void staffActDuringOfficeHoursInTheOfficesZone() {
        LocalTime opens = LocalTime.of(8, 30);
        LocalTime closes = LocalTime.of(17, 30);
        List<String> outside = new ArrayList<>();
        for (PlannedMatter p : city.matters()) {
            // online items and e-mails arrive at any hour, the rest while the office is open
            if (p.channel() != Channel.ONLINE && p.channel() != Channel.EMAIL) {
                outside.addAll(outside(p.referenceNo() + " registered", p.registeredAt(), opens, closes));
            }
            p.steps().forEach(s -> outside.addAll(outside(p.referenceNo() + " " + s.getClass().getSimpleName(), s.at(), opens, closes)));
        }
        assertThat(outside).isEmpty();
    }

    private static List<String> outside(String what, Instant at, LocalTime opens, LocalTime closes) {
        LocalTime local = LocalTime.ofInstant(at, ZONE);
        return local.isBefore(opens) || local.isAfter(closes) ? List.of(what + " at " + local) : List.of();
    }

    @Test
    void everyCountyHasItemsAndMarchPeaksOverAugust() {
        List<UnitView> counties = territory.children(territory.root().orElseThrow().id()).stream()
                .filter(u -> u.level() == AdministrativeLevel.COUNTY && !u.isDepartment()).toList();
        Set<Long> withItems = matters.stream().map(m -> territory.ancestorAt(territory.require(m.placeUnitId()),
                AdministrativeLevel.COUNTY)).flatMap(Optional::stream).map(UnitView::id).collect(Collectors.toSet());
        assertThat(withItems).containsExactlyInAnyOrderElementsOf(counties.stream().map(UnitView::id).toList());

        long march = matters.stream().filter(m -> m.receivedOn().getMonth() == Month.MARCH).count();
        long august = matters.stream().filter(m -> m.receivedOn().getMonth() == Month.AUGUST).count();
        long february = matters.stream().filter(m -> m.receivedOn().getMonth() == Month.FEBRUARY).count();
        assertThat(march).isGreaterThan(august * 13 / 10);
        assertThat(february).isLessThan(march);
    }

    @Test
    void thereAreRepeatsCollectiveVisitsLeapLevelItemsProposalsAndOverdueMatters() {
        long repeats = matters.stream().filter(Matter::isRepeat).count();
        assertThat(repeats).isBetween(150L, 250L);
        assertThat(matters).filteredOn(Matter::isCollective).hasSizeBetween(20, 120);
        assertThat(matters).filteredOn(Matter::isLeapLevel).isNotEmpty();
        assertThat(matters).filteredOn(m -> m.kind() == PetitionKind.PROPOSAL).hasSizeBetween(40, 140);
        assertThat(matters).filteredOn(Matter::isOnFinalMatter).isNotEmpty()
                .allSatisfy(m -> assertThat(m.state()).isEqualTo(MatterState.NOT_ACCEPTED));
        assertThat(matters).filteredOn(m -> m.isOverdue(TODAY)).isNotEmpty()
                .anySatisfy(m -> assertThat(m.state()).isEqualTo(MatterState.IN_HANDLING));
        assertThat(matters).filteredOn(m -> m.dueOn() != null && !m.dueOn().isBefore(TODAY)
                && !m.dueOn().isAfter(TODAY.plusDays(7))).isNotEmpty();
        assertThat(matters).extracting(Matter::state).contains(MatterState.REGISTERED, MatterState.ROUTED,
                MatterState.NOT_ACCEPTED, MatterState.IN_HANDLING, MatterState.REPLIED, MatterState.EVALUATED,
                MatterState.CLOSED, MatterState.UNDER_REVIEW, MatterState.REVIEWED, MatterState.FINAL);
    }

    @Test
    void everyMatterIsHeldByABodyWhoseFunctionFitsItsCategory() {
        assertThat(matters).allSatisfy(m -> {
            CategoryView category = categories.byId(m.categoryId()).orElseThrow();
            UnitView holder = territory.require(m.responsibleUnitId());
            boolean atTheWindow = holder.id().equals(m.receivingUnitId())
                    && (m.state() == MatterState.REGISTERED || m.state() == MatterState.NOT_ACCEPTED);
            // the department of the category's function; a government (in charge of its whole area, and the body
            // that reviews); or the bureau that received the item and has not passed it on
            assertThat(category.function().equals(holder.function()) || !holder.isDepartment() || atTheWindow)
                    .as("%s (%s) held by %s", m.title(), category.code(), holder.name()).isTrue();
            m.coHandlerUnitIds().forEach(id -> assertThat(relatedFunctions(category))
                    .as("co-handler of %s (%s)", m.title(), category.code()).contains(territory.require(id).function()));
        });
        assertThat(matters).filteredOn(m -> !m.coHandlerUnitIds().isEmpty()).isNotEmpty();
        assertThat(city.matters()).flatExtracting(PlannedMatter::steps).filteredOn(s -> s.command() instanceof MatterCommand.Acceptance d
                && d.outcome() == AcceptanceOutcome.TRANSFERRED).isNotEmpty();
    }

    @Test
    void overdueMattersAreLateByDaysOrWeeksAndOldMattersHaveLeftTheProcedure() {
        List<Matter> open = matters.stream().filter(m -> OPEN.contains(m.state())).toList();
        assertThat(open).filteredOn(m -> m.isOverdue(TODAY)).isNotEmpty()
                .allSatisfy(m -> assertThat(ChronoUnit.DAYS.between(m.dueOn(), TODAY)).as(m.title()).isLessThanOrEqualTo(90));
        assertThat(open).allSatisfy(m -> assertThat(m.receivedOn()).as(m.title()).isAfter(TODAY.minusYears(1)));
    }

    @Test
    void aRepeatIsTheSamePetitionerOnTheSameMatterAfterTheFirst() {
        List<PlannedMatter> items = city.matters();
        assertThat(items).filteredOn(p -> p.repeatOf() != null).allSatisfy(p -> {
            PlannedMatter first = items.get(p.repeatOf());
            assertThat(first.repeatOf()).isNull();
            assertThat(p.petitioner()).isEqualTo(first.petitioner());
            assertThat(p.category()).isEqualTo(first.category());
            assertThat(p.place()).isEqualTo(first.place());
            assertThat(p.receivedOn()).isAfter(first.receivedOn());
        });
    }

    @Test
    @org.junit.jupiter.api.DisplayName("arts 29–31: the demo's types have realistic shares; litigation matters are guided to the courts")
    void theTypesHaveRealisticShares() {
        List<Matter> typed = matters.stream().filter(m -> m.handlingType() != null).toList();
        assertThat(typed.size()).isGreaterThan(matters.size() / 2);
        long suggestions = typed.stream().filter(m -> m.handlingType() == org.xinfang.statute.HandlingType.SUGGESTION).count();
        long accusations = typed.stream().filter(m -> m.handlingType() == org.xinfang.statute.HandlingType.ACCUSATION).count();
        assertThat((double) suggestions / typed.size()).as("suggestions, the proposals").isBetween(0.08, 0.15);
        assertThat((double) accusations / typed.size()).as("accusations").isBetween(0.01, 0.08);
        assertThat(matters).filteredOn(m -> m.kind() == PetitionKind.PROPOSAL && m.handlingType() != null)
                .allSatisfy(m -> assertThat(m.handlingType()).isEqualTo(org.xinfang.statute.HandlingType.SUGGESTION));
        assertThat(typed).filteredOn(m -> m.appealRoute() == org.xinfang.statute.AppealRoute.LITIGATION
                        && m.state() == MatterState.GUIDED_OUT).isNotEmpty()
                .allSatisfy(m -> assertThat(m.guidedBody()).contains("人民法院"));
        assertThat(typed).filteredOn(m -> m.adoptionOutcome() != null).isNotEmpty();
        assertThat(typed).filteredOn(Matter::isRewardMarked).isNotEmpty();
        assertThat(typed).filteredOn(m -> m.handlingType() != org.xinfang.statute.HandlingType.APPEAL
                || m.appealRoute() != org.xinfang.statute.AppealRoute.PETITION)
                .allSatisfy(m -> assertThat(m.reviewUnitId()).isNull());
        // art. 30: an accusation says who it is about, and its accused unit never holds it (¶3)
        List<Matter> accused = typed.stream().filter(m -> m.handlingType() == org.xinfang.statute.HandlingType.ACCUSATION).toList();
        assertThat(accused).isNotEmpty().allSatisfy(m -> assertThat(m.accusedRank()).isNotNull())
                .allSatisfy(m -> assertThat(m.accusedPost()).isNotBlank());
        assertThat(accused).filteredOn(m -> m.accusedUnitId() != null).isNotEmpty()
                .allSatisfy(m -> assertThat(m.responsiblePath()).doesNotStartWith(m.accusedUnitPath()));
    }

    /** 2022 art. 23 ¶3 and art. 24: a few objections, confirmed and rejected, and a few disputes, through the real steps. */
    @Test
    void thereAreObjectionsConfirmedAndRejectedAndDisputesDecidedByTheCommonSuperior() {
        List<MatterCommand> steps = city.matters().stream().flatMap(p -> p.steps().stream())
                .map(org.xinfang.casework.MatterBulkImport.Step::command).toList();
        assertThat(steps).filteredOn(c -> c instanceof MatterCommand.ObjectionDecision o
                && o.outcome() == org.xinfang.casework.ObjectionOutcome.CONFIRMED).isNotEmpty();
        assertThat(steps).filteredOn(c -> c instanceof MatterCommand.ObjectionDecision o
                && o.outcome() == org.xinfang.casework.ObjectionOutcome.REJECTED).isNotEmpty();
        assertThat(steps).filteredOn(c -> c instanceof MatterCommand.DisputeDecision).isNotEmpty();
        List<Matter> disputed = matters.stream().filter(m -> m.disputeDecidedOn() != null).toList();
        assertThat(disputed).isNotEmpty().allSatisfy(m -> {
            assertThat(m.disputeForum()).isEqualTo(org.xinfang.statute.DisputeForum.COMMON_SUPERIOR);
            assertThat(m.disputePartyIds()).contains(m.disputeAcceptingUnitId()).hasSize(2);
        });
    }

    /** The functions of the categories under the same first-level category: the departments a matter may involve. */
    private Set<String> relatedFunctions(CategoryView category) {
        return categories.all().stream().filter(c -> category.parentId().equals(c.parentId()))
                .map(CategoryView::function).collect(Collectors.toSet());
    }

    private DemoCity generate(long seed) {
        return new DemoCityGenerator(territory, routing, categories.all(),
                DemoTemplates.read(new ClassPathResource("demo/templates.json")))
                .generate(seed, 2, 1000, TODAY, ZONE);
    }

    private static List<Matter> build(DemoCity city) {
        List<Long> people = LongStream.rangeClosed(1, city.people().size()).boxed().toList();
        List<Long> ids = LongStream.rangeClosed(1, city.matters().size()).boxed().toList();
        return city.build(people, ids, 0, city.matters().size()).matters();
    }

    /** Issue 10, item 6: both ratings, lapsed ratings and verified closures, in realistic shares. */
    @Test
    void petitionersRateTheBodyAndTheOfficeSomeLetTheWindowLapseAndTheOfficeVerifiesClosures() {
        List<Matter> rated = matters.stream().filter(m -> m.satisfaction() != null).toList();
        long officeRated = rated.stream().filter(m -> m.officeSatisfaction() != null).count();
        assertThat((double) officeRated / rated.size()).isBetween(0.80, 0.97);
        assertThat(rated).filteredOn(m -> m.officeSatisfaction() == org.xinfang.casework.Satisfaction.DISSATISFIED)
                .isNotEmpty().allSatisfy(m -> assertThat(m.officeEvaluationComment()).isNotBlank());

        List<Matter> windowClosed = matters.stream().filter(m -> m.repliedOn() != null
                && TODAY.isAfter(m.ratingDeadline())).toList();
        long lapsed = windowClosed.stream().filter(m -> m.isRatingLapsed(TODAY)).count();
        assertThat((double) lapsed / windowClosed.size()).as("not rated in time").isBetween(0.08, 0.25);

        List<Matter> closed = matters.stream().filter(m -> m.closedOn() != null).toList();
        long concluded = closed.stream().filter(Matter::isConcluded).count();
        assertThat((double) concluded / closed.size()).isBetween(0.90, 0.995);
        assertThat(closed).filteredOn(m -> m.state() == MatterState.CLOSED && !m.isConcluded()).isNotEmpty();
    }
}
