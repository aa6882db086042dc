package org.xinfang.demo;

import org.xinfang.casework.AcceptanceOutcome;
import org.xinfang.casework.Accused;
import org.xinfang.casework.Actor;
import org.xinfang.casework.MatterBulkImport.Step;
import org.xinfang.casework.ExtensionRequestOutcome;
import org.xinfang.casework.MatterCommand;
import org.xinfang.casework.ObjectionOutcome;
import org.xinfang.casework.OpinionOutcome;
import org.xinfang.casework.RatingCallbacks;
import org.xinfang.casework.ReferenceNumbers;
import org.xinfang.casework.ReviewOutcome;
import org.xinfang.casework.RoutingKind;
import org.xinfang.casework.Satisfaction;
import org.xinfang.intake.CategoryView;
import org.xinfang.intake.Channel;
import org.xinfang.intake.IdNumber;
import org.xinfang.intake.PersonDetails;
import org.xinfang.intake.PetitionKind;
import org.xinfang.intake.RoutingRules;
import org.xinfang.statute.CallbackRules;
import org.xinfang.statute.ProperChannel;
import org.xinfang.statute.Statute;
import org.xinfang.statute.WorkingDays;
import org.xinfang.territory.AdministrativeLevel;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static java.util.Map.entry;

/**
 * Makes the demo city: petitioners and items over the last years, each item planned through the statutory
 * procedure up to yesterday. Deterministic: the same seed and the same "today" give the same city.
 *
 * <p>The model (docs/demo-data.md explains it with the measured figures):
 * <ul>
 *   <li>volume: a fixed number of items per year, spread over the counties by population times a per-county
 *       "petition intensity" (urban districts higher), a few at city level;</li>
 *   <li>season: a factor per month (dip at the Spring Festival in February, peak in March, wage arrears before
 *       the New Year in December and January, a summer low in August) and fewer items at weekends;</li>
 *   <li>mix: channel shares drifting from letters and visits towards online items over the years, category
 *       weights led by urban construction, land and labour, proposals growing from 3% to 5%;</li>
 *   <li>collective visits, repeats by the same petitioner on the same matter, leap-level visits and
 *       transfers from higher bodies, and items on matters that are already final;</li>
 *   <li>lifecycle: routing within days, acceptance within the statutory 15 days (rarely late), most opinions
 *       within 60 days, some extended, a few late or stuck (these are the overdue matters), evaluation, closing,
 *       review and re-review to finality.</li>
 * </ul>
 */
final class DemoCityGenerator {

    /** The timeline's actor for every demo step: the data says plainly that it was generated. */
    static final String ACTOR = "demo.generator";

    private static final String PETITION_FUNCTION = "PETITION";
    private static final String PROPOSAL_CATEGORY = "OTHER.PROPOSAL";

    /** Items per day, January to December, relative to an average month. */
    private static final double[] SEASON = {1.10, 0.70, 1.30, 1.12, 1.05, 1.00, 0.95, 0.78, 0.98, 0.88, 1.00, 1.15};
    /** Offices receive far fewer items on Saturdays and Sundays. */
    private static final double WEEKEND = 0.45;

    /** Relative frequency of the second-level categories; a category not named here weighs 1. */
    private static final Map<String, Double> CATEGORY_WEIGHT = Map.ofEntries(
            entry("URBAN.DEMOLITION", 8.0), entry("URBAN.HOUSING_CERT", 6.0), entry("URBAN.PROPERTY", 5.0),
            entry("URBAN.PLANNING", 3.0), entry("URBAN.CITY_MANAGEMENT", 4.0),
            entry("LAND.ACQUISITION", 7.0), entry("LAND.HOMESTEAD", 3.0), entry("LAND.FOREST", 2.0),
            entry("LABOUR.DISPUTE", 4.0), entry("LABOUR.WAGE_ARREARS", 6.0), entry("LABOUR.LAID_OFF", 2.0),
            entry("LABOUR.SOCIAL_INSURANCE", 4.0),
            entry("ENVIRONMENT.POLLUTION", 4.0), entry("LEGAL.LITIGATION", 3.0),
            entry("EDUCATION.ENROLMENT", 2.0), entry("COMMERCE.CONSUMER", 2.0), entry("HEALTH.MEDICAL_DISPUTE", 2.0),
            entry("TRANSPORT.ROADS", 2.0), entry("RURAL.LAND_CONTRACT", 2.5), entry("RURAL.VILLAGE_AFFAIRS", 2.5),
            entry("CIVIL.ASSISTANCE", 2.5), entry("OTHER.MISC", 2.0),
            entry("EDUCATION.CULTURE_SPORTS", 0.5), entry("COMMERCE.TOURISM", 0.5), entry("CIVIL.FUNERAL", 0.5),
            entry("LEGACY.TEACHERS", 0.6), entry("LEGACY.HOUSING", 0.6), entry("LEGACY.FUNDS", 0.5),
            entry("ENTERPRISE.ASSETS", 0.6), entry("HEALTH.VILLAGE_DOCTORS", 0.7), entry("VETERANS.GROUP", 0.8));

    /** Besides the hot-spot categories, the matters people most often bring as a group. */
    private static final Set<String> GROUP_PRONE = Set.of("LAND.ACQUISITION", "LABOUR.WAGE_ARREARS", "URBAN.HOUSING_CERT");

    private static final Channel[] CHANNELS = {Channel.LETTER, Channel.VISIT, Channel.PHONE, Channel.ONLINE,
            Channel.EMAIL, Channel.HIGHER_BODY, Channel.PARTNER_NETWORK};
    /** Channel shares at the start of the period and at its end: online items grow, letters and visits fall. */
    private static final double[] CHANNELS_FIRST = {0.23, 0.22, 0.10, 0.40, 0.02, 0.02, 0.01};
    private static final double[] CHANNELS_LAST = {0.17, 0.18, 0.10, 0.50, 0.02, 0.02, 0.01};
    private static final Channel[] PROPOSAL_CHANNELS = {Channel.ONLINE, Channel.LETTER, Channel.EMAIL};
    private static final double[] PROPOSAL_CHANNEL_SHARES = {0.70, 0.20, 0.10};
    /** Who comes back tends to come in person. */
    private static final Channel[] REPEAT_CHANNELS = {Channel.VISIT, Channel.ONLINE, Channel.LETTER, Channel.PHONE,
            Channel.HIGHER_BODY};
    private static final double[] REPEAT_CHANNEL_SHARES = {0.40, 0.28, 0.12, 0.15, 0.05};

    private static final double REPEAT_SHARE = 0.10;
    private static final double CITY_LEVEL_SHARE = 0.03;
    private static final double PROPOSAL_SHARE_FIRST = 0.03;
    private static final double PROPOSAL_SHARE_LAST = 0.05;
    /** Visits received at the city bureau about a county matter: leap-level (越级访). */
    private static final double LEAP_VISIT_SHARE = 0.06;
    private static final double LEAP_REPEAT_VISIT_SHARE = 0.25;
    private static final double COLLECTIVE_SHARE_GROUP_PRONE = 0.16;
    private static final double COLLECTIVE_SHARE_OTHER = 0.05;
    /** 0 to 4 representatives besides the petitioner, who is the first. */
    private static final double[] MORE_REPRESENTATIVES = {0.15, 0.25, 0.30, 0.15, 0.15};

    /**
     * Only the last months can plausibly hold a matter that was never routed or never decided on, and the older it
     * is, the likelier supervision has moved it on: the share of recent items left waiting falls to none at this age.
     */
    private static final int RECENT_DAYS = 90;
    private static final double STUCK_SHARE = 0.015;
    /** No matter is left without an opinion for longer than this past its limit: supervision gets it answered. */
    private static final int LONGEST_OVERDUE_DAYS = 90;
    private static final double LATE_DECISION_SHARE = 0.01;
    private static final double NOT_ACCEPTED_SHARE = 0.05;
    /** Routed first to a department of a neighbouring function, which passes the item on to the one in charge. */
    private static final double MISROUTED_SHARE = 0.03;
    private static final double CO_HANDLED_SHARE = 0.10;
    private static final double LATE_SHARE = 0.03;
    /** Of the late matters, those still without an opinion: the backlog (积案), the more recent the likelier. */
    private static final double BACKLOG_SHARE_OF_LATE = 0.20;
    private static final double EXTENDED_SHARE = 0.06;
    private static final double RATED_SHARE = 0.85;
    /** Of the petitioners who rate, those who also rate the petition office's work. */
    private static final double OFFICE_RATED_SHARE = 0.90;
    /** Of the closures not followed by review, those the petition office has verified. */
    private static final double CLOSURE_VERIFIED_SHARE = 0.96;
    private static final long EVALUATION_SEED = 0x5A71_5FAC_7104L;
    private static final OpinionOutcome[] OUTCOMES = {OpinionOutcome.SUPPORTED, OpinionOutcome.PARTIALLY_SUPPORTED,
            OpinionOutcome.NOT_SUPPORTED, OpinionOutcome.EXPLAINED};
    private static final double[] OUTCOME_SHARES = {0.35, 0.30, 0.20, 0.15};
    private static final double REVIEW_SHARE_DISSATISFIED = 0.28;
    private static final double REVIEW_SHARE_OTHER = 0.005;
    private static final ReviewOutcome[] REVIEW_OUTCOMES = {ReviewOutcome.UPHELD, ReviewOutcome.REVISED, ReviewOutcome.REVOKED};
    private static final double[] REVIEW_OUTCOME_SHARES = {0.78, 0.15, 0.07};
    /** Those who go on to re-review after their review was upheld, and after it was changed. */
    private static final double RE_REVIEW_SHARE_UPHELD = 0.40;
    private static final double RE_REVIEW_SHARE_OTHER = 0.15;
    private static final double HEARING_SHARE = 0.25;
    /** Petitioners who come back after their matter was final, although it will not be accepted again; and again. */
    private static final double RETURN_AFTER_FINAL_SHARE = 0.9;
    private static final double RETURN_AGAIN_SHARE = 0.4;

    /** Questions of competence come from a random stream of their own, so the rest of a seed's city stays as it was. */
    private static final long COMPETENCE_STREAM = 0x2023_0324L;
    /** The seed of the handler's own steps (sign-for, the opinion's draft and sign-off), a stream of their own. */
    private static final long HANDLER_STREAM = 0x2026_1202L;
    /**
     * Four-level package cases (四级包案): the seed's city had 416 in a year of some 27,000 items, 32 held by city
     * leaders and 196 by county leaders; the rest by townships and villages. A stream of their own.
     */
    private static final long PACKAGE_STREAM = 0x0018_0002L;
    /**
     * Supervision notices (督办单) on matters gone past their handling limit: the county's petition bureau issues one
     * within days on most of them (2022 art. 40 ¶1). A stream of their own, so the rest of the city is unchanged.
     */
    private static final long SUPERVISION_STREAM = 0x2022_0040L;
    private static final double SUPERVISED_SHARE_OF_LATE = 0.6;
    private static final String SUPERVISION_REASON = "该事项已超过法定办理期限，请说明原因，加快办理并于30日内书面答复。";
    private static final double PACKAGE_SHARE = 416 / 27_000.0;
    private static final AdministrativeLevel[] PACKAGE_LEVELS = {AdministrativeLevel.CITY, AdministrativeLevel.COUNTY,
            AdministrativeLevel.TOWNSHIP, AdministrativeLevel.VILLAGE};
    private static final double[] PACKAGE_LEVEL_SHARES = {32 / 416.0, 196 / 416.0, 148 / 416.0, 40 / 416.0};
    /** The share of matters routed before today that the body in charge has not signed for yet. */
    private static final double UNSIGNED_SHARE = 0.05;
    /** Of the misrouted items, those the wrong unit objects to (2022 art. 23 ¶3) rather than transfers on. */
    private static final double CONFIRMED_OBJECTION_SHARE_OF_MISROUTED = 0.35;
    /** Of the items routed to the body in charge, those it objects to and keeps when the office rejects the objection. */
    private static final double REJECTED_OBJECTION_SHARE = 0.006;
    /** Of the items routed to the body in charge, those it disputes with a neighbouring department (art. 24). */
    private static final double DISPUTE_SHARE = 0.005;
    private static final String OBJECTION_REASON = "经核查，该事项不属本单位职权范围，应由{unit}处理，特提出异议并退回相关材料。";
    private static final String OBJECTION_CONFIRMED = "经核实，异议成立，该事项改转{unit}办理。";
    private static final String OBJECTION_REJECTED = "经核实，该事项属{unit}职责范围，异议不予同意，请依法办理。";
    private static final String DISPUTE_REASON = "{unit}与{other}对该事项的受理存在争议，协商未果，报请共同的上一级机关决定。";
    private static final String DISPUTE_DECISION = "经研究，该事项由{unit}受理，相关单位配合。";

    private static final String PACKAGE_REASON = "群众反映强烈，领导包案化解。";
    private static final char[] MOBILE_SECOND_DIGIT = {'3', '5', '7', '8', '9'};
    private static final int OFFICE_OPENS = 8 * 3600 + 30 * 60;
    private static final int OFFICE_CLOSES = 17 * 3600 + 30 * 60;

    private final Territory territory;
    /** The working-day calendar the objections' 5 days are counted on (2022 art. 23 ¶3). */
    private final WorkingDays calendar;
    private final RoutingRules routing;
    private final DemoTemplates templates;
    private final List<CategoryView> complaintCategories;
    private final Optional<CategoryView> proposalCategory;
    /** Per month, the cumulative category weights (wage arrears peak before the New Year). */
    private final double[][] categoryWeights = new double[12][];
    private final UnitView city;
    private final UnitView cityBureau;
    /** The leader who takes a government's package cases, by the government's unit id (the generator's actor elsewhere). */
    private final Map<Long, String> leaders;
    private final List<County> counties;
    /** Per government, its departments other than the petition bureau. */
    private final Map<Long, List<UnitView>> departments = new HashMap<>();
    /**
     * Per category, the functions of the other categories under the same first-level category (for demolition:
     * natural resources, urban management): the departments an item of it is plausibly misrouted to or shared with.
     */
    private final Map<Long, Set<String>> neighbouringFunctions = new HashMap<>();

    private record County(UnitView government, UnitView bureau, List<UnitView> townships, double[] townshipWeights,
                          Map<Long, List<UnitView>> villages) {
    }

    DemoCityGenerator(Territory territory, RoutingRules routing, List<CategoryView> categories, DemoTemplates templates) {
        this(territory, routing, categories, templates, shippedCalendar(), Map.of());
    }

    DemoCityGenerator(Territory territory, RoutingRules routing, List<CategoryView> categories, DemoTemplates templates,
                      WorkingDays calendar, Map<Long, String> leaders) {
        this.calendar = calendar;
        this.leaders = Map.copyOf(leaders);
        this.territory = territory;
        this.routing = routing;
        this.templates = templates;
        this.complaintCategories = categories.stream()
                .filter(c -> c.isSecondLevel() && !PROPOSAL_CATEGORY.equals(c.code())).toList();
        this.proposalCategory = categories.stream().filter(c -> PROPOSAL_CATEGORY.equals(c.code())).findFirst();
        categories.stream().filter(CategoryView::isSecondLevel).forEach(c -> neighbouringFunctions.put(c.id(),
                categories.stream().filter(o -> c.parentId().equals(o.parentId()) && o.function() != null
                        && !o.function().equals(c.function())).map(CategoryView::function)
                        .collect(Collectors.toCollection(TreeSet::new))));
        for (int month = 1; month <= 12; month++) {
            int m = month;
            categoryWeights[month - 1] = cumulative(complaintCategories.stream().mapToDouble(c -> categoryWeight(c, m)).toArray());
        }
        this.city = territory.root().orElseThrow(() -> new IllegalStateException("No territory loaded"));
        this.cityBureau = bureau(city);
        departments.put(city.id(), departmentsOf(city));
        this.counties = territory.children(city.id()).stream()
                .filter(u -> u.level() == AdministrativeLevel.COUNTY && !u.isDepartment()).map(this::county).toList();
    }

    /** The demo city for {@code years} years up to yesterday, {@code itemsPerYear} items a year. */
    DemoCity generate(long seed, int years, int itemsPerYear, LocalDate today, ZoneId zone) {
        return new Run(seed, today, zone).generate(years * itemsPerYear, today.minusYears(years));
    }

    private County county(UnitView government) {
        departments.put(government.id(), departmentsOf(government));
        List<UnitView> townships = territory.children(government.id()).stream()
                .filter(u -> u.level() == AdministrativeLevel.TOWNSHIP).toList();
        Map<Long, List<UnitView>> villages = new HashMap<>();
        townships.forEach(t -> villages.put(t.id(), territory.children(t.id())));
        double[] weights = cumulative(townships.stream()
                .mapToDouble(t -> t.population() == null ? 1 : t.population()).toArray());
        return new County(government, bureau(government), townships, weights, villages);
    }

    private UnitView bureau(UnitView government) {
        return territory.department(government, PETITION_FUNCTION)
                .orElseThrow(() -> new IllegalStateException(government.code() + " has no petition bureau"));
    }

    private List<UnitView> departmentsOf(UnitView government) {
        return territory.children(government.id()).stream()
                .filter(u -> u.isDepartment() && !PETITION_FUNCTION.equals(u.function())).toList();
    }

    private static double categoryWeight(CategoryView c, int month) {
        double weight = CATEGORY_WEIGHT.getOrDefault(c.code(), 1.0);
        boolean beforeNewYear = month == 12 || month == 1;
        if ("LABOUR.WAGE_ARREARS".equals(c.code())) {
            return weight * (beforeNewYear ? 3.0 : month == 11 || month == 2 ? 1.6 : 1.0);
        }
        return c.code().startsWith("LABOUR.") && beforeNewYear ? weight * 1.3 : weight;
    }

    /** How likely a petitioner is dissatisfied with an opinion of this outcome. */
    private static double dissatisfaction(OpinionOutcome outcome) {
        return switch (outcome) {
            case SUPPORTED -> 0.04;
            case PARTIALLY_SUPPORTED -> 0.15;
            case NOT_SUPPORTED -> 0.35;
            case EXPLAINED -> 0.10;
        };
    }

    /** Where a matter of this category that is not accepted belongs instead (2022 art. 23, 31). */
    private static ProperChannel properChannel(CategoryView c) {
        String code = c.code();
        if (code.startsWith("LABOUR.")) {
            return ProperChannel.ARBITRATION;
        }
        if (code.startsWith("LEGAL.")) {
            return ProperChannel.PEOPLES_COURT;
        }
        if (code.startsWith("LAND.") || code.equals("URBAN.DEMOLITION") || code.equals("URBAN.PLANNING")) {
            return ProperChannel.ADMINISTRATIVE_RECONSIDERATION;
        }
        return ProperChannel.LITIGATION;
    }

    private static double[] cumulative(double[] weights) {
        double[] sums = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            sums[i] = sum;
        }
        return sums;
    }

    private static Actor actor(UnitView unit) {
        return new Actor(ACTOR, unit.id());
    }

    /** An item while it is being made up; becomes a {@link PlannedMatter} once all items are in order. */
    private static final class Draft {
        Channel channel;
        PetitionKind kind;
        AdministrativeLevel originLevel;
        int petitioner;
        List<Integer> representatives = List.of();
        int persons = 1;
        CategoryView category;
        UnitView place;
        County county;
        String title;
        String content;
        LocalDate receivedOn;
        Instant registeredAt;
        UnitView receivingUnit;
        UnitView suggestedUnit;
        Draft repeatOf;
        boolean leapLevel;
        boolean onFinalMatter;
        List<Step> steps;
        LocalDate finalOn;
        int index;
        /** For an accusation: who it is about, as registered (2022 art. 30). */
        Accused accused;

        boolean collective() {
            return channel.isVisit() && Statute.isCollectiveVisit(persons);
        }
    }

    /** One generation: the random source and everything made so far. */
    private final class Run {

        private final SplittableRandom random;
        /** The draws of the questions of competence ({@link #objectedAndReturned}, {@link #competenceQuestion}). */
        private final SplittableRandom competenceRandom;
        /** The draws of the handler's own steps: sign-for, the draft opinion and its sign-off. */
        private final SplittableRandom handlerRandom;
        /** Draws the package cases, so that the rest of a seed's city stays as it was. */
        private final SplittableRandom packageRandom;
        private final SplittableRandom supervisionRandom;
        /** The draws of the office's rating and of closure verification: their own, so the rest of the city stays as it was. */
        private final SplittableRandom evaluationRandom;
        private final LocalDate today;
        private final ZoneId zone;
        private final List<PersonDetails> people = new ArrayList<>();
        private final Set<String> idNumbers = new HashSet<>();
        /** The last number of each office's register for a year, as registration at the window keeps them. */
        private final Map<String, Long> registers = new HashMap<>();
        private final double[] countyWeights;
        /** The national system's flags and the recusals, on a random stream of each matter's own. */
        private final DemoFlags flags;

        Run(long seed, LocalDate today, ZoneId zone) {
            this.flags = new DemoFlags(territory, today, zone);
            this.random = new SplittableRandom(seed);
            this.competenceRandom = new SplittableRandom(seed ^ COMPETENCE_STREAM);
            this.handlerRandom = new SplittableRandom(seed ^ HANDLER_STREAM);
            this.packageRandom = new SplittableRandom(seed ^ PACKAGE_STREAM);
            this.supervisionRandom = new SplittableRandom(seed ^ SUPERVISION_STREAM);
            this.evaluationRandom = new SplittableRandom(seed ^ EVALUATION_SEED);
            this.today = today;
            this.zone = zone;
            // Items follow population; urban districts and a county's own "petition intensity" shift the ranking.
            this.countyWeights = cumulative(counties.stream().mapToDouble(c -> {
                double population = c.government().population() == null ? 0 : c.government().population();
                double urban = c.government().name().endsWith("区") ? 1.3 : 1.0;
                return population * urban * (0.85 + 0.35 * random.nextDouble());
            }).toArray());
        }

        DemoCity generate(int total, LocalDate first) {
            int days = (int) ChronoUnit.DAYS.between(first, today);
            double[] dayWeights = new double[days];
            for (int i = 0; i < days; i++) {
                LocalDate day = first.plusDays(i);
                boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
                dayWeights[i] = SEASON[day.getMonthValue() - 1] * (weekend ? WEEKEND : 1.0);
            }
            double[] cumulativeDays = cumulative(dayWeights);
            int initial = total - (int) Math.round(total * REPEAT_SHARE);
            List<Draft> drafts = new ArrayList<>(total);
            for (int i = 0; i < initial; i++) {
                int day = pick(cumulativeDays);
                drafts.add(initial(first.plusDays(day), (double) day / days));
            }
            addRepeats(List.copyOf(drafts), total - initial, drafts);
            drafts.sort(Comparator.comparing(d -> d.registeredAt));
            for (int i = 0; i < drafts.size(); i++) {
                drafts.get(i).index = i;
            }
            return new DemoCity(zone, List.copyOf(people), drafts.stream().map(this::planned).toList(), territory, calendar);
        }

        /** A first item on a matter, received on {@code day}, {@code t} of the way through the period. */
        private Draft initial(LocalDate day, double t) {
            Draft d = new Draft();
            d.receivedOn = day;
            boolean proposal = proposalCategory.isPresent()
                    && chance(PROPOSAL_SHARE_FIRST + (PROPOSAL_SHARE_LAST - PROPOSAL_SHARE_FIRST) * t);
            d.county = chance(CITY_LEVEL_SHARE) ? null : counties.get(pick(countyWeights));
            County home = d.county != null ? d.county : counties.get(pick(countyWeights));
            UnitView township = home.townships().get(pick(home.townshipWeights()));
            List<UnitView> villages = home.villages().get(township.id());
            UnitView village = villages.isEmpty() ? null : villages.get(random.nextInt(villages.size()));
            if (d.county == null) {
                d.place = city;
            } else {
                d.place = village != null && chance(0.7) ? village : township;
            }
            d.kind = proposal ? PetitionKind.PROPOSAL : PetitionKind.COMPLAINT;
            d.category = proposal ? proposalCategory.get()
                    : complaintCategories.get(pick(categoryWeights[day.getMonthValue() - 1]));
            d.channel = proposal ? choose(PROPOSAL_CHANNELS, PROPOSAL_CHANNEL_SHARES) : channel(t);
            d.petitioner = person(home, township, village);
            boolean groupProne = d.category.hotSpot() || GROUP_PRONE.contains(d.category.code());
            if (d.channel.isVisit() && chance(groupProne ? COLLECTIVE_SHARE_GROUP_PRONE : COLLECTIVE_SHARE_OTHER)) {
                double u = random.nextDouble();
                // Most groups are small, a few large: 5 to 60 persons.
                d.persons = Statute.COLLECTIVE_VISIT_MIN_PERSONS + (int) (56 * u * u * u);
                int more = pick(cumulative(MORE_REPRESENTATIVES));
                List<Integer> representatives = new ArrayList<>();
                for (int i = 0; i < more; i++) {
                    representatives.add(person(home, township, village));
                }
                d.representatives = List.copyOf(representatives);
            }
            UnitView local = d.county == null ? cityBureau : d.county.bureau();
            switch (d.channel) {
                case HIGHER_BODY -> {
                    d.originLevel = chance(0.75) ? AdministrativeLevel.PROVINCE : AdministrativeLevel.NATIONAL;
                    d.receivingUnit = chance(0.6) ? cityBureau : local;
                }
                case VISIT -> d.receivingUnit = chance(LEAP_VISIT_SHARE) ? cityBureau : local;
                case PARTNER_NETWORK -> d.receivingUnit = local;
                default -> d.receivingUnit = chance(0.15) ? cityBureau : local;
            }
            d.registeredAt = registrationMoment(day, d.channel);
            d.suggestedUnit = routing.suggestResponsibleUnit(d.place, d.category);
            d.leapLevel = leapLevel(d);
            write(d, home, township, village);
            plan(d, true);
            return d;
        }

        /** Returns to earlier matters: first those that became final, then any, hot spots and groups more often. */
        private void addRepeats(List<Draft> firsts, int count, List<Draft> all) {
            LocalDate last = today.minusDays(1);
            int added = 0;
            for (Draft first : firsts) {
                if (first.finalOn == null) {
                    continue;
                }
                LocalDate after = first.finalOn;
                double share = RETURN_AFTER_FINAL_SHARE;
                while (added < count && after.isBefore(last.minusDays(10)) && chance(share)) {
                    after = after.plusDays(between(10, (int) Math.min(180, ChronoUnit.DAYS.between(after, last))));
                    all.add(repeat(first, after));
                    added++;
                    share = RETURN_AGAIN_SHARE;
                }
            }
            List<Draft> eligible = firsts.stream()
                    .filter(f -> f.kind == PetitionKind.COMPLAINT && !f.receivedOn.isAfter(last.minusDays(15))).toList();
            double[] weights = cumulative(eligible.stream()
                    .mapToDouble(f -> f.collective() || f.category.hotSpot() ? 3 : 1).toArray());
            for (; added < count && !eligible.isEmpty(); added++) {
                Draft first = eligible.get(pick(weights));
                int span = (int) Math.min(180, ChronoUnit.DAYS.between(first.receivedOn, last));
                all.add(repeat(first, first.receivedOn.plusDays(between(15, span))));
            }
        }

        /** The same petitioner on the same matter again (same category, same place): what registration calls a repeat. */
        private Draft repeat(Draft first, LocalDate day) {
            Draft d = new Draft();
            d.repeatOf = first;
            d.receivedOn = day;
            d.kind = first.kind;
            d.category = first.category;
            d.place = first.place;
            d.county = first.county;
            d.suggestedUnit = first.suggestedUnit;
            d.petitioner = first.petitioner;
            d.onFinalMatter = first.finalOn != null && first.finalOn.isBefore(day);
            d.channel = choose(REPEAT_CHANNELS, REPEAT_CHANNEL_SHARES);
            if (d.channel.isVisit() && first.collective()) {
                d.persons = Math.max(Statute.COLLECTIVE_VISIT_MIN_PERSONS, Math.min(60, first.persons + between(-3, 10)));
                d.representatives = first.representatives;
            }
            UnitView local = first.county == null ? cityBureau : first.county.bureau();
            switch (d.channel) {
                case HIGHER_BODY -> {
                    d.originLevel = chance(0.75) ? AdministrativeLevel.PROVINCE : AdministrativeLevel.NATIONAL;
                    d.receivingUnit = cityBureau;
                }
                case VISIT -> d.receivingUnit = chance(LEAP_REPEAT_VISIT_SHARE) ? cityBureau : local;
                default -> d.receivingUnit = local;
            }
            d.registeredAt = registrationMoment(day, d.channel);
            d.leapLevel = leapLevel(d);
            d.title = DemoTexts.repeatTitle(first.title);
            d.content = DemoTexts.repeatContent(first.receivedOn, d.persons > 1, first.content);
            plan(d, false);
            return d;
        }

        /** As registration screens it: a visit or a transfer from above, received above the responsible level. */
        private boolean leapLevel(Draft d) {
            AdministrativeLevel responsible = territory.governmentOf(d.suggestedUnit).level();
            AdministrativeLevel receivedAt = d.channel == Channel.HIGHER_BODY ? d.originLevel
                    : territory.governmentOf(d.receivingUnit).level();
            return (d.channel.isVisit() || d.channel == Channel.HIGHER_BODY) && receivedAt.isAbove(responsible);
        }

        private Channel channel(double t) {
            double[] shares = new double[CHANNELS.length];
            for (int i = 0; i < shares.length; i++) {
                shares[i] = CHANNELS_FIRST[i] + (CHANNELS_LAST[i] - CHANNELS_FIRST[i]) * t;
            }
            return choose(CHANNELS, shares);
        }

        /** The title and letter, from one of the category's templates with the placeholders filled in. */
        private void write(Draft d, County home, UnitView township, UnitView village) {
            List<DemoTemplates.Template> options = templates.forCategory(d.category.code());
            DemoTemplates.Template template = options.isEmpty()
                    ? new DemoTemplates.Template("反映" + d.category.name() + "问题",
                    "尊敬的领导：我是{county}{township}{village}的{name}，现就" + d.category.name() + "方面的问题向您反映，恳请有关部门调查处理。")
                    : options.get(random.nextInt(options.size()));
            Map<String, String> values = new HashMap<>();
            values.put("county", home.government().name());
            values.put("township", township.name());
            values.put("village", village == null ? township.name() : village.name());
            values.put("name", people.get(d.petitioner).name());
            values.put("year", String.valueOf(d.receivedOn.getYear() - between(1, 6)));
            values.put("month", String.valueOf(between(1, 12)));
            values.put("amount", String.valueOf(amount(d.category)));
            values.put("project", templates.projects().get(random.nextInt(templates.projects().size())));
            values.put("company", templates.companies().get(random.nextInt(templates.companies().size())));
            values.put("count", String.valueOf(d.collective() ? d.persons : between(8, 300)));
            d.title = fill(template.title(), values);
            d.content = fill(template.text(), values);
        }

        /** A sum of money in yuan, of the size the category's matters involve. */
        private long amount(CategoryView category) {
            String code = category.code();
            if (code.equals("URBAN.DEMOLITION") || code.equals("LAND.ACQUISITION") || code.equals("LEGACY.HOUSING")) {
                return 100L * between(800, 9000);
            }
            if (code.startsWith("COMMERCE.")) {
                return 10L * between(30, 3000);
            }
            if (code.startsWith("LABOUR.")) {
                return 100L * between(30, 1200);
            }
            return 100L * between(20, 2000);
        }

        /** A new petitioner living in the place: a valid ID number of the county, a mobile number, an address. */
        private int person(County home, UnitView township, UnitView village) {
            String name = templates.surnames().get(random.nextInt(templates.surnames().size()))
                    + templates.givenNames().get(random.nextInt(templates.givenNames().size()));
            String idNumber;
            do {
                LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(365 * 62));
                String body = home.government().code() + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
                        + String.format("%03d", random.nextInt(1000));
                idNumber = body + IdNumber.checkCharacter(body);
            } while (!idNumbers.add(idNumber));
            String phone = "1" + MOBILE_SECOND_DIGIT[random.nextInt(MOBILE_SECOND_DIGIT.length)]
                    + String.format("%09d", random.nextInt(1_000_000_000));
            String address = home.government().name() + township.name() + (village == null ? "" : village.name())
                    + between(1, 12) + "组";
            people.add(new PersonDetails(name, idNumber, phone, address));
            return people.size() - 1;
        }

        /**
         * The steps after registration, from the statutory procedure's point of view: the registrar routes, the
         * body in charge decides, the lead unit handles and replies, the registrar records the evaluation and
         * closes; the higher bodies review and re-review. Steps from today on are left for the live system.
         */
        private void plan(Draft d, boolean reviewable) {
            Plan plan = new Plan(d.registeredAt);
            Actor registrar = actor(d.receivingUnit);
            LocalDate day = d.receivedOn;
            if (d.onFinalMatter) {
                ProperChannel channel = ProperChannel.ALREADY_FINAL;
                plan.add(new Step(plan.next(day.plusDays(between(1, 5))), registrar, notAccept(
                        DemoTexts.notAcceptedNotice(channel), DemoTexts.notAcceptedReason(channel), channel)));
                plan.finish(d);
                return;
            }
            long age = ChronoUnit.DAYS.between(d.receivedOn, today);
            UnitView holder = d.receivingUnit;
            if (!holder.id().equals(d.suggestedUnit.id())) {
                if (stillWaiting(STUCK_SHARE, age, RECENT_DAYS)) {
                    plan.finish(d);
                    return;
                }
                day = day.plusDays(routingDelay());
                RoutingKind kind = holder.id().equals(cityBureau.id()) || chance(0.6) ? RoutingKind.ASSIGNMENT : RoutingKind.TRANSFER;
                Optional<UnitView> misrouted = chance(MISROUTED_SHARE) ? neighbour(d.suggestedUnit, d.category) : Optional.empty();
                LocalDate passedOn = day.plusDays(between(1, 5));
                // only a misrouting already put right is history: what stands open today is held by the body in charge
                if (misrouted.isPresent() && passedOn.isBefore(today)) {
                    UnitView wrong = misrouted.get();
                    plan.add(new Step(plan.next(day), registrar, new MatterCommand.Routing(null, kind, wrong.code(),
                            DemoTexts.routeReason(kind, wrong))));
                    if (!objectedAndReturned(d, plan, registrar, wrong, kind, day, passedOn)) {
                        plan.add(new Step(plan.next(passedOn), actor(wrong), new MatterCommand.Acceptance(null,
                                AcceptanceOutcome.TRANSFERRED, DemoTexts.transferNotice(d.suggestedUnit),
                                DemoTexts.transferReason(d.suggestedUnit), null, null, null, d.suggestedUnit.code())));
                    }
                    day = passedOn;
                } else {
                    plan.add(new Step(plan.next(day), registrar, new MatterCommand.Routing(null, kind, d.suggestedUnit.code(),
                            DemoTexts.routeReason(kind, d.suggestedUnit))));
                    competenceQuestion(d, plan, registrar, d.suggestedUnit, day);
                }
                holder = d.suggestedUnit;
                // the body in charge signs for it (签收) the day it arrives, or the next; today's arrivals may wait
                LocalDate arrived = day;
                if (handlerRandom.nextDouble() >= (arrived.isBefore(today) ? UNSIGNED_SHARE : 0.5)) {
                    LocalDate signed = arrived.plusDays(handlerRandom.nextInt(2));
                    plan.add(new Step(plan.next(signed.isAfter(today) ? today : signed, handlerRandom), actor(holder),
                            new MatterCommand.SignFor(null)));
                }
                if (stillWaiting(STUCK_SHARE, age, RECENT_DAYS)) {
                    plan.finish(d);
                    return;
                }
            }
            day = day.plusDays(chance(LATE_DECISION_SHARE) ? between(Statute.ACCEPTANCE_DECISION_DAYS + 1, 25) : between(1, 10));
            if (d.kind == PetitionKind.COMPLAINT && chance(NOT_ACCEPTED_SHARE)) {
                ProperChannel channel = properChannel(d.category);
                plan.add(new Step(plan.next(day), actor(holder), notAccept(
                        DemoTexts.notAcceptedNotice(channel), DemoTexts.notAcceptedReason(channel), channel)));
                plan.finish(d);
                return;
            }
            DemoHandlingTypes.Typing typing = DemoHandlingTypes.of(d.category.code(), d.kind,
                    d.registeredAt.toEpochMilli() * 31 + d.category.id());
            packageCase(d, plan, day);
            plan.add(new Step(plan.next(day), actor(holder), new MatterCommand.Acceptance(null, AcceptanceOutcome.ACCEPTED,
                    DemoTexts.acceptanceNotice(holder), null, null, holder.code(),
                    coHandlers(holder, d.category).stream().map(UnitView::code).toList(), null, typing.type(),
                    typing.route())));
            LocalDate accepted = day;
            // what follows is planned as before, and the plan rewrites the steps of a type that takes another path
            plan.typed(typing, territory.governmentOf(holder));
            Long holderId = holder.id();
            d.accused = DemoHandlingTypes.accused(typing,
                    territory.ancestorAt(d.place, AdministrativeLevel.TOWNSHIP).filter(t -> !t.id().equals(holderId)).orElse(null));

            double handling = random.nextDouble();
            if (handling < LATE_SHARE) {
                long overdue = Math.max(0, ChronoUnit.DAYS.between(Statute.handlingDue(accepted), today));
                LocalDate supervised = Statute.handlingDue(accepted).plusDays(1 + supervisionRandom.nextInt(5));
                boolean supervise = supervisionRandom.nextDouble() < SUPERVISED_SHARE_OF_LATE;
                if (stillWaiting(BACKLOG_SHARE_OF_LATE, overdue, LONGEST_OVERDUE_DAYS)) {
                    if (supervise && supervised.isBefore(today)) {
                        supervise(d, plan, supervised);
                    }
                    plan.finish(d);
                    return;
                }
                day = accepted.plusDays(Statute.HANDLING_DAYS + between(1, 45));
                if (supervise && supervised.isBefore(day)) {
                    supervise(d, plan, supervised);
                }
            } else if (handling < LATE_SHARE + EXTENDED_SHARE) {
                int days = between(15, Statute.MAX_HANDLING_EXTENSION_DAYS);
                // the handler asks, the head decides within about a day (2022 art. 34): requests of the last day wait
                plan.add(new Step(plan.next(accepted.plusDays(between(40, Statute.HANDLING_DAYS - 2))),
                        actor(holder), new MatterCommand.ExtensionRequest(null, days, pick(DemoTexts.EXTENSION_REASONS))));
                plan.add(new Step(plan.after(3_600L * (2 + handlerRandom.nextInt(30))), actor(holder),
                        new MatterCommand.ExtensionRequestDecision(null, ExtensionRequestOutcome.APPROVED, null)));
                day = accepted.plusDays(Statute.HANDLING_DAYS + between(1, days));
            } else {
                // Mostly in four to five weeks, rarely in the last days of the limit.
                day = accepted.plusDays(5 + (int) ((random.nextDouble() + random.nextDouble()) / 2 * 53));
            }
            boolean proposal = d.kind == PetitionKind.PROPOSAL;
            OpinionOutcome outcome = proposal ? (chance(0.3) ? OpinionOutcome.SUPPORTED : OpinionOutcome.EXPLAINED)
                    : choose(OUTCOMES, OUTCOME_SHARES);
            // the handler drafts the opinion, the unit head signs it off (审签) within hours, often the next morning:
            // only then is it issued, and the drafts of the last hours wait on the head's desk
            plan.add(new Step(plan.next(day), actor(holder), new MatterCommand.DraftOpinion(null, outcome,
                    DemoTexts.opinion(outcome, d.category.name(), proposal))));
            plan.add(new Step(plan.after(3_600L * (1 + handlerRandom.nextInt(16))), actor(holder),
                    new MatterCommand.OpinionSignOff(null, null)));
            LocalDate replied = day;

            Satisfaction rating = null;
            if (chance(RATED_SHARE)) {
                rating = chance(dissatisfaction(outcome)) ? Satisfaction.DISSATISFIED
                        : chance(0.78) ? Satisfaction.SATISFIED : Satisfaction.BASICALLY_SATISFIED;
            }
            Optional<UnitView> reviewer = reviewable && !proposal
                    && chance(rating == Satisfaction.DISSATISFIED ? REVIEW_SHARE_DISSATISFIED : REVIEW_SHARE_OTHER)
                    ? territory.higherBody(holder) : Optional.empty();
            // A petitioner heading for review answers quickly, so the registrar closes before the 30-day window runs out.
            if (rating != null) {
                day = replied.plusDays(reviewer.isPresent() ? between(1, 4) : between(1, 12));
                // a rating given once the office calls back (回访) is taken on the phone; earlier ones the petitioner gave
                plan.add(new Step(plan.next(day), registrar,
                        evaluation(rating, !day.isBefore(CallbackRules.callFrom(replied)))));
                day = day.plusDays(between(0, reviewer.isPresent() ? 2 : 3));
            } else {
                day = replied.plusDays(reviewer.isPresent() ? between(3, 6) : between(10, 20));
            }
            plan.add(new Step(plan.next(day), registrar, new MatterCommand.Closure(null, DemoTexts.CLOSE_REASON)));
            verifyClosure(plan, registrar, reviewer.isPresent());
            if (reviewer.isEmpty()) {
                plan.finish(d);
                return;
            }

            // the command asks the review of the body above the lead unit: the reviewer chosen here
            UnitView reviewBody = reviewer.get();
            int window = (int) ChronoUnit.DAYS.between(day, replied.plusDays(Statute.REVIEW_REQUEST_DAYS - 1));
            day = day.plusDays(between(1, window));
            plan.add(new Step(plan.next(day), registrar, new MatterCommand.ReviewRequest(null, pick(DemoTexts.REVIEW_REASONS))));
            day = day.plusDays(between(10, Statute.REVIEW_DECISION_DAYS - 1));
            ReviewOutcome reviewOutcome = choose(REVIEW_OUTCOMES, REVIEW_OUTCOME_SHARES);
            plan.add(new Step(plan.next(day), actor(reviewBody), new MatterCommand.ReviewOpinion(null, reviewOutcome,
                    DemoTexts.reviewOpinion(reviewOutcome))));
            Optional<UnitView> reReviewer = territory.higherBody(reviewBody);
            if (reReviewer.isEmpty()
                    || !chance(reviewOutcome == ReviewOutcome.UPHELD ? RE_REVIEW_SHARE_UPHELD : RE_REVIEW_SHARE_OTHER)) {
                plan.finish(d);
                return;
            }

            UnitView reReviewBody = reReviewer.get();
            LocalDate requested = day.plusDays(between(3, Statute.RE_REVIEW_REQUEST_DAYS - 5));
            plan.add(new Step(plan.next(requested), registrar, new MatterCommand.ReReviewRequest(null, pick(DemoTexts.RE_REVIEW_REASONS))));
            int hearingDays = 0;
            if (chance(HEARING_SHARE)) {
                hearingDays = between(5, 20);
                plan.add(new Step(plan.next(requested.plusDays(between(3, 10))), actor(reReviewBody),
                        new MatterCommand.Hearing(null, hearingDays, DemoTexts.HEARING_REASON)));
            }
            ReviewOutcome finalOutcome = chance(0.85) ? ReviewOutcome.UPHELD : ReviewOutcome.REVISED;
            plan.add(new Step(plan.next(requested.plusDays(between(15, Statute.RE_REVIEW_DECISION_DAYS - 1)
                    + hearingDays)), actor(reReviewBody), new MatterCommand.ReReviewOpinion(null, finalOutcome,
                    DemoTexts.reReviewOpinion(finalOutcome))));
            plan.finish(d);
        }

        /** A decision not to accept: the proper channel, and why. */
        // ---- questions of competence (2022 art. 23 ¶3 objections, art. 24 disputes) ---------------------------------

        /**
         * A misrouted matter put right by the wrong unit's objection instead of its transfer: it objects the day after
         * receiving it (well within the 5 working days), and on the day the transfer would have come the office
         * confirms and routes the matter to the body in charge. The objection takes the transfer's draws of the main
         * stream, the rest come from the competence stream, and the day the body in charge gets the matter is the
         * same: the rest of the seed's city stays as it was. False (nothing added) when not drawn.
         */
        private boolean objectedAndReturned(Draft d, Plan plan, Actor registrar, UnitView wrong, RoutingKind kind,
                                            LocalDate routed, LocalDate passedOn) {
            if (competenceRandom.nextDouble() >= CONFIRMED_OBJECTION_SHARE_OF_MISROUTED) {
                return false;
            }
            LocalDate objected = routed.plusDays(1);
            plan.add(new Step(plan.next(objected), actor(wrong), new MatterCommand.Objection(null,
                    fill(OBJECTION_REASON, Map.of("unit", d.suggestedUnit.name())))));
            plan.add(new Step(plan.next(passedOn, competenceRandom), registrar, new MatterCommand.ObjectionDecision(null,
                    ObjectionOutcome.CONFIRMED, fill(OBJECTION_CONFIRMED, Map.of("unit", d.suggestedUnit.name())))));
            plan.add(new Step(plan.next(passedOn, competenceRandom), registrar, new MatterCommand.Routing(null, kind, d.suggestedUnit.code(),
                    DemoTexts.routeReason(kind, d.suggestedUnit))));
            return true;
        }

        /**
         * After routing to the body in charge on {@code routed}, now and then a question of competence in the days
         * before it decides on acceptance: it objects and the office rejects the objection, or it disputes with a
         * neighbouring department and their common superior names it to accept. Drawn from the competence stream
         * only, and the planned days of the steps that follow are unchanged (an acceptance planned earlier comes just
         * after these steps).
         */
        private void competenceQuestion(Draft d, Plan plan, Actor registrar, UnitView holder, LocalDate routed) {
            double draw = competenceRandom.nextDouble();
            if (draw < REJECTED_OBJECTION_SHARE) {
                plan.add(new Step(plan.next(routed.plusDays(1), competenceRandom), actor(holder), new MatterCommand.Objection(null,
                        fill(OBJECTION_REASON, Map.of("unit", "其他部门")))));
                plan.add(new Step(plan.next(routed.plusDays(2), competenceRandom), registrar, new MatterCommand.ObjectionDecision(null,
                        ObjectionOutcome.REJECTED, fill(OBJECTION_REJECTED, Map.of("unit", holder.name())))));
                return;
            }
            List<UnitView> others = neighbours(holder, d.category);
            if (draw < REJECTED_OBJECTION_SHARE + DISPUTE_SHARE && !others.isEmpty()) {
                UnitView other = others.get(competenceRandom.nextInt(others.size()));
                UnitView superior = territory.commonSuperior(List.of(holder, other)).orElse(null);
                if (superior == null) {
                    return;
                }
                plan.add(new Step(plan.next(routed.plusDays(1), competenceRandom), actor(holder), new MatterCommand.Dispute(null,
                        List.of(holder.code(), other.code()), fill(DISPUTE_REASON, Map.of("unit", holder.name(), "other", other.name())))));
                plan.add(new Step(plan.next(routed.plusDays(3), competenceRandom), actor(superior), new MatterCommand.DisputeDecision(null,
                        holder.code(), fill(DISPUTE_DECISION, Map.of("unit", holder.name())))));
            }
        }

        private static MatterCommand.Acceptance notAccept(String notice, String reason, ProperChannel channel) {
            return new MatterCommand.Acceptance(null, AcceptanceOutcome.NOT_ACCEPTED, notice, reason, channel, null, null, null);
        }

        /** Mostly the next working day or two; a slow office takes up to ten. */
        private int routingDelay() {
            double u = random.nextDouble();
            return u < 0.20 ? 0 : u < 0.55 ? 1 : u < 0.80 ? 2 : u < 0.92 ? 3 : between(4, 10);
        }

        /**
         * Whether an item {@code age} days into a window of {@code horizon} days still waits for its next step: with
         * {@code share} when new, ever less likely as supervision catches up with it, never at the horizon or beyond.
         */
        private boolean stillWaiting(double share, long age, int horizon) {
            return age < horizon && chance(share * (1 - (double) age / horizon));
        }

        /** The departments of the same government with a function neighbouring the category's, other than {@code unit}. */
        private List<UnitView> neighbours(UnitView unit, CategoryView category) {
            Set<String> functions = neighbouringFunctions.getOrDefault(category.id(), Set.of());
            return departments.get(territory.governmentOf(unit).id()).stream()
                    .filter(u -> !u.id().equals(unit.id()) && functions.contains(u.function())).toList();
        }

        private Optional<UnitView> neighbour(UnitView unit, CategoryView category) {
            List<UnitView> options = neighbours(unit, category);
            return options.isEmpty() ? Optional.empty() : Optional.of(pick(options));
        }

        private List<UnitView> coHandlers(UnitView lead, CategoryView category) {
            if (!chance(CO_HANDLED_SHARE)) {
                return List.of();
            }
            List<UnitView> others = new ArrayList<>(neighbours(lead, category));
            List<UnitView> chosen = new ArrayList<>();
            int count = between(1, 2);
            for (int i = 0; i < count && !others.isEmpty(); i++) {
                chosen.add(others.remove(random.nextInt(others.size())));
            }
            return chosen;
        }

        private PlannedMatter planned(Draft d) {
            // called in the order of registration, so each register runs 1, 2, 3 … as at the window
            String office = territory.governmentOf(d.receivingUnit).code();
            long n = registers.merge(office + "-" + d.receivedOn.getYear(), 1L, Long::sum);
            String referenceNo = ReferenceNumbers.format(office, d.receivedOn.getYear(), n);
            DemoFlags.Drawn drawn = flags.draw(referenceNo, d.petitioner, d.channel, d.persons, d.receivingUnit,
                    d.registeredAt, d.steps);
            return new PlannedMatter(referenceNo, d.channel, d.kind, d.originLevel, d.petitioner, d.representatives,
                    drawn.persons(), d.category, d.place, d.title, d.content, d.receivedOn, d.registeredAt, d.receivingUnit,
                    d.suggestedUnit, d.repeatOf == null ? null : d.repeatOf.index, d.leapLevel, d.onFinalMatter,
                    drawn.steps(), drawn.flags(), d.accused);
        }

        /** Online items and e-mails arrive at any hour of the day; the rest while the office is open. */
        private Instant registrationMoment(LocalDate day, Channel channel) {
            boolean anyHour = channel == Channel.ONLINE || channel == Channel.EMAIL;
            int from = anyHour ? 7 * 3600 : OFFICE_OPENS;
            int to = anyHour ? 23 * 3600 + 30 * 60 : OFFICE_CLOSES;
            return day.atTime(LocalTime.ofSecondOfDay(from + random.nextInt(to - from))).atZone(zone).toInstant();
        }

        private boolean chance(double p) {
            return random.nextDouble() < p;
        }

        /** A whole number from {@code from} to {@code to}, both included. */
        private int between(int from, int to) {
            return from + random.nextInt(to - from + 1);
        }

        private <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }

        /** An index drawn with the weights whose running sums are {@code cumulative}. */
        private int pick(double[] cumulative) {
            double u = random.nextDouble() * cumulative[cumulative.length - 1];
            int low = 0;
            int high = cumulative.length - 1;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (cumulative[mid] > u) {
                    high = mid;
                } else {
                    low = mid + 1;
                }
            }
            return low;
        }

        /**
         * Now and then a leader of the city, the county, the township or the village where the matter arose takes it
         * in personal charge (2022 art. 18 ¶2) on the day the body decides on it; none when the place lies in no
         * government of the level drawn (a village's leader for a matter of a township's own).
         */
        /** The county's petition bureau (the city's for a matter of the city's own) issues a supervision notice. */
        private void supervise(Draft d, Plan plan, LocalDate day) {
            UnitView office = territory.petitionOfficeFor(d.place);
            plan.add(new Step(plan.next(day, supervisionRandom), new Actor(ACTOR, office.id()),
                    new MatterCommand.Supervision(null, SUPERVISION_REASON)));
        }

        private void packageCase(Draft d, Plan plan, LocalDate day) {
            if (packageRandom.nextDouble() >= PACKAGE_SHARE) {
                return;
            }
            double draw = packageRandom.nextDouble();
            AdministrativeLevel level = PACKAGE_LEVELS[PACKAGE_LEVELS.length - 1];
            double sum = 0;
            for (int i = 0; i < PACKAGE_LEVELS.length; i++) {
                sum += PACKAGE_LEVEL_SHARES[i];
                if (draw < sum) {
                    level = PACKAGE_LEVELS[i];
                    break;
                }
            }
            Optional<UnitView> government = level == AdministrativeLevel.CITY ? Optional.of(city)
                    : territory.ancestorAt(d.place, level);
            if (government.isEmpty()) {
                // a matter of the city's own or of a township has no village (or county) leader to take it
                return;
            }
            plan.add(new Step(plan.next(day, packageRandom),
                    new Actor(leaders.getOrDefault(government.get().id(), ACTOR), government.get().id()),
                    new MatterCommand.PackageCase(null, PACKAGE_REASON)));
        }

        private <T> T choose(T[] values, double[] weights) {
            return values[pick(cumulative(weights))];
        }

        /** The steps of one matter in order, each at a moment after the one before, during office hours. */
        /**
         * The petitioner's two ratings (issue 10, item 6): of the handling body as drawn by the caller, and, for most,
         * of the petition office's work, which petitioners rate better than the body (the office did not decide their
         * claim); a dissatisfied rating of the office says why. One taken on the office's callback says so
         * ({@link RatingCallbacks#BY_PHONE}).
         */
        private MatterCommand.Evaluation evaluation(Satisfaction rating, boolean byPhone) {
            Satisfaction office = null;
            if (evaluationRandom.nextDouble() < OFFICE_RATED_SHARE) {
                double dissatisfied = rating == Satisfaction.DISSATISFIED ? 0.30 : 0.02;
                office = evaluationRandom.nextDouble() < dissatisfied ? Satisfaction.DISSATISFIED
                        : evaluationRandom.nextDouble() < 0.80 ? Satisfaction.SATISFIED : Satisfaction.BASICALLY_SATISFIED;
            }
            return new MatterCommand.Evaluation(null, rating,
                    byPhone ? RatingCallbacks.BY_PHONE : DemoTexts.evaluationComment(rating), office,
                    office == null ? null : DemoTexts.officeEvaluationComment(office));
        }

        /**
         * The petition office verifies the closure (审核认定办结): before review is asked for when it will be, otherwise
         * within a few days; a few recent closures still wait for it. Timed after the closing, during office hours,
         * without a draw of the main random source.
         */
        private void verifyClosure(Plan plan, Actor office, boolean reviewFollows) {
            if (!reviewFollows && evaluationRandom.nextDouble() >= CLOSURE_VERIFIED_SHARE) {
                return;
            }
            long delay = reviewFollows ? 60L * (10 + evaluationRandom.nextInt(50))
                    : 86_400L * (1 + evaluationRandom.nextInt(5)) + 60L * evaluationRandom.nextInt(60);
            plan.add(new Step(plan.after(delay), office,
                    new MatterCommand.ClosureVerification(null, DemoTexts.CLOSURE_VERIFIED_NOTE)));
        }

        private final class Plan {
            private final List<Step> steps = new ArrayList<>();
            private Instant last;
            private DemoHandlingTypes.Rewriter typing;

            Plan(Instant registeredAt) {
                this.last = registeredAt;
            }

            /**
             * A moment on {@code day} while the office is open; or, when the step before is later than that, a little
             * after it, and the next morning if the office has closed by then.
             */
            Instant next(LocalDate day) {
                return next(day, random);
            }

            /** As {@link #next(LocalDate)}, drawing from {@code stream}: the main stream's draws stay where they were. */
            Instant next(LocalDate day, SplittableRandom stream) {
                Instant planned = day.atTime(LocalTime.ofSecondOfDay(OFFICE_OPENS
                        + stream.nextInt(OFFICE_CLOSES - OFFICE_OPENS))).atZone(zone).toInstant();
                Instant earliest = last.plusSeconds(60L * (1 + stream.nextInt(20)));
                last = planned.isAfter(earliest) ? planned : duringOfficeHours(earliest);
                return last;
            }

            /**
             * {@code seconds} after the step before, while the office is open (the next morning if it has closed by
             * then): a step timed without a draw of the main random source.
             */
            Instant after(long seconds) {
                last = duringOfficeHours(last.plusSeconds(seconds));
                return last;
            }

            private Instant duringOfficeHours(Instant moment) {
                ZonedDateTime local = moment.atZone(zone);
                int second = local.toLocalTime().toSecondOfDay();
                if (second >= OFFICE_OPENS && second <= OFFICE_CLOSES) {
                    return moment;
                }
                // the next opening, plus the moment's minutes past the hour: no random draw, so that the rest of
                // the seed's city stays as it was
                LocalDate day = second < OFFICE_OPENS ? local.toLocalDate() : local.toLocalDate().plusDays(1);
                return day.atTime(LocalTime.ofSecondOfDay(OFFICE_OPENS + 60L * local.getMinute())).atZone(zone).toInstant();
            }

            void add(Step step) {
                if (typing == null) {
                    steps.add(step);
                } else {
                    steps.addAll(typing.rewrite(step));
                }
            }

            /**
             * From now on, the steps planned for the petition procedure are rewritten for the matter's type
             * ({@link DemoHandlingTypes.Rewriter}); planned as before, they draw the same numbers, so the rest of the
             * seed's city stays as it was.
             */
            void typed(DemoHandlingTypes.Typing t, UnitView government) {
                typing = new DemoHandlingTypes.Rewriter(t, government);
            }

            /** Keeps the steps before today; today and what follows belong to the live system. */
            void finish(Draft d) {
                Instant cutoff = today.atStartOfDay(zone).toInstant();
                List<Step> done = deliveries(d, steps).stream().takeWhile(s -> s.at().isBefore(cutoff)).toList();
                d.steps = done;
                // the last step of the procedure: a delivery may follow the re-review opinion
                Step last = done.stream().filter(s -> !(s.command() instanceof MatterCommand.Delivery))
                        .reduce((first, second) -> second).orElse(null);
                d.finalOn = last != null && last.command() instanceof MatterCommand.ReReviewOpinion
                        ? LocalDate.ofInstant(last.at(), zone) : null;
            }

            /** The steps with the delivery of each document issued ({@link DemoDeliveries}), seeded by the matter. */
            private List<Step> deliveries(Draft d, List<Step> planned) {
                long seed = d.registeredAt.toEpochMilli() * 0x9E3779B97F4A7C15L ^ d.title.hashCode();
                return DemoDeliveries.withDeliveries(planned, d.channel, seed, zone);
            }
        }
    }

    /** The shipped working-day files, for a generator made without the application's calendar: one for all. */
    private static WorkingDays shippedCalendar() {
        return ShippedCalendar.CALENDAR;
    }

    private static final class ShippedCalendar {
        static final WorkingDays CALENDAR = read();

        private static WorkingDays read() {
            try {
                return WorkingDays.read(new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                        .getResources("classpath:statute/working-days/*.json"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** Replaces each {name} whose name has a value; leaves any other brace as it is. */
    private static String fill(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder(template.length() + 64);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (close < 0) {
                out.append(template, i, template.length());
                break;
            }
            String value = values.get(template.substring(open + 1, close));
            if (value == null) {
                out.append(template, i, open + 1);
                i = open + 1;
            } else {
                out.append(template, i, open).append(value);
                i = close + 1;
            }
        }
        return out.toString();
    }
}
