package org.xinfang.casework;

/** Who did something to a matter, for the timeline: a staff member and the unit they acted for. */
public record Actor(String username, Long unitId) {

    /** The petitioner themselves, acting on the portal after proving who they are. */
    public static final Actor PETITIONER = new Actor("petitioner", null);

    public boolean isPetitioner() {
        return PETITIONER.equals(this);
    }
}
