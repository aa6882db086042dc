package org.xinfang.review;

import org.xinfang.casework.MatterState;

/** Which review a committee gives: review (复查, 2022 art. 35) or re-review (复核, art. 36). */
public enum ReviewStage {
    /** 复查: by the body above the unit that gave the handling opinion. */
    REVIEW(MatterState.UNDER_REVIEW),
    /** 复核: by the body above the reviewing body; the matter is final after it. */
    RE_REVIEW(MatterState.UNDER_RE_REVIEW);

    private final MatterState during;

    ReviewStage(MatterState during) {
        this.during = during;
    }

    /** The state a matter is in while this review is under way. */
    public MatterState during() {
        return during;
    }

    /** The review under way for a matter in {@code state}, if one is. */
    public static java.util.Optional<ReviewStage> of(MatterState state) {
        return java.util.Arrays.stream(values()).filter(s -> s.during == state).findFirst();
    }
}
