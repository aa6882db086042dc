package org.xinfang.platform;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The limits' windows as a person reads them: "today" is the office's day, from midnight in its zone. */
@IntegrationTest
class RateLimitsTest {

    @Autowired
    RateLimits limits;
    @Autowired
    MutableClock clock;

    @Test
    void aDailyLimitRunsFromMidnightToMidnightInTheOfficesZone() {
        Instant before = clock.instant();
        RateLimits.Limit daily = new RateLimits.Limit("test-daily", 1, Duration.ofDays(1));
        String subject = "subject-" + System.nanoTime();
        try {
            clock.set(Instant.parse("2026-12-01T23:30:00Z"));   // 07:30 on 2 December in Beijing
            limits.hit(daily, subject, "portal.limit.submits");
            clock.set(Instant.parse("2026-12-02T00:30:00Z"));   // 08:30: a new day in UTC, the same day in Beijing
            Refusal refused = catchThrowableOfType(Refusal.class, () -> limits.hit(daily, subject, "portal.limit.submits"));
            assertThat(refused).as("a second hit on the same day in Beijing").isNotNull();
            assertThat(refused.status()).isEqualTo(429);
            // "try again tomorrow": tomorrow starts at midnight in Beijing, 15.5 hours on
            assertThat(refused.retryAfterSeconds()).isEqualTo(Duration.ofMinutes(15 * 60 + 30).toSeconds());
            clock.set(Instant.parse("2026-12-02T16:00:00Z"));   // midnight in Beijing: 3 December
            limits.hit(daily, subject, "portal.limit.submits");
        } finally {
            clock.set(before);
        }
    }
}
