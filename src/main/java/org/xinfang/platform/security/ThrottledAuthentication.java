package org.xinfang.platform.security;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.xinfang.platform.web.ClientAddress;

/** Password sign-in (the form and HTTP Basic) behind the {@link LoginThrottle}. */
final class ThrottledAuthentication implements AuthenticationManager {

    private final AuthenticationManager passwords;
    private final LoginThrottle throttle;

    ThrottledAuthentication(AuthenticationManager passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String address = request.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null
                ? ClientAddress.of(d.getRemoteAddress()) : "unknown";
        LoginThrottle.Attempt attempt = throttle.admit(String.valueOf(request.getName()), address);
        try {
            Authentication signedIn = passwords.authenticate(request);
            throttle.succeeded(attempt);
            return signedIn;
        } catch (AuthenticationException e) {
            throttle.failed(attempt);
            throw e;
        }
    }
}
