package org.xinfang.casework.web;

import org.hibernate.validator.constraints.Range;
import org.xinfang.casework.MatterFilter;
import org.xinfang.casework.MatterFlag;
import org.xinfang.casework.MatterState;
import org.xinfang.intake.Categories;
import org.xinfang.intake.Channel;
import org.xinfang.platform.web.Paging;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

/**
 * The worklist's filters as they stand in the page's query string, so a view can be bookmarked, saved
 * and exported exactly as seen. {@code scope=all} lists everything visible; otherwise "my unit's open matters".
 */
record WorklistQuery(MatterState state, Channel channel, String category, String county, String flag, String scope,
                     @Range(min = 0, max = Paging.LAST_PAGE) Integer page, org.xinfang.statute.HandlingType type,
                     @jakarta.validation.constraints.Size(max = org.xinfang.casework.SearchTerm.MAX_LENGTH) String q,
                     @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate receivedFrom, @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate receivedTo,
                     @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate dueFrom, @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate dueTo,
                     @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate lastStepFrom, @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate lastStepTo,
                     @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate registeredFrom, @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate registeredTo,
                     @jakarta.validation.constraints.Size(max = 100) String registeredBy, String sort, java.util.List<Long> ids,
                     String holder) {


    /** Without the order and the selection (issue 11, items 1 and 2): the list in its default order, every row. */
    WorklistQuery(MatterState state, Channel channel, String category, String county, String flag, String scope,
                  Integer page, org.xinfang.statute.HandlingType type, String q, java.time.LocalDate receivedFrom,
                  java.time.LocalDate receivedTo, java.time.LocalDate dueFrom, java.time.LocalDate dueTo,
                  java.time.LocalDate lastStepFrom, java.time.LocalDate lastStepTo) {
        this(state, channel, category, county, flag, scope, page, type, q, receivedFrom, receivedTo, dueFrom, dueTo,
                lastStepFrom, lastStepTo, null, null, null, null, null, null);
    }

    /** The order the {@code sort} parameter names (refused, naming it, when it names no column). */
    org.xinfang.casework.MatterSort order() {
        return org.xinfang.casework.MatterSort.parse(sort);
    }

    /** The matters ticked in the list, for an export of only those (null: the whole list). */
    java.util.List<Long> selected() {
        return ids == null || ids.isEmpty() ? null : ids;
    }

    /** The search box's term, if anything was typed. */
    org.xinfang.casework.SearchTerm term() {
        return org.xinfang.casework.SearchTerm.of(q).orElse(null);
    }

    static final int PAGE_SIZE = 25;

    public boolean mine() {
        return !"all".equals(scope);
    }

    public int pageOrFirst() {
        return page == null ? 0 : page;
    }

    MatterFilter filter(Categories categories, Territory territory, int size) {
        org.xinfang.intake.CategoryView chosen = blank(category) ? null : categories.byCode(category).orElse(null);
        Long categoryId = blank(category) ? null : chosen == null ? Long.valueOf(-1) : chosen.isSecondLevel() ? chosen.id() : null;
        // a first-level category (a dashboard's slice) stands for the second-level ones under it, where matters are filed
        java.util.List<Long> under = chosen == null || chosen.isSecondLevel() ? null : categories.all().stream()
                .filter(c -> chosen.id().equals(c.parentId())).map(org.xinfang.intake.CategoryView::id).toList();
        Long heldBy = blank(holder) ? null : territory.unitByCode(holder.strip()).map(UnitView::id).orElse(-1L);
        String placePath = blank(county) ? null : territory.unitByCode(county).map(UnitView::path).orElse("/none/");
        MatterFilter.Deadline deadline = switch (flag == null ? "" : flag) {
            case "overdue" -> MatterFilter.Deadline.OVERDUE;
            case "due-soon" -> MatterFilter.Deadline.DUE_SOON;
            default -> null;
        };
        // a question of competence waiting for the viewer's decision is held by another unit (2022 arts 23 ¶3, 24)
        MatterFilter.Awaiting awaiting = switch (flag == null ? "" : flag) {
            case "objection-pending" -> MatterFilter.Awaiting.OBJECTION_DECISION;
            case "dispute-pending" -> MatterFilter.Awaiting.DISPUTE_DECISION;
            case "sign-for-pending" -> MatterFilter.Awaiting.SIGN_FOR;
            case "sent-back" -> MatterFilter.Awaiting.RE_ROUTING;
            // issue 11 B: drafts waiting for the head of the viewer's unit, and the co-handling reports it owes
            case "sign-off-pending" -> MatterFilter.Awaiting.SIGN_OFF;
            case "extension-request-pending" -> MatterFilter.Awaiting.EXTENSION_DECISION;
            case "co-handling-report-pending" -> MatterFilter.Awaiting.CO_HANDLING_REPORT;
            default -> null;
        };
        // an undelivered document may be a declined matter's notice or a final matter's opinion: not only open matters
        boolean undelivered = "undelivered".equals(flag);
        return new MatterFilter(state, (mine() && !undelivered) || deadline != null, deadline, 3, channel, categoryId,
                placePath, null,
                "repeat".equals(flag) ? Boolean.TRUE : null, "collective".equals(flag) ? Boolean.TRUE : null,
                "leap-level".equals(flag) ? Boolean.TRUE : null, "package-case".equals(flag) ? Boolean.TRUE : null, mine(),
                pageOrFirst(), size).ofType(type).awaitingDecision(awaiting).undelivered(undelivered ? Boolean.TRUE : null)
                .withFlag(flag == null ? null : MatterFlag.byParam(flag).orElse(null)).searching(term())
                .within(MatterFilter.Dates.of(receivedFrom, receivedTo, dueFrom, dueTo, lastStepFrom, lastStepTo, registeredFrom,
                        registeredTo)).ofRegistrar(blank(registeredBy) ? null : registeredBy.strip())
                .inCategories(under).heldBy(heldBy);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
