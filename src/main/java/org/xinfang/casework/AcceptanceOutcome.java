package org.xinfang.casework;

/** The body in charge's decision on whether to accept a matter (受理告知). */
public enum AcceptanceOutcome {
    ACCEPTED, NOT_ACCEPTED, TRANSFERRED
}
