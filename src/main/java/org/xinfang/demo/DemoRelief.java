package org.xinfang.demo;

import org.xinfang.casework.MatterFacts.Facts;
import org.xinfang.casework.MatterFacts.Petitioning;
import org.xinfang.relief.ReliefFund.ImportedApplication;
import org.xinfang.relief.ReliefFund.ImportedBudget;
import org.xinfang.relief.ReliefFund.ImportedStep;
import org.xinfang.relief.ReliefStage;
import org.xinfang.statute.ReliefRules;
import org.xinfang.territory.AdministrativeLevel;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * The demo city's relief fund (信访救助): for each calendar year the history touches, the seed's budgets (1,500,000.00
 * yuan for the city, 8,200,000.00 for its counties, shared by population), and the seed's 635 petitioners relieved a
 * year (in the share of the year the history covers), each on an accepted matter of theirs charged to the budget of
 * the county holding it (the city's when the city holds it): mostly a few thousand yuan, about one in seven over the
 * leader's threshold, each through the chain; besides, referrals to social assistance and judicial aid, a few refusals,
 * a few payments reversed, and the applications of the last days still open. The seed's 32 long-term petitioners a year
 * among those relieved get the day they first petitioned, over five years before, from the registers kept before this
 * system (the history here is two years). Each petitioner is relieved once; drawn from the matters' ids.
 */
final class DemoRelief {

    static final BigDecimal CITY_BUDGET = new BigDecimal("1500000.00");
    static final BigDecimal COUNTIES_BUDGET = new BigDecimal("8200000.00");
    /** The seed: 635 petitioners relieved a year, 32 of whom had petitioned for over five years. */
    static final int RELIEVED_PER_YEAR = 635;
    static final int LONG_TERM_PER_YEAR = 32;
    private static final int REVERSED_PER_YEAR = 5;
    private static final double REFERRED_SHARE = 0.09;
    private static final double REFUSED_SHARE = 0.02;
    private static final int OPEN_AT_MOST = 8;

    private static final String[] HARDSHIPS = {
            "因病致贫，长期住院治疗，家庭生活确有困难", "家庭主要劳动力因工伤丧失劳动能力，无固定收入",
            "房屋拆迁安置未到位，临时租房，生活困难", "子女就学负担重，家庭人均收入低于当地最低生活保障标准",
            "年老体弱，无子女赡养，生活无着", "遭受自然灾害，房屋损毁，急需过渡安置"};
    private static final String SOCIAL = "符合最低生活保障条件，已转民政部门纳入社会救助";
    private static final String JUDICIAL = "涉诉案件当事人，已转人民法院按司法救助程序办理";
    private static final String REFUSED = "经调查核实，家庭收入高于救助标准，不予救助";
    private static final String REVERSED = "同一困难已获其他渠道救助，重复支付，予以冲销";

    /** The budgets with their applications, and since when the long-term petitioners have petitioned. */
    record Plan(List<ImportedBudget> budgets, Map<Long, LocalDate> petitioningSince) {
    }

    private DemoRelief() {
    }

    /**
     * The relief of the history from {@code firstDay} to {@code lastDay}, on the {@code accepted} matters, each unit's
     * chain by its {@code leaderThreshold}; the staff
     * who apply, approve as bureau head and as leader are each unit's first registrar, supervisor and leader.
     */
    static Plan of(Territory territory, List<Facts> accepted, Function<Collection<Long>, List<Petitioning>> petitioning,
                   Function<Long, BigDecimal> leaderThreshold, Map<Long, String> registrars,
                   Map<Long, String> supervisors, Map<Long, String> leaders,
                   LocalDate firstDay, LocalDate lastDay, ZoneId zone, long seed) {
        UnitView city = territory.root().orElseThrow();
        List<UnitView> counties = territory.placesAt(AdministrativeLevel.COUNTY).stream().filter(territory::isActive)
                .sorted(Comparator.comparing(UnitView::code)).toList();
        Map<UnitView, BigDecimal> amounts = new LinkedHashMap<>();
        amounts.put(city, CITY_BUDGET);
        amounts.putAll(shares(counties));

        // the draw: accepted matters in a fixed random order, the petitioners of the first few thousand
        List<Facts> drawn = accepted.stream().filter(m -> !m.receivedOn().isBefore(firstDay) && !m.receivedOn().isAfter(lastDay))
                .sorted(Comparator.comparingLong(m -> new SplittableRandom(seed ^ m.matterId() * 0x9E3779B97F4A7C15L).nextLong()))
                .toList();
        int years = lastDay.getYear() - firstDay.getYear() + 1;
        int pool = Math.min(drawn.size(), years * RELIEVED_PER_YEAR * 3);
        Map<Long, Petitioning> whose = new HashMap<>();
        petitioning.apply(drawn.subList(0, pool).stream().map(Facts::matterId).toList()).forEach(p -> whose.put(p.matterId(), p));

        Map<String, ImportedBudget> budgets = new LinkedHashMap<>();
        Map<String, BigDecimal> available = new HashMap<>();
        Map<Long, LocalDate> since = new HashMap<>();
        Set<Long> relieved = new HashSet<>();
        for (int year = firstDay.getYear(); year <= lastDay.getYear(); year++) {
            LocalDate from = LocalDate.of(year, 1, 1).isBefore(firstDay) ? firstDay : LocalDate.of(year, 1, 1);
            LocalDate to = LocalDate.of(year, 12, 31).isAfter(lastDay) ? lastDay : LocalDate.of(year, 12, 31);
            double share = (ChronoUnit.DAYS.between(from, to) + 1.0) / from.lengthOfYear();
            int paidTarget = (int) Math.round(RELIEVED_PER_YEAR * share);
            int longTermTarget = (int) Math.round(LONG_TERM_PER_YEAR * share);
            int referredTarget = (int) Math.round(paidTarget * REFERRED_SHARE);
            int refusedTarget = (int) Math.round(paidTarget * REFUSED_SHARE);
            int reversedTarget = (int) Math.round(REVERSED_PER_YEAR * share);
            for (Map.Entry<UnitView, BigDecimal> opened : amounts.entrySet()) {
                UnitView unit = opened.getKey();
                budgets.put(unit.id() + "/" + year, new ImportedBudget(unit.id(), unit.jurisdictionPath(), year,
                        opened.getValue(), leaders.getOrDefault(unit.id(), DemoCityGenerator.ACTOR),
                        LocalDate.of(year, 1, 1).atTime(9, 0).atZone(zone).toInstant(), new ArrayList<>()));
            }
            int paid = 0, longTerm = 0, referred = 0, refused = 0, reversed = 0, open = 0;
            for (Facts m : drawn.subList(0, pool)) {
                Petitioning p = whose.get(m.matterId());
                SplittableRandom random = new SplittableRandom(seed * 31 + m.matterId());
                LocalDate applied = m.receivedOn().plusDays(3 + random.nextInt(25));
                if (p == null || applied.getYear() != year || applied.isAfter(lastDay) || relieved.contains(p.petitionerId())) {
                    continue;
                }
                UnitView unit = counties.stream().filter(c -> m.holderPath().startsWith(c.jurisdictionPath())).findFirst()
                        .orElse(city);
                String key = unit.id() + "/" + year;
                ImportedBudget budget = budgets.get(key);
                BigDecimal amount = amount(random);
                LocalDate head = applied.plusDays(1 + random.nextInt(4));
                boolean needsLeader = ReliefRules.needsLeader(amount, leaderThreshold.apply(unit.id()));
                LocalDate payDay = needsLeader ? head.plusDays(1 + random.nextInt(3)) : head;
                String registrar = registrars.getOrDefault(unit.id(), DemoCityGenerator.ACTOR);
                String bureauHead = supervisors.getOrDefault(unit.id(), DemoCityGenerator.ACTOR);
                String leader = leaders.getOrDefault(unit.id(), DemoCityGenerator.ACTOR);
                String reason = HARDSHIPS[random.nextInt(HARDSHIPS.length)];
                ImportedStep headStep = new ImportedStep("BUREAU_HEAD", bureauHead, head.atTime(15, 0).atZone(zone).toInstant());
                List<ImportedStep> chain = needsLeader ? List.of(headStep, new ImportedStep("LEADER", leader,
                        payDay.atTime(16, 0).atZone(zone).toInstant())) : List.of(headStep);
                ImportedApplication application;
                if (payDay.isAfter(lastDay)) {
                    if (open >= OPEN_AT_MOST) {
                        continue;
                    }
                    open++;
                    boolean headed = !head.isAfter(lastDay);
                    application = new ImportedApplication(m.matterId(), p.petitioner(), reason, amount, registrar,
                            applied.atTime(10, 0).atZone(zone).toInstant(), headed ? List.of(headStep) : List.of(),
                            headed ? ReliefStage.BUREAU_APPROVED : ReliefStage.SUBMITTED, null, null);
                } else if (referred < referredTarget || refused < refusedTarget) {
                    ReliefStage stage = referred < referredTarget
                            ? (referred % 3 == 2 ? ReliefStage.REFERRED_JUDICIAL_AID : ReliefStage.REFERRED_SOCIAL_ASSISTANCE)
                            : ReliefStage.REFUSED;
                    if (stage == ReliefStage.REFUSED) {
                        refused++;
                    } else {
                        referred++;
                    }
                    application = new ImportedApplication(m.matterId(), p.petitioner(), reason, amount, registrar,
                            applied.atTime(10, 0).atZone(zone).toInstant(), List.of(), stage,
                            stage == ReliefStage.REFUSED ? REFUSED : stage == ReliefStage.REFERRED_JUDICIAL_AID ? JUDICIAL : SOCIAL,
                            null);
                } else {
                    BigDecimal left = available.getOrDefault(key, budget.amount());
                    LocalDate reversedOn = payDay.plusDays(5 + random.nextInt(20));
                    boolean reverses = reversed < reversedTarget && !reversedOn.isAfter(lastDay);
                    if (amount.compareTo(left) > 0 || (!reverses && paid >= paidTarget)) {
                        continue;
                    }
                    if (reverses) {
                        reversed++;
                    } else {
                        paid++;
                        available.put(key, left.subtract(amount));
                    }
                    application = new ImportedApplication(m.matterId(), p.petitioner(), reason, amount, registrar,
                            applied.atTime(10, 0).atZone(zone).toInstant(), chain,
                            reverses ? ReliefStage.REVERSED : ReliefStage.PAID, reverses ? REVERSED : null,
                            reverses ? new ImportedStep("REVERSAL", leader, reversedOn.atTime(11, 0).atZone(zone).toInstant()) : null);
                    if (!reverses && longTerm < longTermTarget) {
                        longTerm++;
                        since.put(p.petitionerId(), payDay.minusYears(ReliefRules.LONG_TERM_YEARS).minusDays(30 + random.nextInt(2500)));
                    }
                }
                relieved.add(p.petitionerId());
                budget.applications().add(application);
                if (paid >= paidTarget && referred >= referredTarget && refused >= refusedTarget && reversed >= reversedTarget
                        && (year < lastDay.getYear() || open >= OPEN_AT_MOST)) {
                    break;
                }
            }
        }
        return new Plan(List.copyOf(budgets.values()), since);
    }

    /** The counties' 8.2 million by population, to the ten thousand yuan, the rounding left with the most populous. */
    private static Map<UnitView, BigDecimal> shares(List<UnitView> counties) {
        long people = counties.stream().mapToLong(c -> c.population() == null ? 0 : c.population()).sum();
        Map<UnitView, BigDecimal> shares = new LinkedHashMap<>();
        BigDecimal given = BigDecimal.ZERO;
        for (UnitView c : counties) {
            BigDecimal share = BigDecimal.valueOf(Math.round(COUNTIES_BUDGET.doubleValue() * (c.population() == null ? 0
                    : c.population()) / people / 10_000) * 10_000L).setScale(2);
            shares.put(c, share);
            given = given.add(share);
        }
        UnitView largest = counties.stream().max(Comparator.comparingLong(c -> c.population() == null ? 0 : c.population()))
                .orElseThrow();
        shares.put(largest, shares.get(largest).add(COUNTIES_BUDGET.subtract(given)));
        return shares;
    }

    /** Mostly 500 to 4,900 yuan, now and then with fen; about one in seven 6,000 to 20,000, which a leader approves. */
    private static BigDecimal amount(SplittableRandom random) {
        if (random.nextInt(7) == 0) {
            return BigDecimal.valueOf(6000 + random.nextInt(141) * 100L).setScale(2);
        }
        return BigDecimal.valueOf(50_000 + random.nextInt(45) * 10_000L + (random.nextInt(4) == 0 ? random.nextInt(100) : 0), 2);
    }
}
