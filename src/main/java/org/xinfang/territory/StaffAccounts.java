package org.xinfang.territory;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinfang.platform.Refusal;
import org.xinfang.platform.security.AccountLocks;
import org.xinfang.platform.security.ApiTokenResolver;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Staff accounts for sign-in: passwords for the form and HTTP Basic, bearer tokens for the API, and the lock an
 * account gets after repeated failed sign-ins, which an administrator can lift.
 */
@Service
public class StaffAccounts implements UserDetailsService, ApiTokenResolver, AccountLocks {

    private static final Logger log = LoggerFactory.getLogger(StaffAccounts.class);

    /** How long an API token lives. */
    public static final Duration TOKEN_LIFETIME = Duration.ofHours(12);

    private final StaffMembers staff;
    private final ApiTokens tokens;
    private final Territory territory;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    StaffAccounts(StaffMembers staff, ApiTokens tokens, Territory territory, Clock clock) {
        this.staff = staff;
        this.tokens = tokens;
        this.territory = territory;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return staff.findByUsername(username).map(this::principal)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UserDetails> resolve(String token) {
        Instant now = clock.instant();
        return tokens.findByTokenHash(sha256(token)).filter(t -> t.isValidAt(now))
                .flatMap(t -> staff.findById(t.staffId())).filter(Staff::enabled).map(this::principal);
    }

    /** Issues a new bearer token for {@code principal}; the token itself is shown once and never stored. */
    @Transactional
    public IssuedToken issueToken(StaffPrincipal principal) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expires = now.plus(TOKEN_LIFETIME);
        tokens.save(new ApiToken(principal.staffId(), sha256(token), now, expires));
        return new IssuedToken(token, expires);
    }

    /** Keeps the person's language choice on their account, so it follows them to any browser. */
    @Transactional
    public void preferLanguage(StaffPrincipal principal, String languageTag) {
        staff.findById(principal.staffId()).ifPresent(s -> s.preferLanguage(languageTag));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String username) {
        return staff.lockedUntil(username);
    }

    @Override
    @Transactional
    public boolean lock(String username, Instant until) {
        boolean locked = staff.setLockedUntil(username, until) > 0;
        if (locked) {
            log.warn("Staff account {} locked until {} after repeated failed sign-ins", username, until);
        }
        return locked;
    }

    /** An account locked now, as an administrator sees it. */
    public record LockedAccount(String username, String displayName, UnitView unit, OffsetDateTime lockedUntil) {
    }

    /** The accounts locked now, in the administrator's part of the territory, the soonest to open first. */
    @Transactional(readOnly = true)
    public List<LockedAccount> lockedAccounts(StaffPrincipal administrator) {
        requireAdministrator(administrator);
        return staff.findByLockedUntilAfterOrderByLockedUntil(clock.instant()).stream()
                .map(s -> new LockedAccount(s.username(), s.displayName(), territory.require(s.unitId()),
                        s.lockedUntil().atZone(clock.getZone()).toOffsetDateTime()))
                .filter(a -> administrator.covers(a.unit().path()))
                .toList();
    }

    /** Lifts the lock of a locked account in the administrator's part of the territory; 404 for any other name. */
    @Transactional
    public void unlock(String username, StaffPrincipal administrator) {
        requireAdministrator(administrator);
        Staff s = staff.findByUsername(username)
                .filter(found -> found.lockedUntil() != null && found.lockedUntil().isAfter(clock.instant()))
                .filter(found -> administrator.covers(territory.require(found.unitId()).path()))
                .orElseThrow(() -> Refusal.notFound("accounts.not-locked", username));
        staff.setLockedUntil(s.username(), null);
        log.info("Staff account {} unlocked by {}", s.username(), administrator.getUsername());
    }

    private static void requireAdministrator(StaffPrincipal who) {
        if (!who.has(StaffRole.ADMIN)) {
            throw Refusal.forbidden("accounts.admin-only");
        }
    }

    public record IssuedToken(String token, Instant expiresAt) {
        @Override
        public String toString() {
            return "IssuedToken[expiresAt=" + expiresAt + "]";
        }
    }

    private StaffPrincipal principal(Staff s) {
        return new StaffPrincipal(s.id(), s.username(), s.displayName(), s.passwordHash(),
                territory.require(s.unitId()), s.roles(), s.enabled(), s.preferredLanguage()).mustChange(s.mustChangePassword());
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
