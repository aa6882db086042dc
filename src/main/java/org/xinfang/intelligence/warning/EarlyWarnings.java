package org.xinfang.intelligence.warning;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.casework.MatterTexts;
import org.xinfang.casework.MatterTexts.Text;
import org.xinfang.intake.Categories;
import org.xinfang.intake.CategoryView;
import org.xinfang.intelligence.EarlyWarningRaised;
import org.xinfang.platform.Refusal;
import org.xinfang.territory.AdministrativeLevel;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.StaffRole;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Early warning (预警): finds the week's unusual rises by category and by petitioner group in each county
 * ({@link WeeklyRiseDetector}) and the likely collective visits of the last days ({@link CollectiveVisitWatch}),
 * stores each warning once and tells the petition office responsible for the place ({@link EarlyWarningRaised});
 * lists the open warnings of a viewer's area and takes their acknowledgement.
 */
@Service
public class EarlyWarnings {

    /** Those who read the warnings of their area: who supervises, leads and analyses. */
    public static final Set<StaffRole> VIEWERS = EnumSet.of(StaffRole.SUPERVISOR, StaffRole.LEADER, StaffRole.ANALYST);
    /** Those who acknowledge a warning for their office: who answers for acting on it. */
    public static final Set<StaffRole> ACKNOWLEDGERS = EnumSet.of(StaffRole.SUPERVISOR, StaffRole.LEADER);

    /** A stored warning as the list shows it. */
    public record Warning(Long id, WarningKind kind, Long unitId, Long placeUnitId, String categoryCode,
                          PetitionerGroup group, LocalDate weekStart, int observed, double expected,
                          List<Long> matterIds, String state, Instant raisedAt) {

        public String number() {
            return number(id);
        }

        public static String number(Long id) {
            return "YJ-" + id;
        }
    }

    /** What one run found and how many of its warnings were new. */
    public record Run(LocalDate weekStart, int found, int raised) {
    }

    private final MatterTexts texts;
    private final Territory territory;
    private final Categories categories;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    EarlyWarnings(MatterTexts texts, Territory territory, Categories categories, MessageSource messages,
                  ApplicationEventPublisher events, NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.texts = texts;
        this.territory = territory;
        this.categories = categories;
        this.messages = messages;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Looks for warnings as of {@code today}: the rises of the last complete week (Monday to Sunday) against the
     * {@link WeeklyRiseDetector#BASELINE_WEEKS} weeks before it, and the gatherings of the last
     * {@link CollectiveVisitWatch#WINDOW_DAYS} days. Safe to run again: a warning is raised once.
     */
    @Transactional
    public Run detect(LocalDate today) {
        LocalDate weekStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        LocalDate from = weekStart.minusWeeks(WeeklyRiseDetector.BASELINE_WEEKS);
        LocalDate windowFrom = today.minusDays(CollectiveVisitWatch.WINDOW_DAYS - 1L);
        List<Text> received = texts.receivedUnder("", "", from, today);
        Map<Long, Optional<UnitView>> counties = new HashMap<>();
        Map<Long, Optional<UnitView>> townships = new HashMap<>();
        Function<Long, UnitView> countyOf = id -> counties.computeIfAbsent(id, k -> territory.unit(k)
                .flatMap(u -> territory.ancestorAt(u, AdministrativeLevel.COUNTY))).orElse(null);
        int weeks = WeeklyRiseDetector.BASELINE_WEEKS + 1;
        Map<List<Object>, int[]> series = new HashMap<>();
        Map<List<Object>, List<Long>> weekMatters = new HashMap<>();
        List<Text> window = new ArrayList<>();
        for (Text m : received) {
            if (!m.receivedOn().isBefore(windowFrom)) {
                window.add(m);
            }
            int week = (int) ChronoUnit.WEEKS.between(from, m.receivedOn());
            UnitView county = countyOf.apply(m.placeUnitId());
            if (week >= weeks || county == null) {
                continue;
            }
            List<List<Object>> cells = new ArrayList<>();
            cells.add(List.of(WarningKind.CATEGORY_RISE, county.id(), firstLevel(m.categoryCode())));
            PetitionerGroup.of(m.categoryCode()).ifPresent(g -> cells.add(List.of(WarningKind.GROUP_RISE, county.id(), g)));
            for (List<Object> cell : cells) {
                series.computeIfAbsent(cell, k -> new int[weeks])[week]++;
                if (week == weeks - 1) {
                    weekMatters.computeIfAbsent(cell, k -> new ArrayList<>()).add(m.matterId());
                }
            }
        }
        int found = 0;
        int raised = 0;
        for (var cell : series.entrySet()) {
            Optional<WeeklyRiseDetector.Rise> rise = WeeklyRiseDetector.at(cell.getValue(), weeks - 1);
            if (rise.isPresent()) {
                found++;
                WarningKind kind = (WarningKind) cell.getKey().get(0);
                Long place = (Long) cell.getKey().get(1);
                Object about = cell.getKey().get(2);
                raised += raise(kind, place, kind == WarningKind.CATEGORY_RISE ? (String) about : null,
                        kind == WarningKind.GROUP_RISE ? (PetitionerGroup) about : null, weekStart,
                        rise.get().observed(), rise.get().expected(), weekMatters.get(cell.getKey())) ? 1 : 0;
            }
        }
        for (CollectiveVisitWatch.Gathering g : CollectiveVisitWatch.gatherings(window, id -> townships.computeIfAbsent(id,
                k -> territory.unit(k).flatMap(u -> territory.ancestorAt(u, AdministrativeLevel.TOWNSHIP))).map(UnitView::id)
                .orElse(null))) {
            found++;
            LocalDate gatheringWeek = g.matters().stream().map(Text::receivedOn).max(LocalDate::compareTo).orElseThrow()
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            raised += raise(WarningKind.COLLECTIVE_VISIT, g.townshipId(), g.categoryCode(), null, gatheringWeek,
                    g.persons(), 0, g.matters().stream().map(Text::matterId).toList()) ? 1 : 0;
        }
        return new Run(weekStart, found, raised);
    }

    private boolean raise(WarningKind kind, Long placeId, String categoryCode, PetitionerGroup group, LocalDate weekStart,
                          int observed, double expected, List<Long> matterIds) {
        UnitView place = territory.require(placeId);
        UnitView office = territory.petitionOfficeFor(place);
        List<Long> ids = jdbc.queryForList("""
                insert into intelligence_warning (kind, unit_id, unit_path, place_unit_id, category_code, petitioner_group,
                    week_start, observed, expected, matter_ids, raised_at)
                values (:kind, :unit, :path, :place, :category, :group, :week, :observed, :expected, :matters, :now)
                on conflict do nothing returning id""", new MapSqlParameterSource("kind", kind.name())
                .addValue("unit", office.id()).addValue("path", office.path()).addValue("place", placeId)
                .addValue("category", categoryCode, Types.VARCHAR)
                .addValue("group", group == null ? null : group.name(), Types.VARCHAR).addValue("week", weekStart)
                .addValue("observed", observed).addValue("expected", expected)
                .addValue("matters", new SqlParameterValue(Types.ARRAY, matterIds.toArray(new Long[0])))
                .addValue("now", Timestamp.from(clock.instant())), Long.class);
        if (ids.isEmpty()) {
            return false;
        }
        Warning w = new Warning(ids.get(0), kind, office.id(), placeId, categoryCode, group, weekStart, observed,
                expected, matterIds, "OPEN", clock.instant());
        events.publishEvent(new EarlyWarningRaised(w.id(), w.number(), kind.name(), office.id(),
                subject(w, Locale.SIMPLIFIED_CHINESE), weekStart, observed, expected));
        return true;
    }

    /** What a warning is about in a line, e.g. 甲县 城乡建设：2026-02-23 起当周 12 件，前 8 周平均每周 3.1 件. */
    public String subject(Warning w, Locale locale) {
        String place = territory.unit(w.placeUnitId()).map(u -> u.localizedName(locale)).orElse("");
        String about = w.group() != null
                ? messages.getMessage("hotspot.group." + w.group().name(), null, locale)
                : categories.byCode(w.categoryCode()).map(c -> c.localizedName(locale)).orElse(w.categoryCode());
        return messages.getMessage("hotspot.warning.subject." + w.kind().name(), new Object[]{place, about,
                String.valueOf(w.weekStart()), w.observed(), String.format(Locale.ROOT, "%.1f", w.expected()),
                w.matterIds().size()}, locale);
    }

    /** The open warnings of the offices in {@code viewer}'s area, the latest week first. */
    @Transactional(readOnly = true)
    public List<Warning> open(StaffPrincipal viewer) {
        if (!viewer.hasAny(VIEWERS)) {
            throw Refusal.forbidden("hotspot.warning.forbidden");
        }
        return jdbc.query(SELECT + " where state = 'OPEN' and unit_path like :scope || '%'"
                        + " order by week_start desc, observed - expected desc, id limit 200",
                new MapSqlParameterSource("scope", viewer.scopePath()), EarlyWarnings::row);
    }

    /** Records that {@code viewer}'s office has taken note of warning {@code id}, open and in their area. */
    @Transactional
    public void acknowledge(StaffPrincipal viewer, Long id) {
        if (!viewer.hasAny(ACKNOWLEDGERS)) {
            throw Refusal.forbidden("hotspot.warning.forbidden");
        }
        MapSqlParameterSource p = new MapSqlParameterSource("id", id).addValue("scope", viewer.scopePath())
                .addValue("by", viewer.getUsername()).addValue("now", Timestamp.from(clock.instant()));
        List<String> states = jdbc.queryForList("select state from intelligence_warning where id = :id"
                + " and unit_path like :scope || '%' for update", p, String.class);
        if (states.isEmpty()) {
            throw Refusal.notFound("hotspot.warning.not-found", id);
        }
        if (!"OPEN".equals(states.get(0))) {
            throw Refusal.conflict("hotspot.warning.acknowledged", Warning.number(id));
        }
        jdbc.update("update intelligence_warning set state = 'ACKNOWLEDGED', acknowledged_by = :by,"
                + " acknowledged_at = :now where id = :id", p);
    }

    private static final String SELECT = "select id, kind, unit_id, place_unit_id, category_code, petitioner_group,"
            + " week_start, observed, expected, matter_ids, state, raised_at from intelligence_warning";

    private static Warning row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        String group = rs.getString("petitioner_group");
        return new Warning(rs.getLong("id"), WarningKind.valueOf(rs.getString("kind")), rs.getLong("unit_id"),
                rs.getLong("place_unit_id"), rs.getString("category_code"),
                group == null ? null : PetitionerGroup.valueOf(group), rs.getObject("week_start", LocalDate.class),
                rs.getInt("observed"), rs.getDouble("expected"),
                List.of((Long[]) rs.getArray("matter_ids").getArray()), rs.getString("state"),
                rs.getTimestamp("raised_at").toInstant());
    }

    /** URBAN.DEMOLITION → URBAN: a second-level code begins with its first level's. */
    static String firstLevel(String categoryCode) {
        int dot = categoryCode.indexOf('.');
        return dot < 0 ? categoryCode : categoryCode.substring(0, dot);
    }

    /** The category's name, for the list. */
    public Optional<CategoryView> category(String code) {
        return code == null ? Optional.empty() : categories.byCode(code);
    }
}
