package org.xinfang.intelligence;

import org.springframework.stereotype.Service;
import org.xinfang.casework.ScreeningAdvice.CategoryScore;
import org.xinfang.intake.Categories;
import org.xinfang.intake.CategoryView;
import org.xinfang.intelligence.classifier.CategoryModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The trained category suggestion (分类建议): the model in use scores a text, and its labels are mapped onto the
 * product's category tree — a label is a category's code, or a first-level category's name as the public labelled
 * messages give it; a label the tree does not have (or no longer has active) is never suggested. Below
 * {@link #CONFIDENCE_FLOOR} nothing is suggested: the registrar classifies, as without the model.
 */
@Service
public class CategorySuggestions {

    /**
     * The probability the best category needs to be suggested. Cross-validated on the labelled messages, a suggestion
     * at 0.5 or more is right about 93 times in 100 and is made for about 89 texts in 100 (docs/intelligence.md); below
     * it the model is right barely more often than not, and a wrong suggestion misleads more than none.
     */
    public static final double CONFIDENCE_FLOOR = 0.5;
    /** The runners-up shown with the best, when they have at least this probability. */
    static final double ALTERNATIVE_FLOOR = 0.1;
    private static final int MAX_SHOWN = 3;
    /**
     * Fewer letters than this (Han characters, letters, digits; title and text together) say too little to classify: a
     * greeting or a word scores confidently on a linear model, yet a suggestion on it would be a guess.
     */
    static final int MIN_LETTERS = 6;

    private final CategoryModels models;
    private final Categories categories;

    CategorySuggestions(CategoryModels models, Categories categories) {
        this.models = models;
        this.categories = categories;
    }

    /** The categories suggested for a text, best first, and the model version that scored them. */
    public record Suggested(List<CategoryScore> categories, int modelVersion) {
    }

    public Suggested suggest(String title, String text) {
        CategoryModels.Loaded loaded = models.inUse();
        if (letters(title) + letters(text) < MIN_LETTERS) {
            return new Suggested(List.of(), loaded.version());
        }
        List<CategoryScore> out = new ArrayList<>();
        for (CategoryModel.Scored s : loaded.model().score(models.features(), title, text)) {
            Optional<CategoryView> c = categoryOf(s.label()).filter(categories::isActive);
            if (c.isEmpty()) {
                continue;
            }
            boolean first = out.isEmpty();
            if (first ? s.probability() < CONFIDENCE_FLOOR : s.probability() < ALTERNATIVE_FLOOR) {
                break;
            }
            out.add(new CategoryScore(c.get().code(), c.get().name(), s.probability()));
            if (out.size() == MAX_SHOWN) {
                break;
            }
        }
        return new Suggested(out, loaded.version());
    }

    /**
     * The best category suggested for a text, if the model is confident enough: a first-level category when the model
     * learned first levels (the public messages and a city's history both label first levels).
     */
    public Optional<CategoryView> best(String title, String text) {
        return suggest(title, text).categories().stream().findFirst().flatMap(c -> categories.byCode(c.code()));
    }

    private static long letters(String s) {
        return s == null ? 0 : s.codePoints().filter(Character::isLetterOrDigit).count();
    }

    /** The category of the tree a model's label stands for: the category of that code, or the first level of that name. */
    public Optional<CategoryView> categoryOf(String label) {
        return categories.byCode(label).or(() -> categories.all().stream()
                .filter(c -> !c.isSecondLevel() && c.name().equals(label)).findFirst());
    }
}
