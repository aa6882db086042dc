package org.xinfang.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.xinfang.platform.RateLimits.Limit;

import java.time.Duration;

/**
 * How often a password may be tried ({@code xinfang.login.*}). An account that fails {@code failuresPerAccount}
 * times in one window is locked for {@code lockout}; an address that fails {@code failuresPerAddress} times in
 * one window is refused until the window ends. Offices put many people behind one address, so the address
 * limit is the looser one.
 */
@ConfigurationProperties("xinfang.login")
record LoginLimits(@DefaultValue("10") int failuresPerAccount, @DefaultValue("30") int failuresPerAddress,
                   @DefaultValue("15m") Duration window, @DefaultValue("15m") Duration lockout) {

    Limit perAccount() {
        return new Limit("login-account", failuresPerAccount, window);
    }

    Limit perAddress() {
        return new Limit("login-address", failuresPerAddress, window);
    }
}
