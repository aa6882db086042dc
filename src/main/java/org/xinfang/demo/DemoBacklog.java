package org.xinfang.demo;

import org.xinfang.casework.MatterFacts.Facts;
import org.xinfang.casework.PackageHoldings.Holding;
import org.xinfang.coordination.BacklogRegister.ImportedCase;
import org.xinfang.coordination.Concluded;
import org.xinfang.statute.Statute;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The demo city's backlog register (积案台账): the seed's city registered 89 old matters in a year and settled 81. The
 * demo registers a share of its package cases (a leader's own cases are the ones a register names a leader for) once
 * they are past the handling limit, with a target two months on and a plan; most of those the procedure has
 * concluded are settled (案结事了) within two months of the registration, the others still being resolved. Drawn from each matter's
 * id, so a seed's city always has the same register.
 */
final class DemoBacklog {

    /**
     * 89 a year (the seed) out of the package cases held by a leader with an account: the city's and the counties'
     * leaders hold about 55% of the 416 a year.
     */
    static final double SHARE_OF_PACKAGE_CASES = 89 / (416 * 0.55);
    /** 81 of the 89 settled. */
    static final double SETTLED_SHARE = 81 / 89.0;

    private static final String PLAN = "责任领导牵头，责任单位逐项核实诉求，依法依规提出化解方案，限期办结并做好稳控。";
    private static final String PROGRESS = "召开专题协调会，督促责任单位落实化解措施。";
    private static final String SETTLEMENT = "诉求依法解决，信访人签署息诉罢访承诺书，案结事了。";

    private DemoBacklog() {
    }

    static List<ImportedCase> of(List<Holding> packaged, LocalDate lastDay) {
        List<ImportedCase> cases = new ArrayList<>();
        for (Holding h : packaged) {
            Facts f = h.matter();
            SplittableRandom random = new SplittableRandom(h.matterId() * 0x2545F4914F6CDD1DL);
            // the register names a leader by their account: cases held by a township's or village's leader, who
            // has none in the demo territory, stay off it
            boolean drawn = random.nextDouble() < SHARE_OF_PACKAGE_CASES;
            if (!drawn || DemoCityGenerator.ACTOR.equals(h.leader())) {
                continue;
            }
            LocalDate registered = f.receivedOn().plusDays(Statute.HANDLING_DAYS + random.nextInt(20));
            if (registered.isAfter(lastDay)) {
                continue;
            }
            // a case can be closed while the matter is not settled (案结事不了): the petitioner still petitions
            boolean settles = Concluded.is(f.state()) && random.nextDouble() < SETTLED_SHARE;
            LocalDate settled = settles ? min(registered.plusDays(10 + random.nextInt(50)), lastDay) : null;
            List<LocalDate> progress = new ArrayList<>();
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                LocalDate day = registered.plusDays(random.nextInt(30));
                progress.add(min(settled == null ? day : min(day, settled), lastDay));
            }
            cases.add(new ImportedCase(h.matterId(), h.leader(), h.leader(), registered, registered.plusDays(60), PLAN,
                    progress, PROGRESS, settled, settled == null ? null : SETTLEMENT));
        }
        return cases;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
