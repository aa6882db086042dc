package org.xinfang.intake;

import org.springframework.stereotype.Service;
import org.xinfang.territory.AdministrativeLevel;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Suggests the unit in charge of a matter under "territorial management, graded responsibility"
 * (属地管理、分级负责): the department whose function the category names, in the county where the matter
 * arose (or the city, for a place at city level); the county government itself when it has no such
 * department or the category names none. An administrator's routing rule for the category at the place, or at the
 * nearest place above it that has one, comes first. A merged unit's suggestions go to the body continuing it.
 */
@Service
public class RoutingRules {

    /** A rule as other modules and the administrator's page see it. */
    public record Rule(Long id, CategoryView category, UnitView place, UnitView unit, long version) {
    }

    private final Territory territory;
    private final RoutingRuleRepository rules;
    private final Categories categories;
    private volatile List<RoutingRule> cached;

    RoutingRules(Territory territory, RoutingRuleRepository rules, Categories categories) {
        this.territory = territory;
        this.rules = rules;
        this.categories = categories;
    }

    public UnitView suggestResponsibleUnit(UnitView place, CategoryView category) {
        Optional<UnitView> ruled = ruleFor(place, category).flatMap(r -> territory.unit(r.unitId())).map(territory::continuing);
        if (ruled.isPresent()) {
            return ruled.get();
        }
        UnitView government = territory.ancestorAt(place, AdministrativeLevel.COUNTY)
                .orElseGet(() -> territory.governmentOf(place));
        if (category.function() == null) {
            return government;
        }
        return territory.department(government, category.function()).orElse(government);
    }

    /** Every administrator's rule, by category code and then place. */
    public List<Rule> all() {
        return cached().stream().map(this::view).filter(r -> r.category() != null && r.place() != null && r.unit() != null)
                .sorted(Comparator.comparing((Rule r) -> r.category().code()).thenComparing(r -> r.place().path())).toList();
    }

    Rule view(RoutingRule r) {
        return new Rule(r.id(), categories.byId(r.categoryId()).orElse(null), territory.unit(r.placeUnitId()).orElse(null),
                territory.unit(r.unitId()).orElse(null), r.version());
    }

    private Optional<RoutingRule> ruleFor(UnitView place, CategoryView category) {
        return cached().stream().filter(r -> r.categoryId().equals(category.id()))
                .map(r -> new Object[]{r, territory.unit(r.placeUnitId()).orElse(null)})
                .filter(pair -> pair[1] != null && place.path().startsWith(((UnitView) pair[1]).path()))
                .max(Comparator.comparingInt(pair -> ((UnitView) pair[1]).path().length()))
                .map(pair -> (RoutingRule) pair[0]);
    }

    private List<RoutingRule> cached() {
        List<RoutingRule> c = cached;
        if (c == null) {
            c = List.copyOf(rules.findAll());
            cached = c;
        }
        return c;
    }

    void refresh() {
        cached = null;
    }
}
