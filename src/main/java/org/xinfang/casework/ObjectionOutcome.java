package org.xinfang.casework;

/** What the transferring office decides on an objection that a matter is not the receiving unit's (2022 art. 23 ¶3). */
public enum ObjectionOutcome {
    /** 核实同意: the unit is not competent; the material comes back and the office routes the matter again. */
    CONFIRMED,
    /** 不同意: the unit is competent; it keeps the matter and decides on acceptance. */
    REJECTED
}
