package org.xinfang.insight;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;
import org.xinfang.intake.Categories;
import org.xinfang.intake.CategoryView;
import org.xinfang.intake.Channel;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The figures of the dashboards (图表看板) of a unit's subtree and a period, from insight's own facts: the monthly trend
 * against a year earlier, the channel mix, the first-level categories and the hot spots, the governments under the unit
 * (bars and tiles) and the overdue matters by the body holding them. Every number comes with the address of the staff
 * worklist filtered exactly like it (the matters received in the days, arising in the subtree, plus the number's own
 * criterion), so a click on a bar lists the matters behind it; docs/dashboards.md defines each.
 */
@Service
public class DashboardFigures {

    /** How many hot-spot categories and holding bodies a chart shows: more would not fit a phone's screen. */
    static final int TOP = 10;

    /** The items by channel ({@code items_LETTER}, ...) of the period's whole months and cut days. */
    private static final String CHANNELS = "select " + Arrays.stream(Channel.values())
            .map(c -> "sum(d.items_" + c + ") items_" + c).collect(Collectors.joining(", "))
            + " from " + PlaceDays.rows(Arrays.stream(Channel.values()).map(c -> "items_" + c).collect(Collectors.joining(", ")))
            + " d";

    private final Indicators indicators;
    private final NamedParameterJdbcTemplate jdbc;
    private final Categories categories;
    private final Territory territory;

    DashboardFigures(Indicators indicators, NamedParameterJdbcTemplate jdbc, Categories categories, Territory territory) {
        this.indicators = indicators;
        this.jdbc = jdbc;
        this.categories = categories;
        this.territory = territory;
    }

    /** A month of the trend: the items received in its days within the period, and in the same days a year earlier. */
    public record Month(YearMonth month, long items, long yearEarlier, String worklist, String yearEarlierWorklist) {
    }

    public record ChannelSlice(Channel channel, long items, String worklist) {
    }

    /** A category's items in the period and in the same days a year earlier; growth is their difference. */
    public record CategoryFigure(CategoryView category, long items, long yearEarlier, String worklist) {
        public long growth() {
            return items - yearEarlier;
        }
    }

    /**
     * A government under the unit: its items, per 10,000 of its population (none without a population) and its place
     * in the tile grid (row and column from 0).
     */
    public record Area(UnitView unit, long items, BigDecimal per10k, int row, int column, String worklist) {
    }

    /** A body holding matters past their deadline: those past the acceptance decision's, and those past the handling's. */
    public record Holder(UnitView unit, long acceptance, long handling, String acceptanceWorklist, String handlingWorklist) {
        public long total() {
            return acceptance + handling;
        }
    }

    public record Dashboard(UnitView unit, LocalDate from, LocalDate to, LocalDate yearEarlierFrom,
                            LocalDate yearEarlierTo, LocalDate today, long items, String worklist, List<Month> months,
                            List<ChannelSlice> channels, List<CategoryFigure> categories, List<CategoryFigure> hotSpots,
                            List<Area> areas, int gridColumns, List<Holder> overdue) {
    }

    /**
     * The dashboards for the unit coded {@code unitCode} (the viewer's own area when blank) and the days {@code from} to
     * {@code to} as typed (this year to date when blank), refused like the indicators' table.
     */
    @Transactional(readOnly = true)
    public Dashboard of(StaffPrincipal viewer, String unitCode, String from, String to) {
        Selection now = indicators.selection(viewer, unitCode, from, to);
        Selection earlier = now.yearEarlier();
        String unit = now.unit().code();
        String monthly = "select to_char(d.day, 'YYYY-MM'), sum(d.items) from " + PlaceDays.rows("items") + " d group by 1";
        Map<String, Long> byMonth = counts(now, monthly);
        Map<String, Long> byMonthEarlier = counts(earlier, monthly);
        List<Month> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(now.from()); !m.isAfter(YearMonth.from(now.to())); m = m.plusMonths(1)) {
            LocalDate first = max(m.atDay(1), now.from());
            LocalDate last = min(m.atEndOfMonth(), now.to());
            YearMonth before = m.minusYears(1);
            months.add(new Month(m, byMonth.getOrDefault(m.toString(), 0L), byMonthEarlier.getOrDefault(before.toString(), 0L),
                    worklist(unit, first, last).build(),
                    // the days of that month within the year-earlier period, as counted (a leap February whole)
                    worklist(unit, max(before.atDay(1), earlier.from()), min(before.atEndOfMonth(), earlier.to())).build()));
        }
        Counts byChannel = Counts.query(jdbc, CHANNELS, params(now));
        List<ChannelSlice> channels = new ArrayList<>();
        for (Channel c : Channel.values()) {
            channels.add(new ChannelSlice(c, byChannel.count("items_" + c),
                    worklist(unit, now.from(), now.to()).with("channel", c.name()).build()));
        }
        String byCode = "select c.category_code, sum(c.items) from " + PlaceDays.categories(now.path()) + " c group by 1";
        Map<String, Long> byCategory = counts(now, byCode);
        Map<String, Long> byCategoryEarlier = counts(earlier, byCode);
        List<CategoryFigure> firstLevel = new ArrayList<>();
        List<CategoryFigure> hotSpots = new ArrayList<>();
        categories.tree().forEach((parent, children) -> {
            long items = 0;
            long before = 0;
            for (CategoryView c : children) {
                long n = byCategory.getOrDefault(c.code(), 0L);
                long b = byCategoryEarlier.getOrDefault(c.code(), 0L);
                items += n;
                before += b;
                if (n > b) {
                    hotSpots.add(new CategoryFigure(c, n, b, worklist(unit, now.from(), now.to()).with("category", c.code()).build()));
                }
            }
            if (items > 0) {
                firstLevel.add(new CategoryFigure(parent, items, before,
                        worklist(unit, now.from(), now.to()).with("category", parent.code()).build()));
            }
        });
        firstLevel.sort(Comparator.comparingLong(CategoryFigure::items).reversed());
        hotSpots.sort(Comparator.comparingLong(CategoryFigure::growth).reversed()
                .thenComparing(Comparator.comparingLong(CategoryFigure::items).reversed()));
        List<Area> areas = areas(now, unit);
        List<Holder> overdue = overdue(now, unit);
        long items = channels.stream().mapToLong(ChannelSlice::items).sum();
        return new Dashboard(now.unit(), now.from(), now.to(), earlier.from(), earlier.to(), now.today(), items,
                worklist(unit, now.from(), now.to()).build(), months, channels, firstLevel,
                List.copyOf(hotSpots.subList(0, Math.min(TOP, hotSpots.size()))), areas, columns(areas.size()), overdue);
    }

    /** The governments under the unit (no departments), each counting the places under it. */
    private List<Area> areas(Selection now, String unit) {
        List<UnitView> governments = territory.children(now.unit().id()).stream().filter(u -> !u.isDepartment()).toList();
        Map<String, Long> byPlace = counts(now, "select d.place_path, sum(d.items) from " + PlaceDays.rows("place_path, items")
                + " d group by 1");
        int columns = columns(governments.size());
        List<Area> areas = new ArrayList<>();
        for (int i = 0; i < governments.size(); i++) {
            UnitView g = governments.get(i);
            long items = byPlace.entrySet().stream().filter(e -> e.getKey().startsWith(g.path()))
                    .mapToLong(Map.Entry::getValue).sum();
            BigDecimal per10k = g.population() == null || g.population() == 0 ? null
                    : BigDecimal.valueOf(items * 10_000L).divide(BigDecimal.valueOf(g.population()), 2, RoundingMode.HALF_UP);
            areas.add(new Area(g, items, per10k, i / columns, i % columns,
                    worklist(g.code(), now.from(), now.to()).build()));
        }
        return areas;
    }

    /**
     * The bodies holding matters received in the period, arising in the subtree, still at the acceptance decision (受理)
     * or in handling (办理) and past that step's deadline as of today: the worklist's "overdue" for the same state.
     */
    private List<Holder> overdue(Selection now, String unit) {
        List<Holder> holders = jdbc.query("select f.responsible_unit_id,"
                        + " count(*) filter (where f.state = 'ROUTED' and f.acceptance_due_on < :today),"
                        + " count(*) filter (where f.state = 'IN_HANDLING' and f.handling_due_on < :today)"
                        + " from insight_matter_fact f where f.received_on between :from and :to and f.place_path like :path"
                        + " and f.state in ('ROUTED', 'IN_HANDLING') group by 1", params(now), (rs, i) -> {
                    UnitView holder = territory.require(rs.getLong(1));
                    return new Holder(holder, rs.getLong(2), rs.getLong(3),
                            overdueWorklist(unit, now, holder, "ROUTED"), overdueWorklist(unit, now, holder, "IN_HANDLING"));
                }).stream().filter(h -> h.total() > 0)
                .sorted(Comparator.comparingLong(Holder::total).reversed().thenComparing(h -> h.unit().code()))
                .toList();
        return holders.subList(0, Math.min(TOP, holders.size()));
    }

    private String overdueWorklist(String unit, Selection now, UnitView holder, String state) {
        return worklist(unit, now.from(), now.to()).with("holder", holder.code()).with("state", state)
                .with("flag", "overdue").build();
    }

    /** The items of the selection by a key: {@code sql} answers the key and its count (its text is this class's, never input). */
    private Map<String, Long> counts(Selection s, String sql) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query(sql, params(s),
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /** The selection's parameters, with how its days split into whole months and cut days ({@link PlaceDays#cover}). */
    private static MapSqlParameterSource params(Selection s) {
        return PlaceDays.cover(s.from(), s.to(), s.parameters());
    }

    /** Columns of the tile grid: as square as the count allows, at most four so that a phone shows whole names. */
    private static int columns(int tiles) {
        return Math.max(1, Math.min(4, (int) Math.ceil(Math.sqrt(tiles))));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static Link worklist(String place, LocalDate from, LocalDate to) {
        return new Link().with("scope", "all").with("county", place).with("receivedFrom", from.toString())
                .with("receivedTo", to.toString());
    }

    /** The worklist's address with its query parameters (every matter visible, not only the viewer's unit's). */
    private static final class Link {
        private final Map<String, String> params = new LinkedHashMap<>();

        Link with(String name, String value) {
            params.put(name, Objects.requireNonNull(value));
            return this;
        }

        String build() {
            UriComponentsBuilder b = UriComponentsBuilder.fromPath("/worklist");
            params.forEach(b::queryParam);
            return b.encode().build().toUriString();
        }
    }
}
