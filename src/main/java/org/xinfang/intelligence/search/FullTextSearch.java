package org.xinfang.intelligence.search;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;
import org.xinfang.casework.Casework;
import org.xinfang.casework.MatterState;
import org.xinfang.intake.Channel;
import org.xinfang.platform.PersonalData;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The staff's full-text search of matters (全文检索): the words typed, in Chinese or English, found in titles, contents
 * and reference numbers, within the viewer's scope, with filters, highlighted hits and a choice of order.
 *
 * <p>Scope is applied twice. The index filters by casework's visibility condition ({@link MatterDocument#getReach},
 * the accused side excluded), so totals and pages are the viewer's; then the page's hits are confirmed by
 * {@link Casework#reach}, casework's own condition, and a hit the viewer may not open is dropped. Highlights are of the
 * title and the content only, masked for the viewer's role as the worklist masks titles ({@link StaffPrincipal#readable}).
 */
@Service
public class FullTextSearch {

    /** Hits on a page. */
    public static final int PAGE_SIZE = 20;
    /** The markers of a hit in a highlight, characters no text contains (private use): masked and escaped around them. */
    private static final char START = '\uE000';
    private static final char END = '\uE001';
    /** How much of the content a hit without a highlighted passage shows. */
    private static final int LEAD = 120;

    private final EntityManager entities;
    private final Casework casework;
    private final Territory territory;

    FullTextSearch(EntityManager entities, Casework casework, Territory territory) {
        this.entities = entities;
        this.casework = casework;
        this.territory = territory;
    }

    /** The order of the hits. */
    public enum Order { RELEVANCE, NEWEST, DEADLINE }

    /**
     * What to find: the words, and optional filters. {@code county} is a unit path (a county's, or any place's subtree);
     * {@code categories} the category and those under it.
     */
    public record Query(String text, MatterState state, Channel channel, List<Long> categories, String county,
                        LocalDate receivedFrom, LocalDate receivedTo, Order order, int page) {
    }

    /** One hit: the title and a passage of the content as safe HTML, the hits marked with {@code <mark>}. */
    public record Hit(Long id, String referenceNo, String titleHtml, String passageHtml, MatterState state,
                      Channel channel, LocalDate receivedOn, LocalDate dueOn, Long categoryId, UnitView holder) {
    }

    public record Hits(List<Hit> hits, long total, int page, int pages, long tookMillis) {
    }

    @Transactional(readOnly = true)
    public Hits search(Query q, StaffPrincipal viewer) {
        long start = System.nanoTime();
        String text = viewer.seesPersonalData() ? q.text() : withoutPersonalNumbers(q.text());
        boolean seesAll = territory.root().map(r -> viewer.scopePath().equals(r.path())).orElse(false);
        int page = Math.max(0, q.page());
        SearchResult<Row> result = Search.session(entities).search(MatterDocument.class)
                .select(f -> f.composite().from(f.entity(MatterDocument.class), f.highlight("title"), f.highlight("content"))
                        .as(Row::new))
                .where((f, root) -> {
                    root.add(f.simpleQueryString()
                            .field("title").boost(3f).field("content")
                            .field("title_grams").boost(1.5f).field("content_grams").boost(0.5f)
                            .field("referenceNo_grams").boost(2f)
                            .matching(text).defaultOperator(BooleanOperator.AND));
                    if (!seesAll) {
                        root.add(f.match().field("reach").matching(viewer.scopePath()));
                    }
                    // 2022 art. 30 ¶3: never to the accused unit or a unit under it, as in casework
                    root.add(f.not(f.terms().field("accusedPath")
                            .matchingAny(MatterDocument.prefixes(List.of(viewer.unit().path())))));
                    if (q.state() != null) {
                        root.add(f.match().field("state").matching(q.state().name()));
                    }
                    if (q.channel() != null) {
                        root.add(f.match().field("channel").matching(q.channel().name()));
                    }
                    if (q.categories() != null && !q.categories().isEmpty()) {
                        root.add(f.terms().field("categoryId").matchingAny(q.categories()));
                    }
                    if (q.county() != null) {
                        root.add(f.match().field("place").matching(q.county()));
                    }
                    if (q.receivedFrom() != null || q.receivedTo() != null) {
                        root.add(f.range().field("receivedOn").between(q.receivedFrom(), q.receivedTo()));
                    }
                })
                .highlighter(h -> h.unified().tag(String.valueOf(START), String.valueOf(END))
                        .numberOfFragments(2))
                .sort(f -> switch (q.order() == null ? Order.RELEVANCE : q.order()) {
                    case RELEVANCE -> f.score().then().field("receivedOn").desc();
                    case NEWEST -> f.field("receivedOn").desc().then().score();
                    // the nearest deadline first; closed matters (no deadline) after the open ones
                    case DEADLINE -> f.field("dueOn").asc().missing().last().then().score();
                })
                .fetch(page * PAGE_SIZE, PAGE_SIZE);
        List<Row> rows = result.hits();
        Map<Long, Casework.Reach> reach = casework.reach(rows.stream().map(r -> r.doc().id()).toList(), viewer);
        List<Hit> hits = new ArrayList<>();
        for (Row r : rows) {
            Casework.Reach opens = reach.get(r.doc().id());
            if (opens == null || !opens.opens()) {
                continue;
            }
            MatterDocument d = r.doc();
            String title = r.title().isEmpty() ? d.title() : r.title().get(0);
            String passage = r.content().isEmpty() ? lead(d.content()) : String.join(" … ", r.content());
            hits.add(new Hit(d.id(), d.referenceNo(), html(title, viewer), html(passage, viewer),
                    MatterState.valueOf(d.state()), Channel.valueOf(d.channel()), d.receivedOn(), d.dueOn(), d.categoryId(),
                    opens.holder()));
        }
        long total = result.total().hitCount();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        return new Hits(hits, total, page, pages, (System.nanoTime() - start) / 1_000_000);
    }

    private record Row(MatterDocument doc, List<String> title, List<String> content) {
    }

    private static String lead(String content) {
        if (content == null) {
            return "";
        }
        return content.length() <= LEAD ? content : content.substring(0, LEAD) + "…";
    }

    /**
     * A marked text as HTML for {@code viewer}: masked as their role reads it (the markers taken out first and put back
     * where they stood, masking keeping every character's place), then escaped, the markers made {@code <mark>}.
     */
    static String html(String marked, StaffPrincipal viewer) {
        StringBuilder plain = new StringBuilder(marked.length());
        List<int[]> marks = new ArrayList<>();
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == END && i + 1 < marked.length() && marked.charAt(i + 1) == START) {
                i++; // adjacent hits (补偿|款) read as one marked run
            } else if (c == START || c == END) {
                marks.add(new int[]{plain.length(), c});
            } else {
                plain.append(c);
            }
        }
        String readable = viewer.readable(plain.toString());
        if (readable.length() != plain.length()) {
            // masking that changes lengths would misplace the marks: the text without them, never unmasked
            return HtmlUtils.htmlEscape(readable);
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int[] m : marks) {
            out.append(HtmlUtils.htmlEscape(readable.substring(at, m[0])));
            out.append(m[1] == START ? "<mark>" : "</mark>");
            at = m[0];
        }
        return out.append(HtmlUtils.htmlEscape(readable.substring(at))).toString();
    }

    /**
     * The words of a query without the phones and ID numbers in it, for roles that see them masked: otherwise such a
     * role could learn whether a number is in some matter's text by searching it.
     */
    static String withoutPersonalNumbers(String text) {
        return PersonalData.replaceNumbers(text, n -> PersonalData.digitsOf(n).length() >= 7 ? " " : n);
    }
}
