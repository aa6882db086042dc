package org.xinfang.intelligence.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinfang.intelligence.CategoryModels;
import org.xinfang.intelligence.CategorySuggestions;
import org.xinfang.platform.Refusal;
import org.xinfang.territory.StaffPrincipal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The administrator's page of the category model (分类模型): every version with its cross-validated metrics, the one in
 * use, a training on the city's own matters with its progress, and going back to an earlier version.
 */
@Controller
class CategoryModelPage {

    private final CategoryModels models;
    private final CategorySuggestions suggestions;
    private final MessageSource messages;

    CategoryModelPage(CategoryModels models, CategorySuggestions suggestions, MessageSource messages) {
        this.models = models;
        this.suggestions = suggestions;
        this.messages = messages;
    }

    @GetMapping("/admin/category-model")
    String page(Model model) {
        List<CategoryModels.Version> versions = models.versions();
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> names = new HashMap<>();
        versions.forEach(v -> v.metrics().labels().forEach(l -> names.computeIfAbsent(l.label(),
                label -> suggestions.categoryOf(label).map(c -> c.localizedName(locale)).orElse(label))));
        model.addAttribute("versions", versions);
        model.addAttribute("labelNames", names);
        model.addAttribute("floor", CategorySuggestions.CONFIDENCE_FLOOR);
        progress(model);
        return "intelligence/category-model";
    }

    /** The training's progress, polled by the page while it runs. */
    @GetMapping("/admin/category-model/training")
    String training(Model model) {
        progress(model);
        return "intelligence/category-model :: training";
    }

    private void progress(Model model) {
        models.training().ifPresent(t -> {
            model.addAttribute("training", t);
            if (t.failure() != null) {
                model.addAttribute("trainingFailure", t.failure().describe(messages, LocaleContextHolder.getLocale()));
            }
        });
    }

    @PostMapping("/admin/category-model/training")
    String train(@AuthenticationPrincipal StaffPrincipal me, RedirectAttributes flash) {
        try {
            models.startTraining(me.getUsername(), me.displayName());
        } catch (Refusal r) {
            flash.addFlashAttribute("error", r.describe(messages, LocaleContextHolder.getLocale()));
        }
        return "redirect:/admin/category-model";
    }

    @PostMapping("/admin/category-model/versions/{version}/use")
    String use(@PathVariable int version, @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes flash) {
        try {
            models.use(version, me.getUsername(), me.displayName());
            flash.addFlashAttribute("used", version);
        } catch (Refusal r) {
            flash.addFlashAttribute("error", r.describe(messages, LocaleContextHolder.getLocale()));
        }
        return "redirect:/admin/category-model";
    }
}
