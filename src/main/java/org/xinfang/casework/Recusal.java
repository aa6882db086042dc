package org.xinfang.casework;

import jakarta.persistence.Embeddable;

import java.time.Instant;

/**
 * A member of staff's declaration of a conflict of interest on a matter (回避, 2022 art. 28 ¶3): after it they take no
 * step on the matter, and every refusal names this reason.
 */
@Embeddable
public record Recusal(String reason, Instant declaredAt) {
}
