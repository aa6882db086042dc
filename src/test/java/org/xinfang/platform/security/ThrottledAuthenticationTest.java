package org.xinfang.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.xinfang.support.IntegrationTest;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A throttled attempt never reaches the password check (bcrypt, the expensive part): the real throttle and
 * database, in front of a password check that counts how often it is asked.
 */
@IntegrationTest
class ThrottledAuthenticationTest {

    @Autowired
    LoginThrottle throttle;

    private final AtomicInteger passwordChecks = new AtomicInteger();

    private ThrottledAuthentication signIn() {
        return new ThrottledAuthentication(request -> {
            passwordChecks.incrementAndGet();
            throw new BadCredentialsException("wrong");
        }, throttle);
    }

    private static UsernamePasswordAuthenticationToken attempt(String username, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, "guess");
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }

    @Test
    void attemptsOverTheAccountsLimitCostNoPasswordCheck() {
        ThrottledAuthentication signIn = signIn();
        for (int i = 0; i < 25; i++) {
            // a real account (locked at the tenth failure) and a name nobody has (refused from the eleventh)
            for (String username : new String[]{"hongjiangqu.registrar", "no-such-user"}) {
                assertThatThrownBy(() -> signIn.authenticate(attempt(username, "192.0.2." + (username.length() + 10))))
                        .isInstanceOfAny(BadCredentialsException.class, LoginThrottled.class);
            }
        }
        assertThat(passwordChecks).hasValue(20);
    }

    @Test
    void attemptsOverTheAddressLimitCostNoPasswordCheck() {
        ThrottledAuthentication signIn = signIn();
        for (int i = 0; i < 40; i++) {
            int n = i;
            assertThatThrownBy(() -> signIn.authenticate(attempt("guess-" + n, "2001:db8:7:7::" + n)))
                    .isInstanceOfAny(BadCredentialsException.class, LoginThrottled.class);
        }
        assertThat(passwordChecks).as("one IPv6 /64 is one address").hasValue(30);
    }
}
