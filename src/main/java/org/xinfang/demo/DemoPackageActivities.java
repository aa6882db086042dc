package org.xinfang.demo;

import org.xinfang.casework.PackageHoldings.Holding;
import org.xinfang.coordination.PackageActivityKind;
import org.xinfang.coordination.PackageCases.ImportedActivity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What the demo city's leaders did on their package cases: most received or visited the petitioner within two weeks
 * of taking the case (the seed: 392 of 416 visited), and many mediated, saw the opinion carried out, arranged relief
 * or kept the situation stable. Drawn from each matter's id, so a seed's city always has the same activities.
 */
final class DemoPackageActivities {

    /** The seed's 392 visited of 416 package cases. */
    static final double VISITED_SHARE = 392 / 416.0;

    private static final PackageActivityKind[] OTHERS = {PackageActivityKind.MEDIATION, PackageActivityKind.IMPLEMENTATION,
            PackageActivityKind.RELIEF, PackageActivityKind.CONTROL};
    private static final String[] VISIT_NOTES = {"到信访人家中走访，面对面听取诉求，讲解政策", "在接访室约见信访人，逐项回应诉求",
            "现场察看问题所在，与信访人当面沟通处理方案"};
    private static final String[] NOTES = {"召集相关部门和信访人调处，达成初步共识", "督促责任单位落实处理意见，明确完成时限",
            "协调民政部门为生活困难的信访人申请临时救助", "与乡镇、村组研究稳控措施，落实专人联系"};
    private static final String[] PEOPLE = {"信访人及其家属", "信访人、村委会主任", "信访人、责任单位负责人", "信访人、乡镇分管领导"};

    private DemoPackageActivities() {
    }

    /** The activities of these package cases, each on a day from the taking to {@code lastDay}. */
    static List<ImportedActivity> of(List<Holding> cases, LocalDate lastDay) {
        List<ImportedActivity> activities = new ArrayList<>();
        for (Holding h : cases) {
            if (h.packagedOn() == null || h.packagedOn().isAfter(lastDay)) {
                continue;
            }
            SplittableRandom random = new SplittableRandom(h.matterId() * 0x9E3779B97F4A7C15L);
            if (random.nextDouble() < VISITED_SHARE) {
                activities.add(new ImportedActivity(h.matterId(), PackageActivityKind.VISIT, day(h, random, lastDay),
                        pick(VISIT_NOTES, random), pick(PEOPLE, random)));
            }
            for (int n = random.nextInt(3); n > 0; n--) {
                int k = random.nextInt(OTHERS.length);
                activities.add(new ImportedActivity(h.matterId(), OTHERS[k], day(h, random, lastDay), NOTES[k],
                        pick(PEOPLE, random)));
            }
        }
        return activities;
    }

    private static LocalDate day(Holding h, SplittableRandom random, LocalDate lastDay) {
        LocalDate day = h.packagedOn().plusDays(random.nextInt(15));
        return day.isAfter(lastDay) ? lastDay : day;
    }

    private static String pick(String[] texts, SplittableRandom random) {
        return texts[random.nextInt(texts.length)];
    }
}
