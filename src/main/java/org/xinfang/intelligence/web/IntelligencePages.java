package org.xinfang.intelligence.web;

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
import org.xinfang.intelligence.hotspot.HotSpotTopic;
import org.xinfang.intelligence.hotspot.HotSpots;
import org.xinfang.intelligence.warning.EarlyWarnings;
import org.xinfang.intelligence.warning.EarlyWarnings.Warning;
import org.xinfang.platform.OfficeTime;
import org.xinfang.platform.Refusal;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.Territory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The analysts' pages of the intelligence module: the hot-spot topics of the viewer's area with their matters
 * ({@code /intelligence/hot-spots}), and the open early warnings with their acknowledgement and a run on demand
 * ({@code /intelligence/warnings}). Titles are shown as the viewer may read them ({@link StaffPrincipal#readable}).
 */
@Controller
class IntelligencePages {

    static final int TOPICS_SHOWN = 20;
    static final int MATTERS_SHOWN = 10;

    /** A topic's matter as the page shows it. */
    record MatterRow(Long matterId, String referenceNo, LocalDate receivedOn, String title) {
    }

    /** A topic as the page shows it. */
    record TopicRow(int rank, HotSpotTopic topic, String label, List<MatterRow> matters) {
    }

    /** A warning as the page shows it: what it is about, the office and the matters the viewer may open. */
    record WarningRow(Warning warning, String subject, String office, List<MatterRow> matters, String raisedAt) {
    }

    private final HotSpots hotSpots;
    private final EarlyWarnings warnings;
    private final MatterFacts facts;
    private final Territory territory;
    private final OfficeTime time;
    private final MessageSource messages;
    private final Clock clock;

    IntelligencePages(HotSpots hotSpots, EarlyWarnings warnings, MatterFacts facts, Territory territory, OfficeTime time,
                      MessageSource messages, Clock clock) {
        this.hotSpots = hotSpots;
        this.warnings = warnings;
        this.facts = facts;
        this.territory = territory;
        this.time = time;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/intelligence/hot-spots")
    String hotSpots(@RequestParam(defaultValue = "3") int months, @AuthenticationPrincipal StaffPrincipal me,
                    Model model) {
        List<HotSpotTopic> topics = hotSpots.topics(me, months);
        List<TopicRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < Math.min(TOPICS_SHOWN, topics.size()); i++) {
            HotSpotTopic t = topics.get(i);
            rows.add(new TopicRow(i + 1, t, me.readable(t.label()), t.messages().stream().limit(MATTERS_SHOWN)
                    .map(m -> new MatterRow(m.matterId(), m.id(), m.day(), me.readable(m.title()))).toList()));
        }
        model.addAttribute("topics", rows);
        model.addAttribute("found", topics.size());
        model.addAttribute("months", months);
        model.addAttribute("monthChoices", List.of(1, 3, 6, 12));
        model.addAttribute("area", me.unit());
        return "intelligence/hot-spots";
    }

    @GetMapping("/intelligence/warnings")
    String warnings(@AuthenticationPrincipal StaffPrincipal me, Locale locale, Model model) {
        List<Warning> open = warnings.open(me);
        Map<Long, MatterFacts.Facts> visible = facts.under(me.scopePath(), open.stream()
                .flatMap(w -> w.matterIds().stream()).distinct().toList()).stream()
                .collect(Collectors.toMap(MatterFacts.Facts::matterId, Function.identity()));
        model.addAttribute("warnings", open.stream().map(w -> new WarningRow(w, warnings.subject(w, locale),
                territory.unit(w.unitId()).map(u -> u.localizedName(locale)).orElse(""),
                w.matterIds().stream().map(visible::get).filter(java.util.Objects::nonNull).limit(MATTERS_SHOWN)
                        .map(f -> new MatterRow(f.matterId(), f.referenceNo(), f.receivedOn(), me.readable(f.title())))
                        .toList(), time.minute(w.raisedAt()))).toList());
        model.addAttribute("mayAcknowledge", me.hasAny(EarlyWarnings.ACKNOWLEDGERS));
        return "intelligence/warnings";
    }

    @PostMapping("/intelligence/warnings/{id}/acknowledgement")
    String acknowledge(@PathVariable Long id, @AuthenticationPrincipal StaffPrincipal me, Locale locale,
                       RedirectAttributes flash) {
        try {
            warnings.acknowledge(me, id);
            flash.addFlashAttribute("done", messages.getMessage("hotspot.warning.acknowledged-done",
                    new Object[]{Warning.number(id)}, locale));
        } catch (Refusal refusal) {
            if (refusal.kind() == Refusal.Kind.FORBIDDEN) {
                throw refusal;
            }
            flash.addFlashAttribute("error", refusal.describe(messages, locale));
        }
        return "redirect:/intelligence/warnings";
    }

    @PostMapping("/intelligence/warnings/detection")
    String detect(@AuthenticationPrincipal StaffPrincipal me, Locale locale, RedirectAttributes flash) {
        if (!me.hasAny(EarlyWarnings.ACKNOWLEDGERS)) {
            throw Refusal.forbidden("hotspot.warning.forbidden");
        }
        EarlyWarnings.Run run = warnings.detect(LocalDate.now(clock));
        flash.addFlashAttribute("done", messages.getMessage("hotspot.warning.run-done",
                new Object[]{String.valueOf(run.weekStart()), run.found(), run.raised()}, locale));
        return "redirect:/intelligence/warnings";
    }
}
