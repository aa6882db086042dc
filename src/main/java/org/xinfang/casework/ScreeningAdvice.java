package org.xinfang.casework;

import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.UnitView;

import java.util.List;
import java.util.Optional;

/**
 * What a registrar's screening asks of the intelligence module (智能辅助): the categories a text suggests, the unit that
 * has handled such matters in that place, and the earlier matters most like it. The intelligence module depends on
 * casework and implements this; casework asks through it, so there is no cycle.
 */
public interface ScreeningAdvice {

    /** The advice on a text as typed, for this viewer: similar matters are only those the viewer may open. */
    Advice advise(Question question, StaffPrincipal viewer);

    /**
     * A text to advise on. {@code placeCode} (may be null) is where the matter arose: the unit is suggested from that
     * place's history of {@code categoryCode} (may be null: then of the best suggested category), and with
     * {@code samePlaceOnly} the similar matters are the place's township's; {@code petitionerIds} (may be empty), with
     * {@code samePetitionerOnly}, narrows them to that petitioner's matters.
     */
    record Question(String title, String text, String placeCode, String categoryCode, List<Long> petitionerIds,
                    boolean samePetitionerOnly, boolean samePlaceOnly) {
        public Question {
            petitionerIds = petitionerIds == null ? List.of() : List.copyOf(petitionerIds);
        }

        public static Question of(String title, String text) {
            return new Question(title, text, null, null, List.of(), false, false);
        }
    }

    /**
     * The categories best first with their scores (empty when the best is below {@code confidenceFloor}: "no
     * suggestion"), the model version that scored them, the suggested unit if the history names one, and the similar
     * matters best first.
     */
    record Advice(List<CategoryScore> categories, double confidenceFloor, String modelVersion, Optional<UnitSuggestion> unit,
                  List<SimilarMatter> similar) {
        public Optional<CategoryScore> best() {
            return categories.stream().findFirst();
        }
    }

    /** A category of the product's tree (its code) with the model's probability for it, 0–1. */
    record CategoryScore(String code, String name, double score) {
    }

    /** The unit that most often handled matters of this category in this place, and the share of them it handled. */
    record UnitSuggestion(UnitView unit, double share, int matters) {
    }

    /** An earlier matter like the text, with the similarity (0–1) and whether it reads as a duplicate of it. */
    record SimilarMatter(long matterId, String referenceNo, String title, String state, double score,
                         boolean duplicate) {
    }
}
