package org.xinfang.mediation;

/** How a mediation session ended. */
public enum SessionOutcome {
    /** 达成协议: the sides reached one view; an agreement may be made from the session. */
    AGREED,
    /** 调解不成: mediation ended without agreement (People's Mediation Law art. 26: the parties are told their other routes). */
    FAILED,
    /** 择期再调: to be continued at another session. */
    ADJOURNED
}
