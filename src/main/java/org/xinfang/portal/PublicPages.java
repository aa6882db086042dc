package org.xinfang.portal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.xinfang.casework.PublicRecords;
import org.xinfang.intake.Categories;
import org.xinfang.platform.Refusal;
import org.xinfang.platform.web.Paging;
import org.xinfang.review.PublishedOpinions;
import org.xinfang.statistics.StatisticsCache;
import org.xinfang.territory.AdministrativeLevel;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.util.List;

/**
 * The "four public" (四公开) disclosures (casework's), the re-review opinions published after a hearing (the review
 * module's) and the public statistics (the statistics module's), for anyone.
 */
@Controller
class PublicPages {

    private static final int PAGE_SIZE = 20;

    private final PublicRecords records;
    private final Categories categories;
    private final Territory territory;
    private final StatisticsCache statistics;
    private final PublishedOpinions reReviewOpinions;

    PublicPages(PublicRecords records, Categories categories, Territory territory, StatisticsCache statistics,
                PublishedOpinions reReviewOpinions) {
        this.records = records;
        this.reReviewOpinions = reReviewOpinions;
        this.categories = categories;
        this.territory = territory;
        this.statistics = statistics;
    }

    @GetMapping("/portal/disclosures")
    String disclosures(@RequestParam(required = false) String county, @RequestParam(defaultValue = "0") int page, Model model) {
        UnitView area = county(county);
        if (page < 0 || page > Paging.LAST_PAGE) {
            throw Refusal.invalid("page", "page.invalid");
        }
        model.addAttribute("listing", records.disclosures(area, page, PAGE_SIZE));
        model.addAttribute("county", area);
        model.addAttribute("counties", counties());
        model.addAttribute("categoriesById", categoriesById());
        return "portal/disclosures";
    }

    @GetMapping("/portal/disclosures/{referenceNo}")
    String disclosure(@PathVariable String referenceNo, Model model) {
        model.addAttribute("d", records.disclosure(referenceNo)
                .orElseThrow(() -> Refusal.notFound("portal.disclosure.not-found", referenceNo)));
        model.addAttribute("categoriesById", categoriesById());
        model.addAttribute("reReview", reReviewOpinions.of(referenceNo).orElse(null));
        return "portal/disclosure";
    }

    /** The re-review opinions given after a hearing and published (2022 art. 36 ¶2), masked, newest first. */
    @GetMapping("/portal/re-review-opinions")
    String reReviewOpinions(@RequestParam(defaultValue = "0") int page, Model model) {
        if (page < 0 || page > Paging.LAST_PAGE) {
            throw Refusal.invalid("page", "page.invalid");
        }
        model.addAttribute("listing", reReviewOpinions.list(page, PAGE_SIZE));
        return "portal/re-review-opinions";
    }

    @GetMapping("/portal/statistics")
    String statistics(@RequestParam(required = false) String county, Model model) {
        UnitView area = county(county);
        model.addAttribute("s", statistics.of(area));
        model.addAttribute("county", area);
        model.addAttribute("counties", counties());
        return "portal/statistics";
    }

    /** A county by its code, for the filters; none when the code is empty. */
    private UnitView county(String code) {
        return code == null || code.isBlank() ? null : territory.unitByCode(code)
                .filter(u -> u.level() == AdministrativeLevel.COUNTY && !u.isDepartment())
                .orElseThrow(() -> Refusal.invalid("county", "portal.county.unknown", code));
    }

    private java.util.Map<Long, org.xinfang.intake.CategoryView> categoriesById() {
        java.util.Map<Long, org.xinfang.intake.CategoryView> byId = new java.util.HashMap<>();
        categories.all().forEach(c -> byId.put(c.id(), c));
        return byId;
    }

    private List<UnitView> counties() {
        UnitView root = territory.root().orElseThrow();
        return territory.children(root.id()).stream().filter(u -> !u.isDepartment()).toList();
    }
}
