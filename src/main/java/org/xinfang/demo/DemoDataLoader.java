package org.xinfang.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinfang.casework.MatterBulkImport;
import org.xinfang.casework.PackageHoldings;
import org.xinfang.casework.MatterFacts;
import org.xinfang.casework.RatingCallbacks;
import org.xinfang.coordination.AccountabilityProposals;
import org.xinfang.coordination.BacklogRegister;
import org.xinfang.coordination.CallbackRegister;
import org.xinfang.coordination.JointCases;
import org.xinfang.coordination.OversightMeasures;
import org.xinfang.coordination.SpecialInspections;
import org.xinfang.coordination.PackageCases;
import org.xinfang.territory.StaffDirectory;
import org.xinfang.intake.Categories;
import org.xinfang.intake.Petitioners;
import org.xinfang.intake.RoutingRules;
import org.xinfang.statute.WorkingDays;
import org.xinfang.territory.Territory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Fills an empty database with the demo city when {@code xinfang.demo.enabled} is set: runs after the territory
 * and the categories are loaded, and never touches a database that already holds matters.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "xinfang.demo.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    /** Matters built and imported at a time: keeps memory (and garbage collection) small. */
    static final int BATCH = 5000;

    private final Territory territory;
    private final RoutingRules routing;
    private final Categories categories;
    private final Petitioners petitioners;
    private final MatterBulkImport bulkImport;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Resource templatesFile;
    private final long seed;
    private final int years;
    private final int itemsPerYear;
    private final WorkingDays workingDays;
    private final StaffDirectory staff;
    private final PackageHoldings packageHoldings;
    private final PackageCases packageCases;
    private final BacklogRegister backlog;
    private final MatterFacts matterFacts;
    private final JointCases jointCases;
    private final RatingCallbacks ratings;
    private final CallbackRegister callbacks;
    private final OversightMeasures measures;
    private final AccountabilityProposals proposals;
    private final SpecialInspections inspections;

    DemoDataLoader(Territory territory, RoutingRules routing, Categories categories, Petitioners petitioners,
                   MatterBulkImport bulkImport, JdbcTemplate jdbc, TransactionTemplate tx, Clock clock,
                   @Value("classpath:demo/templates.json") Resource templatesFile,
                   @Value("${xinfang.demo.seed}") long seed, @Value("${xinfang.demo.years}") int years,
                   @Value("${xinfang.demo.items-per-year:27000}") int itemsPerYear, WorkingDays workingDays,
                   StaffDirectory staff, PackageHoldings packageHoldings, PackageCases packageCases,
                   BacklogRegister backlog, MatterFacts matterFacts, JointCases jointCases, RatingCallbacks ratings,
                   CallbackRegister callbacks, OversightMeasures measures, AccountabilityProposals proposals,
                   SpecialInspections inspections) {
        this.measures = measures;
        this.proposals = proposals;
        this.inspections = inspections;
        this.matterFacts = matterFacts;
        this.jointCases = jointCases;
        this.backlog = backlog;
        this.ratings = ratings;
        this.callbacks = callbacks;
        this.workingDays = workingDays;
        this.staff = staff;
        this.packageHoldings = packageHoldings;
        this.packageCases = packageCases;
        this.territory = territory;
        this.routing = routing;
        this.categories = categories;
        this.petitioners = petitioners;
        this.bulkImport = bulkImport;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.templatesFile = templatesFile;
        this.seed = seed;
        this.years = years;
        this.itemsPerYear = itemsPerYear;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from matter)", Boolean.class))) {
            log.info("Demo data not generated: the database already holds matters");
            return;
        }
        long start = System.nanoTime();
        DemoCity city = new DemoCityGenerator(territory, routing, categories.all(), DemoTemplates.read(templatesFile), workingDays,
                staff.leadersByUnit()).generate(seed, years, itemsPerYear, LocalDate.now(clock), clock.getZone());
        long planned = System.nanoTime();
        int saved = tx.execute(status -> {
            int n = save(city);
            // what the leaders did on their package cases (coordination), up to yesterday as the rest
            LocalDate yesterday = LocalDate.now(clock).minusDays(1);
            List<PackageHoldings.Holding> packaged = packageHoldings.inScope("");
            packageCases.importHistory(DemoPackageActivities.of(packaged, yesterday));
            // and the backlog register, drawn from the package cases
            backlog.importHistory(DemoBacklog.of(packaged, yesterday));
            // and the joint cases, on a tenth of the accepted matters
            jointCases.importHistory(DemoJointCases.of(matterFacts.inStates(DemoJointCases.ACCEPTED), territory, yesterday,
                    years, clock.getZone()));
            // and the petition offices' callbacks on the answered matters, up to now
            callbacks.importHistory(DemoCallbacks.of(ratings.answeredHistory(), clock.instant(), clock.getZone()));
            // and oversight: the conferences' measures, accountability proposals, the city's special inspections
            DemoOversight.Record oversight = DemoOversight.of(territory, staff.leadersByUnit(),
                    matterFacts.inStates(DemoJointCases.ACCEPTED), yesterday, years);
            measures.importHistory(oversight.measures());
            proposals.importHistory(oversight.proposals());
            inspections.importHistory(oversight.inspections());
            return n;
        });
        bulkImport.refreshStatistics();
        long done = System.nanoTime();
        log.info("Demo data: {} matters and {} petitioners over {} years from seed {}, in {} s (planned in {} s, built and saved in {} s)",
                saved, city.people().size(), years, seed, seconds(done - start), seconds(planned - start), seconds(done - planned));
    }

    /**
     * Puts the people on file and imports the items in batches, oldest first (a repeat's first matter is always in
     * an earlier or the same batch), building the next batch while the database takes the current one.
     */
    private int save(DemoCity city) {
        List<Long> personIds = petitioners.registerAll(city.people());
        int total = city.matters().size();
        List<Long> matterIds = bulkImport.reserveIds(total);
        int saved = 0;
        CompletableFuture<MatterBulkImport.Batch> next = buildAsync(city, personIds, matterIds, 0);
        for (int from = 0; from < total; from += BATCH) {
            MatterBulkImport.Batch batch = next.join();
            if (from + BATCH < total) {
                next = buildAsync(city, personIds, matterIds, from + BATCH);
            }
            saved += bulkImport.importMatters(batch, matterIds.subList(from, from + batch.size()));
        }
        return saved;
    }

    private static CompletableFuture<MatterBulkImport.Batch> buildAsync(DemoCity city, List<Long> personIds, List<Long> matterIds,
                                                              int from) {
        int to = Math.min(city.matters().size(), from + BATCH);
        return CompletableFuture.supplyAsync(() -> city.build(personIds, matterIds, from, to));
    }

    private static String seconds(long nanos) {
        return String.format("%.1f", nanos / 1e9);
    }
}
