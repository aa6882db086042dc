package org.xinfang.territory;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.xinfang.platform.PersonalData;
import org.xinfang.platform.web.PreferredLanguage;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The signed-in staff member as every module sees them: who, which unit, which roles, and the subtree
 * of the territory they act for ({@link #scopePath()}).
 */
public final class StaffPrincipal implements UserDetails, PreferredLanguage,
        org.xinfang.platform.admin.PasswordChangeRequired {

    private final Long staffId;
    private final String username;
    private final String displayName;
    private final String passwordHash;
    private final UnitView unit;
    private final Set<StaffRole> roles;
    private final boolean enabled;
    private final String preferredLanguage;
    private boolean mustChangePassword;

    StaffPrincipal(Long staffId, String username, String displayName, String passwordHash, UnitView unit,
                   Set<StaffRole> roles, boolean enabled, String preferredLanguage) {
        this.staffId = staffId;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.unit = unit;
        this.roles = Set.copyOf(roles);
        this.enabled = enabled;
        this.preferredLanguage = preferredLanguage;
    }

    /** This principal, told that its password was set by an administrator and must be changed now. */
    StaffPrincipal mustChange(boolean must) {
        this.mustChangePassword = must;
        return this;
    }

    @Override
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public String preferredLanguage() {
        return preferredLanguage;
    }

    public Long staffId() {
        return staffId;
    }

    public String displayName() {
        return displayName;
    }

    public UnitView unit() {
        return unit;
    }

    public Set<StaffRole> roles() {
        return roles;
    }

    public boolean has(StaffRole role) {
        return roles.contains(role);
    }

    public boolean hasAny(Set<StaffRole> wanted) {
        return roles.stream().anyMatch(wanted::contains) || roles.contains(StaffRole.ADMIN);
    }

    /** The subtree of the territory this person acts for: matters there are theirs to see. */
    public String scopePath() {
        return unit.jurisdictionPath();
    }

    /** Whether {@code path} (a unit's path) lies within this person's scope. */
    public boolean covers(String path) {
        return path != null && path.startsWith(scopePath());
    }

    public boolean seesPersonalData() {
        return roles.stream().anyMatch(StaffRole::seesPersonalData);
    }

    /** Whether one of the roles reads petitioners' names ({@link StaffRole#seesNames}). */
    public boolean seesNames() {
        return roles.stream().anyMatch(StaffRole::seesNames);
    }

    /**
     * Text people wrote (a title, a letter's content, a note, a file name) as this person may read it: with the ID
     * numbers and phones in it masked unless they see personal data.
     */
    public String readable(String text) {
        return seesPersonalData() ? text : PersonalData.maskText(text);
    }

    /** A person's name as this person may read it: whole if they see personal data, 张某 (the surname kept) otherwise. */
    public String readableName(String name) {
        return seesPersonalData() ? name : PersonalData.maskName(name);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).collect(Collectors.toSet());
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "StaffPrincipal[" + username + "]";
    }
}
