package org.xinfang.casework;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Types;
import java.util.Collection;
import java.util.List;

/**
 * The words of every matter page by page (文本分页), for an index another module keeps in memory (the intelligence
 * module's similar matters): title and content as filed, the place's path and the petitioner as an id, never a name.
 * Access is the caller's to check before it shows anything of a matter ({@link Casework#reach}).
 */
@Service
public class MatterTextPages {

    /** One matter's words; {@code placePath} is the path of the place it arose at. */
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

    MatterTextPages(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The {@code limit} matters with the highest ids below {@code beforeId} (newest first), merged duplicates left out. */
    @Transactional(readOnly = true)
    public List<Entry> before(long beforeId, int limit) {
        return jdbc.query(ENTRY + "where m.id < :before and m.state <> 'MERGED' order by m.id desc limit :limit",
                new MapSqlParameterSource("before", beforeId).addValue("limit", limit), (rs, i) -> entry(rs));
    }

    /** The matters with these ids. */
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

    private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5));
    }
}
