package org.xinfang.platform.security;

import java.time.Instant;
import java.util.Optional;

/** Where an account's lock is kept; the module that owns staff implements it. */
public interface AccountLocks {

    /** Until when the account of that name is locked, if it is (a past instant means the lock has run out). */
    Optional<Instant> lockedUntil(String username);

    /** Locks the account of that name until {@code until}; false when there is no such account. */
    boolean lock(String username, Instant until);
}
