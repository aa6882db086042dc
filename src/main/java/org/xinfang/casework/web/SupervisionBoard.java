package org.xinfang.casework.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.xinfang.casework.Casework;
import org.xinfang.casework.Matter;
import org.xinfang.casework.MatterAction;
import org.xinfang.casework.MatterFilter;
import org.xinfang.platform.Refusal;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.StaffRole;
import org.xinfang.territory.Territory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The supervisor's board: every matter in their subtree that is overdue or due soon, grouped by the unit holding it. */
@Controller
class SupervisionBoard {

    /** How many matters the board shows at most; a larger backlog is narrowed on the worklist. */
    static final int LIMIT = 500;

    private final Casework casework;
    private final MatterViews views;
    private final Territory territory;
    private final Clock clock;

    SupervisionBoard(Casework casework, MatterViews views, Territory territory, Clock clock) {
        this.casework = casework;
        this.views = views;
        this.territory = territory;
        this.clock = clock;
    }

    record Row(MatterJson.Summary matter, int version, int supervisionCount, boolean canSupervise) {
    }

    @GetMapping("/supervision")
    String board(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        if (!me.hasAny(Set.of(StaffRole.SUPERVISOR, StaffRole.LEADER))) {
            throw Refusal.forbidden("matter.action.forbidden", MatterAction.SUPERVISE);
        }
        Casework.Page page = casework.search(MatterFilter.everything(0, LIMIT).due(MatterFilter.Deadline.OVERDUE_OR_DUE_SOON, 3), me);
        Map<String, List<Row>> byUnit = new LinkedHashMap<>();
        for (Matter m : page.items()) {
            String unit = territory.unit(m.responsibleUnitId()).map(u -> u.localizedName(org.springframework.context.i18n.LocaleContextHolder.getLocale())).orElse("");
            byUnit.computeIfAbsent(unit, k -> new java.util.ArrayList<>()).add(new Row(views.summary(m), m.version(),
                    m.supervisionCount(), casework.allowedActions(m, me).contains(MatterAction.SUPERVISE)));
        }
        model.addAttribute("groups", byUnit);
        model.addAttribute("total", page.total());
        model.addAttribute("today", LocalDate.now(clock));
        return "casework/supervision";
    }
}
