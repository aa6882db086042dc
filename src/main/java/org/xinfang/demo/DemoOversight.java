package org.xinfang.demo;

import org.xinfang.casework.MatterFacts.Facts;
import org.xinfang.coordination.AccountabilityProposals.ImportedProposal;
import org.xinfang.coordination.OversightMeasures.ImportedMeasure;
import org.xinfang.coordination.SpecialInspections.ImportedFinding;
import org.xinfang.coordination.SpecialInspections.ImportedInspection;
import org.xinfang.statute.OversightRules;
import org.xinfang.statute.OversightRules.AccountabilityGround;
import org.xinfang.statute.OversightRules.FeedbackOutcome;
import org.xinfang.statute.OversightRules.MeasureKind;
import org.xinfang.territory.AdministrativeLevel;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The demo city's oversight (督查问责): the seed's city interviewed and listed for supervision a few units that
 * failed; the demo has the city's and each county's joint conference take about three measures a year against
 * departments and townships of its area, most rectified within their month; a proposal of accountability every
 * other year in a county, with the body's written feedback; and a special inspection a year at the city over a few
 * matters, the latest still open. Drawn from a fixed seed, so a seed's city always has the same record.
 */
final class DemoOversight {

    static final int MEASURES_A_YEAR = 3;
    /** Most measures are rectified; the few left are the ones the list shows late or listed. */
    static final double RECTIFIED_SHARE = 0.85;

    private static final String[] REASONS = {
            "信访事项办理超期，群众反映强烈，责令限期整改。",
            "初信初访化解率偏低，重复信访上升。",
            "积案化解进度滞后，未按期完成化解任务。",
            "越级走访批次较多，属地稳控责任落实不到位。"};
    private static final String RECTIFICATION = "已召开专题会议研究整改，逐件落实责任人，超期事项全部办结，整改报告已报联席会议办公室。";

    private DemoOversight() {
    }

    record Record(List<ImportedMeasure> measures, List<ImportedProposal> proposals, List<ImportedInspection> inspections) {
    }

    static Record of(Territory territory, Map<Long, String> leaders, List<Facts> matters, LocalDate lastDay, int years) {
        SplittableRandom random = new SplittableRandom(0x0E5F_2026L);
        UnitView city = territory.root().orElseThrow();
        List<UnitView> governments = new ArrayList<>(List.of(city));
        territory.children(city.id()).stream().filter(u -> !u.isDepartment() && u.level() == AdministrativeLevel.COUNTY)
                .forEach(governments::add);
        List<ImportedMeasure> measures = new ArrayList<>();
        List<ImportedProposal> proposals = new ArrayList<>();
        LocalDate first = lastDay.minusYears(years);
        for (UnitView government : governments) {
            UnitView office = territory.department(government, "PETITION").orElse(null);
            if (office == null) {
                continue;
            }
            String by = leaders.getOrDefault(government.id(), DemoCityGenerator.ACTOR);
            List<UnitView> area = territory.unitIdsUnder(government.path()).stream().map(territory::require)
                    .filter(u -> u.level() != AdministrativeLevel.VILLAGE && !u.id().equals(government.id())
                            && !u.id().equals(office.id()) && territory.isActive(u)).toList();
            if (area.isEmpty()) {
                continue;
            }
            for (int n = MEASURES_A_YEAR * years; n > 0; n--) {
                LocalDate decided = first.plusDays(random.nextInt((int) (lastDay.toEpochDay() - first.toEpochDay())));
                LocalDate rectifyBy = decided.plusDays(OversightRules.RECTIFICATION_DAYS);
                boolean rectified = random.nextDouble() < RECTIFIED_SHARE && !rectifyBy.isAfter(lastDay.plusDays(10));
                LocalDate on = rectified ? min(decided.plusDays(10 + random.nextInt(30)), lastDay) : null;
                MeasureKind kind = MeasureKind.values()[random.nextInt(MeasureKind.values().length)];
                measures.add(new ImportedMeasure(office.id(), area.get(random.nextInt(area.size())).id(), kind,
                        REASONS[random.nextInt(REASONS.length)], decided, rectifyBy, by, on, rectified ? RECTIFICATION : null));
            }
            if (government.level() == AdministrativeLevel.COUNTY && random.nextInt(2) == 0) {
                UnitView discipline = territory.department(government, "DISCIPLINE").orElse(government);
                LocalDate proposed = first.plusDays(random.nextInt((int) (lastDay.toEpochDay() - first.toEpochDay())));
                boolean answered = proposed.plusDays(30).isBefore(lastDay);
                proposals.add(new ImportedProposal(office.id(), area.get(random.nextInt(area.size())).id(), "有关责任人员",
                        AccountabilityGround.values()[random.nextInt(AccountabilityGround.values().length)],
                        "信访事项久拖不办，引发集体越级走访，造成严重后果。", discipline.id(), proposed, by,
                        answered ? FeedbackOutcome.values()[random.nextInt(2)] : null,
                        answered ? "对有关责任人员予以诫勉谈话，责令作出书面检查。" : null,
                        answered ? proposed.plusDays(20 + random.nextInt(10)) : null));
            }
        }
        return new Record(measures, proposals, inspections(territory, city, leaders, matters, lastDay, years, random));
    }

    /** A special inspection a year at the city over five matters of that year, the latest still open. */
    private static List<ImportedInspection> inspections(Territory territory, UnitView city, Map<Long, String> leaders,
                                                        List<Facts> matters, LocalDate lastDay, int years,
                                                        SplittableRandom random) {
        UnitView office = territory.department(city, "PETITION").orElse(null);
        List<ImportedInspection> inspections = new ArrayList<>();
        if (office == null || matters.size() < 5 * years) {
            return inspections;
        }
        String by = leaders.getOrDefault(city.id(), DemoCityGenerator.ACTOR);
        for (int y = years - 1; y >= 0; y--) {
            LocalDate opened = lastDay.minusYears(y).minusDays(20);
            boolean open = y == 0;
            List<ImportedFinding> findings = new ArrayList<>();
            for (int k = 0; k < 5; k++) {
                Facts m = matters.get(random.nextInt(matters.size()));
                if (findings.stream().anyMatch(f -> f.matterId().equals(m.matterId()))) {
                    continue;
                }
                boolean found = !open || k < 2;
                boolean problem = found && random.nextInt(3) == 0;
                findings.add(new ImportedFinding(m.matterId(), found ? problem : null,
                        found ? (problem ? "答复意见未告知复查途径，已反馈责任单位整改。" : "办理规范，答复及时。") : null,
                        found ? opened.plusDays(3 + k) : null));
            }
            inspections.add(new ImportedInspection(office.id(), "信访事项办理质量专项督查（" + opened.getYear() + "年）",
                    "市信访工作联席会议年度工作部署", opened.plusDays(30), by, opened, open ? null : opened.plusDays(25),
                    open ? null : "抽查事项总体办理规范；发现的问题已向有关县市区和部门反馈，限期整改。", findings));
        }
        return inspections;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
