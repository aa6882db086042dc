package org.xinfang.intake;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A category (问题类别) in the configurable two-level tree; second-level ones name the function in charge. */
@Entity
@Table(name = "category")
class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    private String nameEn;
    private Long parentId;
    private String function;
    private boolean hotSpot;
    @jakarta.persistence.Version
    private long version;
    /** False once an administrator deactivated it: no new matter is filed under it; the old ones keep it. */
    private boolean active = true;

    protected Category() {
    }

    Category(String code) {
        this.code = code;
    }

    void describe(String name, String nameEn, Long parentId, String function, boolean hotSpot) {
        this.name = name;
        this.nameEn = nameEn;
        this.parentId = parentId;
        this.function = function;
        this.hotSpot = hotSpot;
    }

    Long id() {
        return id;
    }

    String code() {
        return code;
    }

    long version() {
        return version;
    }

    boolean active() {
        return active;
    }

    Long parentId() {
        return parentId;
    }

    String name() {
        return name;
    }

    String nameEn() {
        return nameEn;
    }

    void rename(String name, String nameEn) {
        this.name = name;
        this.nameEn = nameEn;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    CategoryView view() {
        return new CategoryView(id, code, name, nameEn, parentId, function, hotSpot);
    }
}
