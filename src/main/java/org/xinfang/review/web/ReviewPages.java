package org.xinfang.review.web;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinfang.casework.MatterFacts;
import org.xinfang.casework.ReviewOutcome;
import org.xinfang.platform.Refusal;
import org.xinfang.platform.web.FormFields;
import org.xinfang.platform.web.Paging;
import org.xinfang.review.FinalitySupport;
import org.xinfang.review.HearingRole;
import org.xinfang.review.ReviewCase;
import org.xinfang.review.ReviewCommittees;
import org.xinfang.review.ReviewIndicators;
import org.xinfang.review.ReviewStage;
import org.xinfang.review.SupportKind;
import org.xinfang.territory.StaffDirectory;
import org.xinfang.territory.StaffPrincipal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The committees' pages: the list of cases with the matters waiting for a committee (each with the form that forms it),
 * one case with its members' views, the hearing, the opinion and its publication; and the support list of final
 * matters with each one's record. A refusal goes back to the form with its reason and what was typed; nothing is
 * saved then.
 */
@Controller
class ReviewPages {

    /** Rows of the hearing's participants on the form; those left blank are not sent. */
    private static final int PARTICIPANT_ROWS = 6;

    private final ReviewCommittees committees;
    private final ReviewIndicators indicators;
    private final FinalitySupport support;
    private final ReviewViews views;
    private final MessageSource messages;
    private final Clock clock;

    ReviewPages(ReviewCommittees committees, ReviewIndicators indicators, FinalitySupport support, ReviewViews views,
                MessageSource messages, Clock clock) {
        this.committees = committees;
        this.indicators = indicators;
        this.support = support;
        this.views = views;
        this.messages = messages;
        this.clock = clock;
    }

    /** A matter waiting for a committee, with the staff who may sit on it. */
    record Waiting(MatterFacts.Review matter, String title, ReviewStage stage, String body, LocalDate dueOn,
                   List<StaffDirectory.Account> candidates) {
    }

    @GetMapping("/review")
    String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("listing", views.json(committees.list(me, 100), me));
        model.addAttribute("waiting", committees.awaitingCommittee(me, 20).stream().map(m -> {
            ReviewStage stage = ReviewStage.of(m.state()).orElseThrow();
            Long body = ReviewCommittees.reviewingBody(m, stage);
            return new Waiting(m, me.readable(m.title()), stage, views.unitName(body),
                    stage == ReviewStage.REVIEW ? m.reviewDueOn() : m.reReviewDueOn(),
                    committees.candidates(body, ReviewCommittees.reviewedUnit(m, stage)));
        }).toList());
        model.addAttribute("requestKey", UUID.randomUUID().toString());
        return "review/cases";
    }

    @PostMapping("/review/cases")
    String open(@RequestParam(required = false) String referenceNo,
                @RequestParam(name = "member", required = false) List<String> members,
                @RequestParam(required = false) String requestKey, @AuthenticationPrincipal StaffPrincipal me,
                RedirectAttributes flash) {
        return FormFields.submit(messages, flash, "review.opened-done", "/review", Map.of(),
                () -> "/review/cases/" + committees.open(me, referenceNo, members, requestKey).id());
    }

    @GetMapping("/review/cases/{id}")
    String one(@PathVariable Long id, @AuthenticationPrincipal StaffPrincipal me, Model model) {
        ReviewCase c = committees.visibleCase(me, id);
        model.addAttribute("c", views.json(c, me));
        if (committees.organises(me, c)) {
            model.addAttribute("candidates", committees.candidates(c.reviewingUnitId(),
                    ReviewCommittees.reviewedUnit(c.matter(), c.stage())));
        }
        model.addAttribute("outcomes", ReviewOutcome.values());
        model.addAttribute("roles", HearingRole.values());
        model.addAttribute("participantRows", PARTICIPANT_ROWS);
        model.addAttribute("memberNames", c.members().stream().map(ReviewCase.Member::username).toList());
        // the hearing's time as the form's datetime-local field takes it: as planned, or a week from today at 9:30
        LocalDateTime hearingTime = c.hearing() != null ? LocalDateTime.ofInstant(c.hearing().startsAt(), clock.getZone())
                : LocalDate.now(clock).plusDays(7).atTime(9, 30);
        model.addAttribute("hearingTime", hearingTime.withSecond(0).withNano(0).toString());
        return "review/case";
    }

    @PostMapping("/review/cases/{id}/members")
    String assign(@PathVariable Long id, @RequestParam(required = false) Integer version,
                  @RequestParam(name = "member", required = false) List<String> members,
                  @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes flash) {
        return FormFields.submit(messages, flash, "review.saved", caseAt(id), Map.of(), () -> {
            committees.assign(me, id, version(version), members);
            return caseAt(id);
        });
    }

    @PostMapping("/review/cases/{id}/views")
    String view(@PathVariable Long id, @RequestParam(required = false) String outcome,
                @RequestParam(required = false) String reasoning, @AuthenticationPrincipal StaffPrincipal me,
                RedirectAttributes flash) {
        return FormFields.submit(messages, flash, "review.view-done", caseAt(id),
                FormFields.typed("viewOutcome", outcome, "reasoning", reasoning), () -> {
                    committees.giveView(me, id, FormFields.chosen(outcome, ReviewOutcome.class), reasoning);
                    return caseAt(id);
                });
    }

    @PostMapping("/review/cases/{id}/hearing")
    String scheduleHearing(@PathVariable Long id, @RequestParam(required = false) Integer version,
                           @RequestParam(required = false) String startsAt,
                           @RequestParam(required = false) String place,
                           @RequestParam(name = "participantRole", required = false) List<String> roles,
                           @RequestParam(name = "participantName", required = false) List<String> names,
                           @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes flash) {
        List<ReviewCase.Participant> people = new ArrayList<>();
        for (int i = 0; names != null && i < names.size(); i++) {
            if (names.get(i) != null && !names.get(i).isBlank()) {
                String role = roles == null || i >= roles.size() ? "" : roles.get(i);
                people.add(new ReviewCase.Participant(java.util.Arrays.stream(HearingRole.values())
                        .filter(r -> r.name().equals(role)).findFirst().orElse(null), names.get(i)));
            }
        }
        return FormFields.submit(messages, flash, "review.saved", caseAt(id),
                FormFields.typed("startsAt", startsAt, "place", place), () -> {
                    committees.scheduleHearing(me, id, version(version), moment("startsAt", startsAt), place, people);
                    return caseAt(id);
                });
    }

    @PostMapping("/review/cases/{id}/hearing/record")
    String recordHearing(@PathVariable Long id, @RequestParam(required = false) Integer version,
                         @RequestParam(required = false) String record, @RequestParam(required = false) String days,
                         @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes flash) {
        return FormFields.submit(messages, flash, "review.saved", caseAt(id),
                FormFields.typed("record", record, "days", days), () -> {
                    committees.recordHearing(me, id, version(version), record,
                            days == null || days.isBlank() ? null : FormFields.number("days", days));
                    return caseAt(id);
                });
    }

    @PostMapping("/review/cases/{id}/opinion")
    String opinion(@PathVariable Long id, @RequestParam(required = false) Integer version,
                   @RequestParam(required = false) String outcome, @RequestParam(required = false) String text,
                   @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes flash) {
        return FormFields.submit(messages, flash, "review.opinion-done", caseAt(id),
                FormFields.typed("opinionOutcome", outcome, "text", text), () -> {
                    committees.giveOpinion(me, id, version(version), FormFields.chosen(outcome, ReviewOutcome.class), text);
                    return caseAt(id);
                });
    }

    @PostMapping("/review/cases/{id}/publication")
    String publish(@PathVariable Long id, @RequestParam(required = false) Integer version,
                   @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes flash) {
        return FormFields.submit(messages, flash, "review.published-done", caseAt(id), Map.of(), () -> {
            committees.publish(me, id, version(version));
            return caseAt(id);
        });
    }

    @GetMapping("/review/indicators")
    String indicators(@RequestParam(required = false) String year, @AuthenticationPrincipal StaffPrincipal me, Model model) {
        int thisYear = LocalDate.now(clock).getYear();
        model.addAttribute("figures", indicators.of(me, year == null || year.isBlank() ? thisYear
                : FormFields.number("year", year)));
        model.addAttribute("thisYear", thisYear);
        return "review/indicators";
    }

    @GetMapping("/review/support")
    String supportList(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal StaffPrincipal me, Model model) {
        if (page < 0 || page > Paging.LAST_PAGE) {
            throw Refusal.invalid("page", "page.invalid");
        }
        model.addAttribute("listing", views.json(support.list(me, page, FinalitySupportApi.PAGE_SIZE), me));
        return "review/support";
    }

    @GetMapping("/review/support/{matterId}")
    String supportOf(@PathVariable Long matterId, @AuthenticationPrincipal StaffPrincipal me, Model model) {
        MatterFacts.Review m = support.finalMatter(me, matterId);
        model.addAttribute("m", m);
        model.addAttribute("matterTitle", me.readable(m.title()));
        model.addAttribute("entries", support.entries(me, matterId).stream().map(e -> views.json(e, me)).toList());
        model.addAttribute("kinds", SupportKind.values());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("requestKey", UUID.randomUUID().toString());
        return "review/support-matter";
    }

    @PostMapping("/review/support/{matterId}")
    String recordSupport(@PathVariable Long matterId, @RequestParam(required = false) String kind,
                         @RequestParam(required = false) String doneOn,
                         @RequestParam(required = false) String note, @RequestParam(required = false) String requestKey,
                         @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes flash) {
        String back = "/review/support/" + matterId;
        return FormFields.submit(messages, flash, "review.support.recorded", back,
                FormFields.typed("kind", kind, "doneOn", doneOn, "note", note), () -> {
                    support.record(me, matterId, FormFields.chosen(kind, SupportKind.class),
                            FormFields.optionalDay("doneOn", doneOn), note, requestKey);
                    return back;
                });
    }

    private static int version(Integer version) {
        if (version == null) {
            throw Refusal.invalid("version", "review.version.missing");
        }
        return version;
    }

    private static String caseAt(Long id) {
        return "/review/cases/" + id;
    }

    /** A moment as the datetime-local input sends it (in the configured zone); null when left empty. */
    private static LocalDateTime moment(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(typed.strip());
        } catch (DateTimeParseException e) {
            throw Refusal.invalid(field, "review.form.moment", typed);
        }
    }
}
