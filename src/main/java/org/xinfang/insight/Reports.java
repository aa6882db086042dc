package org.xinfang.insight;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.casework.documents.Letter;
import org.xinfang.casework.documents.StatutoryDocuments;
import org.xinfang.intake.Categories;
import org.xinfang.intake.CategoryView;
import org.xinfang.intake.Channel;
import org.xinfang.platform.Refusal;
import org.xinfang.statute.AnnualReportRules;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reports a bureau files, generated from the figures: the monthly bulletin (信访简报), the statutory annual report
 * (信访情况年度报告, 2022 art. 41) and the draft of the annual work summary (年度工作总结) in the seed's structure. Every
 * number is an indicator of {@link Indicators}' table for the same unit and period, or one of {@link ReportFigures}'
 * counts over the same facts. A sentence whose indicator is not registered (its module absent) is left out; so is a
 * heading left without sentences. For the indicators' viewers, within their territory; only for a month or year that
 * has ended. In Chinese, as the bureau files them. Definitions and decisions: docs/reports.md.
 */
@Service
public class Reports {

    /**
     * The work areas of the summary (and the bulletin's work of the month), in the seed's order: a heading, then its
     * clauses; each {@code {key}} is an indicator's value with its unit, {@code {key~}} the same with its year-on-year
     * change. Every key the reports read from other modules is here.
     */
    public static final List<Area> WORK = List.of(
            new Area("领导包案", List.of("落实领导包案{package.total}", "已接访{package.visited}", "已化解{package.resolved~}"),
                    true),
            new Area("信访积案化解", List.of("排查信访积案{backlog.total}", "化解{backlog.resolved~}"), false),
            new Area("领导接访", List.of("各级领导接访{receptions.leader~}", "接待群众{receptions.leader.persons~}"), false),
            new Area("矛盾纠纷调处", List.of("调处信访矛盾纠纷{mediation.total~}", "调解成功{mediation.settled~}"), false),
            new Area("源头预防", List.of("排查苗头性矛盾隐患{prevention.latent.found~}", "化解{prevention.latent.resolved~}"), false),
            new Area("困难群众救助", List.of("救助困难信访群众{relief.recipients~}", "发放救助资金{relief.amount~}"), false),
            new Area("督查督办", List.of("发出督办通知{supervision.notices~}"), false),
            new Area("“三项建议”", List.of("提出改进工作、完善政策、追究责任建议{recommendations.issued~}",
                    "被采纳{recommendations.adopted~}"), false));

    /** The headline figures, each paragraph its clauses (insight's own indicators). */
    public static final List<List<String>> HEADLINES = List.of(
            List.of("共登记信访事项{volume.items~}", "涉及群众{volume.persons~}", "万人信访量{volume.per-10k-population~}"),
            List.of("其中，来信{volume.LETTER.items~}", "来访{volume.VISIT.items~}、{volume.VISIT.persons~}",
                    "来电{volume.PHONE.items~}", "网上信访{volume.ONLINE.items~}", "电子邮件{volume.EMAIL.items~}",
                    "上级交办{volume.HIGHER_BODY.items~}", "四网并行报送{volume.PARTNER_NETWORK.items~}"),
            List.of("按类型分，建议意见类{type.SUGGESTION~}", "检举控告类{type.ACCUSATION~}", "申诉求决类{type.APPEAL~}"),
            List.of("重复访{repeat.visits~}、{repeat.persons~}", "集体访{collective.visits~}、{collective.persons~}",
                    "越级访{leap-level.visits~}、{leap-level.persons~}"),
            List.of("及时受理率{rate.acceptance-on-time~}", "按期办结率{rate.completion-on-time~}", "参评率{rate.participation~}",
                    "满意率{rate.satisfaction~}", "初信初访化解率（按人次）{rate.initial-resolution~}"));

    /** A work area: its heading, its clauses, and whether the package cases' levels follow its clauses. */
    public record Area(String heading, List<String> clauses, boolean withPackageLevels) {
    }

    private static final Pattern FIGURE = Pattern.compile("\\{([A-Za-z0-9_.\\-]+)(~?)}");
    private static final Pattern PACKAGE_LEVEL = Pattern.compile("package\\.([A-Z_]+)\\.total");
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    private static final String TO_FILL = "（此处由信访部门根据实际情况填写。）";
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    /** The last paragraph of every report: where its numbers come from (in the PDF its tables stand above it). */
    static final String SOURCE_NOTE = "注：本文数字按信访事项登记日期和发生地统计，均取自系统统计指标，统计口径见指标说明。";

    private final Indicators indicators;
    private final ReportFigures figures;
    private final Territory territory;
    private final Categories categories;
    private final StatutoryDocuments documents;
    private final MessageSource messages;
    private final Clock clock;

    Reports(Indicators indicators, ReportFigures figures, Territory territory, Categories categories,
            StatutoryDocuments documents, MessageSource messages, Clock clock) {
        this.indicators = indicators;
        this.figures = figures;
        this.territory = territory;
        this.categories = categories;
        this.documents = documents;
        this.messages = messages;
        this.clock = clock;
    }

    /** The monthly bulletin of the unit coded {@code unitCode} (the viewer's area when blank) for {@code month} (yyyy-mm). */
    @Transactional(readOnly = true)
    public ReportDocument bulletin(StaffPrincipal viewer, String unitCode, String month) {
        YearMonth m = month(month);
        Period p = period(viewer, unitCode, m.atDay(1), m.atEndOfMonth());
        String when = m.getYear() + "年" + m.getMonthValue() + "月";
        List<ReportDocument.Block> blocks = new ArrayList<>();
        blocks.add(new ReportDocument.Heading("一、总体情况"));
        paragraph(when + "，" + p.name() + "信访部门", HEADLINES.get(0), p).ifPresent(blocks::add);
        paragraph("", HEADLINES.get(4), p).ifPresent(blocks::add);
        blocks.add(new ReportDocument.Heading("二、信访渠道"));
        blocks.addAll(channels(p));
        blocks.add(new ReportDocument.Heading("三、主要问题类别"));
        blocks.addAll(mainCategories(p, 5));
        List<ReportDocument.Block> work = work(p, false);
        if (!work.isEmpty()) {
            blocks.add(new ReportDocument.Heading("四、本月工作"));
            blocks.addAll(work);
        }
        blocks.add(new ReportDocument.Text(SOURCE_NOTE));
        return new ReportDocument(issuer(p.unit()), "信访简报", m.getYear() + "年第" + m.getMonthValue() + "期", blocks,
                LocalDate.now(clock), "xinfang-bulletin-" + p.unit().code() + "-" + m);
    }

    /** The statutory annual report (2022 art. 41 ¶1) of the unit for {@code year}: its four items, in the article's order. */
    @Transactional(readOnly = true)
    public ReportDocument annualReport(StaffPrincipal viewer, String unitCode, String year) {
        int y = year(year);
        Period p = period(viewer, unitCode, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        List<ReportDocument.Block> blocks = new ArrayList<>();
        blocks.add(new ReportDocument.Text("根据《信访工作条例》第四十一条，现将" + y + "年" + p.name() + "信访情况报告如下。"));
        for (AnnualReportRules.Content item : AnnualReportRules.Content.values()) {
            switch (item) {
                case STATISTICS_FIELDS_AND_BODIES -> {
                    blocks.add(new ReportDocument.Heading("一、信访事项数据统计"));
                    HEADLINES.forEach(clauses -> paragraph(clauses == HEADLINES.get(0) ? y + "年，" + p.name() + "信访部门" : "",
                            clauses, p).ifPresent(blocks::add));
                    blocks.add(statisticsTable(p));
                    blocks.add(new ReportDocument.Heading("二、信访事项涉及领域"));
                    blocks.addAll(fields(p));
                    blocks.add(new ReportDocument.Heading("三、被投诉较多的机关、单位"));
                    blocks.addAll(complainedAbout(p, 10));
                }
                case TRANSFERS_ASSIGNMENTS_SUPERVISION -> {
                    blocks.add(new ReportDocument.Heading("四、转送、交办、督办情况"));
                    Map<String, Long> routing = figures.routing(p.now());
                    Map<String, Long> earlier = figures.routing(p.earlier());
                    String sentence = "全年转送信访事项" + routing.get("TRANSFER") + "件" + change(routing.get("TRANSFER"), earlier.get("TRANSFER"))
                            + "，交办信访事项" + routing.get("ASSIGNMENT") + "件" + change(routing.get("ASSIGNMENT"), earlier.get("ASSIGNMENT"));
                    Optional<String> supervision = clause("{supervision.notices~}", p, false);
                    blocks.add(new ReportDocument.Text(sentence + supervision.map(s -> "；发出督办通知" + s).orElse("") + "。"));
                    if (supervision.isEmpty()) {
                        blocks.add(new ReportDocument.Text("督办情况：" + TO_FILL));
                    }
                }
                case RECOMMENDATIONS_AND_ADOPTION -> {
                    blocks.add(new ReportDocument.Heading("五、提出改进工作、完善政策、追究责任建议及被采纳情况"));
                    blocks.add(paragraph("全年", WORK.get(WORK.size() - 1).clauses(), p)
                            .orElse(new ReportDocument.Text(TO_FILL)));
                }
                case OTHER_MATTERS -> {
                    blocks.add(new ReportDocument.Heading("六、其他应当报告的事项"));
                    blocks.add(new ReportDocument.Text(TO_FILL));
                }
            }
        }
        blocks.add(new ReportDocument.Text(SOURCE_NOTE));
        return new ReportDocument(issuer(p.unit()), p.name() + y + "年信访情况年度报告", "", blocks, LocalDate.now(clock),
                "xinfang-annual-report-" + p.unit().code() + "-" + y);
    }

    /**
     * The draft of the annual work summary in the seed's structure: the headline figures with their year-on-year
     * change first, then each area of work with its counts, then the parts only the bureau can write.
     */
    @Transactional(readOnly = true)
    public ReportDocument workSummary(StaffPrincipal viewer, String unitCode, String year) {
        int y = year(year);
        Period p = period(viewer, unitCode, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        List<ReportDocument.Block> blocks = new ArrayList<>();
        blocks.add(new ReportDocument.Text(y + "年，" + p.name() + "信访工作在党委、政府的领导下，" + TO_FILL));
        blocks.add(new ReportDocument.Heading("一、主要指标情况"));
        HEADLINES.forEach(clauses -> paragraph(clauses == HEADLINES.get(0) ? y + "年，" + p.name() + "信访部门" : "",
                clauses, p).ifPresent(blocks::add));
        List<ReportDocument.Block> work = work(p, true);
        int n = 2;
        if (!work.isEmpty()) {
            blocks.add(new ReportDocument.Heading(NUMERALS[n++ - 1] + "、主要工作开展情况"));
            blocks.addAll(work);
        }
        blocks.add(new ReportDocument.Heading(NUMERALS[n++ - 1] + "、存在的问题"));
        blocks.add(new ReportDocument.Text(TO_FILL));
        blocks.add(new ReportDocument.Heading(NUMERALS[n - 1] + "、下一年度工作打算"));
        blocks.add(new ReportDocument.Text(TO_FILL));
        blocks.add(new ReportDocument.Text(SOURCE_NOTE));
        return new ReportDocument(issuer(p.unit()), p.name() + y + "年信访工作总结", "（初稿）", blocks, LocalDate.now(clock),
                "xinfang-work-summary-" + p.unit().code() + "-" + y);
    }

    /** The report as an A4 PDF laid out as the statutory documents are; its tables follow the text as appendices, above the source note. */
    public byte[] pdf(ReportDocument report, StaffPrincipal reader) {
        List<String> paragraphs = new ArrayList<>();
        List<Letter.Table> tables = new ArrayList<>();
        for (ReportDocument.Block b : report.blocks()) {
            if (b instanceof ReportDocument.Heading h) {
                paragraphs.add(h.text());
            } else if (b instanceof ReportDocument.Text t) {
                paragraphs.add(t.text());
            } else if (b instanceof ReportDocument.Table t) {
                // the layout sets the tables after the text, so each is numbered as an appendix (附表)
                tables.add(new Letter.Table("附表" + (tables.size() + 1) + "　" + t.caption(), t.heads(), t.widths(), t.rows()));
            }
        }
        return documents.print(new Letter(report.issuer(), report.title(), report.number(), null, paragraphs, "",
                report.date(), List.of(), false, tables), reader);
    }

    /** The unit and days of a report with the indicator table for them and the selections behind it. */
    private record Period(UnitView unit, String name, Map<String, Indicators.Row> rows, Selection now, Selection earlier) {
    }

    private Period period(StaffPrincipal viewer, String unitCode, LocalDate from, LocalDate to) {
        Indicators.Table table = indicators.table(viewer, unitCode, from.toString(), to.toString());
        Map<String, Indicators.Row> rows = new LinkedHashMap<>();
        table.rows().forEach(r -> rows.put(r.indicator().key(), r));
        Selection now = new Selection(table.unit(), from, to, LocalDate.now(clock));
        return new Period(table.unit(), table.unit().name(), rows, now, now.yearEarlier());
    }

    private YearMonth month(String typed) {
        YearMonth m;
        try {
            m = YearMonth.parse(typed == null ? "" : typed.strip());
        } catch (DateTimeParseException e) {
            throw Refusal.invalid("month", "insight.report.month", typed == null ? "" : typed.strip());
        }
        if (!m.isBefore(YearMonth.now(clock))) {
            throw Refusal.invalid("month", "insight.report.month.unfinished", m.toString());
        }
        if (m.isBefore(YearMonth.from(Indicators.FIRST_DAY))) {
            throw Refusal.invalid("month", "insight.report.month.range", m.toString(), YearMonth.from(Indicators.FIRST_DAY).toString());
        }
        return m;
    }

    private int year(String typed) {
        String t = typed == null ? "" : typed.strip();
        if (!t.matches("\\d{4}")) {
            throw Refusal.invalid("year", "insight.report.year", t);
        }
        int y = Integer.parseInt(t);
        if (y >= LocalDate.now(clock).getYear()) {
            throw Refusal.invalid("year", "insight.report.year.unfinished", t);
        }
        if (y < Indicators.FIRST_DAY.getYear()) {
            throw Refusal.invalid("year", "insight.report.year.range", t, String.valueOf(Indicators.FIRST_DAY.getYear()));
        }
        return y;
    }

    /** The petition bureau that issues the unit's reports (the unit itself where it has none). */
    private String issuer(UnitView unit) {
        return documents.unitName(territory.petitionOfficeFor(unit).id());
    }

    /** The clauses with figures joined into a sentence after {@code opening}; none when no clause has its figures. */
    private Optional<ReportDocument.Block> paragraph(String opening, List<String> clauses, Period p) {
        // the headline figures drop the counts that are nothing both years; a work area keeps its zero
        boolean headline = HEADLINES.contains(clauses);
        List<String> present = clauses.stream().map(c -> clause(c, p, headline)).flatMap(Optional::stream).toList();
        return present.isEmpty() ? Optional.empty()
                : Optional.of(new ReportDocument.Text(opening + String.join("；", present) + "。"));
    }

    /**
     * The clause with each figure written in; none when an indicator it names is not registered or has no value, or
     * when {@code dropNothing} and all its counts are zero now and a year earlier.
     */
    Optional<String> clause(String clause, Period p, boolean dropNothing) {
        Matcher m = FIGURE.matcher(clause);
        StringBuilder out = new StringBuilder();
        boolean nothing = true;
        while (m.find()) {
            Indicators.Row row = p.rows().get(m.group(1));
            if (row == null || !row.value().hasValue()) {
                return Optional.empty();
            }
            nothing &= row.indicator().unit() != IndicatorUnit.PER_CENT && row.value().value().signum() == 0
                    && (!row.yearEarlier().hasValue() || row.yearEarlier().value().signum() == 0);
            m.appendReplacement(out, Matcher.quoteReplacement(figure(row, !m.group(2).isEmpty())));
        }
        m.appendTail(out);
        // a count that is nothing this year and was nothing the year before says nothing (电子邮件0件，与上年同期持平)
        return dropNothing && nothing && out.length() > 0 && !clause.equals(out.toString()) ? Optional.empty() : Optional.of(out.toString());
    }

    /** 1234件, and with the change: 1234件（同比下降3.2%）, 98.5%（同比提高1.2个百分点）. */
    static String figure(Indicators.Row row, boolean withChange) {
        String value = number(row.value().value()) + unitWord(row.indicator().unit());
        if (!withChange || row.change() == null) {
            return value;
        }
        BigDecimal change = row.change();
        if (change.signum() == 0) {
            return value + "（与上年同期持平）";
        }
        if (row.indicator().unit() == IndicatorUnit.PER_CENT) {
            return value + "（同比" + (change.signum() > 0 ? "提高" : "降低") + number(change.abs()) + "个百分点）";
        }
        if (row.changePerCent() == null) {
            return value + "（上年同期为0）";
        }
        return value + "（同比" + (change.signum() > 0 ? "上升" : "下降") + number(row.changePerCent().abs()) + "%）";
    }

    /** The change of a count of the reports' own against the year before, as {@link #figure} words an indicator's. */
    static String change(long now, long earlier) {
        if (now == earlier) {
            return "（与上年同期持平）";
        }
        if (earlier == 0) {
            return "（上年同期为0）";
        }
        BigDecimal perCent = BigDecimal.valueOf((now - earlier) * 100L).divide(BigDecimal.valueOf(earlier), 1, RoundingMode.HALF_UP);
        return "（同比" + (now > earlier ? "上升" : "下降") + number(perCent.abs()) + "%）";
    }

    static String number(BigDecimal n) {
        return n.toPlainString();
    }

    private static String unitWord(IndicatorUnit unit) {
        return switch (unit) {
            case ITEMS -> "件";
            case BATCHES -> "批";
            case PERSONS -> "人次";
            case PER_CENT -> "%";
            case PER_10K_POPULATION -> "件/万人";
            case YUAN -> "元";
        };
    }

    /** {@code part} of {@code whole} in per cent, one decimal: a share of the same table's figures. */
    private static String share(long part, long whole) {
        return whole == 0 ? "0" : number(BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
    }

    /** The work areas that have figures; with headings (（一）领导包案) in the summary, as paragraphs in the bulletin. */
    private List<ReportDocument.Block> work(Period p, boolean headings) {
        List<ReportDocument.Block> blocks = new ArrayList<>();
        int n = 0;
        for (Area area : WORK) {
            List<String> clauses = new ArrayList<>(area.clauses());
            if (area.withPackageLevels()) {
                p.rows().keySet().stream().map(PACKAGE_LEVEL::matcher).filter(Matcher::matches).map(m -> m.group(1))
                        .forEach(level -> clauses.add(name(p.rows().get("package." + level + ".total"))
                                + "{package." + level + ".total}、已接访{package." + level + ".visited}、已化解{package."
                                + level + ".resolved}"));
            }
            Optional<ReportDocument.Block> paragraph = paragraph(headings ? "" : area.heading() + "：", clauses, p);
            if (paragraph.isPresent()) {
                if (headings) {
                    blocks.add(new ReportDocument.Heading("（" + NUMERALS[n++] + "）" + area.heading()));
                }
                blocks.add(paragraph.get());
            }
        }
        return blocks;
    }

    private String name(Indicators.Row row) {
        return messages.getMessage(row.indicator().nameKey(), null, row.indicator().key(), CHINESE);
    }

    /** The channels with their share of all items: a sentence and a table. */
    private List<ReportDocument.Block> channels(Period p) {
        long total = p.rows().get("volume.items").value().numerator();
        List<String> sentence = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Channel c : Channel.values()) {
            Indicators.Row items = p.rows().get("volume." + c + ".items");
            Indicators.Row persons = p.rows().get("volume." + c + ".persons");
            long n = items.value().numerator();
            if (n > 0) {
                sentence.add(name(items) + figure(items, false) + "，占" + share(n, total) + "%");
            }
            rows.add(List.of(name(items), figure(items, false), figure(persons, false), share(n, total) + "%",
                    figure(items, true).substring(figure(items, false).length()).replaceAll("[（）]", "")));
        }
        List<ReportDocument.Block> blocks = new ArrayList<>();
        blocks.add(new ReportDocument.Text(sentence.isEmpty() ? "本期未登记信访事项。" : String.join("；", sentence) + "。"));
        blocks.add(new ReportDocument.Table("信访渠道分布", List.of("渠道", "件（批）", "人次", "占比", "同比"),
                new float[]{3, 2, 2, 2, 3}, rows));
        return blocks;
    }

    /** The categories matters were filed under most, with their share and change. */
    private List<ReportDocument.Block> mainCategories(Period p, int limit) {
        return grouped(p, figures::categories, limit, code -> categories.byCode(code).map(CategoryView::name).orElse(code),
                "反映较多的问题依次是：", "主要问题类别", "类别");
    }

    /** The fields of the matters (the first-level categories). */
    private List<ReportDocument.Block> fields(Period p) {
        return grouped(p, figures::fields, Integer.MAX_VALUE, code -> categories.byCode(code).map(CategoryView::name).orElse(code),
                "信访事项涉及的领域依次是：", "信访事项涉及领域", "领域");
    }

    /** The bodies complained about most, petition offices left out (they pass matters on; they are not complained of). */
    private List<ReportDocument.Block> complainedAbout(Period p, int limit) {
        return grouped(p, s -> figures.complainedAbout(s).stream().filter(c -> territory.unit(Long.valueOf(c.key()))
                        .map(u -> !u.isPetitionOffice()).orElse(false)).toList(), limit,
                id -> documents.unitName(Long.valueOf(id)), "被投诉（反映）较多的机关、单位依次是：", "被投诉较多的机关、单位", "机关、单位");
    }

    private List<ReportDocument.Block> grouped(Period p, Function<Selection, List<ReportFigures.Count>> counts, int limit,
                                               Function<String, String> names, String opening, String caption, String head) {
        long total = p.rows().get("volume.items").value().numerator();
        Map<String, Long> earlier = new LinkedHashMap<>();
        counts.apply(p.earlier()).forEach(c -> earlier.put(c.key(), c.items()));
        List<ReportFigures.Count> top = counts.apply(p.now()).stream().limit(limit).toList();
        if (top.isEmpty()) {
            return List.of(new ReportDocument.Text("本期未登记信访事项。"));
        }
        List<String> sentence = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (ReportFigures.Count c : top) {
            String name = names.apply(c.key());
            long before = earlier.getOrDefault(c.key(), 0L);
            sentence.add(name + c.items() + "件，占" + share(c.items(), total) + "%");
            rows.add(List.of(name, c.items() + "件", share(c.items(), total) + "%", before + "件",
                    change(c.items(), before).replaceAll("[（）]", "")));
        }
        return List.of(new ReportDocument.Text(opening + String.join("；", sentence) + "。"),
                new ReportDocument.Table(caption, List.of(head, "本期", "占比", "上年同期", "同比"), new float[]{4, 2, 2, 2, 4}, rows));
    }

    /** The indicators of the statistics (all but the work's, which have their own items) as a table. */
    private ReportDocument.Table statisticsTable(Period p) {
        List<List<String>> rows = new ArrayList<>();
        p.rows().values().stream().filter(r -> !r.indicator().section().isWork()).forEach(r -> rows.add(List.of(
                name(r), r.value().hasValue() ? figure(r, false) : "—",
                r.yearEarlier().hasValue() ? number(r.yearEarlier().value()) + unitWord(r.indicator().unit()) : "—",
                r.change() == null ? "—" : figure(r, true).substring(figure(r, false).length()).replaceAll("[（）]", ""))));
        return new ReportDocument.Table("信访事项数据统计", List.of("指标", "本期", "上年同期", "同比"), new float[]{5, 3, 3, 4}, rows);
    }
}
