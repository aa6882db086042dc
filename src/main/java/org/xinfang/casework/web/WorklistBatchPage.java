package org.xinfang.casework.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xinfang.casework.BatchWork;
import org.xinfang.casework.RoutingKind;
import org.xinfang.platform.Refusal;
import org.xinfang.territory.StaffPrincipal;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The worklist's batch bar (issue 11, item 2): the ticked matters routed, reassigned or supervised one by one through
 * {@link BatchWork}, then a page listing what was done and what was refused and why; or exported, through the list's
 * own export, with the list's filters and order and only the ticked rows.
 */
@Controller
class WorklistBatchPage {

    private final BatchWork batches;
    private final MessageSource messages;

    WorklistBatchPage(BatchWork batches, MessageSource messages) {
        this.batches = batches;
        this.messages = messages;
    }

    /** One row of the result page. */
    record Row(Long id, String referenceNo, boolean done, String message) {
    }

    @PostMapping("/worklist/batch")
    String batch(@RequestParam(required = false) String action, @RequestParam(required = false) List<Long> ids,
                 @RequestParam(required = false) RoutingKind kind, @RequestParam(required = false) String unitCode,
                 @RequestParam(required = false) String leadUnitCode, @RequestParam(required = false) String reason,
                 @RequestParam(defaultValue = "") String query, @AuthenticationPrincipal StaffPrincipal me, Model model) {
        String back = query.isBlank() ? "/worklist" : "/worklist?" + query;
        if ("export".equals(action)) {
            if (ids == null || ids.isEmpty()) {
                throw Refusal.invalid("ids", "batch.none-selected");
            }
            // the list's own export, with its filters and order, of the ticked rows only
            String selection = ids.stream().distinct().limit(BatchWork.MAX_MATTERS).map(id -> "ids=" + id)
                    .collect(Collectors.joining("&"));
            return "redirect:/worklist.xlsx?" + (query.isBlank() ? "" : query.replaceAll("(^|&)ids=[^&]*", "") + "&") + selection;
        }
        BatchWork.Action what = BatchWork.Action.byParam(action);
        Locale locale = LocaleContextHolder.getLocale();
        List<Row> rows = batches.apply(what, ids, new BatchWork.Order(kind, unitCode, leadUnitCode, null, reason), me).stream()
                .map(o -> new Row(o.id(), o.referenceNo(), o.done(),
                        o.done() ? messages.getMessage("batch.done." + what.param(), null, locale)
                                : o.refusal().describe(messages, locale)))
                .toList();
        model.addAttribute("action", what.param());
        model.addAttribute("rows", rows);
        model.addAttribute("doneCount", rows.stream().filter(Row::done).count());
        model.addAttribute("refusedCount", rows.stream().filter(r -> !r.done()).count());
        model.addAttribute("back", back);
        return "casework/batch-result";
    }
}
