package org.xinfang.territory;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A staff account (工作人员): a person with a home unit and one or more roles. */
@Entity
@Table(name = "staff")
class Staff {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String displayName;
    private String passwordHash;
    private Long unitId;
    private boolean enabled = true;
    private String preferredLanguage;
    /** Locked after repeated failed sign-ins until then; null when not locked. */
    private Instant lockedUntil;
    @jakarta.persistence.Version
    private long version;
    /** Set when an administrator set the password (a new account, a reset): the person chooses their own at sign-in. */
    private boolean mustChangePassword;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "staff_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<StaffRole> roles = new HashSet<>();

    protected Staff() {
    }

    Staff(String username) {
        this.username = username;
    }

    void update(String displayName, String passwordHash, Long unitId, Set<StaffRole> roles) {
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.unitId = unitId;
        this.roles.clear();
        this.roles.addAll(roles);
    }

    void preferLanguage(String languageTag) {
        this.preferredLanguage = languageTag;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }

    String preferredLanguage() {
        return preferredLanguage;
    }

    Long id() {
        return id;
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    Long unitId() {
        return unitId;
    }

    boolean enabled() {
        return enabled;
    }

    long version() {
        return version;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** An administrator's edit: the name, the home unit and the roles (the password is set on its own). */
    void assign(String displayName, Long unitId, Set<StaffRole> roles) {
        this.displayName = displayName;
        this.unitId = unitId;
        this.roles.clear();
        this.roles.addAll(roles);
    }

    /** A password an administrator set, or the person's own (then {@code mustChange} is false). */
    void setPassword(String passwordHash, boolean mustChange) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChange;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    Set<StaffRole> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(roles);
    }
}
