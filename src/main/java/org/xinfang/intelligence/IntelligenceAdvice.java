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

    /** Similar matters given with the advice: a registrar reads a handful, not a list. */
    static final int SIMILAR_SHOWN = 5;

    private final CategorySuggestions suggestions;
    private final UnitSuggestions units;
    private final Categories categories;
    private final Territory territory;
    private final SimilarMatters similar;

    IntelligenceAdvice(CategorySuggestions suggestions, UnitSuggestions units, Categories categories, Territory territory,
                       SimilarMatters similar) {
        this.similar = similar;
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
        return new Advice(suggested.categories(), CategorySuggestions.CONFIDENCE_FLOOR, String.valueOf(suggested.modelVersion()), unit,
                // "the same petitioner's only" with no petitioner on file yet: nobody's matters are theirs
                q.samePetitionerOnly() && q.petitionerIds().isEmpty() ? List.of() : similar.find(q.title(), q.text(), new SimilarMatters.Restriction(
                        q.samePetitionerOnly() ? q.petitionerIds() : List.of(), q.samePlaceOnly() ? q.placeCode() : null),
                        viewer, SIMILAR_SHOWN));
    }
}
