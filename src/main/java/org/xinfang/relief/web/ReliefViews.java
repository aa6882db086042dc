package org.xinfang.relief.web;

import org.springframework.stereotype.Component;
import org.xinfang.casework.MatterFacts;
import org.xinfang.platform.PersonalData;
import org.xinfang.relief.ReliefFund;
import org.xinfang.relief.ReliefStage;
import org.xinfang.territory.StaffPrincipal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The relief pages' applications as the viewer may read them: the petitioner's name masked for the masked roles. */
@Component
class ReliefViews {

    private final MatterFacts facts;

    ReliefViews(MatterFacts facts) {
        this.facts = facts;
    }

    record ApplicationView(Long id, int version, String referenceNo, String petitioner, String reason, BigDecimal amount,
                           ReliefStage stage, String outcome, boolean open, String nextStep) {
    }

    List<ApplicationView> applications(StaffPrincipal viewer, List<ReliefFund.Application> applications) {
        Map<Long, String> refs = facts.of(applications.stream().map(ReliefFund.Application::matterId).distinct().toList())
                .stream().collect(Collectors.toMap(MatterFacts.Facts::matterId, MatterFacts.Facts::referenceNo));
        return applications.stream().map(a -> new ApplicationView(a.id(), a.version(), refs.get(a.matterId()),
                name(viewer, a.petitioner()), viewer.readable(a.reason()), a.amount(), a.stage(),
                a.outcome() == null ? null : viewer.readable(a.outcome()), a.stage().isOpen(),
                a.stage() == ReliefStage.SUBMITTED ? "BUREAU_HEAD" : "LEADER")).toList();
    }

    static String name(StaffPrincipal viewer, String name) {
        return viewer.seesPersonalData() ? name : PersonalData.maskName(name);
    }
}
