package org.xinfang.platform;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Moments as the office reads them. An instant is stored as an instant; whatever shows one to a person (a page,
 * a letter, an export, an API answer) shows it in the office's zone ({@code xinfang.zone}, the injected clock's),
 * never in the server's zone, which is often UTC. Templates call {@code ${@officeTime.minute(instant)}}; the API
 * writes every instant through {@link #iso}.
 */
@Component
public class OfficeTime {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Clock clock;

    OfficeTime(Clock clock) {
        this.clock = clock;
    }

    /** The office's wall-clock time at that instant, with its offset. */
    public OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atZone(clock.getZone()).toOffsetDateTime();
    }

    /** {@code 2026-12-02 00:53}: a moment on a page. */
    public String minute(Instant instant) {
        return instant == null ? "" : MINUTE.format(at(instant));
    }

    /** {@code 2026-12-02T00:53:00+08:00}: ISO 8601 with the office's offset, so that a reader needs no zone of its own. */
    public String iso(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at(instant));
    }
}
