package org.xinfang.casework;

import jakarta.persistence.Embeddable;

import java.time.Instant;

/**
 * A co-handling unit's task on a matter (协办): opened when the matter is assigned to it as a co-handler; the unit reports
 * its part (what it found or did), who and when. The lead unit sees who has not reported.
 */
@Embeddable
public record CoHandlingTask(Instant assignedAt, String report, String reportedBy, Instant reportedAt) {

    public static CoHandlingTask opened(Instant at) {
        return new CoHandlingTask(at, null, null, null);
    }

    public boolean isReported() {
        return reportedAt != null;
    }

    public CoHandlingTask reported(String text, String by, Instant at) {
        return new CoHandlingTask(assignedAt, text, by, at);
    }
}
