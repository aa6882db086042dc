package org.xinfang.notification.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.platform.PersonalData;
import org.xinfang.platform.Refusal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A staff member's channels besides the inbox, which is always on: email and text messages, each off until the person
 * turns it on with an address or a number.
 */
@Service
public class NotificationPreferences {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

    public record Preference(String username, boolean emailOn, String email, boolean smsOn, String phone) {

        static Preference none(String username) {
            return new Preference(username, false, null, false, null);
        }

        boolean sendsEmail() {
            return emailOn && email != null;
        }

        boolean sendsSms() {
            return smsOn && phone != null;
        }

        @Override
        public String toString() {
            return "Preference[" + username + "]";
        }
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    NotificationPreferences(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Preference of(String username) {
        return of(List.of(username)).getOrDefault(username, Preference.none(username));
    }

    /** The preferences of those who set some; the others have the inbox only. */
    @Transactional(readOnly = true)
    public Map<String, Preference> of(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return jdbc.query("select username, email_on, email, sms_on, phone from notification_preference where username = any(?)",
                        (rs, i) -> new Preference(rs.getString(1), rs.getBoolean(2), rs.getString(3), rs.getBoolean(4),
                                rs.getString(5)), (Object) usernames.toArray(new String[0])).stream()
                .collect(Collectors.toMap(Preference::username, Function.identity()));
    }

    /** Saves the choice; a channel turned on needs a well-formed address or mobile number (a refusal names the field). */
    @Transactional
    public Preference choose(String username, boolean emailOn, String email, boolean smsOn, String phone) {
        String mail = blankToNull(email);
        String mobile = blankToNull(phone == null ? null : PersonalData.halfWidthDigits(phone).replaceAll("[\\s-]", ""));
        if (mail != null && (mail.length() > 200 || !EMAIL.matcher(mail).matches())) {
            throw Refusal.invalid("email", "notification.preferences.email-invalid");
        }
        if (emailOn && mail == null) {
            throw Refusal.invalid("email", "notification.preferences.email-required");
        }
        if (mobile != null && !MOBILE.matcher(mobile).matches()) {
            throw Refusal.invalid("phone", "notification.preferences.phone-invalid");
        }
        if (smsOn && mobile == null) {
            throw Refusal.invalid("phone", "notification.preferences.phone-required");
        }
        jdbc.update("""
                insert into notification_preference (username, email_on, email, sms_on, phone, updated_at)
                values (?, ?, ?, ?, ?, ?) on conflict (username) do update set email_on = excluded.email_on,
                email = excluded.email, sms_on = excluded.sms_on, phone = excluded.phone, updated_at = excluded.updated_at""",
                username, emailOn, mail, smsOn, mobile, Timestamp.from(clock.instant()));
        return new Preference(username, emailOn, mail, smsOn, mobile);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
