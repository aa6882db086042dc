package org.xinfang.platform.security;

import org.springframework.security.core.userdetails.UserDetails;

import java.util.Optional;

/** Turns a bearer token into the staff member it was issued to; the module that owns staff implements it. */
public interface ApiTokenResolver {

    Optional<UserDetails> resolve(String token);
}
