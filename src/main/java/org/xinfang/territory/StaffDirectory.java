package org.xinfang.territory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Staff as other modules name them: a log-in name (what the timeline and the records keep) to the person's display
 * name (what a page or a letter shows). Nothing else of the account leaves the module.
 */
@Service
public class StaffDirectory {

    private final StaffMembers staff;

    StaffDirectory(StaffMembers staff) {
        this.staff = staff;
    }

    /** The display name of the account with this log-in name, when there is one (a former or a generated actor has none). */
    @Transactional(readOnly = true)
    public Optional<String> displayName(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return staff.findByUsername(username).map(Staff::displayName).filter(n -> !n.isBlank());
    }

    /** What a page shows for this log-in name: the person's display name, or the log-in where no account names one. */
    @Transactional(readOnly = true)
    public String nameOrLogin(String username) {
        return username == null ? null : displayName(username).orElse(username);
    }

    /**
     * The leaders (LEADER role) by their home unit, the first by log-in name where a unit has several: who takes a
     * package case for a government in generated data.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> leadersByUnit() {
        Map<Long, String> leaders = new java.util.TreeMap<>();
        staff.findAll().stream().filter(s -> s.roles().contains(StaffRole.LEADER) && s.enabled())
                .sorted(java.util.Comparator.comparing(Staff::username))
                .forEach(s -> leaders.putIfAbsent(s.unitId(), s.username()));
        return leaders;
    }

    /**
     * An account as the notification module addresses it: who, in which unit, with which roles and in which language
     * they read (null: the office's, Chinese).
     */
    public record Account(String username, String displayName, Long unitId, java.util.Set<StaffRole> roles,
                          String preferredLanguage) {

        public boolean has(StaffRole role) {
            return roles.contains(role);
        }
    }

    /** The enabled accounts of these units. */
    @Transactional(readOnly = true)
    public java.util.List<Account> accountsOf(Collection<Long> unitIds) {
        return unitIds.isEmpty() ? java.util.List.of()
                : staff.findByUnitIdInAndEnabledTrue(unitIds).stream().map(StaffDirectory::account).toList();
    }

    /** The enabled accounts holding {@code role}, anywhere. */
    @Transactional(readOnly = true)
    public java.util.List<Account> accountsWithRole(StaffRole role) {
        return staff.enabledWithRole(role).stream().map(StaffDirectory::account).toList();
    }

    /** The account with this log-in name, if it is enabled. */
    @Transactional(readOnly = true)
    public Optional<Account> account(String username) {
        return username == null ? Optional.empty()
                : staff.findByUsername(username).filter(Staff::enabled).map(StaffDirectory::account);
    }

    private static Account account(Staff s) {
        return new Account(s.username(), s.displayName(), s.unitId(), s.roles(), s.preferredLanguage());
    }

    /** The display names of these log-in names, those that have an account; each looked up once. */
    @Transactional(readOnly = true)
    public Map<String, String> displayNames(Collection<String> usernames) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String username : usernames) {
            if (username != null && !names.containsKey(username)) {
                displayName(username).ifPresent(n -> names.put(username, n));
            }
        }
        return names;
    }
}
