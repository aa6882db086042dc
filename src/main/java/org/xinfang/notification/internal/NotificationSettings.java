package org.xinfang.notification.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the dispatcher sends ({@code xinfang.notification.*}).
 *
 * @param maxAttempts    tries of one message before it is marked failed
 * @param retryBaseDelay the wait after the first failed try; each later wait is twice the one before
 * @param batchSize      messages one run of the dispatcher sends at most
 * @param mailFrom       the sender's address of the emails
 */
@ConfigurationProperties("xinfang.notification")
public record NotificationSettings(@DefaultValue("5") int maxAttempts, @DefaultValue("1m") Duration retryBaseDelay,
                                   @DefaultValue("100") int batchSize,
                                   @DefaultValue("xinfang-noreply@localhost") String mailFrom) {

    /** The wait after the {@code attempts}-th failed try: base, 2 × base, 4 × base... */
    Duration backoffAfter(int attempts) {
        return retryBaseDelay.multipliedBy(1L << Math.min(attempts - 1, 20));
    }

    boolean lastAttempt(int attempts) {
        return attempts >= maxAttempts;
    }
}
