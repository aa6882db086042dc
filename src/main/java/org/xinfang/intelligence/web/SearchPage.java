package org.xinfang.intelligence.web;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.xinfang.casework.MatterState;
import org.xinfang.casework.SearchTerm;
import org.xinfang.intake.Categories;
import org.xinfang.intake.CategoryView;
import org.xinfang.intake.Channel;
import org.xinfang.intelligence.search.DirectLookups;
import org.xinfang.intelligence.search.FullTextSearch;
import org.xinfang.platform.Refusal;
import org.xinfang.territory.AdministrativeLevel;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The top bar's search (检索), for staff: a reference number, a query code, an ID number or a phone opens its matter (or
 * the worklist of its matters, when several); other words are searched in the full text, with filters, highlights,
 * an order and pages.
 */
@Controller
class SearchPage {

    private final FullTextSearch search;
    private final DirectLookups lookups;
    private final Categories categories;
    private final Territory territory;

    SearchPage(FullTextSearch search, DirectLookups lookups, Categories categories, Territory territory) {
        this.search = search;
        this.lookups = lookups;
        this.categories = categories;
        this.territory = territory;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) MatterState state,
                  @RequestParam(required = false) Channel channel, @RequestParam(required = false) String category,
                  @RequestParam(required = false) String county,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedFrom,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedTo,
                  @RequestParam(required = false) FullTextSearch.Order order,
                  @RequestParam(defaultValue = "0") int page,
                  @AuthenticationPrincipal StaffPrincipal me, Model model) {
        String typed = q == null ? "" : q.strip();
        if (typed.length() > SearchTerm.MAX_LENGTH) {
            throw Refusal.invalid("q", "search.too-long", SearchTerm.MAX_LENGTH);
        }
        if (receivedFrom != null && receivedTo != null && receivedTo.isBefore(receivedFrom)) {
            throw Refusal.invalid("receivedTo", "search.dates.order", receivedFrom, receivedTo);
        }
        Optional<DirectLookups.Found> direct = lookups.find(typed, me);
        if (direct.isPresent()) {
            return direct.get().onlyMatterId() != null ? "redirect:/matters/" + direct.get().onlyMatterId()
                    : "redirect:" + UriComponentsBuilder.fromPath("/worklist").queryParam("q", typed)
                    .queryParam("scope", "all").encode().build().toUriString();
        }
        Optional<CategoryView> chosenCategory = category == null || category.isBlank() ? Optional.empty()
                : categories.byCode(category.strip());
        Optional<UnitView> place = county == null || county.isBlank() ? Optional.empty() : territory.unitByCode(county.strip());
        FullTextSearch.Order sort = order == null ? FullTextSearch.Order.RELEVANCE : order;
        model.addAttribute("q", typed);
        model.addAttribute("state", state);
        model.addAttribute("channel", channel);
        model.addAttribute("category", chosenCategory.map(CategoryView::code).orElse(null));
        model.addAttribute("county", place.map(UnitView::code).orElse(null));
        model.addAttribute("receivedFrom", receivedFrom);
        model.addAttribute("receivedTo", receivedTo);
        model.addAttribute("order", sort);
        model.addAttribute("orders", FullTextSearch.Order.values());
        model.addAttribute("states", MatterState.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("categoryTree", categories.tree());
        model.addAttribute("counties", territory.root().map(r -> territory.children(r.id()).stream()
                .filter(u -> !u.isDepartment() && u.level() == AdministrativeLevel.COUNTY).toList()).orElse(List.of()));
        if (!typed.isEmpty()) {
            FullTextSearch.Hits hits = search.search(new FullTextSearch.Query(typed, state, channel,
                    chosenCategory.map(this::withSubcategories).orElse(null), place.map(UnitView::path).orElse(null),
                    receivedFrom, receivedTo, sort, Math.max(0, page)), me);
            model.addAttribute("hits", hits);
            model.addAttribute("categoryById", categories.all().stream()
                    .collect(java.util.stream.Collectors.toMap(CategoryView::id, c -> c, (a, b) -> a)));
        }
        return "intelligence/search";
    }

    /** A category and, for a first-level one, the categories under it. */
    private List<Long> withSubcategories(CategoryView c) {
        List<Long> ids = new ArrayList<>(List.of(c.id()));
        categories.tree().getOrDefault(c, List.of()).forEach(child -> ids.add(child.id()));
        return ids;
    }
}
