package org.xinfang.platform.security;

import org.springframework.stereotype.Component;
import org.xinfang.platform.RateLimits;
import org.xinfang.platform.Refusal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts sign-in failures by account and by address in {@link RateLimits} (so every node sees them) and locks
 * accounts. Each attempt is counted before its password is checked, so parallel guesses are counted too, and a
 * refused attempt costs no bcrypt; a success gives its own count back and forgives the account's failures.
 */
@Component
class LoginThrottle {

    /** One admitted attempt, and how many failures its account had in this window, this attempt included. */
    record Attempt(String username, String address, int accountHits) {
    }

    private final RateLimits rateLimits;
    private final LoginLimits limits;
    private final AccountLocks locks;
    private final Clock clock;

    LoginThrottle(RateLimits rateLimits, LoginLimits limits, AccountLocks locks, Clock clock) {
        this.rateLimits = rateLimits;
        this.limits = limits;
        this.locks = locks;
        this.clock = clock;
    }

    /** Lets the attempt through to the password check, or refuses it with {@link LoginThrottled}. */
    Attempt admit(String username, String address) {
        count(limits.perAddress(), address, false);
        Instant now = clock.instant();
        Optional<Instant> locked = locks.lockedUntil(username).filter(now::isBefore);
        if (locked.isPresent()) {
            throw new LoginThrottled(true, locked.get());
        }
        // a name nobody has is never locked, but its window fills up all the same: it answers like a real account
        return new Attempt(username, address, count(limits.perAccount(), username, true));
    }

    void succeeded(Attempt attempt) {
        rateLimits.giveBack(limits.perAddress(), attempt.address());
        rateLimits.forget(limits.perAccount(), attempt.username());
    }

    void failed(Attempt attempt) {
        if (attempt.accountHits() >= limits.failuresPerAccount()
                && locks.lock(attempt.username(), clock.instant().plus(limits.lockout()))) {
            // the lock takes over; when it ends or is lifted the account starts with a clean count
            rateLimits.forget(limits.perAccount(), attempt.username());
        }
    }

    private int count(RateLimits.Limit limit, String subject, boolean account) {
        try {
            return rateLimits.hit(limit, subject, account ? "login.locked.account" : "login.locked.address");
        } catch (Refusal tooMany) {
            throw new LoginThrottled(account, clock.instant().plusSeconds(tooMany.retryAfterSeconds()));
        }
    }
}
