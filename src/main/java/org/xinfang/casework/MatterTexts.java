package org.xinfang.casework;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The words of matters (事项文本), for the models and indexes that learn from a city's own history (the category model,
 * the similar-matters index): title, content and category as filed, the place's path, the petitioner as an id, never a
 * name. The content may hold personal data as the petitioner wrote it: a reader keeps it in memory only, to learn from
 * or to compare with, and shows none of it; access is the caller's to check ({@link Casework#reach}).
 */
@Service
public class MatterTexts {

    /**
     * @param categoryCode   the category filed (second level, e.g. LABOUR.WAGE_ARREARS)
     * @param firstLevelCode its first-level category (LABOUR)
     */
    public record Text(Long matterId, LocalDate receivedOn, String categoryCode, String firstLevelCode, String title,
                       String content) {

        @Override
        public String toString() {
            return "Text[" + matterId + "]";
        }
    }

    /** One matter's words for an index, with where it arose ({@code placePath}) and who filed it. */
    public record Entry(long matterId, String title, String content, String placePath, long petitionerId) {

        @Override
        public String toString() {
            return "Entry[" + matterId + "]";
        }
    }

    /** What a list of similar matters names of a matter: the title is as filed, to be masked for its viewer. */
    public record Head(long matterId, String referenceNo, String title, MatterState state) {
    }

    private static final String ENTRY = "select m.id, m.title, m.content, m.place_path, m.petitioner_id from matter m ";

    private final NamedParameterJdbcTemplate jdbc;

    MatterTexts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The texts of the {@code limit} matters received last (a model learns today's wording first). */
    @Transactional(readOnly = true)
    public List<Text> latest(int limit) {
        return jdbc.query("""
                select m.id, m.received_on, c.code, coalesce(p.code, c.code) first_level, m.title, m.content
                from matter m join category c on c.id = m.category_id left join category p on p.id = c.parent_id
                order by m.received_on desc, m.id desc limit :limit""", new MapSqlParameterSource("limit", limit),
                (rs, i) -> new Text(rs.getLong("id"), rs.getObject("received_on", LocalDate.class), rs.getString("code"),
                        rs.getString("first_level"), rs.getString("title"), rs.getString("content")));
    }

    /**
     * A page of entries: the {@code limit} matters with the highest ids below {@code beforeId}, newest first, merged
     * duplicates left out (an index reads them all page by page from {@code Long.MAX_VALUE} down).
     */
    @Transactional(readOnly = true)
    public List<Entry> before(long beforeId, int limit) {
        return jdbc.query(ENTRY + "where m.id < :before and m.state <> 'MERGED' order by m.id desc limit :limit",
                new MapSqlParameterSource("before", beforeId).addValue("limit", limit), (rs, i) -> entry(rs));
    }

    /** The entries of the matters with these ids. */
    @Transactional(readOnly = true)
    public List<Entry> of(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query(ENTRY + "where m.id = any(:ids) order by m.id", ids(ids), (rs, i) -> entry(rs));
    }

    /** The reference number, title and state of these matters, in no particular order. */
    @Transactional(readOnly = true)
    public List<Head> heads(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select m.id, m.reference_no, m.title, m.state from matter m where m.id = any(:ids)", ids(ids),
                (rs, i) -> new Head(rs.getLong(1), rs.getString(2), rs.getString(3), MatterState.valueOf(rs.getString(4))));
    }

    private static MapSqlParameterSource ids(Collection<Long> ids) {
        return new MapSqlParameterSource("ids", new SqlParameterValue(Types.ARRAY, ids.toArray(new Long[0])));
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        return new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5));
    }
}
