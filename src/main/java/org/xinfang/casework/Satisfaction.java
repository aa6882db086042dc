package org.xinfang.casework;

/** The petitioner's rating of the handling (满意度评价). */
public enum Satisfaction {
    SATISFIED, BASICALLY_SATISFIED, DISSATISFIED
}
