package org.xinfang.coordination;

import java.time.LocalDate;

/**
 * A matter's current deadline comes in {@code daysBefore} days: its holder is to be reminded (published once per
 * matter, deadline and day, through the event publication registry, for the notifications to deliver).
 */
public record DeadlineApproaching(Long matterId, String referenceNo, LocalDate dueOn, int daysBefore, Long unitId) {
}
