package org.xinfang.casework.web;

import jakarta.validation.Valid;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xinfang.casework.Casework;
import org.xinfang.casework.internal.Matter;
import org.xinfang.intake.Categories;
import org.xinfang.intake.Channel;
import org.xinfang.casework.MatterState;
import org.xinfang.territory.AdministrativeLevel;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.Territory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The worklist: the matters a person works on, most urgent first, with filters, saved views and Excel export. */
@Controller
class WorklistPage {

    /** The most rows one export carries; a bigger list is narrowed with the filters first. */
    static final int EXPORT_LIMIT = 10_000;

    private final Casework casework;
    private final MatterViews views;
    private final Categories categories;
    private final Territory territory;
    private final JdbcTemplate jdbc;
    private final MessageSource messages;
    private final Clock clock;

    WorklistPage(Casework casework, MatterViews views, Categories categories, Territory territory, JdbcTemplate jdbc,
                 MessageSource messages, Clock clock) {
        this.casework = casework;
        this.views = views;
        this.categories = categories;
        this.territory = territory;
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/worklist";
    }

    @GetMapping("/worklist")
    String worklist(@Valid WorklistQuery query, @AuthenticationPrincipal StaffPrincipal me, Model model,
                    jakarta.servlet.http.HttpServletRequest request) {
        Casework.Page<Matter> page = casework.search(query.filter(categories, territory, WorklistQuery.PAGE_SIZE), me);
        model.addAttribute("q", query);
        model.addAttribute("page", page);
        model.addAttribute("rows", page.items().stream().map(m -> views.summary(m, me)).toList());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("states", MatterState.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("categories", categories.all().stream().filter(c -> c.isSecondLevel()).toList());
        model.addAttribute("counties", territory.root().map(r -> territory.children(r.id()).stream()
                .filter(u -> !u.isDepartment() && u.level() == AdministrativeLevel.COUNTY).toList()).orElse(List.of()));
        model.addAttribute("views", jdbc.queryForList(
                "select name, query from saved_view where username = ? order by name", me.getUsername()));
        model.addAttribute("queryString", request.getQueryString() == null ? "" : request.getQueryString());
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

    @GetMapping("/worklist.xlsx")
    ResponseEntity<byte[]> export(@Valid WorklistQuery query, @AuthenticationPrincipal StaffPrincipal me) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        Casework.Page<Matter> page = casework.search(query.filter(categories, territory, EXPORT_LIMIT), me);
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(message("worklist.title", locale));
            String[] headers = {"matter.reference", "matter.title", "matter.state", "matter.channel", "matter.category",
                    "matter.place", "matter.holder", "matter.received", "matter.current-step", "matter.due", "matter.flags"};
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                head.createCell(i).setCellValue(message(headers[i], locale));
            }
            int r = 1;
            for (MatterJson.Summary s : page.items().stream().map(m -> views.summary(m, me)).toList()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(s.referenceNo());
                row.createCell(1).setCellValue(s.title());
                row.createCell(2).setCellValue(message("enum.MatterState." + s.state(), locale));
                row.createCell(3).setCellValue(message("enum.Channel." + s.channel(), locale));
                row.createCell(4).setCellValue(s.category() == null ? "" : s.category().name());
                row.createCell(5).setCellValue(s.place() == null ? "" : s.place().name());
                row.createCell(6).setCellValue(s.responsibleUnit() == null ? "" : s.responsibleUnit().name());
                row.createCell(7).setCellValue(String.valueOf(s.receivedOn()));
                row.createCell(8).setCellValue(s.currentStep() == null ? "" : message("enum.DueStep." + s.currentStep(), locale));
                row.createCell(9).setCellValue(s.currentDueOn() == null ? "" : s.currentDueOn().toString());
                row.createCell(10).setCellValue(flags(s.flags(), locale));
            }
            book.write(out);
            return ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"worklist-" + LocalDate.now(clock) + ".xlsx\"")
                    .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                    .body(out.toByteArray());
        }
    }

    private String flags(MatterJson.Flags f, Locale locale) {
        StringBuilder b = new StringBuilder();
        Map<String, Boolean> all = new java.util.LinkedHashMap<>();
        all.put("flag.overdue", f.overdue());
        all.put("flag.repeat", f.repeat());
        all.put("flag.collective", f.collective());
        all.put("flag.leap-level", f.leapLevel());
        all.put("flag.on-final", f.onFinalMatter());
        all.put("flag.undelivered", f.undelivered());
        all.forEach((key, on) -> {
            if (on) {
                b.append(b.isEmpty() ? "" : ", ").append(message(key, locale));
            }
        });
        return b.toString();
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
