package org.xinfang.casework;

import org.xinfang.casework.internal.Matter;
import org.xinfang.casework.internal.MatterEvent;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Published with every entry on a matter's timeline, in the transaction that saves it: the hook for the other
 * modules (statistics, notifications, indicators, partner networks). It carries what a listener needs without loading
 * the matter again: the step and the states, the unit now holding the matter with its territorial path (a subtree is
 * a prefix of it), and the deadline the matter now runs against. The holder and the deadline are the matter's as
 * saved, after every entry of the same save.
 *
 * <p>No personal data: the actor is given as the unit they acted for (none for the petitioner), never by name or
 * account; whoever needs more reads timeline entry {@code seq} of the matter, where access is checked.
 */
public record MatterTransitioned(Long matterId, int seq, MatterEventType type, MatterState from, MatterState to,
                                 Long holderUnitId, String holderPath, DueStep dueStep, LocalDate dueOn, Instant at,
                                 Long actorUnitId, boolean byPetitioner) {

    static MatterTransitioned of(Matter matter, MatterEvent entry) {
        return new MatterTransitioned(matter.id(), entry.seq(), entry.type(), entry.fromState(), entry.toState(),
                matter.responsibleUnitId(), matter.responsiblePath(), matter.dueStep(), matter.dueOn(),
                entry.occurredAt(), entry.actorUnitId(), Actor.PETITIONER.username().equals(entry.actor()));
    }
}
