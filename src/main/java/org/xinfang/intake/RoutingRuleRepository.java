package org.xinfang.intake;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface RoutingRuleRepository extends JpaRepository<RoutingRule, Long> {

    Optional<RoutingRule> findByCategoryIdAndPlaceUnitId(Long categoryId, Long placeUnitId);
}
