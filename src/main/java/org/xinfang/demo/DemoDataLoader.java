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
import org.xinfang.casework.SupervisionNoticesIssued;
import org.xinfang.coordination.AccountabilityProposals;
import org.xinfang.coordination.AppointmentRequests;
import org.xinfang.coordination.BacklogRegister;
import org.xinfang.coordination.CallbackRegister;
import org.xinfang.coordination.DeadlineReminders;
import org.xinfang.coordination.JointCases;
import org.xinfang.coordination.LeaderReceptions;
import org.xinfang.coordination.OversightMeasures;
import org.xinfang.coordination.SpecialInspections;
import org.xinfang.coordination.SupervisionNotices;
import org.xinfang.coordination.PackageCases;
import org.xinfang.mediation.Mediations;
import org.xinfang.territory.StaffDirectory;
import org.xinfang.intake.Categories;
import org.xinfang.notification.NotificationSeeding;
import org.xinfang.intake.Petitioners;
import org.xinfang.intake.RoutingRules;
import org.xinfang.statute.WorkingDays;
import org.xinfang.territory.StaffRole;
import org.xinfang.territory.Territory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
    private final NotificationSeeding notifications;
    /** Steps told to the demo staff: a few weeks of a busy city's, enough for every account to have some. */
    static final int DEMO_NOTIFIED_STEPS = 400;
    private final PackageHoldings packageHoldings;
    private final PackageCases packageCases;
    private final BacklogRegister backlog;
    private final MatterFacts matterFacts;
    private final JointCases jointCases;
    private final SupervisionNoticesIssued supervisionIssued;
    private final SupervisionNotices supervisionNotices;
    private final RatingCallbacks ratings;
    private final CallbackRegister callbacks;
    private final LeaderReceptions receptions;
    private final AppointmentRequests appointments;
    private final OversightMeasures measures;
    private final AccountabilityProposals proposals;
    private final SpecialInspections inspections;
    private final DeadlineReminders reminders;
    private final org.xinfang.review.ReviewCommittees committees;
    private final org.xinfang.review.FinalitySupport finalitySupport;
    private final Mediations mediations;
    private final org.xinfang.prevention.LatentDisputes latentDisputes;
    private final org.xinfang.prevention.RiskAssessments riskAssessments;
    private final org.xinfang.recommendation.Recommendations recommendations;
    private final org.xinfang.relief.ReliefFund reliefFund;

    DemoDataLoader(Territory territory, RoutingRules routing, Categories categories, Petitioners petitioners,
                   MatterBulkImport bulkImport, JdbcTemplate jdbc, TransactionTemplate tx, Clock clock,
                   @Value("classpath:demo/templates.json") Resource templatesFile,
                   @Value("${xinfang.demo.seed}") long seed, @Value("${xinfang.demo.years}") int years,
                   @Value("${xinfang.demo.items-per-year:27000}") int itemsPerYear, WorkingDays workingDays,
                   StaffDirectory staff, PackageHoldings packageHoldings, PackageCases packageCases,
                   BacklogRegister backlog, MatterFacts matterFacts, JointCases jointCases, RatingCallbacks ratings,
                   CallbackRegister callbacks, SupervisionNoticesIssued supervisionIssued,
                   SupervisionNotices supervisionNotices, LeaderReceptions receptions, AppointmentRequests appointments,
                   NotificationSeeding notifications, OversightMeasures measures,
                   AccountabilityProposals proposals, SpecialInspections inspections, DeadlineReminders reminders,
                   org.xinfang.review.ReviewCommittees committees, org.xinfang.review.FinalitySupport finalitySupport,
                   Mediations mediations,
                   org.xinfang.prevention.LatentDisputes latentDisputes,
                   org.xinfang.prevention.RiskAssessments riskAssessments,
                   org.xinfang.recommendation.Recommendations recommendations,
                   org.xinfang.relief.ReliefFund reliefFund) {
        this.reliefFund = reliefFund;
        this.committees = committees;
        this.finalitySupport = finalitySupport;
        this.latentDisputes = latentDisputes;
        this.riskAssessments = riskAssessments;
        this.reminders = reminders;
        this.mediations = mediations;
        this.recommendations = recommendations;
        this.measures = measures;
        this.proposals = proposals;
        this.inspections = inspections;
        this.supervisionIssued = supervisionIssued;
        this.supervisionNotices = supervisionNotices;
        this.matterFacts = matterFacts;
        this.jointCases = jointCases;
        this.backlog = backlog;
        this.ratings = ratings;
        this.callbacks = callbacks;
        this.receptions = receptions;
        this.appointments = appointments;
        this.notifications = notifications;
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
            List<Long> matterIds = save(city);
            // what the leaders did on their package cases (coordination), up to yesterday as the rest
            LocalDate yesterday = LocalDate.now(clock).minusDays(1);
            List<PackageHoldings.Holding> packaged = packageHoldings.inScope("");
            packageCases.importHistory(DemoPackageActivities.of(packaged, yesterday));
            // and the backlog register, drawn from the package cases
            backlog.importHistory(DemoBacklog.of(packaged, yesterday));
            // the follow-up of the supervision notices issued, and the ignored ones sent up a level
            List<SupervisionNoticesIssued.Issued> issued = supervisionIssued.all();
            supervisionNotices.importHistory(issued);
            supervisionNotices.importAnswers(DemoSupervisionNotices.answers(issued, yesterday, clock.getZone()));
            supervisionNotices.escalateIgnored(LocalDate.now(clock));
            // and this morning's reminders of the deadlines to come, as the daily job sends them
            reminders.remind(LocalDate.now(clock));
            // and the joint cases, on a tenth of the accepted matters
            jointCases.importHistory(DemoJointCases.of(matterFacts.inStates(DemoJointCases.ACCEPTED), territory, yesterday,
                    years, clock.getZone()));
            // and the petition offices' callbacks on the answered matters, up to now
            callbacks.importHistory(DemoCallbacks.of(ratings.answeredHistory(), clock.instant(), clock.getZone()));
            // and the leaders' receptions of those years, with the calendar of this week and next, and a few requests
            LocalDate today = LocalDate.now(clock);
            DemoReceptions demoReceptions = new DemoReceptions(territory, staff.leadersByUnit(), city, matterIds, seed);
            receptions.importHistory(demoReceptions.receptions(today.minusYears(years), yesterday,
                    today.with(java.time.DayOfWeek.MONDAY).plusDays(13)), DemoCityGenerator.ACTOR);
            appointments.importPending(demoReceptions.pendingRequests(today, clock.getZone()));
            // the staff's inboxes (三级四线): the latest steps, those of the latest day unread, and a few emails
            // that never got through; nothing is sent (docs/demo-data.md)
            long told = System.nanoTime();
            int inboxRows = notifications.seed(DEMO_NOTIFIED_STEPS, java.time.Duration.ofDays(1), 6);
            log.info("Demo data: {} notifications in the staff's inboxes, in {} s", inboxRows, seconds(System.nanoTime() - told));
            // and oversight: the conferences' measures, accountability proposals, the city's special inspections
            DemoOversight.Record oversight = DemoOversight.of(territory, staff.leadersByUnit(),
                    matterFacts.inStates(DemoJointCases.ACCEPTED), yesterday, years);
            measures.importHistory(oversight.measures());
            proposals.importHistory(oversight.proposals());
            inspections.importHistory(oversight.inspections());
            // and the review committees of the reviews the history went through, and the support of final matters
            long reviewed = System.nanoTime();
            java.util.Map<String, List<StaffDirectory.Account>> pools = new java.util.HashMap<>();
            DemoReview.History review = DemoReview.of(matterFacts.reviewsIn(DemoReview.REVIEWED),
                    (body, unit) -> pools.computeIfAbsent(body + "/" + unit, k -> committees.candidates(body, unit)),
                    yesterday, clock.getZone());
            int committeeCases = committees.importHistory(review.cases());
            int supportEntries = finalitySupport.importHistory(review.support());
            log.info("Demo data: {} review committee cases and {} support entries of final matters, in {} s",
                    committeeCases, supportEntries, seconds(System.nanoTime() - reviewed));
            // mediation (issue 13): the seed's 2,583 matters a year settled through mediation, with their sessions
            long mediated = System.nanoTime();
            int sessions = mediations.importHistory(DemoMediation.of(matterFacts.inStates(DemoJointCases.ACCEPTED),
                    matterFacts::disputes, DemoTemplates.read(templatesFile).companies(), matterIds.size(), territory,
                    yesterday, clock.getZone()));
            log.info("Demo data: {} mediation sessions, in {} s", sessions, seconds(System.nanoTime() - mediated));
            // the three recommendations (三项建议), in the seed's proportion, with the bodies' written feedback
            long recommended = System.nanoTime();
            int recommendationRows = recommendations.importHistory(DemoRecommendations.of(territory, staff.leadersByUnit(),
                    matterFacts.inStates(DemoJointCases.ACCEPTED), yesterday, years, itemsPerYear, recommendations.feedbackDays()));
            log.info("Demo data: {} recommendations, in {} s", recommendationRows, seconds(System.nanoTime() - recommended));
            return matterIds.size();
        });
        bulkImport.refreshStatistics();
        // source control (issue 13, item 5): the latent disputes found and the risk assessments, with their matters
        long prevention = System.nanoTime();
        LocalDate lastDay = LocalDate.now(clock).minusDays(1);
        Map<Long, String> supervisors = new java.util.HashMap<>();
        staff.accountsWithRole(StaffRole.SUPERVISOR).forEach(a -> supervisors.putIfAbsent(
                territory.governmentOf(territory.require(a.unitId())).id(), a.username()));
        String citySupervisor = territory.root().map(r -> supervisors.get(r.id())).orElse(DemoCityGenerator.ACTOR);
        DemoTemplates texts = DemoTemplates.read(templatesFile);
        int disputes = latentDisputes.importHistory(DemoPrevention.disputes(territory, categories.all(), supervisors,
                citySupervisor, texts, lastDay.minusYears(years).plusDays(1), lastDay, seed));
        int assessed = riskAssessments.importHistory(DemoPrevention.assessments(territory,
                matterFacts.inStates(java.util.EnumSet.allOf(org.xinfang.casework.MatterState.class)), texts, citySupervisor,
                lastDay.minusYears(years).plusDays(1), lastDay, years, seed));
        log.info("Demo data: {} latent disputes and {} risk assessments, in {} s", disputes, assessed,
                seconds(System.nanoTime() - prevention));
        // the relief fund (issue 13): the seed's budgets, 635 petitioners relieved a year, 32 of them long-term ones
        long relieved = System.nanoTime();
        Map<Long, String> registrars = new java.util.HashMap<>();
        staff.accountsWithRole(StaffRole.REGISTRAR).forEach(a -> registrars.putIfAbsent(
                territory.governmentOf(territory.require(a.unitId())).id(), a.username()));
        DemoRelief.Plan relief = DemoRelief.of(territory, matterFacts.inStates(DemoJointCases.ACCEPTED),
                matterFacts::petitioning, reliefFund::leaderThreshold, registrars, supervisors, staff.leadersByUnit(), lastDay.minusYears(years).plusDays(1),
                lastDay, clock.getZone(), seed);
        petitioners.recordPetitioningSince(relief.petitioningSince());
        int reliefApplications = reliefFund.importHistory(relief.budgets());
        log.info("Demo data: {} relief budgets with {} applications, in {} s", relief.budgets().size(), reliefApplications,
                seconds(System.nanoTime() - relieved));
        long done = System.nanoTime();
        log.info("Demo data: {} matters and {} petitioners over {} years from seed {}, in {} s (planned in {} s, built and saved in {} s)",
                saved, city.people().size(), years, seed, seconds(done - start), seconds(planned - start), seconds(done - planned));
    }

    /**
     * Puts the people on file and imports the items in batches, oldest first (a repeat's first matter is always in
     * an earlier or the same batch), building the next batch while the database takes the current one.
     */
    private List<Long> save(DemoCity city) {
        List<Long> personIds = petitioners.registerAll(city.people());
        int total = city.matters().size();
        List<Long> matterIds = bulkImport.reserveIds(total);
        CompletableFuture<MatterBulkImport.Batch> next = buildAsync(city, personIds, matterIds, 0);
        for (int from = 0; from < total; from += BATCH) {
            MatterBulkImport.Batch batch = next.join();
            if (from + BATCH < total) {
                next = buildAsync(city, personIds, matterIds, from + BATCH);
            }
            bulkImport.importMatters(batch, matterIds.subList(from, from + batch.size()));
        }
        return matterIds;
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
