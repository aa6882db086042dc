package org.xinfang.coordination.web;

import org.hibernate.validator.constraints.Range;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xinfang.casework.Casework;
import org.xinfang.casework.MatterAction;
import org.xinfang.casework.MatterFilter;
import org.xinfang.casework.MatterSummary;
import org.xinfang.platform.Refusal;
import org.xinfang.platform.web.Paging;
import org.xinfang.territory.StaffPrincipal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The supervisor's board: how many matters each unit in their subtree holds overdue or due soon, and those matters,
 * most urgent first, a page at a time, grouped by the unit holding them, each with a one-click supervision notice.
 */
@Controller
class SupervisionBoard {

    /** Matters per page: a city's backlog runs into thousands, and 500 rows took most of a second to render. */
    static final int PAGE_SIZE = 100;

    private final Casework casework;
    private final Clock clock;

    SupervisionBoard(Casework casework, Clock clock) {
        this.casework = casework;
        this.clock = clock;
    }

    record Row(MatterSummary matter, boolean canSupervise) {
    }

    @GetMapping("/supervision")
    String board(@RequestParam(defaultValue = "0") @Range(min = 0, max = Paging.LAST_PAGE) int page,
                 @AuthenticationPrincipal StaffPrincipal me, Model model) {
        if (!MatterAction.SUPERVISE.isOpenTo(me)) {
            throw Refusal.forbidden("supervision.forbidden", MatterAction.SUPERVISE);
        }
        MatterFilter late = MatterFilter.everything(page, PAGE_SIZE).due(MatterFilter.Deadline.OVERDUE_OR_DUE_SOON, 3);
        Casework.Page<MatterSummary> list = casework.summaries(late, me);
        Map<String, List<Row>> byUnit = new LinkedHashMap<>();
        for (MatterSummary m : list.items()) {
            byUnit.computeIfAbsent(m.holder().displayName(LocaleContextHolder.getLocale()), k -> new ArrayList<>())
                    .add(new Row(m, m.allowedActions().contains(MatterAction.SUPERVISE)));
        }
        model.addAttribute("groups", byUnit);
        model.addAttribute("load", casework.loadByHolder(late, me));
        model.addAttribute("list", list);
        model.addAttribute("total", list.total());
        model.addAttribute("today", LocalDate.now(clock));
        return "coordination/supervision";
    }
}
