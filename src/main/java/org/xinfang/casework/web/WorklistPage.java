package org.xinfang.casework.web;

import jakarta.validation.Valid;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.xinfang.casework.Casework;
import org.xinfang.casework.internal.Matter;
import org.xinfang.intake.Categories;
import org.xinfang.intake.Channel;
import org.xinfang.casework.MatterState;
import org.xinfang.platform.Refusal;
import org.xinfang.territory.AdministrativeLevel;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.Territory;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The worklist: the matters a person works on, most urgent first, with filters, saved views and Excel export. */
@Controller
class WorklistPage {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Casework casework;
    private final MatterViews views;
    private final Categories categories;
    private final Territory territory;
    private final JdbcTemplate jdbc;
    private final MessageSource messages;
    private final Clock clock;
    private final WorklistExport exports;
    private final ExportJobs jobs;
    private final org.xinfang.casework.PersonalDataLookups lookups;

    WorklistPage(Casework casework, MatterViews views, Categories categories, Territory territory, JdbcTemplate jdbc,
                 MessageSource messages, Clock clock, WorklistExport exports, ExportJobs jobs,
                 org.xinfang.casework.PersonalDataLookups lookups) {
        this.lookups = lookups;
        this.casework = casework;
        this.views = views;
        this.categories = categories;
        this.territory = territory;
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
        this.exports = exports;
        this.jobs = jobs;
    }

    @GetMapping("/worklist")
    String worklist(@Valid WorklistQuery query, @AuthenticationPrincipal StaffPrincipal me, Model model,
                    jakarta.servlet.http.HttpServletRequest request) {
        lookups.requireAllowed(query.term(), me);
        org.xinfang.casework.MatterSort sort = query.order();
        org.xinfang.casework.MatterFilter filter = query.filter(categories, territory, WorklistQuery.PAGE_SIZE);
        Casework.Page<Matter> page = casework.search(filter, me, sort);
        if (page.total() > 0 && page.page() >= page.pages()) {
            // a page past the end (an old bookmark, a list that shrank): the last page, saying so
            model.addAttribute("pastEnd", new int[]{page.page() + 1, page.pages()});
            page = casework.search(filter.atPage(page.pages() - 1), me, sort);
        }
        lookups.record(query.term(), me, page.total());
        model.addAttribute("links", new WorklistLinks(request.getParameterMap(), sort, page.pages()));
        model.addAttribute("q", query);
        model.addAttribute("page", page);
        model.addAttribute("rows", page.items().stream().map(m -> views.summary(m, me)).toList());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("states", MatterState.values());
        model.addAttribute("channels", Channel.values());
        // first-level categories too: a dashboard's slice lists the matters of a whole first-level category
        model.addAttribute("categoryTree", categories.tree());
        List<org.xinfang.territory.UnitView> counties = territory.root().map(r -> territory.children(r.id()).stream()
                .filter(u -> !u.isDepartment() && u.level() == AdministrativeLevel.COUNTY).toList()).orElse(List.of());
        model.addAttribute("counties", counties);
        // a place that is not a county (the city, a township: a dashboard's link) is offered as chosen, not dropped
        model.addAttribute("otherPlace", query.county() == null || query.county().isBlank() ? null
                : territory.unitByCode(query.county().strip()).filter(u -> counties.stream().noneMatch(c -> c.id().equals(u.id())))
                .orElse(null));
        model.addAttribute("holderUnit", query.holder() == null || query.holder().isBlank() ? null
                : territory.unitByCode(query.holder().strip()).orElse(null));
        model.addAttribute("views", jdbc.queryForList(
                "select name, query from saved_view where username = ? order by name", me.getUsername()));
        model.addAttribute("exportLimit", exports.maxRows());
        model.addAttribute("queryString", request.getQueryString() == null ? "" : request.getQueryString());
        // issue 11 E: the last step of each row, and what the batch bar offers this person
        model.addAttribute("lastSteps", lastSteps(page.items().stream().map(Matter::id).toList()));
        List<org.xinfang.territory.UnitView> units = territory.assignableUnits(me.unit());
        model.addAttribute("units", units);
        model.addAttribute("routeUnits", units.stream().filter(u -> !u.id().equals(me.unit().id())).toList());
        model.addAttribute("routingKinds", org.xinfang.casework.RoutingKind.values());
        model.addAttribute("mayRoute", org.xinfang.casework.MatterAction.ROUTE.isOpenTo(me));
        model.addAttribute("mayAssign", org.xinfang.casework.MatterAction.REASSIGN.isOpenTo(me));
        model.addAttribute("maySupervise", org.xinfang.casework.MatterAction.SUPERVISE.isOpenTo(me));
        return "casework/worklist";
    }

    @PostMapping("/worklist/views")
    org.springframework.web.servlet.view.RedirectView saveView(@RequestParam String name, @RequestParam(defaultValue = "") String query,
                    @AuthenticationPrincipal StaffPrincipal me) {
        String clean = name.strip();
        if (!clean.isEmpty() && clean.length() <= 100 && query.length() <= 1000) {
            jdbc.update("""
                    insert into saved_view (username, name, query, created_at) values (?, ?, ?, ?)
                    on conflict (username, name) do update set query = excluded.query""",
                    me.getUsername(), clean, query.replaceAll("(^|&)page=\\d+", ""), Timestamp.from(clock.instant()));
        }
        return org.xinfang.platform.web.Redirects.to("/worklist?" + query);
    }

    @PostMapping("/worklist/views/delete")
    String deleteView(@RequestParam String name, @AuthenticationPrincipal StaffPrincipal me) {
        jdbc.update("delete from saved_view where username = ? and name = ?", me.getUsername(), name);
        return "redirect:/worklist";
    }

    /** The list as an Excel file, written to the answer as it is made (the page's button runs it as a job instead). */
    @GetMapping("/worklist.xlsx")
    void export(@Valid WorklistQuery query, @AuthenticationPrincipal StaffPrincipal me, HttpServletResponse response)
            throws IOException {
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName() + "\"");
        lookups.requireAllowed(query.term(), me);
        WorklistExport.Extent extent = exports.write(query, me, LocaleContextHolder.getLocale(), response.getOutputStream(), rows -> { });
        lookups.record(query.term(), me, extent.total());
    }

    /** Starts the export of the list in the background; the page polls {@link #exportStatus} and then fetches the file. */
    @PostMapping(value = "/worklist/exports", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ExportStatus startExport(@Valid WorklistQuery query, @AuthenticationPrincipal StaffPrincipal me) {
        lookups.requireAllowed(query.term(), me);
        ExportJobs.Job job = jobs.start(query, me, LocaleContextHolder.getLocale());
        lookups.record(query.term(), me, job.extent.total());
        return status(job);
    }

    @GetMapping(value = "/worklist/exports/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ExportStatus exportStatus(@PathVariable String id, @AuthenticationPrincipal StaffPrincipal me) {
        return status(job(id, me));
    }

    @GetMapping("/worklist/exports/{id}/file")
    ResponseEntity<org.springframework.core.io.Resource> exportFile(@PathVariable String id,
                                                                    @AuthenticationPrincipal StaffPrincipal me) {
        ExportJobs.Job job = job(id, me);
        if (job.status != ExportJobs.Status.DONE) {
            throw Refusal.conflict("worklist.export.not-ready");
        }
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName() + "\"")
                .contentType(MediaType.parseMediaType(XLSX)).body(new FileSystemResource(job.file));
    }

    /** How far an export has got, and what the page says about it. */
    record ExportStatus(String id, String status, long written, long rows, long total, String message, String file) {
    }

    private ExportStatus status(ExportJobs.Job job) {
        Locale locale = LocaleContextHolder.getLocale();
        String message = switch (job.status) {
            case RUNNING -> messages.getMessage("worklist.export.progress", new Object[]{job.written.get(), job.extent.rows()}, locale);
            case FAILED -> messages.getMessage("worklist.export.failed", null, locale);
            case DONE -> job.extent.limited()
                    ? messages.getMessage("worklist.export.limited", new Object[]{job.extent.rows(), job.extent.total()}, locale)
                    : messages.getMessage("worklist.export.done", new Object[]{job.extent.rows()}, locale);
        };
        return new ExportStatus(job.id, job.status.name(), job.written.get(), job.extent.rows(), job.extent.total(), message,
                job.status == ExportJobs.Status.DONE ? "/worklist/exports/" + job.id + "/file" : null);
    }

    private ExportJobs.Job job(String id, StaffPrincipal me) {
        return jobs.of(id, me).orElseThrow(() -> Refusal.notFound("worklist.export.not-found", id));
    }

    private String fileName() {
        return "worklist-" + LocalDate.now(clock) + ".xlsx";
    }

    /** When each matter's timeline last moved: one look-up for the page's rows, by the timeline's unique index. */
    private java.util.Map<Long, java.time.Instant> lastSteps(List<Long> ids) {
        java.util.Map<Long, java.time.Instant> last = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query("select matter_id, max(occurred_at) from matter_event where matter_id = any(?) group by matter_id",
                    rs -> {
                        last.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
                    }, (Object) ids.toArray(new Long[0]));
        }
        return last;
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
