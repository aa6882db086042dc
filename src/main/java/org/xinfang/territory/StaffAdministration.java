package org.xinfang.territory;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.platform.Refusal;
import org.xinfang.platform.admin.AdminAudit;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The administrator's work on staff accounts: create one, change its name, roles and home unit, disable and enable
 * it, reset its password. A password the administrator sets, or the one-time password generated for them, must be
 * changed by its holder at the next sign-in. The last active administrator cannot be disabled or lose the role, and
 * nobody disables their own account. Each change is audited; a password never is, not even masked.
 */
@Service
public class StaffAdministration {

    /** The password policy: at least this long, with a letter and a digit, and not containing the user name. */
    public static final int PASSWORD_MIN_LENGTH = 10;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    /** Letters and digits that cannot be mistaken for each other when read out (no 0/O, 1/l/I). */
    private static final String OTP_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final StaffMembers staff;
    private final Territory territory;
    private final PasswordEncoder passwords;
    private final AdminAudit audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    StaffAdministration(StaffMembers staff, Territory territory, PasswordEncoder passwords, AdminAudit audit, Clock clock) {
        this.staff = staff;
        this.territory = territory;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    /** An account as the administrator's list shows it; no password, not even its hash. */
    public record StaffRow(Long id, String username, String displayName, UnitView unit, Set<StaffRole> roles,
                           boolean enabled, boolean locked, boolean mustChangePassword, long version) {
    }

    public record StaffPage(List<StaffRow> rows, long total, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** What an administrator gives for a new account; {@code password} blank: a one-time password is generated. */
    public record NewAccount(String username, String displayName, String unitCode, Set<StaffRole> roles, String password) {
        @Override
        public String toString() {
            return "NewAccount[" + username + "]";
        }
    }

    /** The password to hand over, shown once: generated, or null when the administrator chose it. */
    public record Handover(StaffRow account, String oneTimePassword) {
        @Override
        public String toString() {
            return "Handover[" + account.username() + "]";
        }
    }

    /** The accounts in the administrator's part of the territory; {@code q} a word of the user name or the name. */
    @Transactional(readOnly = true)
    public StaffPage list(StaffPrincipal admin, String q, StaffRole role, Boolean enabled, int page, int size) {
        AdminChecks.requireAdministrator(admin);
        String word = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        List<Staff> matching = staff.findAll().stream()
                .filter(s -> admin.covers(territory.require(s.unitId()).path()))
                .filter(s -> word.isEmpty() || s.username().toLowerCase(Locale.ROOT).contains(word)
                        || s.displayName().toLowerCase(Locale.ROOT).contains(word))
                .filter(s -> role == null || s.roles().contains(role))
                .filter(s -> enabled == null || s.enabled() == enabled)
                .sorted(Comparator.comparing(Staff::username)).toList();
        int from = Math.min(page * size, matching.size());
        return new StaffPage(matching.subList(from, Math.min(from + size, matching.size())).stream().map(this::row).toList(),
                matching.size(), page, size);
    }

    @Transactional(readOnly = true)
    public StaffRow account(StaffPrincipal admin, Long id) {
        return row(inScope(admin, id));
    }

    @Transactional
    public Handover create(StaffPrincipal admin, NewAccount account) {
        AdminChecks.requireAdministrator(admin);
        String username = AdminChecks.required(account.username(), "username", 64).toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw Refusal.invalid("username", "staff.username.format", username);
        }
        if (staff.findByUsernameIgnoreCase(username).isPresent()) {
            throw Refusal.invalid("username", "staff.username.taken", username);
        }
        String name = AdminChecks.required(account.displayName(), "displayName", 100);
        UnitView unit = homeUnit(admin, account.unitCode());
        Set<StaffRole> roles = roles(account.roles());
        String given = account.password() == null || account.password().isBlank() ? null : account.password();
        String password = given == null ? oneTimePassword() : checkedPassword(given, username);
        Staff s = new Staff(username);
        s.assign(name, unit.id(), roles);
        s.setPassword(passwords.encode(password), true);
        s = staff.saveAndFlush(s);
        audit.record(admin.getUsername(), admin.displayName(), AdminAudit.Area.STAFF, pathOf(s), username, "CREATE", null,
                describe(s));
        return new Handover(row(s), given == null ? password : null);
    }

    /** A new name, home unit and roles; refused for a form filled in on an older version of the account. */
    @Transactional
    public void update(StaffPrincipal admin, Long id, long version, String displayName, String unitCode, Set<StaffRole> newRoles) {
        Staff s = inScope(admin, id);
        AdminChecks.requireVersion(version, s.version());
        String name = AdminChecks.required(displayName, "displayName", 100);
        UnitView unit = homeUnit(admin, unitCode);
        Set<StaffRole> roles = roles(newRoles);
        if (s.roles().contains(StaffRole.ADMIN) && !roles.contains(StaffRole.ADMIN)) {
            refuseLastAdministrator(s, "staff.last-admin.role");
        }
        String before = describe(s);
        s.assign(name, unit.id(), roles);
        staff.flush();
        audit.record(admin.getUsername(), admin.displayName(), AdminAudit.Area.STAFF, pathOf(s), s.username(), "UPDATE",
                before, describe(s));
    }

    @Transactional
    public void setEnabled(StaffPrincipal admin, Long id, long version, boolean enabled) {
        Staff s = inScope(admin, id);
        AdminChecks.requireVersion(version, s.version());
        if (s.enabled() == enabled) {
            throw Refusal.conflict(enabled ? "staff.already-enabled" : "staff.already-disabled", s.username());
        }
        if (!enabled) {
            if (s.id().equals(admin.staffId())) {
                throw Refusal.conflict("staff.disable-self");
            }
            if (s.roles().contains(StaffRole.ADMIN)) {
                refuseLastAdministrator(s, "staff.last-admin.disable");
            }
        }
        String before = "enabled=" + s.enabled();
        s.setEnabled(enabled);
        staff.flush();
        audit.record(admin.getUsername(), admin.displayName(), AdminAudit.Area.STAFF, pathOf(s), s.username(),
                enabled ? "ENABLE" : "DISABLE", before, "enabled=" + enabled);
    }

    /** A new password: the one given (by the policy) or a generated one-time password; changed at the next sign-in. */
    @Transactional
    public Handover resetPassword(StaffPrincipal admin, Long id, long version, String password) {
        Staff s = inScope(admin, id);
        AdminChecks.requireVersion(version, s.version());
        String given = password == null || password.isBlank() ? null : password;
        String chosen = given == null ? oneTimePassword() : checkedPassword(given, s.username());
        s.setPassword(passwords.encode(chosen), true);
        staff.flush();
        staff.setLockedUntil(s.username(), null);
        audit.record(admin.getUsername(), admin.displayName(), AdminAudit.Area.STAFF, pathOf(s), s.username(),
                "RESET_PASSWORD", null, given == null ? "oneTimePassword; mustChange=true" : "setByAdministrator; mustChange=true");
        return new Handover(row(s), given == null ? chosen : null);
    }

    /** The signed-in person's own new password, by the policy; ends the obligation to change it. */
    @Transactional
    public void changeOwnPassword(StaffPrincipal me, String current, String newPassword, String repeated) {
        Staff s = staff.findById(me.staffId()).orElseThrow(() -> Refusal.notFound("accounts.unknown", me.getUsername()));
        if (current == null || !passwords.matches(current, s.passwordHash())) {
            throw Refusal.invalid("current", "staff.password.current-wrong");
        }
        if (newPassword == null || !newPassword.equals(repeated)) {
            throw Refusal.invalid("repeated", "staff.password.mismatch");
        }
        if (passwords.matches(newPassword, s.passwordHash())) {
            throw Refusal.invalid("password", "staff.password.same");
        }
        s.setPassword(passwords.encode(checkedPassword(newPassword, s.username())), false);
        staff.flush();
        audit.record(me.getUsername(), me.displayName(), AdminAudit.Area.STAFF, pathOf(s), s.username(),
                "CHANGE_OWN_PASSWORD", null, "mustChange=false");
    }

    private void refuseLastAdministrator(Staff s, String key) {
        long others = staff.findAll().stream().filter(o -> !o.id().equals(s.id()) && o.enabled()
                && o.roles().contains(StaffRole.ADMIN)).count();
        if (others == 0) {
            throw Refusal.conflict(key, s.username());
        }
    }

    private UnitView homeUnit(StaffPrincipal admin, String unitCode) {
        String code = AdminChecks.required(unitCode, "unitCode", 64);
        UnitView unit = territory.unitByCode(code).filter(u -> admin.covers(u.path()))
                .orElseThrow(() -> Refusal.invalid("unitCode", "territory.unit.unknown", code));
        if (!territory.isActive(unit)) {
            throw Refusal.invalid("unitCode", "unit.inactive", unit.name());
        }
        return unit;
    }

    private static Set<StaffRole> roles(Set<StaffRole> roles) {
        if (roles == null || roles.isEmpty()) {
            throw Refusal.invalid("roles", "staff.roles.none");
        }
        return EnumSet.copyOf(roles);
    }

    /** The password if the policy allows it; a refusal saying what the policy asks otherwise. */
    static String checkedPassword(String password, String username) {
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        if (password.length() < PASSWORD_MIN_LENGTH || password.length() > 128 || !letter || !digit
                || password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw Refusal.invalid("password", "staff.password.policy", PASSWORD_MIN_LENGTH);
        }
        return password;
    }

    private String oneTimePassword() {
        while (true) {
            StringBuilder p = new StringBuilder();
            for (int i = 0; i < 12; i++) {
                p.append(OTP_ALPHABET.charAt(random.nextInt(OTP_ALPHABET.length())));
            }
            String s = p.toString();
            if (s.chars().anyMatch(Character::isDigit) && s.chars().anyMatch(Character::isLetter)) {
                return s;
            }
        }
    }

    private Staff inScope(StaffPrincipal admin, Long id) {
        AdminChecks.requireAdministrator(admin);
        return staff.findById(id == null ? -1 : id).filter(s -> admin.covers(territory.require(s.unitId()).path()))
                .orElseThrow(() -> Refusal.notFound("accounts.unknown", String.valueOf(id)));
    }

    private StaffRow row(Staff s) {
        Instant now = clock.instant();
        return new StaffRow(s.id(), s.username(), s.displayName(), territory.require(s.unitId()), s.roles(), s.enabled(),
                s.lockedUntil() != null && s.lockedUntil().isAfter(now), s.mustChangePassword(), s.version());
    }

    private String describe(Staff s) {
        return "name=" + s.displayName() + "; unit=" + territory.require(s.unitId()).code() + "; roles="
                + s.roles().stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new)) + "; enabled=" + s.enabled();
    }

    /** Where the account's audit entries belong: its home unit, so the administrators of that part read them. */
    private String pathOf(Staff s) {
        return territory.require(s.unitId()).path();
    }
}
