package org.xinfang.casework.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.xinfang.casework.MatterState;
import org.xinfang.platform.Refusal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A matter merged into another as its duplicate (issue 11, item 2): which matter it was merged into, and when. The
 * duplicate keeps its own history and counts as a repeat of the original (its repeatOf link); the original lists it.
 */
@Embeddable
public class DuplicateOf {

    /** The states of an original that can take no more duplicates: its procedure is over, or it is a duplicate itself. */
    static final Set<MatterState> FINAL_ORIGINAL = EnumSet.of(MatterState.NOT_ACCEPTED, MatterState.FINAL,
            MatterState.GUIDED_OUT, MatterState.MERGED);

    @Column(name = "duplicate_of_id")
    private Long originalId;
    @Column(name = "merged_at")
    private Instant mergedAt;

    protected DuplicateOf() {
    }

    DuplicateOf(Long originalId, Instant mergedAt) {
        this.originalId = originalId;
        this.mergedAt = mergedAt;
    }

    public Long originalId() {
        return originalId;
    }

    public Instant mergedAt() {
        return mergedAt;
    }

    /**
     * Refuses merging {@code duplicate} into {@code original}: into itself, into a matter merged into it (a cycle), or
     * into a matter whose procedure is over or that is a duplicate itself (its original takes the duplicate instead).
     */
    static void refuseMerging(Matter duplicate, Matter original) {
        if (original.id().equals(duplicate.id())) {
            throw Refusal.invalid("originalReferenceNo", "matter.duplicate.self", duplicate.referenceNo());
        }
        if (original.duplicateOfId() != null && original.duplicateOfId().equals(duplicate.id())) {
            throw Refusal.conflict("matter.duplicate.cycle", original.referenceNo(), duplicate.referenceNo());
        }
        if (FINAL_ORIGINAL.contains(original.state())) {
            throw Refusal.conflict("matter.duplicate.original-final", original.referenceNo(), original.state());
        }
    }
}
