package org.xinfang.casework;

import org.xinfang.casework.internal.MatterEvent;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One passing-on of a matter to the body in charge, as its timeline records it: 转送 (TRANSFER) or 交办 (ASSIGNMENT),
 * by whom, from which unit to which, and when. The office's routing is of the kind it chose; a body that transfers a
 * matter it holds to another (acceptance outcome TRANSFERRED) transfers it (转送, 2022 art. 23 ¶1); the body deciding
 * a dispute over acceptance assigns it (交办, art. 24).
 *
 * @param seq          the timeline entry's number
 * @param event        ROUTED, TRANSFERRED or DISPUTE_DECIDED
 * @param fromUnitId   the unit of the person who passed it on
 * @param toUnitId     the body it went to (null when the entry does not say)
 */
public record RoutingRecord(int seq, MatterEventType event, RoutingKind kind, Long fromUnitId, Long toUnitId, String actor,
                      Instant at) {

    /** The matter's passings-on in the order of its timeline. */
    public static List<RoutingRecord> history(List<MatterEvent> timeline) {
        List<RoutingRecord> routings = new ArrayList<>();
        RoutingKind current = null;
        for (MatterEvent e : timeline) {
            Map<String, Object> changes = e.changes() == null ? Map.of() : e.changes();
            if (changes.containsKey("routingKind")) {
                Object after = after(changes, "routingKind");
                current = after == null ? null : RoutingKind.valueOf(after.toString());
            }
            RoutingKind kind = switch (e.type()) {
                case ROUTED -> current;
                case TRANSFERRED -> RoutingKind.TRANSFER;
                case DISPUTE_DECIDED -> RoutingKind.ASSIGNMENT;
                default -> null;
            };
            if (kind != null) {
                Object to = after(changes, "responsibleUnitId");
                routings.add(new RoutingRecord(e.seq(), e.type(), kind, e.actorUnitId(),
                        to instanceof Number n ? n.longValue() : null, e.actor(), e.occurredAt()));
            }
        }
        return routings;
    }

    /** The day it was passed on, in the office's zone. */
    public java.time.LocalDate on(ZoneId zone) {
        return at.atZone(zone).toLocalDate();
    }

    private static Object after(Map<String, Object> changes, String field) {
        return changes.get(field) instanceof Map<?, ?> change ? change.get("after") : null;
    }
}
