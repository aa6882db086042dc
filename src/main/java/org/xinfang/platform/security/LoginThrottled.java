package org.xinfang.platform.security;

import org.springframework.security.core.AuthenticationException;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A sign-in refused before its password was checked: the account is locked, or the address failed too often. */
public class LoginThrottled extends AuthenticationException {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final boolean account;
    private final Instant until;

    LoginThrottled(boolean account, Instant until) {
        super(account ? "account locked" : "address throttled");
        this.account = account;
        this.until = until;
    }

    /** The message, with {@link #until(ZoneId)} as its argument. */
    public String messageKey() {
        return account ? "login.locked.account" : "login.locked.address";
    }

    public Instant until() {
        return until;
    }

    /** When the next attempt is let through, to the minute, where the office is. */
    public String until(ZoneId zone) {
        return until.atZone(zone).format(MINUTE);
    }
}
