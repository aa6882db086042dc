package org.xinfang.intelligence.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A matter as the full-text index (全文检索索引) holds it: a read-only row of the view {@code search_matter} over
 * casework's {@code matter} table (V57), so the text is stored once, in casework. Nothing writes it through JPA; the
 * index follows casework's events ({@link SearchFeed}) and the rebuild ({@link MatterIndex}).
 *
 * <p>Each text is indexed twice: as smartcn words (Chinese words, English words stemmed, numbers whole) for relevance
 * and highlighting, and as CJK character pairs with Latin words and numbers whole ({@link SearchAnalysis#GRAMS}), which
 * finds a name or a place that the word segmenter cuts differently from the typed words.
 */
@Entity
@Immutable
@Table(name = "search_matter")
@Indexed(index = MatterDocument.INDEX)
public class MatterDocument {

    static final String INDEX = "matter";

    @Id
    @DocumentId
    private Long id;

    @KeywordField(name = "referenceNo")
    @FullTextField(name = "referenceNo_grams", analyzer = SearchAnalysis.GRAMS)
    private String referenceNo;

    @FullTextField(analyzer = SearchAnalysis.WORDS, projectable = Projectable.YES,
            highlightable = {Highlightable.UNIFIED})
    @FullTextField(name = "title_grams", analyzer = SearchAnalysis.GRAMS)
    private String title;

    @FullTextField(analyzer = SearchAnalysis.WORDS, projectable = Projectable.YES,
            highlightable = {Highlightable.UNIFIED})
    @FullTextField(name = "content_grams", analyzer = SearchAnalysis.GRAMS)
    private String content;

    @GenericField
    private Long categoryId;

    private String placePath;

    @KeywordField
    private String state;

    @KeywordField
    private String channel;

    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    private LocalDate receivedOn;

    /** The matter's current deadline (its stage's), none once it is closed: the deadline order. */
    @GenericField(sortable = Sortable.YES)
    private LocalDate dueOn;

    @GenericField
    private Long responsibleUnitId;

    @KeywordField(name = "accusedPath")
    @Column(name = "accused_unit_path")
    private String accusedUnitPath;

    @Column(name = "reach_paths", columnDefinition = "text")
    private String reachPaths;

    protected MatterDocument() {
    }

    public Long id() {
        return id;
    }

    public String referenceNo() {
        return referenceNo;
    }

    public String title() {
        return title;
    }

    public String content() {
        return content;
    }

    public Long categoryId() {
        return categoryId;
    }

    public String state() {
        return state;
    }

    public String channel() {
        return channel;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Long responsibleUnitId() {
        return responsibleUnitId;
    }

    /** The place's path and each of its ancestors' ("/1/", "/1/4/", "/1/4/17/"): a county filter is one term. */
    @KeywordField(name = "place")
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public List<String> getPlacePrefixes() {
        return prefixes(placePath == null ? List.of() : List.of(placePath));
    }

    /**
     * Every scope from which casework shows the matter (its visibility condition, V57's {@code reach_paths}): each path
     * and its ancestors, so that "the viewer's scope covers one of them" is one term.
     */
    @KeywordField(name = "reach")
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public List<String> getReach() {
        return prefixes(reachPaths == null || reachPaths.isBlank() ? List.of() : List.of(reachPaths.strip().split(" +")));
    }

    /** Each path of {@code paths} ("/1/4/17/") with its ancestors, once. */
    static List<String> prefixes(List<String> paths) {
        Set<String> out = new LinkedHashSet<>();
        for (String p : paths) {
            for (int i = p.indexOf('/', 1); i > 0; i = p.indexOf('/', i + 1)) {
                out.add(p.substring(0, i + 1));
            }
        }
        return new ArrayList<>(out);
    }
}
