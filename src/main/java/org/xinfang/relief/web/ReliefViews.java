package org.xinfang.relief.web;

import org.springframework.stereotype.Component;
import org.xinfang.casework.MatterFacts;
import org.xinfang.relief.ReliefFund;
import org.xinfang.relief.ReliefStage;
import org.xinfang.territory.StaffPrincipal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The relief pages' and API's applications and reports as the viewer may read them: names masked for the masked roles. */
@Component
class ReliefViews {

    private final MatterFacts facts;

    ReliefViews(MatterFacts facts) {
        this.facts = facts;
    }

    record ApplicationView(Long id, int version, Long matterId, String referenceNo, String petitioner, String reason,
                           BigDecimal amount, ReliefStage stage, String outcome, boolean open, String nextStep) {
    }

    List<ApplicationView> applications(StaffPrincipal viewer, List<ReliefFund.Application> applications) {
        Map<Long, String> refs = references(applications.stream().map(ReliefFund.Application::matterId).toList());
        return applications.stream().map(a -> masked(viewer, a)).map(a -> new ApplicationView(a.id(), a.version(),
                a.matterId(), refs.get(a.matterId()), a.petitioner(), a.reason(), a.amount(), a.stage(), a.outcome(), a.stage().isOpen(),
                a.stage() == ReliefStage.SUBMITTED ? "BUREAU_HEAD" : "LEADER")).toList();
    }

    /** An application as the API answers the viewer: the petitioner's name masked, and the texts, for the masked roles. */
    ReliefFund.Application masked(StaffPrincipal viewer, ReliefFund.Application a) {
        return new ReliefFund.Application(a.id(), a.version(), a.budgetId(), a.matterId(), viewer.readableName(a.petitioner()),
                viewer.readable(a.reason()), a.amount(), a.stage(), a.outcome() == null ? null : viewer.readable(a.outcome()),
                a.appliedBy());
    }

    /** A report with the long-term petitioners' names as the viewer may read them. */
    ReliefFund.Report masked(StaffPrincipal viewer, ReliefFund.Report r) {
        return new ReliefFund.Report(r.payments(), r.recipients(), r.paid(), r.budgeted(), r.longTerm(),
                r.longTermRecipients().stream().map(l -> new ReliefFund.LongTermRecipient(l.applicationId(), l.budgetId(),
                        l.matterId(), viewer.readableName(l.petitioner()), l.since(), l.paidOn())).toList());
    }

    /** A long-term petitioner helped, as the report page lists them: with the matter's number. */
    record LongTermView(String petitioner, String referenceNo, java.time.LocalDate since, java.time.LocalDate paidOn,
                        Long budgetId) {
    }

    List<LongTermView> longTerm(StaffPrincipal viewer, ReliefFund.Report r) {
        Map<Long, String> refs = references(r.longTermRecipients().stream().map(ReliefFund.LongTermRecipient::matterId).toList());
        return r.longTermRecipients().stream().map(l -> new LongTermView(viewer.readableName(l.petitioner()), refs.get(l.matterId()),
                l.since(), l.paidOn(), l.budgetId())).toList();
    }

    private Map<Long, String> references(List<Long> matterIds) {
        return facts.of(matterIds.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(MatterFacts.Facts::matterId, MatterFacts.Facts::referenceNo));
    }
}
