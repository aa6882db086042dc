package org.xinfang.recommendation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.platform.web.FileAnswers;
import org.xinfang.recommendation.RecommendationLetters;
import org.xinfang.recommendation.Recommendations;
import org.xinfang.recommendation.Recommendations.Filter;
import org.xinfang.recommendation.Recommendations.KindCount;
import org.xinfang.recommendation.Recommendations.Recommendation;
import org.xinfang.statute.OversightRules.FeedbackOutcome;
import org.xinfang.statute.RecommendationRules.FeedbackStatus;
import org.xinfang.statute.RecommendationRules.RecommendationKind;
import org.xinfang.territory.StaffPrincipal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The three recommendations (三项建议, 2022 art. 40) in the API: issue, list, one, written feedback, indicators. */
@RestController
@RequestMapping("/api/v1/recommendations")
@Tag(name = "Recommendations", description = "三项建议: recommendations to improve work, improve policy or hold someone accountable (art. 40), with the body's written feedback (art. 40 ¶4)")
class RecommendationApi {

    static final int LIMIT = 200;

    private final Recommendations recommendations;
    private final RecommendationLetters letters;
    private final Clock clock;

    RecommendationApi(Recommendations recommendations, RecommendationLetters letters, Clock clock) {
        this.recommendations = recommendations;
        this.letters = letters;
        this.clock = clock;
    }

    record NewRecommendation(@NotNull RecommendationKind kind, @NotNull Long addresseeId,
                             @NotBlank @Size(max = 200) String subject, @NotBlank @Size(max = 8000) String content,
                             @NotNull @Size(min = 1, max = 200) List<@Size(max = 40) String> referenceNos) {
    }

    record Feedback(@NotNull Integer version, @NotNull FeedbackOutcome outcome, @NotBlank @Size(max = 8000) String text,
                    @NotNull LocalDate feedbackOn) {
    }

    record Indicators(int year, List<KindCount> byKind, long issued, long answered, long adopted, Double adoptedRate) {
    }

    @GetMapping
    @Operation(summary = "The recommendations of the caller's area (issued by its bureau or sent to its bodies), filtered by kind, status and receiving body; unanswered first, nearest due date first")
    List<Recommendation> list(@RequestParam(required = false) RecommendationKind kind,
                              @RequestParam(required = false) FeedbackStatus status,
                              @RequestParam(required = false) Long addresseeId,
                              @AuthenticationPrincipal StaffPrincipal me) {
        return recommendations.list(me, new Filter(kind, status, addresseeId), LIMIT);
    }

    @PostMapping
    @Operation(summary = "Issue a recommendation as a city's or county's petition bureau (supervisor or leader), linked to the matters that prompted it; with an Idempotency-Key a retried request returns the one issued the first time")
    ResponseEntity<Recommendation> issue(@Valid @RequestBody NewRecommendation body,
                                         @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                         @AuthenticationPrincipal StaffPrincipal me) {
        return ResponseEntity.status(HttpStatus.CREATED).body(recommendations.issue(me, body.kind(), body.addresseeId(),
                body.subject(), body.content(), body.referenceNos(), key));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One recommendation with its matters and feedback")
    Recommendation one(@PathVariable Long id, @AuthenticationPrincipal StaffPrincipal me) {
        return recommendations.visible(me, id);
    }

    @GetMapping("/{id}/letter")
    @Operation(summary = "The recommendation letter (建议书) as PDF: number, receiving body, kind, the matters by reference number, the text, and the feedback due date (art. 40 ¶4)")
    ResponseEntity<byte[]> letter(@PathVariable Long id, @AuthenticationPrincipal StaffPrincipal me) {
        return FileAnswers.inline(RecommendationLetters.fileName(recommendations.visible(me, id)), MediaType.APPLICATION_PDF,
                letters.pdf(me, id));
    }

    @PostMapping("/{id}/feedback")
    @Operation(summary = "Record the receiving body's written feedback (art. 40 ¶4), once, at the version seen: adopted, partly adopted or not adopted, its text, its day")
    Recommendation feedback(@PathVariable Long id, @Valid @RequestBody Feedback body, @AuthenticationPrincipal StaffPrincipal me) {
        return recommendations.feedback(me, id, body.version(), body.outcome(), body.text(), body.feedbackOn());
    }

    @GetMapping("/indicators")
    @Operation(summary = "Recommendations issued by the caller's area in a year, by kind, with the adopted rate (adopted or partly adopted, of those answered)")
    Indicators indicators(@RequestParam(required = false) Integer year, @AuthenticationPrincipal StaffPrincipal me) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        List<KindCount> byKind = recommendations.indicators(me, y);
        long issued = byKind.stream().mapToLong(KindCount::issued).sum();
        long answered = byKind.stream().mapToLong(KindCount::answered).sum();
        long adopted = byKind.stream().mapToLong(KindCount::adopted).sum();
        return new Indicators(y, byKind, issued, answered, adopted, answered == 0 ? null : (double) adopted / answered);
    }
}
