package org.xinfang.statute;

/**
 * A risk level (风险等级) of a latent dispute or of a major project or decision: the three levels of the social
 * stability risk assessment (社会稳定风险评估), low, medium and high, in rising order.
 */
public enum RiskLevel {
    LOW, MEDIUM, HIGH;

    /** The level {@code steps} steps up, at most {@link #HIGH}. */
    public RiskLevel raisedBy(int steps) {
        return values()[Math.min(HIGH.ordinal(), ordinal() + Math.max(0, steps))];
    }
}
