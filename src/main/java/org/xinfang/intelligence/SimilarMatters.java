package org.xinfang.intelligence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.xinfang.casework.Casework;
import org.xinfang.casework.MatterEventType;
import org.xinfang.casework.MatterState;
import org.xinfang.casework.MatterTexts;
import org.xinfang.casework.MatterTransitioned;
import org.xinfang.casework.MattersImported;
import org.xinfang.casework.ScreeningAdvice.SimilarMatter;
import org.xinfang.intelligence.similar.SketchIndex;
import org.xinfang.intelligence.similar.TextSketch;
import org.xinfang.territory.AdministrativeLevel;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Similar and repeat matters (相似件、重复件): the earlier matters whose words are most like a text, from an index in
 * memory ({@link SketchIndex}) built at start from casework's {@link MatterTexts} and kept current from its events.
 * A staff member sees only the matters they may open; a citizen only their own. docs/intelligence-similar.md has the method and the measured figures.
 */
@Service
@Order(10)
public class SimilarMatters implements ApplicationRunner {

    /** At or above this estimated similarity a matter reads as a duplicate of the text (tuned, see the docs). */
    public static final double DUPLICATE = 0.5;
    /** Below this a matter is not similar enough to be worth showing. */
    public static final double FLOOR = 0.15;

    private static final Logger log = LoggerFactory.getLogger(SimilarMatters.class);
    private static final int PAGE = 5000;

    /**
     * What to narrow the similar matters to: the matters of these petitioners (by id; empty for anyone's) and those
     * that arose in the township of {@code placeCode} (null for anywhere; a place above township level stands for
     * its whole area).
     */
    public record Restriction(List<Long> petitionerIds, String placeCode) {
        public Restriction {
            petitionerIds = petitionerIds == null ? List.of() : List.copyOf(petitionerIds);
        }

        public static Restriction none() {
            return new Restriction(List.of(), null);
        }
    }

    private final SketchIndex index;
    private final MatterTexts texts;
    private final Casework casework;
    private final Territory territory;

    SimilarMatters(MatterTexts texts, Casework casework, Territory territory,
                   @Value("${xinfang.intelligence.similar.capacity:1000000}") int capacity) {
        this.index = new SketchIndex(capacity);
        this.texts = texts;
        this.casework = casework;
        this.territory = territory;
    }

    /** The {@code limit} matters most like the text that the viewer may open, best first, within the restriction. */
    public List<SimilarMatter> find(String title, String text, Restriction restriction, StaffPrincipal viewer, int limit) {
        return find(title, text, restriction, viewer, limit, Set.of());
    }

    /** {@link #find}, leaving out the matters {@code excluded} names (the matter itself, on its page). */
    public List<SimilarMatter> find(String title, String text, Restriction restriction, StaffPrincipal viewer, int limit,
                                    Collection<Long> excluded) {
        Set<Long> people = Set.copyOf(restriction.petitionerIds());
        String area = area(restriction.placeCode());
        List<SketchIndex.Hit> hits = index.query(TextSketch.of(title, text), FLOOR, limit * 4,
                (id, petitioner, place) -> !excluded.contains(id) && (people.isEmpty() || people.contains(petitioner))
                        && place.startsWith(area));
        if (hits.isEmpty()) {
            return List.of();
        }
        List<Long> ids = hits.stream().map(SketchIndex.Hit::matterId).toList();
        Map<Long, Casework.Reach> reach = casework.reach(ids, viewer);
        Map<Long, MatterTexts.Head> heads = heads(ids);
        return hits.stream().filter(h -> reach.containsKey(h.matterId()) && reach.get(h.matterId()).opens()
                        && heads.containsKey(h.matterId()) && heads.get(h.matterId()).state() != MatterState.MERGED)
                .limit(limit).map(h -> similar(h, heads.get(h.matterId()), viewer.readable(heads.get(h.matterId()).title())))
                .toList();
    }

    /**
     * For a citizen typing a petition on the portal: of {@code ownMatterIds} (the matters their verified phone filed),
     * those like the text, best first. Nothing of anyone else's matter is looked at, not even whether one exists.
     */
    public List<SimilarMatter> ownLike(String title, String text, Collection<Long> ownMatterIds, int limit) {
        Set<Long> own = Set.copyOf(ownMatterIds);
        if (own.isEmpty()) {
            return List.of();
        }
        List<SketchIndex.Hit> mine = index.query(TextSketch.of(title, text), FLOOR, limit,
                (id, petitioner, place) -> own.contains(id));
        Map<Long, MatterTexts.Head> heads = heads(mine.stream().map(SketchIndex.Hit::matterId).toList());
        return mine.stream().filter(h -> heads.containsKey(h.matterId()))
                .map(h -> similar(h, heads.get(h.matterId()), heads.get(h.matterId()).title())).toList();
    }

    /** How many matters the index holds. */
    public int indexed() {
        return index.size();
    }

    private Map<Long, MatterTexts.Head> heads(List<Long> ids) {
        return texts.heads(ids).stream().collect(Collectors.toMap(MatterTexts.Head::matterId, Function.identity()));
    }

    private static SimilarMatter similar(SketchIndex.Hit h, MatterTexts.Head head, String title) {
        return new SimilarMatter(h.matterId(), head.referenceNo(), title, head.state().name(), h.score(),
                h.score() >= DUPLICATE);
    }

    /** The path prefix of the place's township (of the place itself above township level); "" for anywhere. */
    private String area(String placeCode) {
        if (placeCode == null || placeCode.isBlank()) {
            return "";
        }
        UnitView place = territory.unitByCode(placeCode).orElse(null);
        if (place == null) {
            return "";
        }
        return territory.ancestorAt(place, AdministrativeLevel.TOWNSHIP).orElse(place).path();
    }

    @ApplicationModuleListener
    void on(MatterTransitioned step) {
        if (step.type() == MatterEventType.REGISTERED) {
            add(texts.of(List.of(step.matterId())));
        }
    }

    @ApplicationModuleListener
    void on(MattersImported imported) {
        add(texts.of(imported.matterIds()));
    }

    /** Fills the index from the newest matter down, page by page. */
    @Override
    public void run(ApplicationArguments args) {
        long start = System.nanoTime();
        long before = Long.MAX_VALUE;
        int read = 0;
        while (true) {
            List<MatterTexts.Text> page = texts.before(before, PAGE);
            if (page.isEmpty()) {
                break;
            }
            add(page);
            read += page.size();
            before = page.get(page.size() - 1).matterId();
        }
        log.info("Similar matters: {} matters indexed, in {} s", read, String.format("%.1f", (System.nanoTime() - start) / 1e9));
    }

    private void add(List<MatterTexts.Text> entries) {
        entries.forEach(e -> index.add(e.matterId(), e.petitionerId(), e.placePath(), TextSketch.of(e.title(), e.content())));
    }
}
