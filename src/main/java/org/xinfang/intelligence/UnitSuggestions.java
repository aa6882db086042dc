package org.xinfang.intelligence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.xinfang.casework.AcceptanceOutcome;
import org.xinfang.casework.MatterFacts;
import org.xinfang.casework.ScreeningAdvice.UnitSuggestion;
import org.xinfang.intake.Categories;
import org.xinfang.intake.CategoryView;
import org.xinfang.territory.AdministrativeLevel;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The responsible unit suggested from history (历史分办): the unit that accepted most of the matters of this category that
 * arose in this township — or, with too few there, in this county; a first-level category counts all of its own. The
 * counts are kept in memory (a few thousand places × categories, however many matters) and counted again from the
 * matters' facts every quarter of an hour, so that a re-routing or a new department is learnt within the hour.
 */
@Service
public class UnitSuggestions {

    private static final Logger log = LoggerFactory.getLogger(UnitSuggestions.class);
    /** Fewer matters than this in a place say nothing about who handles the next one. */
    static final int MIN_HISTORY = 5;
    /** The unit must have handled at least this share of them: otherwise the history is split and the rules decide. */
    static final double MIN_SHARE = 0.5;
    private static final int PAGE = 5_000;

    private final MatterFacts facts;
    private final Territory territory;
    private final Categories categories;
    private volatile History history = new History();

    UnitSuggestions(MatterFacts facts, Territory territory, Categories categories) {
        this.facts = facts;
        this.territory = territory;
        this.categories = categories;
    }

    /** The unit the history suggests for a matter of {@code category} (either level) arising at {@code place}. */
    public Optional<UnitSuggestion> suggest(UnitView place, CategoryView category) {
        return history.suggest(keys(place, category.code()), territory);
    }

    /** A matter as a replay sees it: where it arose, its category, and the unit that accepted it. */
    public record Handled(UnitView place, CategoryView category, UnitView acceptedBy) {
    }

    /**
     * A replay's result: of the {@code matters} measured, how many got a suggestion from the history as it stood
     * before them, and how many of those named the unit that then accepted the matter.
     */
    public record Agreement(int matters, int suggested, int agreed) {
    }

    /**
     * Replays a history in the order matters arrived, each suggested from the matters before it only, as a registrar
     * would have seen it (the measurement in docs/intelligence.md); the matters before {@code measuredFrom} are
     * learnt from and not counted. The live counts are not touched.
     */
    public Agreement replay(List<Handled> inOrder, int measuredFrom) {
        History replayed = new History();
        int suggested = 0;
        int agreed = 0;
        for (int i = 0; i < inOrder.size(); i++) {
            Handled h = inOrder.get(i);
            List<String> keys = keys(h.place(), h.category().code());
            if (i >= measuredFrom) {
                Optional<UnitSuggestion> s = replayed.suggest(keys, territory);
                suggested += s.isPresent() ? 1 : 0;
                agreed += s.filter(u -> u.unit().id().equals(h.acceptedBy().id())).isPresent() ? 1 : 0;
            }
            replayed.add(keys, h.acceptedBy().id());
        }
        return new Agreement(inOrder.size() - measuredFrom, suggested, agreed);
    }

    /** The first count in the background: a million matters take a minute, and the server answers meanwhile. */
    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        Thread counting = new Thread(this::recount, "unit-history");
        counting.setDaemon(true);
        counting.start();
    }

    @Scheduled(fixedDelayString = "PT15M", initialDelayString = "PT15M")
    void recount() {
        History counted = new History();
        long after = 0;
        for (List<MatterFacts.IndicatorFacts> page = facts.forIndicatorsAfter(after, PAGE); !page.isEmpty();
             page = facts.forIndicatorsAfter(after, PAGE)) {
            for (MatterFacts.IndicatorFacts f : page) {
                handledBy(f).ifPresent(unit -> counted.add(keysOf(f), unit));
            }
            after = page.get(page.size() - 1).matterId();
        }
        history = counted;
        log.info("responsible units counted from {} accepted matters", counted.matters);
    }

    /** The unit that accepted the matter, if it was accepted. */
    static Optional<Long> handledBy(MatterFacts.IndicatorFacts f) {
        return f.acceptanceOutcome() == AcceptanceOutcome.ACCEPTED && f.responsibleUnitId() != null
                ? Optional.of(f.responsibleUnitId()) : Optional.empty();
    }

    /** The keys a matter's facts count under, the narrowest first. */
    List<String> keysOf(MatterFacts.IndicatorFacts f) {
        return territory.unit(f.placeUnitId()).map(place -> keys(place, f.categoryCode())).orElse(List.of());
    }

    /** The township then the county, each with the category and with its first-level category. */
    private List<String> keys(UnitView place, String categoryCode) {
        String firstLevel = categories.byCode(categoryCode).filter(CategoryView::isSecondLevel)
                .flatMap(c -> categories.byId(c.parentId())).map(CategoryView::code).orElse(categoryCode);
        return Stream.of(AdministrativeLevel.TOWNSHIP, AdministrativeLevel.COUNTY)
                .flatMap(level -> territory.ancestorAt(place, level).stream())
                .flatMap(area -> Stream.of(categoryCode, firstLevel).distinct().map(c -> area.id() + "|" + c))
                .distinct().toList();
    }

    /**
     * The counts: for each key, the matters each unit accepted. A {@link #replay} fills one in the order matters
     * arrived.
     */
    static final class History {
        private final Map<String, Map<Long, Integer>> byKey = new HashMap<>();
        private long matters;

        void add(List<String> keys, long unit) {
            matters++;
            for (String key : keys) {
                byKey.computeIfAbsent(key, k -> new HashMap<>()).merge(unit, 1, Integer::sum);
            }
        }

        /** The first key with enough history and a unit that has the share: that unit, as it is called now. */
        Optional<UnitSuggestion> suggest(List<String> keys, Territory territory) {
            for (String key : keys) {
                Map<Long, Integer> units = byKey.get(key);
                if (units == null) {
                    continue;
                }
                int total = units.values().stream().mapToInt(Integer::intValue).sum();
                if (total < MIN_HISTORY) {
                    continue;
                }
                Map.Entry<Long, Integer> best = units.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
                if (best.getValue() < MIN_SHARE * total) {
                    continue;
                }
                Optional<UnitView> unit = territory.unit(best.getKey()).map(territory::continuing)
                        .filter(territory::isActive);
                if (unit.isPresent()) {
                    return Optional.of(new UnitSuggestion(unit.get(), best.getValue() / (double) total, total));
                }
            }
            return Optional.empty();
        }
    }
}
