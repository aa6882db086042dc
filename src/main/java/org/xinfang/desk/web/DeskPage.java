package org.xinfang.desk.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriComponentsBuilder;
import org.xinfang.casework.Casework;
import org.xinfang.casework.MatterAction;
import org.xinfang.casework.MatterFilter;
import org.xinfang.casework.MatterSort;
import org.xinfang.casework.MatterState;
import org.xinfang.statistics.StatisticsCache;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.StaffRole;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The landing page after sign-in (工作首页): for each role the person holds, the lists that role works through first,
 * each a count, the first rows and a link to the same list in the worklist.
 */
@Controller
class DeskPage {

    private final Casework casework;
    private final StatisticsCache statistics;
    private final Territory territory;
    private final Clock clock;

    DeskPage(Casework casework, StatisticsCache statistics, Territory territory, Clock clock) {
        this.casework = casework;
        this.statistics = statistics;
        this.territory = territory;
        this.clock = clock;
    }

    /** Today's registrations, the latest first: the one just entered at the window is on top. */
    private static final MatterSort LATEST_FIRST = MatterSort.parse("reference,desc");

    @GetMapping("/")
    String desk(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        LocalDate today = LocalDate.now(clock);
        List<DeskPanel.Shown> shown = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (DeskPanel panel : panels(me, today)) {
            // a person with two roles sees a list both roles watch once, under the first
            if (seen.add(panel.link())) {
                var page = casework.summaries(panel.filter(), me, panel.sort());
                shown.add(new DeskPanel.Shown(panel, page.total(), page.items()));
            }
        }
        model.addAttribute("panels", shown);
        model.addAttribute("today", today);
        model.addAttribute("roles", me.roles());
        model.addAttribute("supervises", MatterAction.SUPERVISE.isOpenTo(me));
        if (me.has(StaffRole.ANALYST)) {
            UnitView area = area(me);
            model.addAttribute("statistics", statistics.of(area));
            model.addAttribute("area", area);
        }
        return "desk/home";
    }

    /** The panels of each role {@code me} holds, in the order of the roles. */
    static List<DeskPanel> panels(StaffPrincipal me, LocalDate today) {
        List<DeskPanel> panels = new ArrayList<>();
        for (StaffRole role : StaffRole.values()) {
            if (!me.has(role)) {
                continue;
            }
            switch (role) {
                case REGISTRAR -> {
                    panels.add(new DeskPanel(role, "registered-today", MatterFilter.everything(0, DeskPanel.ROWS)
                            .ofRegistrar(me.getUsername())
                            .within(MatterFilter.Dates.of(null, null, null, null, null, null, today, today)),
                            worklist().queryParam("scope", "all").queryParam("registeredBy", me.getUsername())
                                    .queryParam("registeredFrom", today).queryParam("registeredTo", today)
                                    .queryParam("sort", LATEST_FIRST.param()).toUriString(), LATEST_FIRST));
                    panels.add(ownUnits(role, "to-route", MatterState.REGISTERED));
                    panels.add(awaiting(role, "sent-back", MatterFilter.Awaiting.RE_ROUTING, "sent-back"));
                    panels.addAll(deadlines(role));
                }
                case HANDLER -> {
                    panels.add(awaiting(role, "sign-for", MatterFilter.Awaiting.SIGN_FOR, "sign-for-pending"));
                    panels.add(ownUnits(role, "in-handling", MatterState.IN_HANDLING));
                    panels.add(awaiting(role, "sign-off", MatterFilter.Awaiting.SIGN_OFF, "sign-off-pending"));
                    panels.add(awaiting(role, "co-handling", MatterFilter.Awaiting.CO_HANDLING_REPORT,
                            "co-handling-report-pending"));
                    panels.addAll(deadlines(role));
                }
                case LEADER -> {
                    panels.add(awaiting(role, "sign-off", MatterFilter.Awaiting.SIGN_OFF, "sign-off-pending"));
                    panels.add(awaiting(role, "extension-requests", MatterFilter.Awaiting.EXTENSION_DECISION,
                            "extension-request-pending"));
                    panels.add(awaiting(role, "objections", MatterFilter.Awaiting.OBJECTION_DECISION, "objection-pending"));
                    panels.add(awaiting(role, "disputes", MatterFilter.Awaiting.DISPUTE_DECISION, "dispute-pending"));
                    // the leader's own package cases (四级包案), on the coordination module's page
                    panels.add(new DeskPanel(role, "package-cases", MatterFilter.everything(0, DeskPanel.ROWS)
                            .packagedBy(me.getUsername()), "/package-cases"));
                }
                case SUPERVISOR -> panels.add(new DeskPanel(role, "overdue-in-scope",
                        MatterFilter.everything(0, DeskPanel.ROWS).due(MatterFilter.Deadline.OVERDUE, 3),
                        worklist().queryParam("flag", "overdue").queryParam("scope", "all").toUriString()));
                default -> { }
            }
        }
        return panels;
    }

    /** The open matters the person's own unit holds in {@code state}: the worklist's default scope. */
    private static DeskPanel ownUnits(StaffRole role, String key, MatterState state) {
        return new DeskPanel(role, key, new MatterFilter(state, true, null, 3, null, null, null, null, null, null, null, null,
                true, 0, DeskPanel.ROWS), worklist().queryParam("state", state.name()).toUriString());
    }

    /** What the own unit holds due within three days, and overdue. */
    private static List<DeskPanel> deadlines(StaffRole role) {
        return List.of(ownDeadline(role, "due-soon", MatterFilter.Deadline.DUE_SOON, "due-soon"),
                ownDeadline(role, "overdue", MatterFilter.Deadline.OVERDUE, "overdue"));
    }

    private static DeskPanel ownDeadline(StaffRole role, String key, MatterFilter.Deadline deadline, String flag) {
        return new DeskPanel(role, key, new MatterFilter(null, true, deadline, 3, null, null, null, null, null, null, null,
                null, true, 0, DeskPanel.ROWS), worklist().queryParam("flag", flag).toUriString());
    }

    /** A step waiting for the person's unit (a sign-for, a sign-off, a report, a decision), wherever the matter is held. */
    private static DeskPanel awaiting(StaffRole role, String key, MatterFilter.Awaiting question, String flag) {
        return new DeskPanel(role, key, new MatterFilter(null, true, null, 3, null, null, null, null, null, null, null, null,
                true, 0, DeskPanel.ROWS).awaitingDecision(question), worklist().queryParam("flag", flag).toUriString());
    }

    private static UriComponentsBuilder worklist() {
        return UriComponentsBuilder.fromPath("/worklist");
    }

    /**
     * The area the person's figures cover: their unit's county, the whole city for the city's own units (the public
     * figures are kept by county; a township's analyst sees their county's).
     */
    private UnitView area(StaffPrincipal me) {
        String[] ids = me.scopePath().split("/");
        UnitView scope = territory.require(Long.valueOf(ids[ids.length - 1]));
        return territory.ancestorAt(scope, org.xinfang.territory.AdministrativeLevel.COUNTY).orElse(null);
    }
}
