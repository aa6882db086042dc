package org.xinfang.intake;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An administrator's routing rule: a matter of {@code categoryId} arising at {@code placeUnitId} or below it is
 * suggested to {@code unitId}, instead of the department the category's function names.
 */
@Entity
@Table(name = "routing_rule")
class RoutingRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long categoryId;
    private Long placeUnitId;
    private Long unitId;
    @Version
    private long version;

    protected RoutingRule() {
    }

    RoutingRule(Long categoryId, Long placeUnitId, Long unitId) {
        this.categoryId = categoryId;
        this.placeUnitId = placeUnitId;
        this.unitId = unitId;
    }

    Long id() {
        return id;
    }

    Long categoryId() {
        return categoryId;
    }

    Long placeUnitId() {
        return placeUnitId;
    }

    Long unitId() {
        return unitId;
    }

    long version() {
        return version;
    }

    void suggest(Long unitId) {
        this.unitId = unitId;
    }
}
