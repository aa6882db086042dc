package org.xinfang.insight.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.insight.Indicators;
import org.xinfang.territory.StaffPrincipal;

/** The indicators in the API. */
@RestController
@RequestMapping("/api/v1/insight")
@Tag(name = "Insight", description = "指标分析: every indicator for a unit's subtree and a period, with the same period a year earlier and the change")
class InsightApi {

    private final Indicators indicators;
    private final InsightViews views;

    InsightApi(Indicators indicators, InsightViews views) {
        this.indicators = indicators;
        this.views = views;
    }

    @GetMapping("/indicators")
    @Operation(summary = "The indicators of the matters received from `from` to `to` (both included) that arose in the unit's subtree, each with the same days a year earlier and the change; for supervisors, leaders, analysts and administrators, within their own area (another unit is not found)")
    InsightViews.TableJson indicators(
            @Parameter(description = "a unit's code (a government: city, county, township); the caller's own area when left out")
            @RequestParam(required = false) String unit,
            @Parameter(description = "first day, yyyy-mm-dd; 1 January of this year when left out") @RequestParam(required = false) String from,
            @Parameter(description = "last day, yyyy-mm-dd; today when left out") @RequestParam(required = false) String to,
            @AuthenticationPrincipal StaffPrincipal me) {
        return views.json(indicators.table(me, unit, from, to));
    }
}
