package org.xinfang.intelligence.warning;

import org.xinfang.casework.MatterTexts.Text;
import org.xinfang.statute.Statute;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Tells a likely collective visit (可能集体访) before it happens: within {@link #WINDOW_DAYS} days, at least
 * {@link #PETITIONERS} different petitioners raised matters of one category at one township, and together they are
 * {@link Statute#COLLECTIVE_VISIT_MIN_PERSONS} persons or more, the size at which a visit is collective. People who
 * share a grievance and find each other tend to come together next (2022 art. 20 ¶3 has a visit of many choose at most
 * five representatives; art. 10 has the governments study group petitions, 群体性信访突出问题, in time).
 */
public final class CollectiveVisitWatch {

    public static final int WINDOW_DAYS = 7;
    public static final int PETITIONERS = 3;

    /** Matters of one category at one township that together look like a visit in the making. */
    public record Gathering(Long townshipId, String categoryCode, List<Text> matters, int petitioners, int persons) {
    }

    private CollectiveVisitWatch() {
    }

    /**
     * The gatherings among {@code matters} (those received in the window), each matter placed at its township by
     * {@code townshipOf} (null when it arose above any township).
     */
    public static List<Gathering> gatherings(List<Text> matters, Function<Long, Long> townshipOf) {
        Map<String, List<Text>> cells = new HashMap<>();
        Map<String, Long> townships = new HashMap<>();
        for (Text m : matters) {
            Long township = townshipOf.apply(m.placeUnitId());
            if (township == null) {
                continue;
            }
            String key = township + "/" + m.categoryCode();
            cells.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
            townships.put(key, township);
        }
        List<Gathering> found = new ArrayList<>();
        cells.forEach((key, cell) -> {
            // a petitioner who writes twice is one person, with the larger of the numbers they came with
            Map<Long, Integer> persons = new HashMap<>();
            cell.forEach(m -> persons.merge(m.petitionerId(), Math.max(1, m.persons()), Math::max));
            int total = persons.values().stream().mapToInt(Integer::intValue).sum();
            if (persons.size() >= PETITIONERS && Statute.isCollectiveVisit(total)) {
                found.add(new Gathering(townships.get(key), cell.get(0).categoryCode(), List.copyOf(cell),
                        persons.size(), total));
            }
        });
        found.sort(java.util.Comparator.comparing(Gathering::townshipId).thenComparing(Gathering::categoryCode));
        return found;
    }
}
