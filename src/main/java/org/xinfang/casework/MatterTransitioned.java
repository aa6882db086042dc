package org.xinfang.casework;

import java.time.Instant;

/** Published after every change to a matter: the hook for notifications, indicators and partner networks. */
public record MatterTransitioned(Long matterId, MatterEventType type, MatterState from, MatterState to, Instant at,
                                 String actor) {
}
