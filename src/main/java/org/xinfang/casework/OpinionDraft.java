package org.xinfang.casework;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;

/**
 * One round of the opinion's sign-off (审签): the handler's draft (outcome and text, revisable until decided), and the
 * unit head's decision on it: signed off, or returned with comments. Only a signed-off draft is issued.
 */
@Embeddable
public record OpinionDraft(@Enumerated(EnumType.STRING) OpinionOutcome outcome, String text, String draftedBy,
                           Instant draftedAt, @Enumerated(EnumType.STRING) SignOffDecision decision, String decidedBy,
                           Instant decidedAt, String comments) {

    /** Waiting for the unit head. */
    public boolean isPending() {
        return decision == null;
    }

    public boolean isReturned() {
        return decision == SignOffDecision.RETURNED;
    }

    public OpinionDraft revised(OpinionOutcome newOutcome, String newText, String by, Instant at) {
        return new OpinionDraft(newOutcome, newText, by, at, null, null, null, null);
    }

    public OpinionDraft decided(SignOffDecision d, String by, Instant at, String withComments) {
        return new OpinionDraft(outcome, text, draftedBy, draftedAt, d, by, at, withComments);
    }
}
