package org.xinfang.demo;

import org.xinfang.casework.MatterFacts.Facts;
import org.xinfang.recommendation.Recommendations.ImportedRecommendation;
import org.xinfang.recommendation.Recommendations.Prompting;
import org.xinfang.statute.OversightRules.FeedbackOutcome;
import org.xinfang.statute.RecommendationRules.RecommendationKind;
import org.xinfang.territory.AdministrativeLevel;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The demo city's three recommendations (三项建议): the seed's city made 160 decision-making, 40 personnel and 260
 * reward-and-penalty recommendations in a year, mapped onto the kinds as IMPROVE_POLICY, IMPROVE_WORK and
 * ACCOUNTABILITY (see RecommendationRules.RecommendationKind), scaled to the items a year. Each goes from the petition
 * bureau of the matter's county (or the city's) to a department of that government, over one accepted matter; those
 * whose due date has passed were mostly answered, most adopted. Drawn from a fixed seed.
 */
final class DemoRecommendations {

    /** The seed's year: 27,000 items, and these recommendations. */
    static final int SEED_ITEMS = 27_000;
    static final Map<RecommendationKind, Integer> SEED_COUNTS = Map.of(RecommendationKind.IMPROVE_POLICY, 160,
            RecommendationKind.IMPROVE_WORK, 40, RecommendationKind.ACCOUNTABILITY, 260);
    /** Of those past due, the share answered; of those answered, adopted and partly adopted (the rest not). */
    static final double ANSWERED = 0.9;
    static final double ADOPTED = 0.7;
    static final double PARTLY = 0.2;

    private static final Map<RecommendationKind, String> SUBJECTS = Map.of(
            RecommendationKind.IMPROVE_POLICY, "关于完善征地拆迁补偿政策的建议",
            RecommendationKind.IMPROVE_WORK, "关于充实信访事项办理力量、规范办理程序的建议",
            RecommendationKind.ACCOUNTABILITY, "关于对信访工作中有关人员给予奖惩的建议");

    private DemoRecommendations() {
    }

    static List<ImportedRecommendation> of(Territory territory, Map<Long, String> leaders, List<Facts> matters,
                                           LocalDate lastDay, int years, int itemsPerYear, int feedbackDays) {
        List<ImportedRecommendation> out = new ArrayList<>();
        UnitView city = territory.root().orElseThrow();
        List<UnitView> governments = new ArrayList<>(territory.children(city.id()).stream()
                .filter(u -> !u.isDepartment() && u.level() == AdministrativeLevel.COUNTY).toList());
        governments.add(city);
        if (matters.isEmpty()) {
            return out;
        }
        SplittableRandom random = new SplittableRandom(0x3A_2026L);
        for (RecommendationKind kind : RecommendationKind.values()) {
            long count = Math.round((double) SEED_COUNTS.get(kind) * itemsPerYear / SEED_ITEMS) * years;
            for (long n = 0; n < count; n++) {
                Facts matter = matters.get(random.nextInt(matters.size()));
                // the government whose area holds the matter: the longest path that prefixes the holder's
                UnitView government = governments.stream().filter(g -> matter.holderPath() != null && matter.holderPath().startsWith(g.path()))
                        .max(Comparator.comparingInt(g -> g.path().length())).orElse(city);
                UnitView office = territory.department(government, "PETITION").orElse(null);
                List<UnitView> departments = territory.children(government.id()).stream()
                        .filter(u -> u.isDepartment() && territory.isActive(u) && (office == null || !u.id().equals(office.id()))).toList();
                if (office == null || departments.isEmpty()) {
                    continue;
                }
                // a recommendation follows the matter that prompted it: issued two to ten weeks after its receipt
                LocalDate issued = min(matter.receivedOn().plusDays(14 + random.nextInt(57)), lastDay);
                boolean answered = issued.plusDays(feedbackDays).isBefore(lastDay) ? random.nextDouble() < ANSWERED
                        : random.nextInt(3) == 0;
                double roll = random.nextDouble();
                FeedbackOutcome outcome = !answered ? null : roll < ADOPTED ? FeedbackOutcome.ADOPTED
                        : roll < ADOPTED + PARTLY ? FeedbackOutcome.PARTLY_ADOPTED : FeedbackOutcome.NOT_ADOPTED;
                LocalDate feedbackOn = answered ? min(issued.plusDays(10 + random.nextInt(feedbackDays)), lastDay) : null;
                out.add(new ImportedRecommendation(office.id(), kind, departments.get(random.nextInt(departments.size())).id(),
                        SUBJECTS.get(kind), "针对信访事项" + matter.referenceNo() + "反映的问题，建议研究改进，并在期限内书面反馈采纳情况。",
                        issued, leaders.getOrDefault(government.id(), DemoCityGenerator.ACTOR),
                        new Prompting(matter.matterId(), matter.referenceNo()), outcome,
                        answered ? "已研究落实，相关措施见附件。" : null, feedbackOn));
            }
        }
        return out;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
