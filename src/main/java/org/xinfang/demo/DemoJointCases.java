package org.xinfang.demo;

import org.xinfang.casework.MatterFacts.Facts;
import org.xinfang.casework.MatterState;
import org.xinfang.coordination.BundledPartyKind;
import org.xinfang.coordination.Concluded;
import org.xinfang.coordination.JointCase.BundledParty;
import org.xinfang.coordination.JointCase.Report;
import org.xinfang.coordination.JointCases.ImportedCase;
import org.xinfang.coordination.JointCases.ImportedDuty;
import org.xinfang.coordination.JointRole;
import org.xinfang.territory.AdministrativeLevel;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The demo city's joint cases (联合办理): the seed's city handles "nearly 10%" of its matters, the complex ones of
 * several departments, by the five departments together; in 2019 it gave 62 major ones bundled help (捆绑帮扶), all of
 * them closed. The demo opens a joint case on a tenth of its accepted matters, at the joint conference office of the
 * county holding it (the city's for the city's own), with the business department, the stability office and the
 * petition bureau on every form and the judicial and discipline bodies on some; the units mostly report in time, some
 * late, and the cases still open show who is late today. Drawn from each matter's id, so a seed's city is always the same.
 */
final class DemoJointCases {

    /** Nearly 10% of the matters are complex ones handled by several departments together (the seed). */
    static final double SHARE_OF_ACCEPTED = 0.10;
    /** 62 a year with bundled help (the seed), all of them closed. */
    static final int BUNDLED_PER_YEAR = 62;
    /** The states of a matter accepted for handling: the ones complex enough to be handled jointly. */
    static final Set<MatterState> ACCEPTED = EnumSet.of(MatterState.IN_HANDLING, MatterState.REPLIED, MatterState.EVALUATED,
            MatterState.CLOSED, MatterState.UNDER_REVIEW, MatterState.REVIEWED, MatterState.UNDER_RE_REVIEW, MatterState.FINAL);

    private static final String[] DUTIES = {
            "调处化解，依法作出处理意见", "落实稳控措施，防止矛盾激化", "提供法律援助，引导依法维权",
            "审计调查，查处失职失责问题", "跟踪督办，汇总落实情况"};
    private static final String PROGRESS = "已召开协调会，明确工作措施，正在推进。";
    private static final String DONE = "职责已落实，情况已书面报送联席会议办公室。";
    private static final String[][] PARTIES = {
            {"信访人本人", "依法理性表达诉求，配合调查"}, {"信访人亲属", "做通家庭成员思想工作"},
            {"原经办单位", "说明政策执行情况，纠正错误做法"}, {"所在乡镇综治办", "落实日常稳控和帮扶"},
            {"信访人原工作单位", "协助核实工龄、待遇等情况"}, {"县劳动人事争议仲裁院", "依法调解、仲裁劳动争议"},
            {"村（社区）党组织书记", "发挥熟人优势，疏导情绪"}, {"县人民政府分管负责同志", "研究决定化解方案"},
            {"包案县级领导", "统筹协调，督促按期化解"}};

    private DemoJointCases() {
    }

    static List<ImportedCase> of(List<Facts> accepted, Territory territory, LocalDate lastDay, int years, ZoneId zone) {
        List<ImportedCase> cases = new ArrayList<>();
        List<Integer> concluded = new ArrayList<>();
        for (Facts m : accepted) {
            SplittableRandom random = new SplittableRandom(m.matterId() * 0x5DEECE66DL + 11);
            if (random.nextDouble() >= SHARE_OF_ACCEPTED) {
                continue;
            }
            LocalDate opened = m.receivedOn().plusDays(3 + random.nextInt(15));
            UnitView holder = holder(territory, m.holderPath());
            if (opened.isAfter(lastDay) || holder == null) {
                continue;
            }
            UnitView government = territory.ancestorAt(holder, AdministrativeLevel.COUNTY).orElseGet(() -> territory.governmentOf(holder));
            UnitView office = territory.department(government, "PETITION").orElse(null);
            if (office == null) {
                continue;
            }
            boolean over = Concluded.is(m.state());
            List<ImportedDuty> duties = new ArrayList<>();
            for (JointRole role : JointRole.values()) {
                boolean onForm = switch (role) {
                    case JUDICIAL_ORGAN -> random.nextDouble() < 0.6;
                    case DISCIPLINE_INSPECTION -> random.nextDouble() < 0.35;
                    default -> true;
                };
                UnitView unit = role == JointRole.BUSINESS_DEPARTMENT ? holder
                        : territory.department(government, role.usualFunction()).orElse(null);
                if (onForm && unit != null && duties.stream().noneMatch(d -> d.unitId().equals(unit.id()))) {
                    duties.add(duty(role, unit, opened, over, lastDay, zone, random));
                }
            }
            if (duties.size() < 2) {
                continue;
            }
            if (over) {
                concluded.add(cases.size());
            }
            cases.add(new ImportedCase(m.matterId(), office.id(), "“" + m.title().strip() + "”涉及" + duties.size()
                    + "个部门，诉求交织、历时较长，单靠一个部门难以化解，需多部门联动、同步办理。", DemoCityGenerator.ACTOR, opened,
                    duties, List.of()));
        }
        // bundled help on the closed ones, about 62 a year
        double share = concluded.isEmpty() ? 0 : Math.min(1, (double) BUNDLED_PER_YEAR * years / concluded.size());
        for (int i : concluded) {
            ImportedCase c = cases.get(i);
            SplittableRandom random = new SplittableRandom(c.matterId() * 0x9E3779B97F4A7C15L + 3);
            if (random.nextDouble() < share) {
                cases.set(i, new ImportedCase(c.matterId(), c.officeUnitId(), c.summary(), c.openedBy(), c.openedOn(),
                        c.duties(), parties(c.openedOn(), lastDay, random)));
            }
        }
        return cases;
    }

    private static ImportedDuty duty(JointRole role, UnitView unit, LocalDate opened, boolean over, LocalDate lastDay,
                                     ZoneId zone, SplittableRandom random) {
        LocalDate due = opened.plusDays(20 + random.nextInt(30));
        LocalDate done;
        if (over || due.isBefore(lastDay)) {
            // most in time; one in twelve late; of the open ones past their deadline, a third still not done
            boolean late = random.nextInt(12) == 0;
            boolean stillOpen = !over && random.nextInt(3) == 0;
            done = stillOpen ? null : late ? due.plusDays(1 + random.nextInt(10)) : due.minusDays(random.nextInt(15));
        } else {
            done = random.nextInt(3) == 0 ? opened.plusDays(5 + random.nextInt(10)) : null;
        }
        if (done != null) {
            // within the case's days: after it was opened, by yesterday (a concluded matter's units are all done)
            done = done.isBefore(opened.plusDays(1)) ? opened.plusDays(1) : done;
            done = done.isAfter(lastDay) ? (over ? lastDay : null) : done;
        }
        if (done != null && done.isBefore(opened)) {
            done = opened;
        }
        List<Report> reports = new ArrayList<>();
        LocalDate progress = opened.plusDays(1 + random.nextInt(7));
        if (!progress.isAfter(lastDay) && (done == null || progress.isBefore(done))) {
            reports.add(report(progress, PROGRESS, false, zone));
        }
        if (done != null) {
            reports.add(report(done, DONE, true, zone));
        }
        return new ImportedDuty(role, unit.id(), DUTIES[role.ordinal()], due, done, reports);
    }

    private static Report report(LocalDate day, String note, boolean completes, ZoneId zone) {
        return new Report(null, day, note, completes, DemoCityGenerator.ACTOR, day.atTime(16, 0).atZone(zone).toInstant());
    }

    private static List<BundledParty> parties(LocalDate opened, LocalDate lastDay, SplittableRandom random) {
        List<BundledParty> parties = new ArrayList<>();
        int n = 6 + random.nextInt(4);
        for (BundledPartyKind kind : BundledPartyKind.values()) {
            if (kind.ordinal() < n) {
                LocalDate noted = opened.plusDays(7 + random.nextInt(30));
                boolean hasProgress = !noted.isAfter(lastDay);
                parties.add(new BundledParty(null, 0, kind, PARTIES[kind.ordinal()][0], PARTIES[kind.ordinal()][1],
                        hasProgress ? "已落实，配合化解到位。" : null, hasProgress ? noted : null));
            }
        }
        return parties;
    }

    /** The unit at the end of a holder path ("/1/4/17/": unit 17), up to its township if it is a village. */
    /** The unit holding a matter, by its path (a village's matter by its township). */
    static UnitView holder(Territory territory, String path) {
        if (path == null || path.length() < 2) {
            return null;
        }
        String[] ids = path.substring(1, path.length() - 1).split("/");
        UnitView unit = territory.unit(Long.valueOf(ids[ids.length - 1])).orElse(null);
        return unit != null && unit.level() == AdministrativeLevel.VILLAGE ? territory.require(unit.parentId()) : unit;
    }
}
