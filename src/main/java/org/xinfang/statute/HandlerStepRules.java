package org.xinfang.statute;

import java.time.Duration;
import java.time.Instant;

import static org.xinfang.statute.Regulation.R2022;

/**
 * The rules of the handler's own steps (issue 11, item 3): the sign-for (签收), the send-back (退回) of a matter not
 * within the unit's competence, and the request for an extension. Cited as {@link Statute}'s rules are.
 */
public final class HandlerStepRules {

    private HandlerStepRules() {
    }

    /**
     * 2022 art. 34: the handling limit may be extended "经本机关、单位负责人批准" — by the head of the body, so the handler
     * asks and the head decides. The one extension: no request once it is granted, and one request waits at a time.
     */
    @Article(regulation = R2022, number = 34)
    public static boolean mayRequestExtension(boolean extensionGranted, boolean requestPending) {
        return !extensionGranted && !requestPending;
    }

    /**
     * 2022 art. 23 ¶3: a unit not competent for a matter passed to it objects with reasons (详细说明理由), and once the
     * office that passed it on confirms (核实同意) the material is handed back (交还相关材料) — the send-back (退回). The
     * office has confirmed that the unit is not competent: passing the matter back to that same unit says why.
     */
    @Article(regulation = R2022, number = 23, paragraph = 3)
    public static boolean mayRouteBack(boolean toTheUnitThatSentItBack, boolean reasonGiven) {
        return !toTheUnitThatSentItBack || reasonGiven;
    }

    /**
     * The time a unit took to sign for a matter it received: from the moment the matter reached it to the sign-for.
     * Neither Regulations names the sign-for; the petition information system records it.
     */
    @Practice("the national petition information system's sign-for step (签收)")
    public static Duration timeToSignFor(Instant receivedAt, Instant signedAt) {
        return receivedAt == null || signedAt == null ? null : Duration.between(receivedAt, signedAt);
    }
}
