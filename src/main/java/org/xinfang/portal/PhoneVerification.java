package org.xinfang.portal;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinfang.platform.Pseudonyms;
import org.xinfang.platform.RateLimits;
import org.xinfang.platform.Refusal;
import org.xinfang.platform.sms.SmsGateway;
import org.xinfang.platform.sms.SmsUnavailable;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Proves that a phone belongs to the person petitioning: a six-digit code by SMS, valid for ten minutes, void
 * after a few wrong tries. Only keyed hashes of the phone and the code are stored.
 */
@Service
class PhoneVerification {

    static final Duration CODE_VALIDITY = Duration.ofMinutes(10);
    /** A mainland mobile number: the SMS goes to it, so a landline cannot be verified. */
    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final Pseudonyms pseudonyms;
    private final RateLimits rateLimits;
    private final PortalLimits limits;
    private final SmsGateway sms;
    private final MessageSource messages;
    private final TransactionTemplate tx;
    private final Clock clock;

    PhoneVerification(JdbcTemplate jdbc, Pseudonyms pseudonyms, RateLimits rateLimits, PortalLimits limits,
                      SmsGateway sms, MessageSource messages, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.pseudonyms = pseudonyms;
        this.rateLimits = rateLimits;
        this.limits = limits;
        this.sms = sms;
        this.messages = messages;
        this.tx = tx;
        this.clock = clock;
    }

    /** The phone as the person typed it, in the form we keep, or a refusal naming the field. */
    static String normalizePhone(String typed) {
        String phone = typed == null ? "" : typed.replaceAll("[\\s-]", "");
        if (phone.startsWith("+86")) {
            phone = phone.substring(3);
        }
        if (!MOBILE.matcher(phone).matches()) {
            throw Refusal.invalid("phone", "portal.phone.mobile");
        }
        return phone;
    }

    /**
     * Sends a new code to {@code phone}; earlier codes stay valid until they expire. The limits and the code are
     * committed first; the message goes out after, so no database connection waits on the gateway.
     */
    public void sendCode(String phone, String address, Locale locale) {
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        tx.executeWithoutResult(status -> {
            rateLimits.hit(limits.codesPerAddressLimit(), address, "portal.limit.codes");
            rateLimits.hit(limits.codesPerPhoneLimit(), phone, "portal.limit.codes");
            jdbc.update("""
                    insert into phone_verification (phone_hash, code_hash, created_at, expires_at) values (?, ?, ?, ?)""",
                    pseudonyms.of("phone", phone), pseudonyms.of("sms-code", phone + ":" + code),
                    Timestamp.from(clock.instant()), Timestamp.from(clock.instant().plus(CODE_VALIDITY)));
        });
        try {
            sms.send(phone, messages.getMessage("portal.sms.code", new Object[]{code, CODE_VALIDITY.toMinutes()}, locale));
        } catch (SmsUnavailable e) {
            throw Refusal.conflict("portal.sms.unavailable");
        }
    }

    /**
     * Checks a code typed for {@code phone}. Tries are limited per phone and per address before anything is
     * compared; a right code is used up once (a second use finds it used), a wrong one counts against the live codes.
     */
    public void verify(String phone, String code, String address) {
        rateLimits.hit(limits.verificationsPerAddressLimit(), address, "portal.limit.verifications");
        rateLimits.hit(limits.verificationsPerPhoneLimit(), phone, "portal.limit.verifications");
        String typed = code == null ? "" : code.strip();
        String phoneHash = pseudonyms.of("phone", phone);
        Timestamp now = Timestamp.from(clock.instant());
        List<Map<String, Object>> live = jdbc.queryForList("""
                select id, code_hash from phone_verification
                where phone_hash = ? and not used and expires_at > ? and attempts < ? order by created_at desc limit 5""",
                phoneHash, now, limits.codeAttempts());
        if (live.isEmpty()) {
            throw Refusal.invalid("code", "portal.code.expired");
        }
        String hash = pseudonyms.of("sms-code", phone + ":" + typed);
        for (Map<String, Object> row : live) {
            if (hash.equals(row.get("code_hash")) && jdbc.update(
                    "update phone_verification set used = true where id = ? and not used and attempts < ?",
                    row.get("id"), limits.codeAttempts()) == 1) {
                return;
            }
        }
        jdbc.update("update phone_verification set attempts = attempts + 1 where phone_hash = ? and not used and expires_at > ?",
                phoneHash, now);
        throw Refusal.invalid("code", "portal.code.wrong");
    }
}
