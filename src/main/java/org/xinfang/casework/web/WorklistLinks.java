package org.xinfang.casework.web;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.xinfang.casework.MatterSort;

import java.util.List;
import java.util.Map;

/**
 * The worklist's own links: to another page and to another order, each keeping every filter, the search term and the
 * date ranges exactly as the address has them (issue 11, item 1). A link to another order starts again at the first page.
 */
public final class WorklistLinks {

    private final MultiValueMap<String, String> kept = new LinkedMultiValueMap<>();
    private final MatterSort sort;
    private final int pages;

    WorklistLinks(Map<String, String[]> parameters, MatterSort sort, int pages) {
        parameters.forEach((name, values) -> {
            if (!List.of("page", "sort", "ids").contains(name)) {
                for (String v : values) {
                    if (v != null && !v.isEmpty()) {
                        kept.add(name, v);
                    }
                }
            }
        });
        this.sort = sort;
        this.pages = pages;
    }

    /** The link to page {@code n} (counted from 0), or null where there is no such page: never -1, never past the end. */
    public String page(int n) {
        if (n < 0 || n >= pages) {
            return null;
        }
        return build(sort, n, true);
    }

    /** The link that sorts by {@code column}: ascending, or reversed when the list is sorted by it already. */
    public String sortBy(String column) {
        MatterSort.Column c = MatterSort.Column.valueOf(column);
        MatterSort next = sort.column() == c ? sort.reversed() : new MatterSort(c, true);
        return build(next, 0, false);
    }

    /** "ascending", "descending" or "none": the direction the list is sorted in by {@code column}, for aria-sort. */
    public String direction(String column) {
        return sort.column() != MatterSort.Column.valueOf(column) ? "none" : sort.ascending() ? "ascending" : "descending";
    }

    /** The order, as a form's hidden field carries it on. */
    public String sort() {
        return sort.param();
    }

    /** The first page of the list with the same filters and order. */
    public String first() {
        return build(sort, 0, false);
    }

    /** The address; a pager link names its page, the first too, so that it reads as the page it leads to. */
    private String build(MatterSort order, int page, boolean namePage) {
        StringBuilder b = new StringBuilder();
        kept.forEach((name, values) -> values.forEach(v -> b.append(b.isEmpty() ? "" : "&").append(enc(name)).append('=')
                .append(enc(v))));
        if (!order.equals(MatterSort.DEFAULT)) {
            b.append(b.isEmpty() ? "" : "&").append("sort=").append(enc(order.param()));
        }
        if (page > 0 || namePage) {
            b.append(b.isEmpty() ? "" : "&").append("page=").append(page);
        }
        return b.isEmpty() ? "/worklist" : "/worklist?" + b;
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
