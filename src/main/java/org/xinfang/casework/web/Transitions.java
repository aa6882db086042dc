package org.xinfang.casework.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Component;
import org.xinfang.casework.AcceptanceDecision;
import org.xinfang.casework.AcceptanceOutcome;
import org.xinfang.casework.Casework;
import org.xinfang.casework.Matter;
import org.xinfang.casework.MatterAction;
import org.xinfang.casework.OpinionOutcome;
import org.xinfang.casework.ReviewOutcome;
import org.xinfang.casework.RoutingKind;
import org.xinfang.casework.Satisfaction;
import org.xinfang.platform.Refusal;
import org.xinfang.statute.ProperChannel;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.util.List;

/**
 * The requests that move a matter, shared by the JSON API and the pages: each names the version the
 * client saw, the action, and how to apply it. Unit codes are resolved here, so both doors refuse an
 * unknown unit the same way.
 */
@Component
class Transitions {

    private final Casework casework;
    private final Territory territory;

    Transitions(Casework casework, Territory territory) {
        this.casework = casework;
        this.territory = territory;
    }

    /** A request to move a matter. */
    sealed interface Transition {
        Integer version();

        MatterAction action();

        Casework.MatterChange change(Transitions t, StaffPrincipal me);
    }

    record Routing(@NotNull Integer version, @NotNull RoutingKind kind, @NotBlank String unitCode, String reason)
            implements Transition {
        public MatterAction action() { return MatterAction.ROUTE; }

        public Casework.MatterChange change(Transitions t, StaffPrincipal me) {
            UnitView body = t.unit(unitCode, "unitCode", me);
            return (m, a, c) -> m.route(kind, body, reason, a, c);
        }
    }

    record Acceptance(@NotNull Integer version, @NotNull AcceptanceOutcome outcome, @Size(max = 5000) String notice,
                      @Size(max = 2000) String reason, ProperChannel properChannel, String leadUnitCode,
                      List<@NotNull String> coHandlerUnitCodes, String transferToUnitCode) implements Transition {
        public MatterAction action() { return MatterAction.DECIDE_ACCEPTANCE; }

        public Casework.MatterChange change(Transitions t, StaffPrincipal me) {
            AcceptanceDecision decision = new AcceptanceDecision(outcome, notice, reason, properChannel,
                    t.optionalUnit(leadUnitCode, "leadUnitCode", me), t.units(coHandlerUnitCodes, "coHandlerUnitCodes", me),
                    t.optionalUnit(transferToUnitCode, "transferToUnitCode", me));
            return (m, a, c) -> m.decideAcceptance(decision, a, c);
        }
    }

    record Assignment(@NotNull Integer version, @NotBlank String leadUnitCode, List<@NotNull String> coHandlerUnitCodes,
                      @NotBlank @Size(max = 2000) String reason) implements Transition {
        public MatterAction action() { return MatterAction.REASSIGN; }

        public Casework.MatterChange change(Transitions t, StaffPrincipal me) {
            UnitView lead = t.unit(leadUnitCode, "leadUnitCode", me);
            List<UnitView> co = t.units(coHandlerUnitCodes, "coHandlerUnitCodes", me);
            return (m, a, c) -> m.reassign(lead, co, reason, a, c);
        }
    }

    record Extension(@NotNull Integer version, @NotNull Integer days, @NotBlank @Size(max = 2000) String reason)
            implements Transition {
        public MatterAction action() { return MatterAction.EXTEND_HANDLING; }

        public Casework.MatterChange change(Transitions t, StaffPrincipal me) {
            return (m, a, c) -> m.extendHandling(days, reason, a, c);
        }
    }

    record Opinion(@NotNull Integer version, @NotNull OpinionOutcome outcome, @NotBlank @Size(max = 20000) String text)
            implements Transition {
        public MatterAction action() { return MatterAction.REPLY; }

        public Casework.MatterChange change(Transitions t, StaffPrincipal me) {
            return (m, a, c) -> m.reply(outcome, text, a, c);
        }
    }

    record Evaluation(@NotNull Integer version, @NotNull Satisfaction satisfaction, @Size(max = 2000) String comment)
            implements Transition {
        public MatterAction action() { return MatterAction.RECORD_EVALUATION; }

        public Casework.MatterChange change(Transitions t, StaffPrincipal me) {
            return (m, a, c) -> m.recordEvaluation(satisfaction, comment, a, c);
        }
    }

    record Closure(@NotNull Integer version, @Size(max = 2000) String reason) implements Transition {
        public MatterAction action() { return MatterAction.CLOSE; }

        public Casework.MatterChange change(Transitions t, StaffPrincipal me) {
            return (m, a, c) -> m.close(reason, a, c);
        }
    }

    record ReviewRequest(@NotNull Integer version, @NotBlank @Size(max = 5000) String reason) implements Transition {
        public MatterAction action() { return MatterAction.REQUEST_REVIEW; }

        public Casework.MatterChange change(Transitions t, StaffPrincipal me) {
            return (m, a, c) -> m.requestReview(t.casework.higherBody(m.leadUnitId(), "review"), reason, a, c);
        }
    }

    record ReviewOpinion(@NotNull Integer version, @NotNull ReviewOutcome outcome, @NotBlank @Size(max = 20000) String text)
            implements Transition {
        public MatterAction action() { return MatterAction.ISSUE_REVIEW_OPINION; }

        public Casework.MatterChange change(Transitions t, StaffPrincipal me) {
            return (m, a, c) -> m.issueReviewOpinion(outcome, text, a, c);
        }
    }

    record ReReviewRequest(@NotNull Integer version, @NotBlank @Size(max = 5000) String reason) implements Transition {
        public MatterAction action() { return MatterAction.REQUEST_RE_REVIEW; }

        public Casework.MatterChange change(Transitions t, StaffPrincipal me) {
            return (m, a, c) -> m.requestReReview(t.casework.higherBody(m.reviewUnitId(), "reReview"), reason, a, c);
        }
    }

    record Hearing(@NotNull Integer version, @NotNull Integer days, @Size(max = 2000) String reason) implements Transition {
        public MatterAction action() { return MatterAction.RECORD_HEARING; }

        public Casework.MatterChange change(Transitions t, StaffPrincipal me) {
            return (m, a, c) -> m.recordHearing(days, reason, a, c);
        }
    }

    record ReReviewOpinion(@NotNull Integer version, @NotNull ReviewOutcome outcome, @NotBlank @Size(max = 20000) String text)
            implements Transition {
        public MatterAction action() { return MatterAction.ISSUE_RE_REVIEW_OPINION; }

        public Casework.MatterChange change(Transitions t, StaffPrincipal me) {
            return (m, a, c) -> m.issueReReviewOpinion(outcome, text, a, c);
        }
    }

    record Supervision(@NotNull Integer version, @NotBlank @Size(max = 2000) String reason) implements Transition {
        public MatterAction action() { return MatterAction.SUPERVISE; }

        public Casework.MatterChange change(Transitions t, StaffPrincipal me) {
            return (m, a, c) -> m.issueSupervisionNotice(reason, a, c);
        }
    }

    record PackageCase(@NotNull Integer version, @Size(max = 2000) String reason) implements Transition {
        public MatterAction action() { return MatterAction.TAKE_AS_PACKAGE_CASE; }

        public Casework.MatterChange change(Transitions t, StaffPrincipal me) {
            return (m, a, c) -> m.takeAsPackageCase(t.territory.governmentOf(t.territory.require(a.unitId())).level(), reason, a, c);
        }
    }

    /** Applies {@code request} to matter {@code id} for {@code me}. */
    Matter apply(Long id, Transition request, StaffPrincipal me) {
        return casework.act(id, request.version(), request.action(), me, request.change(this, me));
    }

    /** A unit the actor names as the body in charge, lead or co-handler: one territory lets them assign to. */
    private UnitView unit(String code, String field, StaffPrincipal me) {
        UnitView unit = territory.unitByCode(code).orElseThrow(() -> Refusal.invalid(field, "territory.unit.unknown", code));
        if (!territory.mayAssignTo(me.unit(), unit)) {
            throw Refusal.invalid(field, "matter.unit.outside-jurisdiction", unit.name());
        }
        return unit;
    }

    private UnitView optionalUnit(String code, String field, StaffPrincipal me) {
        return code == null || code.isBlank() ? null : unit(code, field, me);
    }

    private List<UnitView> units(List<String> codes, String field, StaffPrincipal me) {
        return codes == null ? List.of() : codes.stream().filter(c -> !c.isBlank()).map(c -> unit(c, field, me)).toList();
    }
}
