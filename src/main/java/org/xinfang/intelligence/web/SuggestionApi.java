package org.xinfang.intelligence.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.casework.ScreeningAdvice;
import org.xinfang.platform.Refusal;
import org.xinfang.territory.StaffPrincipal;

import java.util.List;

/**
 * The suggestions on a text over JSON: the categories best first with their scores, the unit the place's history
 * suggests, and the similar matters the caller may open. The registration form's hints come from the same advice.
 */
@RestController
@Tag(name = "Suggestions", description = "Category, responsible unit and similar matters suggested for a petition's text")
class SuggestionApi {

    private final ScreeningAdvice advice;

    SuggestionApi(ScreeningAdvice advice) {
        this.advice = advice;
    }

    /**
     * @param placeCode    where the matter arose (optional): the unit is suggested from its history
     * @param categoryCode the category chosen (optional): else the unit is suggested for the best suggested category
     * @param petitionerIds the petitioners on file (optional), with {@code samePetitionerOnly} to look among theirs only
     */
    record Request(@Size(max = 200) String title, @Size(max = 20000) String text, @Size(max = 64) String placeCode,
                   @Size(max = 64) String categoryCode, @Size(max = 20) List<Long> petitionerIds,
                   Boolean samePetitionerOnly, Boolean samePlaceOnly) {
    }

    record Category(String code, String name, double score) {
    }

    record Unit(String code, String name, double share, int matters) {
    }

    record Similar(long id, String referenceNo, String title, String state, double score, boolean duplicate) {
    }

    /**
     * @param confidenceFloor below this probability no category is suggested (the list is then empty)
     */
    record Answer(List<Category> categories, double confidenceFloor, String modelVersion, Unit unit,
                  List<Similar> similar) {
    }

    @PostMapping("/api/v1/suggestions")
    @Operation(summary = "Suggest the categories, the responsible unit and the similar matters for a text",
            description = "Categories best first, each with its code and a probability; none when the model's best is "
                    + "below confidenceFloor. The unit is the one that accepted most such matters in the place. "
                    + "Nothing is saved.")
    Answer suggest(@Valid @RequestBody Request r, @AuthenticationPrincipal StaffPrincipal me) {
        if ((r.title() == null || r.title().isBlank()) && (r.text() == null || r.text().isBlank())) {
            throw Refusal.invalid("text", "intelligence.suggestion.text-required");
        }
        ScreeningAdvice.Advice a = advice.advise(new ScreeningAdvice.Question(r.title(), r.text(), blankToNull(r.placeCode()),
                blankToNull(r.categoryCode()), r.petitionerIds(), Boolean.TRUE.equals(r.samePetitionerOnly()),
                Boolean.TRUE.equals(r.samePlaceOnly())), me);
        return new Answer(a.categories().stream().map(c -> new Category(c.code(), c.name(), round(c.score()))).toList(),
                a.confidenceFloor(), a.modelVersion(),
                a.unit().map(u -> new Unit(u.unit().code(), u.unit().name(), round(u.share()), u.matters())).orElse(null),
                a.similar().stream().map(s -> new Similar(s.matterId(), s.referenceNo(), s.title(), s.state(),
                        round(s.score()), s.duplicate())).toList());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
