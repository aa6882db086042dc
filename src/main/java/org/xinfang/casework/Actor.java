package org.xinfang.casework;

/** Who did something to a matter, for the timeline: a staff member and the unit they acted for. */
public record Actor(String username, Long unitId) {
}
