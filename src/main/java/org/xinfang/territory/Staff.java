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

    Set<StaffRole> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(roles);
    }
}
