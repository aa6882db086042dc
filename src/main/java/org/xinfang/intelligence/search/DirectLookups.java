package org.xinfang.intelligence.search;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.xinfang.casework.Casework;
import org.xinfang.casework.MatterFilter;
import org.xinfang.casework.MatterSummary;
import org.xinfang.casework.PersonalDataLookups;
import org.xinfang.casework.SearchTerm;
import org.xinfang.platform.Pseudonyms;
import org.xinfang.territory.StaffPrincipal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The top bar's direct look-ups (直接查找): a reference number, a query code, an ID number or a phone finds its matters
 * through casework's own search ({@link SearchTerm}, the worklist's), within the viewer's scope, and every such look-up is
 * recorded here: who, from which unit, what kind, the value masked and as a keyed hash, how many matters it found.
 * A look-up by ID number or phone is also written to casework's audit of such look-ups ({@link PersonalDataLookups}),
 * the one the worklist writes, so "who looked this person up" is answered in one place wherever they searched.
 * Look-ups by ID number or phone stay refused to masked roles, as in the worklist ({@link PersonalDataLookups}).
 */
@Service
public class DirectLookups {

    private final Casework casework;
    private final PersonalDataLookups personalData;
    private final JdbcTemplate jdbc;
    private final Pseudonyms pseudonyms;
    private final Clock clock;

    DirectLookups(Casework casework, PersonalDataLookups personalData, JdbcTemplate jdbc, Pseudonyms pseudonyms, Clock clock) {
        this.casework = casework;
        this.personalData = personalData;
        this.jdbc = jdbc;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
    }

    /** What a direct look-up found: how many matters, and the one matter when it is exactly one. */
    public record Found(SearchTerm term, long count, Long onlyMatterId) {
    }

    /** The matters {@code typed} names directly, or empty when it is words (for the full-text search). */
    public Optional<Found> find(String typed, StaffPrincipal viewer) {
        Optional<SearchTerm> term = SearchTerm.of(typed).filter(t -> t.kind() != SearchTerm.Kind.TEXT);
        if (term.isEmpty()) {
            return Optional.empty();
        }
        SearchTerm t = term.get();
        try {
            personalData.requireAllowed(t, viewer);
        } catch (RuntimeException refused) {
            record(t, viewer, 0);
            personalData.record(t, viewer, 0);
            throw refused;
        }
        Casework.Page<MatterSummary> page = casework.summaries(MatterFilter.everything(0, 2).searching(t), viewer);
        record(t, viewer, page.total());
        personalData.record(t, viewer, page.total());
        return Optional.of(new Found(t, page.total(), page.total() == 1 ? page.items().get(0).id() : null));
    }

    /** One look-up in the audit, committed at once (no transaction around it): a refused one is kept too. */
    void record(SearchTerm term, StaffPrincipal viewer, long found) {
        jdbc.update("""
                insert into search_lookup (username, unit_id, kind, masked_value, value_hash, found, looked_up_at)
                values (?, ?, ?, ?, ?, ?, ?)""", viewer.getUsername(), viewer.unit().id(), term.kind().name(), masked(term),
                pseudonyms.of("search-lookup", term.value()), found, Timestamp.from(clock.instant()));
    }

    /** A query code is the petitioner's key to their matter (查询码): kept as its first two characters only. */
    static String masked(SearchTerm term) {
        return term.kind() == SearchTerm.Kind.QUERY_CODE
                ? term.value().substring(0, Math.min(2, term.value().length())) + "*".repeat(Math.max(0, term.value().length() - 2))
                : term.masked();
    }

    /** A recorded look-up, as the admin reads it. */
    public record Lookup(String username, Long unitId, String kind, String maskedValue, long found, Instant at) {
    }

    /** The latest look-ups, newest first. */
    public List<Lookup> latest(int limit) {
        return jdbc.query("select username, unit_id, kind, masked_value, found, looked_up_at from search_lookup"
                + " order by looked_up_at desc, id desc limit ?", (rs, i) -> new Lookup(rs.getString(1), rs.getLong(2),
                rs.getString(3), rs.getString(4), rs.getLong(5), rs.getTimestamp(6).toInstant()), limit);
    }
}
