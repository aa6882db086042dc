package org.xinfang.casework;

/** The step whose statutory deadline a matter is currently running against. */
public enum DueStep {
    ROUTING, ACCEPTANCE, HANDLING, REVIEW, RE_REVIEW
}
