package org.xinfang.intake;

import org.springframework.stereotype.Service;
import org.xinfang.platform.Refusal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The category tree, held in memory (it is small and read on every registration). */
@Service
public class Categories {

    private final CategoryRepository repository;
    private volatile List<CategoryView> all;
    private volatile java.util.Set<Long> inactive = java.util.Set.of();

    Categories(CategoryRepository repository) {
        this.repository = repository;
    }

    public List<CategoryView> all() {
        List<CategoryView> a = all;
        if (a == null) {
            List<Category> found = repository.findAll();
            inactive = found.stream().filter(c -> !c.active()).map(Category::id).collect(java.util.stream.Collectors.toUnmodifiableSet());
            a = found.stream().map(Category::view).sorted(Comparator.comparing(CategoryView::code)).toList();
            all = a;
        }
        return a;
    }

    /** The first-level categories, each with its second-level ones, for choosing from (the active ones only). */
    public java.util.Map<CategoryView, List<CategoryView>> tree() {
        java.util.Map<CategoryView, List<CategoryView>> tree = new java.util.LinkedHashMap<>();
        all().stream().filter(c -> !c.isSecondLevel() && isActive(c)).forEach(top -> tree.put(top,
                all().stream().filter(c -> top.id().equals(c.parentId()) && isActive(c)).toList()));
        return tree;
    }

    /** Whether new matters may be filed under it: neither it nor its first-level category was deactivated. */
    public boolean isActive(CategoryView c) {
        all();
        java.util.Set<Long> off = inactive;
        return !off.contains(c.id()) && (c.parentId() == null || !off.contains(c.parentId()));
    }

    public Optional<CategoryView> byId(Long id) {
        return all().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<CategoryView> byCode(String code) {
        return all().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The second-level category with this code; a refusal naming {@code field} otherwise. */
    public CategoryView requireFileable(String code, String field) {
        CategoryView c = byCode(code).orElseThrow(() -> Refusal.invalid(field, "category.unknown", String.valueOf(code)));
        if (!c.isSecondLevel()) {
            throw Refusal.invalid(field, "category.not-second-level", code);
        }
        if (!isActive(c)) {
            throw Refusal.invalid(field, "category.inactive", c.name());
        }
        return c;
    }


    void refresh() {
        all = null;
    }
}
