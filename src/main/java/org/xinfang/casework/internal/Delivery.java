package org.xinfang.casework.internal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.xinfang.casework.DeliveryMethod;
import org.xinfang.casework.DeliveryOutcome;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The delivery (送达) of one written document of a matter: how and when it reached the petitioner, signed for or
 * refused (with a note of what happened), who delivered it, the tracking number of a letter by post, and who recorded
 * it when. Kept per matter and document in {@code matter_delivery}.
 */
@Embeddable
public record Delivery(@Enumerated(EnumType.STRING) DeliveryMethod method, LocalDate deliveredOn,
                       @Enumerated(EnumType.STRING) DeliveryOutcome outcome, String note, String deliveredBy,
                       String trackingNo, String recordedBy, Instant recordedAt) {

    public boolean isRefused() {
        return outcome == DeliveryOutcome.REFUSED;
    }
}
