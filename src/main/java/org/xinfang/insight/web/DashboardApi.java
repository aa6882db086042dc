package org.xinfang.insight.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.insight.DashboardFigures;
import org.xinfang.territory.StaffPrincipal;

/** The dashboards' data in the API. */
@RestController
@RequestMapping("/api/v1/insight")
@Tag(name = "Insight")
class DashboardApi {

    private final DashboardFigures figures;
    private final DashboardViews views;

    DashboardApi(DashboardFigures figures, DashboardViews views) {
        this.figures = figures;
        this.views = views;
    }

    @GetMapping("/dashboard")
    @Operation(summary = "Every dashboard chart's data for the matters received from `from` to `to` that arose in the unit's subtree: the monthly trend against a year earlier, the channel mix, the first-level categories and the hot spots, the governments under the unit, the overdue matters by holding body; each number with the staff worklist address that lists its matters. For supervisors, leaders, analysts and administrators, within their own area (another unit is not found)")
    DashboardViews.DashboardJson dashboard(
            @Parameter(description = "a unit's code (a government: city, county, township); the caller's own area when left out")
            @RequestParam(required = false) String unit,
            @Parameter(description = "first day, yyyy-mm-dd; 1 January of this year when left out") @RequestParam(required = false) String from,
            @Parameter(description = "last day, yyyy-mm-dd; today when left out") @RequestParam(required = false) String to,
            @AuthenticationPrincipal StaffPrincipal me) {
        return views.json(figures.of(me, unit, from, to));
    }
}
