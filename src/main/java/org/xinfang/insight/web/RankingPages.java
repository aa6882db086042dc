package org.xinfang.insight.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.xinfang.insight.AppraisalScheme;
import org.xinfang.insight.AppraisalSchemes;
import org.xinfang.insight.RankingKind;
import org.xinfang.insight.Rankings;
import org.xinfang.insight.UnreasonableDemands;
import org.xinfang.platform.Refusal;
import org.xinfang.platform.web.FileAnswers;
import org.xinfang.platform.web.FormFields;
import org.xinfang.territory.StaffPrincipal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The rankings page: the year's ranking with each unit's score breakdown, sortable by any indicator; the appraisal
 * scheme with its versions (a form for the city bureau's supervisors and administrators); the demands marked
 * unreasonable and their history. A refused form comes back with the reason and what was typed. The ranking also as
 * Excel.
 */
@Controller
class RankingPages {

    private static final String PAGE = "/insight/rankings";
    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Rankings rankings;
    private final AppraisalSchemes schemes;
    private final UnreasonableDemands demands;
    private final RankingViews views;
    private final RankingTableExport export;
    private final MessageSource messages;
    private final Clock clock;

    RankingPages(Rankings rankings, AppraisalSchemes schemes, UnreasonableDemands demands, RankingViews views,
                 RankingTableExport export, MessageSource messages, Clock clock) {
        this.rankings = rankings;
        this.schemes = schemes;
        this.demands = demands;
        this.views = views;
        this.export = export;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The ranking the page shows for the same year, kind and sort, as an Excel workbook, for the same viewers and
     * area. A wrong year or kind is refused as on the page (400, the same reason; the refusal page, as there is no
     * table to show), never a server error.
     */
    @GetMapping(PAGE + ".xlsx")
    ResponseEntity<byte[]> workbook(@RequestParam(required = false) String year, @RequestParam(required = false) String kind,
                                    @RequestParam(required = false) String sort, @AuthenticationPrincipal StaffPrincipal me) {
        RankingViews.RankingJson ranking = views.json(rankings.ranking(me, year, kind), sort);
        Locale locale = LocaleContextHolder.getLocale();
        return FileAnswers.download(export.fileName(ranking, locale), RankingTableExport.asciiFileName(ranking), XLSX, export.workbook(ranking, locale));
    }

    @GetMapping(PAGE)
    String page(@RequestParam(required = false) String year, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String sort, @AuthenticationPrincipal StaffPrincipal me, Model model,
                HttpServletResponse response) {
        if (!Rankings.mayView(me)) {
            throw Refusal.forbidden("insight.forbidden");
        }
        model.addAttribute("kinds", RankingKind.values());
        model.addAttribute("year", year);
        model.addAttribute("kind", kind == null ? RankingKind.COUNTIES.name() : kind.toUpperCase(Locale.ROOT));
        model.addAttribute("thisYear", LocalDate.now(clock).getYear());
        try {
            RankingViews.RankingJson ranking = views.json(rankings.ranking(me, year, kind), sort);
            model.addAttribute("ranking", ranking);
            model.addAttribute("year", String.valueOf(ranking.year()));
            model.addAttribute("kind", ranking.kind().name());
        } catch (Refusal r) {
            if (r.kind() != Refusal.Kind.INVALID) {
                throw r;
            }
            response.setStatus(400);
            model.addAttribute("error", r.describe(messages, LocaleContextHolder.getLocale()));
            model.addAttribute("errorField", r.field());
        }
        AppraisalScheme current = schemes.current();
        model.addAttribute("scheme", views.json(current));
        model.addAttribute("versions", schemes.history().stream().map(views::json).toList());
        model.addAttribute("weighable", names(schemes.weighable()));
        model.addAttribute("deductible", names(schemes.deductible()));
        model.addAttribute("mayConfigure", schemes.mayConfigure(me));
        model.addAttribute("demands", views.demands(demands.demands()));
        model.addAttribute("history", views.events(demands.history()));
        return "insight/rankings";
    }

    @PostMapping(PAGE + "/scheme")
    String save(@RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal StaffPrincipal me,
                RedirectAttributes flash) {
        Map<String, String> weights = prefixed(form, "weight.");
        Map<String, String> deductions = prefixed(form, "deduction.");
        Map<String, String> entered = new LinkedHashMap<>();
        weights.forEach((k, v) -> entered.put("weight." + k, v));
        deductions.forEach((k, v) -> entered.put("deduction." + k, v));
        boolean exclude = "true".equals(form.getFirst("excludeUnreasonable"));
        entered.put("excludeUnreasonable", String.valueOf(exclude));
        return FormFields.submit(messages, flash, "insight.ranking.scheme.saved", PAGE + "#scheme", entered, () -> {
            schemes.save(me, new AppraisalSchemes.Draft(FormFields.number("basedOn", form.getFirst("basedOn")),
                    weights, deductions, exclude));
            return PAGE + "#scheme";
        });
    }

    @PostMapping(PAGE + "/publication")
    String publish(@RequestParam String year, @RequestParam String kind, @AuthenticationPrincipal StaffPrincipal me,
                   RedirectAttributes flash) {
        String back = UriComponentsBuilder.fromPath(PAGE).queryParam("year", year).queryParam("kind", kind).build().toUriString();
        return FormFields.submit(messages, flash, "insight.ranking.published.done", back, Map.of(), () -> {
            rankings.publish(me, year, kind);
            return back;
        });
    }

    @PostMapping(PAGE + "/unreasonable")
    String mark(@RequestParam(required = false) String referenceNo, @RequestParam(required = false) String reason,
                @RequestParam(required = false) String withdraw, @AuthenticationPrincipal StaffPrincipal me,
                RedirectAttributes flash) {
        boolean withdrawing = withdraw != null;
        return FormFields.submit(messages, flash, withdrawing ? "insight.unreasonable.withdrawn" : "insight.unreasonable.marked",
                PAGE + "#unreasonable", FormFields.typed("referenceNo", referenceNo, "reason", reason), () -> {
                    if (withdrawing) {
                        demands.withdraw(me, referenceNo, reason);
                    } else {
                        demands.mark(me, referenceNo, reason);
                    }
                    return PAGE + "#unreasonable";
                });
    }

    private static Map<String, String> prefixed(MultiValueMap<String, String> form, String prefix) {
        Map<String, String> found = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith(prefix)) {
                found.put(name.substring(prefix.length()), values.isEmpty() ? "" : values.get(0));
            }
        });
        return found;
    }

    private Map<String, String> names(java.util.List<String> keys) {
        Map<String, String> named = new LinkedHashMap<>();
        keys.forEach(k -> named.put(k, views.name(k, LocaleContextHolder.getLocale())));
        return named;
    }
}
