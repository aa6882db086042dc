package org.xinfang.platform;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Rate limits in fixed windows, counted in the database so that every application node sees the same count.
 * A subject (an address, a phone, a query code) is kept only as a {@link Pseudonyms pseudonym}.
 */
@Service
public class RateLimits {

    /** A limit: at most {@code hits} in each {@code window}. */
    public record Limit(String bucket, int hits, Duration window) {
    }

    private final JdbcTemplate jdbc;
    private final Pseudonyms pseudonyms;
    private final Clock clock;

    RateLimits(JdbcTemplate jdbc, Pseudonyms pseudonyms, Clock clock) {
        this.jdbc = jdbc;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
    }

    /**
     * Counts one hit of {@code subject} against {@code limit}, or refuses with 429 when the window is full. Counted
     * atomically first, so that a burst of parallel requests cannot all slip through before any is counted; inside
     * a caller's transaction it counts only if that transaction commits (a refused or failed submission does not).
     *
     * @return the hits counted in this window, this one included
     */
    @Transactional
    public int hit(Limit limit, String subject, String messageKey) {
        Instant window = windowStart(limit);
        Integer hits = jdbc.queryForObject("""
                insert into rate_counter (bucket, subject, window_start, hits) values (?, ?, ?, 1)
                on conflict (bucket, subject, window_start) do update set hits = rate_counter.hits + 1
                returning hits""", Integer.class, limit.bucket(), pseudonyms.of(limit.bucket(), subject),
                Timestamp.from(window));
        if (hits > limit.hits()) {
            throw Refusal.tooMany(Duration.between(clock.instant(), window.plus(limit.window())), messageKey);
        }
        return hits;
    }

    /** Takes back a hit that turned out not to count (a look-up that succeeded, when only failures are limited). */
    @Transactional
    public void giveBack(Limit limit, String subject) {
        jdbc.update("""
                update rate_counter set hits = greatest(hits - 1, 0) where bucket = ? and subject = ? and window_start = ?""",
                limit.bucket(), pseudonyms.of(limit.bucket(), subject), Timestamp.from(windowStart(limit)));
    }

    /** Forgets every hit of {@code subject} against {@code limit} (a successful sign-in forgives the failures before it). */
    @Transactional
    public void forget(Limit limit, String subject) {
        jdbc.update("delete from rate_counter where bucket = ? and subject = ?", limit.bucket(),
                pseudonyms.of(limit.bucket(), subject));
    }

    /** Old windows are of no use; a day is longer than any window. */
    @Scheduled(fixedDelay = 3_600_000, initialDelay = 600_000)
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "rate-limits.forget-old-windows")
    public void forgetOldWindows() {
        jdbc.update("delete from rate_counter where window_start < ?", Timestamp.from(clock.instant().minus(Duration.ofDays(1))));
    }

    /** Windows are counted on the office's wall clock, so a day's window is "today" where the office is. */
    private Instant windowStart(Limit limit) {
        Instant now = clock.instant();
        long size = limit.window().toMillis();
        long local = now.toEpochMilli() + clock.getZone().getRules().getOffset(now).getTotalSeconds() * 1000L;
        return Instant.ofEpochMilli(now.toEpochMilli() - Math.floorMod(local, size));
    }
}
