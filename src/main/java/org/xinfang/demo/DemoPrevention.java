package org.xinfang.demo;

import org.xinfang.casework.MatterFacts.Facts;
import org.xinfang.intake.CategoryView;
import org.xinfang.prevention.AssessmentKind;
import org.xinfang.prevention.LatentDisputes.ImportedDispute;
import org.xinfang.prevention.RiskAssessments.ImportedAssessment;
import org.xinfang.prevention.RiskAssessments.Point;
import org.xinfang.statute.AssessmentConclusion;
import org.xinfang.statute.RiskLevel;
import org.xinfang.statute.RiskRules;
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
 * The demo city's source control: the seed's city resolved 1,632 latent disputes (矛盾纠纷) in a year and assessed 16
 * major projects and 12 major decisions for social stability risk. The demo finds about 1,810 disputes a year in its
 * villages and townships, nine in ten resolved within two months (the latest still open), and assesses 16 projects
 * and 12 decisions a year across the city and its counties, with a few of each county's matters received since linked
 * to them. Drawn from the seed, so a seed's city always has the same register.
 */
final class DemoPrevention {

    /** 1,632 resolved a year (the seed) out of those found: nine in ten are resolved. */
    static final int FOUND_PER_YEAR = Math.round(1632 / 0.9f);
    static final int PROJECTS_PER_YEAR = 16;
    static final int DECISIONS_PER_YEAR = 12;

    /** The seed's six sources of petitions, as the categories the investigations file disputes under. */
    private static final List<String> CATEGORIES = List.of("LEGAL.LAW_ENFORCEMENT", "LABOUR.WAGE_ARREARS",
            "LABOUR.DISPUTE", "RURAL.VILLAGE_AFFAIRS", "LAND.HOMESTEAD", "RURAL.LAND_CONTRACT", "URBAN.DEMOLITION",
            "LAND.ACQUISITION", "CIVIL.ASSISTANCE");
    private static final List<String> DISPUTES = List.of("因宅基地界址发生争执，双方情绪激动", "反映征收补偿标准不一，酝酿集体上访",
            "农民工工资被拖欠，多次讨要未果", "因土地承包经营权流转发生纠纷", "对村务公开有意见，要求查账",
            "因施工噪声和扬尘与施工方发生矛盾");
    private static final List<String> RESOLUTIONS = List.of("村（居）调委会组织调解，双方达成协议", "镇政府牵头协调，补偿款已发放到位",
            "人社部门督促用工单位结清工资", "司法所联合派出所调处，当事人签订和解协议", "召开村民代表会议公开账目，群众表示满意");
    private static final List<String> DECISIONS = List.of("城区公交线路调整方案", "义务教育学校布局调整", "城区停车收费标准调整",
            "农村集体经营性建设用地入市方案", "城镇居民最低生活保障标准调整", "老旧小区改造实施方案");
    private static final List<String> POINTS = List.of("征地拆迁补偿标准争议", "安置房建设进度滞后", "施工扰民", "涉及群众切身利益面广",
            "历史遗留问题交织", "政策解读不到位引发误解", "企业用工欠薪风险");

    private DemoPrevention() {
    }

    /** The disputes found from {@code firstDay} up to {@code lastDay}, owned by the supervisor of the place's county. */
    static List<ImportedDispute> disputes(Territory territory, List<CategoryView> categories,
                                          Map<Long, String> supervisorByCounty, String citySupervisor,
                                          DemoTemplates names, LocalDate firstDay, LocalDate lastDay, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5EED_D15B_07E5L);
        List<UnitView> places = new ArrayList<>(territory.placesAt(AdministrativeLevel.VILLAGE));
        places.addAll(territory.placesAt(AdministrativeLevel.TOWNSHIP));
        places.removeIf(u -> u.isDepartment() || !territory.isActive(u));
        places.sort(Comparator.comparing(UnitView::code));
        List<CategoryView> filed = categories.stream().filter(c -> CATEGORIES.contains(c.code())).toList();
        List<CategoryView> under = filed.isEmpty() ? categories.stream().filter(CategoryView::isSecondLevel).toList() : filed;
        long days = lastDay.toEpochDay() - firstDay.toEpochDay() + 1;
        int count = (int) (FOUND_PER_YEAR * days / 365);
        List<ImportedDispute> disputes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            UnitView place = places.get(random.nextInt(places.size()));
            LocalDate found = firstDay.plusDays(random.nextLong(days));
            double r = random.nextDouble();
            RiskLevel level = r < 0.6 ? RiskLevel.LOW : r < 0.9 ? RiskLevel.MEDIUM : RiskLevel.HIGH;
            List<String> people = new ArrayList<>();
            for (int n = 2 + random.nextInt(4); n > 0; n--) {
                people.add(names.surnames().get(random.nextInt(names.surnames().size()))
                        + names.givenNames().get(random.nextInt(names.givenNames().size())));
            }
            LocalDate resolved = random.nextDouble() < 0.9 ? found.plusDays(3 + random.nextInt(57)) : null;
            if (resolved != null && resolved.isAfter(lastDay)) {
                resolved = null;
            }
            String owner = territory.ancestorAt(place, AdministrativeLevel.COUNTY).map(UnitView::id)
                    .map(supervisorByCounty::get).orElse(citySupervisor);
            disputes.add(new ImportedDispute(place.id(), under.get(random.nextInt(under.size())).id(), found,
                    people.get(0) + "等" + DISPUTES.get(random.nextInt(DISPUTES.size())), people, level,
                    owner == null ? citySupervisor : owner, resolved,
                    resolved == null ? null : RESOLUTIONS.get(random.nextInt(RESOLUTIONS.size()))));
        }
        return disputes;
    }

    /**
     * 16 projects and 12 decisions a year from {@code firstDay}, each of the city or a county, with up to six of the
     * government's matters received since linked to it (so that some are raised by the rule and most are not).
     */
    static List<ImportedAssessment> assessments(Territory territory, List<Facts> matters, DemoTemplates texts,
                                                String recordedBy, LocalDate firstDay, LocalDate lastDay, int years,
                                                long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x0A55_E55EDL);
        List<UnitView> governments = new ArrayList<>(territory.placesAt(AdministrativeLevel.COUNTY));
        governments.removeIf(u -> u.isDepartment() || !territory.isActive(u));
        territory.root().ifPresent(governments::add);
        governments.sort(Comparator.comparing(UnitView::code));
        List<Facts> byReceipt = matters.stream().sorted(Comparator.comparing(Facts::receivedOn)).toList();
        java.util.Set<Long> taken = new java.util.HashSet<>();
        long days = lastDay.toEpochDay() - firstDay.toEpochDay() + 1;
        List<ImportedAssessment> out = new ArrayList<>();
        for (int i = 0; i < years * (PROJECTS_PER_YEAR + DECISIONS_PER_YEAR); i++) {
            AssessmentKind kind = i % (PROJECTS_PER_YEAR + DECISIONS_PER_YEAR) < PROJECTS_PER_YEAR
                    ? AssessmentKind.PROJECT : AssessmentKind.DECISION;
            UnitView unit = governments.get(random.nextInt(governments.size()));
            LocalDate on = firstDay.plusDays(random.nextLong(days));
            List<Point> points = new ArrayList<>();
            for (int n = 2 + random.nextInt(3); n > 0; n--) {
                double r = random.nextDouble();
                points.add(new Point(POINTS.get(random.nextInt(POINTS.size())),
                        r < 0.55 ? RiskLevel.LOW : r < 0.92 ? RiskLevel.MEDIUM : RiskLevel.HIGH));
            }
            RiskLevel level = points.stream().map(Point::level).max(Comparator.naturalOrder()).orElseThrow();
            AssessmentConclusion conclusion = switch (level) {
                case LOW -> AssessmentConclusion.PROCEED;
                case MEDIUM -> AssessmentConclusion.PROCEED_WITH_MEASURES;
                case HIGH -> random.nextBoolean() ? AssessmentConclusion.POSTPONE : AssessmentConclusion.DO_NOT_PROCEED;
            };
            String title = kind == AssessmentKind.PROJECT
                    ? unit.name() + texts.projects().get(random.nextInt(texts.projects().size())) + "项目"
                    : unit.name() + DECISIONS.get(random.nextInt(DECISIONS.size()));
            String sponsor = unit.name() + (kind == AssessmentKind.PROJECT ? "住房和城乡建设局" : "人民政府办公室");
            int wanted = kind == AssessmentKind.PROJECT ? random.nextInt(7) : random.nextInt(3);
            List<Long> linked = new ArrayList<>();
            for (Facts f : byReceipt) {
                if (linked.size() >= wanted) {
                    break;
                }
                // the matters received since, a few weeks on, held in the government's area
                if (!f.receivedOn().isBefore(on.plusDays(random.nextInt(RiskRules.WINDOW_DAYS * 6)))
                        && f.holderPath() != null && f.holderPath().startsWith(unit.path()) && taken.add(f.matterId())) {
                    linked.add(f.matterId());
                }
            }
            out.add(new ImportedAssessment(kind, title, sponsor, unit.id(), on, points, level,
                    "公开政策和补偿标准，设立信访接待点，明确责任单位和化解时限，做好群众解释疏导工作。", conclusion, recordedBy, linked));
        }
        return out;
    }
}
