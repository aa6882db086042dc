package org.xinfang.casework;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.xinfang.statute.UrgentReportRecipient;

import java.time.Instant;

/**
 * The report of a major or urgent matter to one recipient (2022 art. 25): who reported it and when, and who at the
 * recipient acknowledged it and when. Until acknowledged it stays on the recipient's desk ({@link UrgentDesk}).
 */
@Embeddable
public record UrgentReport(@Enumerated(EnumType.STRING) UrgentReportRecipient recipientKind, String reportedBy,
                           Instant reportedAt, String acknowledgedBy, Instant acknowledgedAt) {

    public boolean isAcknowledged() {
        return acknowledgedAt != null;
    }

    public UrgentReport acknowledged(String by, Instant at) {
        return new UrgentReport(recipientKind, reportedBy, reportedAt, by, at);
    }
}
