package org.xinfang.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A unit (单位) of the territory: a government at some level, or a department (a government's bureau,
 * with a function such as HOUSING). {@code path} is the chain of ids from the city down ("/1/4/17/"),
 * so a subtree is a prefix query.
 */
@Entity
@Table(name = "unit")
class Unit {

    /** The department that is the letters-and-visits bureau of its government and acts for it. */
    static final String PETITION_FUNCTION = "PETITION";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    private String nameEn;
    @Enumerated(EnumType.STRING)
    private AdministrativeLevel level;
    private String function;
    private String shortName;
    private Long population;
    private Long parentId;
    @Column(nullable = false)
    private String path = "/";
    @jakarta.persistence.Version
    private long version;
    /** False once merged into another unit (2022 art. 24 ¶2); the unit stays for the records that name it. */
    private boolean active = true;
    /** The body continuing a merged unit's functions. */
    private Long mergedIntoId;

    protected Unit() {
    }

    Unit(String code) {
        this.code = code;
    }

    void describe(String name, String nameEn, AdministrativeLevel level, String function, String shortName, Long population) {
        this.name = name;
        this.nameEn = nameEn;
        this.level = level;
        this.function = function;
        this.shortName = shortName;
        this.population = population;
    }

    void placeUnder(Unit parent) {
        this.parentId = parent == null ? null : parent.id;
        this.path = (parent == null ? "/" : parent.path) + id + "/";
    }

    UnitView view() {
        return new UnitView(id, code, name, nameEn, level, function, parentId, path, jurisdictionPath(), population);
    }

    /**
     * The subtree this unit's staff act for. A letters-and-visits bureau acts for its whole government
     * (the county bureau registers for the whole county); any other unit for its own subtree.
     */
    String jurisdictionPath() {
        if (!PETITION_FUNCTION.equals(function) || parentId == null) {
            return path;
        }
        return path.substring(0, path.lastIndexOf('/', path.length() - 2) + 1);
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    boolean active() {
        return active;
    }

    Long mergedIntoId() {
        return mergedIntoId;
    }

    String name() {
        return name;
    }

    String nameEn() {
        return nameEn;
    }

    AdministrativeLevel level() {
        return level;
    }

    String function() {
        return function;
    }

    /** A new name; the id, the code and everything that names the unit by them stay. */
    void rename(String name, String nameEn) {
        this.name = name;
        this.nameEn = nameEn;
    }

    /** Moves this unit, or one below it ({@code oldPrefix} is the moved unit's old path), to its new place in the tree. */
    void repath(String oldPrefix, String newPrefix, Long newParentId, boolean isTheMovedUnit) {
        this.path = newPrefix + path.substring(oldPrefix.length());
        if (isTheMovedUnit) {
            this.parentId = newParentId;
        }
    }

    /** Merged into {@code continuing}: inactive from now on, its matters with the continuing body. */
    void mergeInto(Unit continuing) {
        this.active = false;
        this.mergedIntoId = continuing.id;
    }

    String code() {
        return code;
    }

    String path() {
        return path;
    }

    Long parentId() {
        return parentId;
    }
}
