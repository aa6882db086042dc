package org.xinfang.statute;

import java.time.Duration;
import java.time.Instant;

import static org.xinfang.statute.Regulation.R2022;

/**
 * The rules of the handler's own steps (issue 11, item 3): the sign-for (签收), the send-back (退回) of a matter not
 * within the unit's competence, the request for an extension, the evidence of the investigation, the opinion's sign-off
 * (审签), the co-handlers' parts and who decides on acceptance. Each cites its article as {@link Statute}'s rules do, or
 * says whose practice it is where neither Regulations sets it.
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

    /**
     * 2022 art. 31 ¶1 item 6: the body hears the petitioner and investigates (调查核实) before it issues its opinion: the
     * records of that investigation (notes, photos, documents) are put on the matter while it is being handled or
     * reviewed, not after its opinion.
     */
    @Article(regulation = R2022, number = 31, paragraph = 1, item = 6)
    public static boolean takesEvidence(boolean beingHandledOrReviewed) {
        return beingHandledOrReviewed;
    }

    /** A returned draft says why: the head's comments are what the handler revises by. */
    @Practice("the issuing body's sign-off of its written documents (审签)")
    public static boolean returnNeedsComments(boolean returned) {
        return returned;
    }

    /**
     * 2022 art. 24 ¶1: a matter concerning two or more bodies is accepted by them together (协商受理). That one of them
     * leads (主办) and answers for the opinion, and each co-handling unit (协办) reports its part to it until it has, is
     * the petition system's practice.
     */
    @Article(regulation = R2022, number = 24, paragraph = 1)
    @Practice("the lead unit and the co-handling units of a matter concerning several bodies (主办、协办)")
    public static boolean owesReport(boolean coHandler, boolean reported) {
        return coHandler && !reported;
    }

    /**
     * 2022 art. 23 ¶3: the body a matter was transferred or assigned to (有关机关、单位) tells the petitioner within 15 days
     * whether it takes it: the acceptance decision is that body's, not the office's that passed the matter on (the
     * office decides on the matters it holds itself).
     */
    @Article(regulation = R2022, number = 23, paragraph = 3)
    public static boolean decidesAcceptance(boolean actsForHolder, boolean ownUnitHolds, boolean actsForRouter) {
        return actsForHolder && (ownUnitHolds || !actsForRouter);
    }
}
