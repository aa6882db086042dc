package org.xinfang.notification.internal;

import org.xinfang.casework.MatterEventType;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.xinfang.notification.internal.Capacity.*;

/**
 * Which steps are told to whom: the table of docs/decisions.md, "Three-level four-line notification (三级四线)". A
 * step not listed (registration, internal drafting, evidence, flags...) is told to no one: the unit taking it knows.
 * The petitioner is told of the steps that decide something for them: acceptance, extension, the opinion, the
 * review's outcome, finality, closing, guidance elsewhere.
 */
public final class NotificationRules {

    private static final int LAST_DAY = 1;
    private static final Set<Capacity> LEVELS = EnumSet.of(VILLAGE, TOWNSHIP, COUNTY);
    private static final Map<MatterEventType, Set<Capacity>> TOLD = new EnumMap<>(MatterEventType.class);

    static {
        Set<Capacity> newHolder = with(LEVELS, RESPONSIBLE, CONTROL);
        for (MatterEventType t : EnumSet.of(MatterEventType.ROUTED, MatterEventType.TRANSFERRED,
                MatterEventType.REASSIGNED, MatterEventType.PASSED_TO_CONTINUING_BODY,
                MatterEventType.OBJECTION_CONFIRMED, MatterEventType.DISPUTE_DECIDED)) {
            TOLD.put(t, newHolder);
        }
        TOLD.put(MatterEventType.ACCEPTED, with(LEVELS, PETITIONER, RESPONSIBLE, CONTROL));
        TOLD.put(MatterEventType.NOT_ACCEPTED, with(LEVELS, PETITIONER, RESPONSIBLE, CONTROL));
        TOLD.put(MatterEventType.GUIDED_OUT, EnumSet.of(PETITIONER, RESPONSIBLE));
        TOLD.put(MatterEventType.EXTENDED, EnumSet.of(PETITIONER, RESPONSIBLE, SUPERVISOR));
        TOLD.put(MatterEventType.REPLIED, EnumSet.allOf(Capacity.class));
        TOLD.put(MatterEventType.SUGGESTION_REPLIED, EnumSet.of(PETITIONER, RESPONSIBLE));
        TOLD.put(MatterEventType.EVALUATED, EnumSet.of(RESPONSIBLE, CONTROL, SUPERVISOR));
        TOLD.put(MatterEventType.REVIEW_REQUESTED, EnumSet.of(RESPONSIBLE, CONTROL, SUPERVISOR, COUNTY));
        TOLD.put(MatterEventType.RE_REVIEW_REQUESTED, EnumSet.of(RESPONSIBLE, CONTROL, SUPERVISOR, COUNTY));
        TOLD.put(MatterEventType.REVIEWED, EnumSet.allOf(Capacity.class));
        TOLD.put(MatterEventType.FINALIZED, EnumSet.allOf(Capacity.class));
        TOLD.put(MatterEventType.CLOSED, EnumSet.of(PETITIONER, RESPONSIBLE, CONTROL));
        TOLD.put(MatterEventType.SUPERVISION_NOTICE_ISSUED, EnumSet.of(RESPONSIBLE, CONTROL, COUNTY));
        TOLD.put(MatterEventType.PACKAGED, EnumSet.of(RESPONSIBLE, CONTROL, TOWNSHIP));
        TOLD.put(MatterEventType.URGENT_REPORTED, with(LEVELS, RESPONSIBLE, CONTROL, SUPERVISOR));
    }

    private NotificationRules() {
    }

    /** Who is told of a step of this type; empty when no one is. */
    public static Set<Capacity> told(MatterEventType type) {
        return TOLD.getOrDefault(type, Set.of());
    }

    /**
     * Who is reminded of a deadline {@code daysBefore} days ahead: the person responsible always; on the last day,
     * the supervisor too, who can still act before it passes (docs/decisions.md, "Reminders in the inbox").
     */
    public static Set<Capacity> toldOfDeadline(int daysBefore) {
        return daysBefore <= LAST_DAY ? EnumSet.of(RESPONSIBLE, SUPERVISOR) : EnumSet.of(RESPONSIBLE);
    }

    /** Who is told that a supervision notice went up: the supervisors of the body above, and the unit that ignored it. */
    public static Set<Capacity> toldOfEscalation() {
        return EnumSet.of(RESPONSIBLE, SUPERVISOR);
    }

    /** The steps told to someone. */
    public static Set<MatterEventType> notifiedSteps() {
        return EnumSet.copyOf(TOLD.keySet());
    }

    private static Set<Capacity> with(Set<Capacity> base, Capacity... more) {
        Set<Capacity> set = EnumSet.copyOf(base);
        set.addAll(EnumSet.of(more[0], more));
        return set;
    }
}
