package org.xinfang.insight.web;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.xinfang.insight.IndicatorUnit;
import org.xinfang.insight.IndicatorWorkbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ranking as the page shows it, as an Excel workbook: a line per unit in the page's order, its rank, name and
 * score, the indicator it is sorted by (value and rank) when not by score, then the score's breakdown as numbers:
 * each weighted rate (as scored, blank without a denominator) and its points, each deduction's count and points.
 * The scheme's weights and points per item are in the heads, the scheme version and the publication in the caption.
 */
@Component
class RankingTableExport {

    private static final String SCORE = "score";

    private final MessageSource messages;

    RankingTableExport(MessageSource messages) {
        this.messages = messages;
    }

    byte[] workbook(RankingViews.RankingJson ranking, Locale locale) {
        Map<String, RankingViews.ScoredJson> weighted = new LinkedHashMap<>();
        Map<String, RankingViews.DeductedJson> deductions = new LinkedHashMap<>();
        // every line of a kind has the same items; the union still keeps a column for an item only some lines have
        ranking.lines().forEach(l -> {
            l.scored().forEach(s -> weighted.putIfAbsent(s.key(), s));
            l.deducted().forEach(d -> deductions.putIfAbsent(d.key(), d));
        });
        boolean sorted = !SCORE.equals(ranking.sort());
        List<String> heads = new ArrayList<>(List.of(message("insight.ranking.rank", locale),
                message("insight.ranking.unit", locale), message("insight.ranking.score", locale)));
        List<Integer> widths = new ArrayList<>(List.of(7, 28, 10));
        if (sorted) {
            String name = ranking.indicators().stream().filter(i -> i.key().equals(ranking.sort())).findFirst()
                    .map(RankingViews.IndicatorJson::name).orElse(ranking.sort());
            heads.add(name);
            heads.add(message("insight.ranking.export.indicator-rank", locale, name));
            widths.addAll(List.of(12, 10));
        }
        weighted.values().forEach(s -> {
            heads.add(message("insight.ranking.export.rate", locale, s.name()));
            heads.add(message("insight.ranking.export.points", locale, s.name(), plain(s.weight())));
            widths.addAll(List.of(12, 12));
        });
        deductions.values().forEach(d -> {
            heads.add(d.name());
            heads.add(message("insight.ranking.export.deducted", locale, d.name(), plain(d.perItem()), unit(ranking, d.key(), locale)));
            widths.addAll(List.of(12, 14));
        });
        List<List<Object>> rows = new ArrayList<>();
        for (RankingViews.LineJson l : ranking.lines()) {
            List<Object> row = new ArrayList<>(Arrays.asList(l.rank(), l.name(),
                    l.score() == null ? message("insight.ranking.unranked", locale) : l.score()));
            if (sorted) {
                RankingViews.ValueJson v = l.indicators().get(ranking.sort());
                row.add(v == null ? null : v.value());
                row.add(v == null ? null : v.rank());
            }
            weighted.keySet().forEach(key -> {
                RankingViews.ScoredJson s = l.scored().stream().filter(x -> x.key().equals(key)).findFirst().orElse(null);
                row.add(s == null ? null : s.rate());
                row.add(s == null ? null : s.points());
            });
            deductions.keySet().forEach(key -> {
                RankingViews.DeductedJson d = l.deducted().stream().filter(x -> x.key().equals(key)).findFirst().orElse(null);
                row.add(d == null ? null : d.count());
                row.add(d == null ? null : d.points());
            });
            rows.add(row);
        }
        return IndicatorWorkbook.write(new IndicatorWorkbook.Sheet(message("insight.ranking.title", locale),
                caption(ranking, locale), heads, widths.stream().mapToInt(Integer::intValue).toArray(), rows, 2));
    }

    /** E.g. 排名考核-2010-counties.xlsx (rankings-2010-departments.xlsx in English). */
    String fileName(RankingViews.RankingJson ranking, Locale locale) {
        return message("insight.ranking.export.file", locale) + suffix(ranking);
    }

    /** The name for a program that reads only a plain ASCII name: rankings-2010-counties.xlsx. */
    static String asciiFileName(RankingViews.RankingJson ranking) {
        return "rankings" + suffix(ranking);
    }

    private static String suffix(RankingViews.RankingJson ranking) {
        return "-" + ranking.year() + "-" + ranking.kind().name().toLowerCase(Locale.ROOT) + ".xlsx";
    }

    /**
     * The area, the year and the units; the indicator sorted by; the scheme version; published or provisional; what a
     * blank rate means, when there is one.
     */
    private String caption(RankingViews.RankingJson ranking, Locale locale) {
        List<String> parts = new ArrayList<>();
        parts.add(message("insight.ranking.export.caption", locale, ranking.area(), String.valueOf(ranking.year()),
                message("enum.RankingKind." + ranking.kind().name(), locale)));
        if (!SCORE.equals(ranking.sort())) {
            ranking.indicators().stream().filter(i -> i.key().equals(ranking.sort())).findFirst()
                    .ifPresent(i -> parts.add(message("insight.ranking.export.sorted", locale, i.name())));
        }
        parts.add(ranking.schemeVersion() == 0 ? message("insight.ranking.scheme-starting", locale)
                : message("insight.ranking.scheme-used", locale, ranking.schemeVersion()));
        RankingViews.PublicationJson p = ranking.published();
        parts.add(p == null ? message("insight.ranking.export.provisional", locale)
                : message("insight.ranking.published", locale, p.by(), p.at(), p.schemeVersion()));
        if (ranking.lines().stream().anyMatch(l -> l.scored().stream().anyMatch(s -> s.rate() == null))) {
            parts.add(message("insight.ranking.export.no-rate", locale));
        }
        return String.join(" · ", parts);
    }

    private String unit(RankingViews.RankingJson ranking, String key, Locale locale) {
        IndicatorUnit unit = ranking.indicators().stream().filter(i -> i.key().equals(key)).findFirst()
                .map(RankingViews.IndicatorJson::unit).orElse(IndicatorUnit.ITEMS);
        return message("enum.IndicatorUnit." + unit, locale);
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
