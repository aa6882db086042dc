package org.xinfang.intelligence.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinfang.intelligence.search.DirectLookups;
import org.xinfang.intelligence.search.MatterIndex;
import org.xinfang.territory.Territory;

/**
 * The admin's page of the search index (检索索引, {@code /admin/search-index}, role ADMIN as all of /admin): how many
 * matters the index and the database hold, a rebuild with its progress (the page polls it while it runs), and the
 * audit of the top bar's direct look-ups.
 */
@Controller
class SearchIndexPage {

    private static final int LOOKUPS_SHOWN = 50;

    private final MatterIndex index;
    private final DirectLookups lookups;
    private final Territory territory;

    SearchIndexPage(MatterIndex index, DirectLookups lookups, Territory territory) {
        this.index = index;
        this.lookups = lookups;
        this.territory = territory;
    }

    @GetMapping("/admin/search-index")
    String page(Model model) {
        progress(model);
        model.addAttribute("lookups", lookups.latest(LOOKUPS_SHOWN));
        model.addAttribute("territory", territory);
        return "intelligence/search-index";
    }

    /** The progress alone, for the page's polling. */
    @GetMapping("/admin/search-index/progress")
    String progress(Model model) {
        model.addAttribute("documents", index.documents());
        model.addAttribute("matters", index.matters());
        model.addAttribute("rebuild", index.lastRebuild().orElse(null));
        return "intelligence/search-index :: progress";
    }

    @PostMapping("/admin/search-index/rebuild")
    String rebuild(RedirectAttributes redirect) {
        index.rebuild();
        redirect.addFlashAttribute("started", true);
        return "redirect:/admin/search-index";
    }
}
