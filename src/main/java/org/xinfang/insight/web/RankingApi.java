package org.xinfang.insight.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.insight.AppraisalSchemes;
import org.xinfang.insight.Rankings;
import org.xinfang.insight.UnreasonableDemands;
import org.xinfang.platform.Refusal;
import org.xinfang.territory.StaffPrincipal;

import java.util.List;
import java.util.Map;

/** The rankings, the appraisal scheme and the demands marked unreasonable in the API. */
@RestController
@RequestMapping("/api/v1/insight")
@Tag(name = "Insight rankings", description = "排名考核: the year's rankings of counties and departments, the versioned appraisal scheme, demands marked unreasonable (2022 art. 39)")
class RankingApi {

    private final Rankings rankings;
    private final AppraisalSchemes schemes;
    private final UnreasonableDemands demands;
    private final RankingViews views;

    RankingApi(Rankings rankings, AppraisalSchemes schemes, UnreasonableDemands demands, RankingViews views) {
        this.rankings = rankings;
        this.schemes = schemes;
        this.demands = demands;
        this.views = views;
    }

    @GetMapping("/rankings")
    @Operation(summary = "The year's ranking of the governments directly under the caller's area (counted by place) or of its departments (counted by the matters they hold): each unit's score with its breakdown, its rank, and each indicator's value and rank; computed with the scheme version the year was published with, else the latest")
    RankingViews.RankingJson ranking(
            @Parameter(description = "the year; this year when left out") @RequestParam(required = false) String year,
            @Parameter(description = "counties or departments; counties when left out") @RequestParam(required = false) String kind,
            @Parameter(description = "score (default) or an indicator's key") @RequestParam(required = false) String sort,
            @AuthenticationPrincipal StaffPrincipal me) {
        return views.json(rankings.ranking(me, year, kind), sort);
    }

    @PostMapping("/rankings/publication")
    @Operation(summary = "Publishes a finished year's ranking: from then on it keeps the latest scheme version; for the city bureau's supervisors and administrators; a year published already is refused (409)")
    Rankings.Publication publish(@RequestBody Map<String, String> body, @AuthenticationPrincipal StaffPrincipal me) {
        return rankings.publish(me, body.get("year"), body.get("kind"));
    }

    @GetMapping("/appraisal-scheme")
    @Operation(summary = "The appraisal scheme's versions, the latest first (version 0: the starting scheme)")
    List<RankingViews.SchemeJson> scheme(@AuthenticationPrincipal StaffPrincipal me) {
        if (!Rankings.mayView(me)) {
            throw Refusal.forbidden("insight.forbidden");
        }
        return schemes.history().stream().map(views::json).toList();
    }

    record SchemeBody(Integer basedOn, Map<String, String> weights, Map<String, String> deductions, Boolean excludeUnreasonable) {
    }

    @PostMapping("/appraisal-scheme")
    @Operation(summary = "Saves a new version of the appraisal scheme, made from version `basedOn`; a save made from a version no longer the latest is refused (409); for the city bureau's supervisors and administrators")
    RankingViews.SchemeJson save(@RequestBody SchemeBody body, @AuthenticationPrincipal StaffPrincipal me) {
        if (body.basedOn() == null) {
            throw Refusal.invalid("basedOn", "insight.ranking.scheme.based-on");
        }
        return views.json(schemes.save(me, new AppraisalSchemes.Draft(body.basedOn(), body.weights(), body.deductions(),
                Boolean.TRUE.equals(body.excludeUnreasonable()))));
    }

    record MarkBody(String referenceNo, String reason) {
    }

    @GetMapping("/unreasonable-demands")
    @Operation(summary = "The matters ever marked unreasonable (reference number, category, holding unit, day received, whether the mark stands) and every mark and withdrawal")
    Map<String, Object> unreasonable(@AuthenticationPrincipal StaffPrincipal me) {
        if (!Rankings.mayView(me)) {
            throw Refusal.forbidden("insight.forbidden");
        }
        return Map.of("demands", views.demands(demands.demands()), "history", views.events(demands.history()));
    }

    @PostMapping("/unreasonable-demands")
    @Operation(summary = "Marks a matter, by its reference number, as an unreasonable demand, with a reason; for the city bureau's supervisors and administrators")
    List<RankingViews.DemandJson> mark(@RequestBody MarkBody body, @AuthenticationPrincipal StaffPrincipal me) {
        return views.demands(List.of(demands.mark(me, body.referenceNo(), body.reason())));
    }

    @PostMapping("/unreasonable-demands/withdrawal")
    @Operation(summary = "Withdraws a mark, with a reason")
    List<RankingViews.DemandJson> withdraw(@RequestBody MarkBody body, @AuthenticationPrincipal StaffPrincipal me) {
        return views.demands(List.of(demands.withdraw(me, body.referenceNo(), body.reason())));
    }
}
