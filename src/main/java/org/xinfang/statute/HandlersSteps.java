package org.xinfang.statute;

import static org.xinfang.statute.Regulation.R2022;

/**
 * The rules of the handler's own steps (issue 11, item 3): the evidence of the investigation, the opinion's sign-off,
 * the co-handlers' parts and who decides on acceptance. Each cites its article, or says whose practice it is where
 * neither Regulations sets it.
 */
public final class HandlersSteps {

    private HandlersSteps() {
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

    /**
     * The written opinion (信访处理意见书, 2022 art. 31 ¶1 item 6, art. 32) is issued in the body's name: only the version
     * its head signed off (审签) is issued and delivered; a draft is the handler's working text.
     */
    @Article(regulation = R2022, number = 32, paragraph = 1)
    @Practice("the issuing body's sign-off of its written documents (审签)")
    public static boolean isIssuable(boolean signedOff) {
        return signedOff;
    }

    /** A returned draft says why: the head's comments are what the handler revises by. */
    @Practice("the issuing body's sign-off of its written documents (审签)")
    public static boolean returnNeedsComments(boolean returned) {
        return returned;
    }

    /**
     * 2022 art. 24 ¶1: a matter concerning two or more bodies is dealt with by them together; once accepted, the lead unit
     * (主办) answers for the opinion and each co-handling unit (协办) reports its part to it.
     */
    @Article(regulation = R2022, number = 24, paragraph = 1)
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
