package org.xinfang.casework;

import org.xinfang.platform.Refusal;
import org.xinfang.statute.AppealRoute;
import org.xinfang.statute.HandlingType;
import org.xinfang.statute.ProperChannel;
import org.xinfang.territory.UnitView;

import java.util.List;

/**
 * The body in charge's decision on acceptance, with the written notice to the petitioner. Each outcome
 * carries what the statute asks of it: a lead unit to accept, a reason and the proper channel to refuse,
 * a receiving body to transfer. Accepting classifies the matter ({@link HandlingType}, 2022 arts 28–34); with no
 * type, an accepted matter is an appeal on route (6), the petition procedure as before the types; with no route, an
 * appeal takes route (6).
 */
public record AcceptanceDecision(AcceptanceOutcome outcome, String notice, String reason, ProperChannel properChannel,
                                 UnitView leadUnit, List<UnitView> coHandlers, UnitView transferTo, HandlingType type,
                                 AppealRoute route) {

    public AcceptanceDecision(AcceptanceOutcome outcome, String notice, String reason, ProperChannel properChannel,
                              UnitView leadUnit, List<UnitView> coHandlers, UnitView transferTo) {
        this(outcome, notice, reason, properChannel, leadUnit, coHandlers, transferTo, null, null);
    }

    public AcceptanceDecision {
        coHandlers = coHandlers == null ? List.of() : List.copyOf(coHandlers);
        if (outcome == null) {
            throw Refusal.invalid("outcome", "acceptance.outcome.required");
        }
        switch (outcome) {
            case ACCEPTED -> {
                if (leadUnit == null) {
                    throw Refusal.invalid("leadUnitCode", "acceptance.lead-unit.required");
                }
            }
            case NOT_ACCEPTED -> {
                if (reason == null || reason.isBlank()) {
                    throw Refusal.invalid("reason", "acceptance.reason.required");
                }
                if (properChannel == null) {
                    throw Refusal.invalid("properChannel", "acceptance.proper-channel.required");
                }
            }
            case TRANSFERRED -> {
                if (transferTo == null) {
                    throw Refusal.invalid("transferToUnitCode", "acceptance.transfer-to.required");
                }
            }
        }
    }

    public static AcceptanceDecision accept(String notice, UnitView lead, List<UnitView> coHandlers) {
        return new AcceptanceDecision(AcceptanceOutcome.ACCEPTED, notice, null, null, lead, coHandlers, null);
    }

    public static AcceptanceDecision notAccept(String notice, String reason, ProperChannel channel) {
        return new AcceptanceDecision(AcceptanceOutcome.NOT_ACCEPTED, notice, reason, channel, null, null, null);
    }

    public static AcceptanceDecision transfer(String notice, String reason, UnitView to) {
        return new AcceptanceDecision(AcceptanceOutcome.TRANSFERRED, notice, reason, null, null, null, to);
    }

    /** Accepting as {@code type} (and, for an appeal, on {@code route}; route (6) when null). */
    public static AcceptanceDecision accept(String notice, UnitView lead, List<UnitView> coHandlers, HandlingType type,
                                            AppealRoute route) {
        return new AcceptanceDecision(AcceptanceOutcome.ACCEPTED, notice, null, null, lead, coHandlers, null, type, route);
    }

    /** This decision with {@code suggested} as the type when it names none. */
    public AcceptanceDecision typedOr(HandlingType suggested) {
        return type != null || suggested == null ? this
                : new AcceptanceDecision(outcome, notice, reason, properChannel, leadUnit, coHandlers, transferTo,
                suggested, route);
    }
}
