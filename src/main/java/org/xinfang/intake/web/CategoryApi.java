package org.xinfang.intake.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.intake.Categories;
import org.xinfang.intake.CategoryView;

import java.util.List;

@RestController
@RequestMapping("/api/v1/categories")
@Tag(name = "Categories", description = "The two-level category tree")
class CategoryApi {

    private final Categories categories;

    CategoryApi(Categories categories) {
        this.categories = categories;
    }

    record CategoryJson(String code, String name, String function, boolean hotSpot, List<CategoryJson> children) {
    }

    @GetMapping
    @Operation(summary = "The category tree; matters are filed under second-level categories")
    List<CategoryJson> tree() {
        List<CategoryView> all = categories.all();
        return all.stream().filter(c -> !c.isSecondLevel()).map(top -> json(top, all.stream()
                .filter(c -> top.id().equals(c.parentId())).map(c -> json(c, List.of())).toList())).toList();
    }

    private static CategoryJson json(CategoryView c, List<CategoryJson> children) {
        return new CategoryJson(c.code(), c.localizedName(LocaleContextHolder.getLocale()), c.function(), c.hotSpot(), children);
    }
}
