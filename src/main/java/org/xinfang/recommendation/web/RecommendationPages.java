package org.xinfang.recommendation.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinfang.platform.web.FileAnswers;
import org.xinfang.platform.web.FormFields;
import org.xinfang.recommendation.RecommendationLetters;
import org.xinfang.recommendation.Recommendations;
import org.xinfang.recommendation.Recommendations.Filter;
import org.xinfang.recommendation.Recommendations.Recommendation;
import org.xinfang.statute.OversightRules.FeedbackOutcome;
import org.xinfang.statute.RecommendationRules.FeedbackStatus;
import org.xinfang.statute.RecommendationRules.RecommendationKind;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.Territory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The recommendations pages (三项建议): the list with its filters and the issue form, and one recommendation with its
 * matters and the written-feedback form for the bureau or the receiving body's staff.
 */
@Controller
class RecommendationPages {

    private final Recommendations recommendations;
    private final RecommendationLetters letters;
    private final Territory territory;
    private final MessageSource messages;
    private final Clock clock;

    RecommendationPages(Recommendations recommendations, RecommendationLetters letters, Territory territory,
                        MessageSource messages, Clock clock) {
        this.recommendations = recommendations;
        this.letters = letters;
        this.territory = territory;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/recommendations")
    String list(@RequestParam(required = false) RecommendationKind kind, @RequestParam(required = false) FeedbackStatus status,
                @RequestParam(required = false) Long addresseeId, @AuthenticationPrincipal StaffPrincipal me, Model model) {
        List<Recommendation> shown = recommendations.list(me, new Filter(kind, status, addresseeId), RecommendationApi.LIMIT);
        model.addAttribute("recommendations", shown);
        model.addAttribute("kinds", RecommendationKind.values());
        model.addAttribute("statuses", FeedbackStatus.values());
        model.addAttribute("filter", new Filter(kind, status, addresseeId));
        Map<Long, String> addressees = new LinkedHashMap<>();
        territory.assignableUnits(me.unit()).stream().filter(u -> !u.id().equals(me.unit().id()))
                .forEach(u -> addressees.put(u.id(), u.displayName(LocaleContextHolder.getLocale())));
        model.addAttribute("addressees", addressees);
        model.addAttribute("mayIssue", me.hasAny(Recommendations.ISSUERS) && "PETITION".equals(me.unit().function()));
        model.addAttribute("reminders", shown.stream().filter(r -> r.status() == FeedbackStatus.DUE_SOON).count());
        model.addAttribute("overdue", shown.stream().filter(r -> r.status() == FeedbackStatus.OVERDUE).count());
        model.addAttribute("indicators", recommendations.indicators(me, LocalDate.now(clock).getYear()));
        model.addAttribute("requestKey", UUID.randomUUID().toString());
        return "recommendation/list";
    }

    @GetMapping("/recommendations/{id}")
    String one(@PathVariable Long id, @AuthenticationPrincipal StaffPrincipal me, Model model) {
        Recommendation r = recommendations.visible(me, id);
        model.addAttribute("r", r);
        model.addAttribute("mayAnswer", r.feedbackOn() == null && recommendations.mayAnswer(me, r));
        model.addAttribute("outcomes", FeedbackOutcome.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "recommendation/one";
    }

    /** The recommendation letter (建议书) as a PDF, opened in the browser. */
    @GetMapping("/recommendations/{id}/letter")
    ResponseEntity<byte[]> letter(@PathVariable Long id, @AuthenticationPrincipal StaffPrincipal me) {
        return FileAnswers.inline(RecommendationLetters.fileName(recommendations.visible(me, id)), MediaType.APPLICATION_PDF,
                letters.pdf(me, id));
    }

    @PostMapping("/recommendations")
    String issue(@RequestParam(required = false) String kind, @RequestParam(required = false) String addresseeId,
                 @RequestParam(required = false) String subject, @RequestParam(required = false) String content,
                 @RequestParam(required = false) String referenceNos, @RequestParam(required = false) String requestKey,
                 @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes flash) {
        return FormFields.submit(messages, flash, "recommendation.saved", "/recommendations", FormFields.typed("subject",
                subject, "content", content, "referenceNos", referenceNos), () -> "/recommendations/" + recommendations.issue(me,
                choice("kind", kind, RecommendationKind.class),
                addresseeId == null || addresseeId.isBlank() ? null : (long) FormFields.number("addresseeId", addresseeId),
                subject, content,
                referenceNos == null ? List.of() : Arrays.stream(referenceNos.split("[\\s,，;；]+")).toList(), requestKey).id());
    }

    @PostMapping("/recommendations/{id}/feedback")
    String feedback(@PathVariable Long id, @RequestParam(required = false) String version,
                    @RequestParam(required = false) String outcome, @RequestParam(required = false) String text,
                    @RequestParam(required = false) String feedbackOn, @AuthenticationPrincipal StaffPrincipal me,
                    RedirectAttributes flash) {
        recommendations.visible(me, id);
        String back = "/recommendations/" + id;
        return FormFields.submit(messages, flash, "recommendation.saved", back, FormFields.typed("text", text), () -> {
            recommendations.feedback(me, id, FormFields.number("version", version),
                    choice("outcome", outcome, FeedbackOutcome.class), text, FormFields.day("feedbackOn", feedbackOn));
            return back;
        });
    }

    /** A choice left empty is null (the service names what is missing); another value is refused naming the field. */
    private static <E extends Enum<E>> E choice(String field, String typed, Class<E> type) {
        return typed == null || typed.isBlank() ? null : FormFields.choice(field, typed, type, "recommendation." + field);
    }
}
