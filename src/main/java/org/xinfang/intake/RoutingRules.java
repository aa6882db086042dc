package org.xinfang.intake;

import org.springframework.stereotype.Service;
import org.xinfang.territory.AdministrativeLevel;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

/**
 * Suggests the unit in charge of a matter under "territorial management, graded responsibility"
 * (属地管理、分级负责): the department whose function the category names, in the county where the matter
 * arose (or the city, for a place at city level); the county government itself when it has no such
 * department or the category names none.
 */
@Service
public class RoutingRules {

    private final Territory territory;

    RoutingRules(Territory territory) {
        this.territory = territory;
    }

    public UnitView suggestResponsibleUnit(UnitView place, CategoryView category) {
        UnitView government = territory.ancestorAt(place, AdministrativeLevel.COUNTY)
                .orElseGet(() -> territory.governmentOf(place));
        if (category.function() == null) {
            return government;
        }
        return territory.department(government, category.function()).orElse(government);
    }
}
