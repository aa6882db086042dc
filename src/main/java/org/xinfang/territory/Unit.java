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
