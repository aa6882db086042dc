package org.xinfang.intelligence;

import org.springframework.stereotype.Service;
import org.xinfang.casework.ScreeningAdvice;
import org.xinfang.intake.Categories;
import org.xinfang.intake.CategoryView;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.util.List;
import java.util.Optional;

/**
 * Casework's screening advice, from this module's parts: the trained category suggestion, the unit from the place's
 * history, and the similar earlier matters the viewer may open.
 */
@Service
class IntelligenceAdvice implements ScreeningAdvice {

    private final CategorySuggestions suggestions;
    private final UnitSuggestions units;
    private final Categories categories;
    private final Territory territory;

    IntelligenceAdvice(CategorySuggestions suggestions, UnitSuggestions units, Categories categories, Territory territory) {
        this.suggestions = suggestions;
        this.units = units;
        this.categories = categories;
        this.territory = territory;
    }

    @Override
    public Advice advise(Question q, StaffPrincipal viewer) {
        CategorySuggestions.Suggested suggested = suggestions.suggest(q.title(), q.text());
        Optional<UnitView> place = q.placeCode() == null ? Optional.empty()
                : territory.unitByCode(q.placeCode()).filter(u -> !u.isDepartment());
        Optional<CategoryView> category = Optional.ofNullable(q.categoryCode()).flatMap(categories::byCode)
                .or(() -> suggested.categories().stream().findFirst().flatMap(c -> categories.byCode(c.code())));
        Optional<UnitSuggestion> unit = place.flatMap(p -> category.flatMap(c -> units.suggest(p, c)));
        return new Advice(suggested.categories(), CategorySuggestions.CONFIDENCE_FLOOR, String.valueOf(suggested.modelVersion()), unit, List.of());
    }
}
