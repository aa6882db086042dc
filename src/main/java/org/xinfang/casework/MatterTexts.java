package org.xinfang.casework;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.intake.Channel;

import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The words of matters in bulk, for the analyses that read what people wrote: the category model that learns from a
 * city's own history, the similar-matters index, the hot-spot topics and the early warnings. Title, content, category, place, day, the petitioner
 * as an id only, the persons and the channel; never a name, a phone or an address. The content is as written and may
 * hold personal data: a caller keeps it in memory to learn from, or shows it masked for its viewer
 * ({@link org.xinfang.territory.StaffPrincipal#readable}).
 */
@Service
public class MatterTexts {

    /**
     * @param categoryCode   the category filed (second level, e.g. LABOUR.WAGE_ARREARS)
     * @param firstLevelCode its first-level category (LABOUR)
     * @param placePath      the path of the place the matter arose at (a village, a township, a county)
     */
    public record Text(Long matterId, String referenceNo, String title, String content, String categoryCode,
                       String firstLevelCode, Long placeUnitId, String placePath, LocalDate receivedOn,
                       Long petitionerId, int persons, Channel channel) {

        @Override
        public String toString() {
            return "Text[" + matterId + "]";
        }
    }

    private static final String SELECT = """
            select m.id, m.reference_no, m.title, m.content, c.code category, coalesce(p.code, c.code) first_level,
                   m.place_unit_id, m.place_path, m.received_on, m.petitioner_id, m.persons, m.channel
            from matter m join category c on c.id = m.category_id left join category p on p.id = c.parent_id
            """;

    private static final RowMapper<Text> TEXT = (rs, i) -> new Text(rs.getLong(1), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getString(6), rs.getLong(7), rs.getString(8),
            rs.getObject(9, LocalDate.class), rs.getLong(10), rs.getInt(11), Channel.valueOf(rs.getString(12)));

    /** What a list of similar matters names of a matter: the title is as filed, to be masked for its viewer. */
    public record Head(long matterId, String referenceNo, String title, MatterState state) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    MatterTexts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The matters that arose under {@code placePath} (a place's path; "" for everywhere) and were received from
     * {@code from} to {@code to}, both included, in the order received; an accusation is left out for a viewer in the
     * unit it accuses ({@code viewerUnitPath}; 2022 art. 30 ¶3), as the worklist leaves it out. Merged duplicates are
     * left out: they are counted in the matter they were merged into.
     */
    @Transactional(readOnly = true)
    public List<Text> receivedUnder(String placePath, String viewerUnitPath, LocalDate from, LocalDate to) {
        return jdbc.query(SELECT + """
                where m.received_on between :from and :to and m.place_path like :place || '%' and m.state <> 'MERGED'
                  and (m.accused_unit_path is null or not starts_with(:viewer, m.accused_unit_path))
                order by m.received_on, m.id""", new MapSqlParameterSource("from", from).addValue("to", to)
                .addValue("place", placePath).addValue("viewer", viewerUnitPath), TEXT);
    }

    /** The texts of the {@code limit} matters received last (a model learns today's wording first). */
    @Transactional(readOnly = true)
    public List<Text> latest(int limit) {
        return jdbc.query(SELECT + "order by m.received_on desc, m.id desc limit :limit",
                new MapSqlParameterSource("limit", limit), TEXT);
    }

    /**
     * A page of texts: the {@code limit} matters with the highest ids below {@code beforeId}, newest first, merged
     * duplicates left out (an index reads them all page by page from {@code Long.MAX_VALUE} down).
     */
    @Transactional(readOnly = true)
    public List<Text> before(long beforeId, int limit) {
        return jdbc.query(SELECT + "where m.id < :before and m.state <> 'MERGED' order by m.id desc limit :limit",
                new MapSqlParameterSource("before", beforeId).addValue("limit", limit), TEXT);
    }

    /** The texts of the matters with these ids. */
    @Transactional(readOnly = true)
    public List<Text> of(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query(SELECT + "where m.id = any(:ids) order by m.id", ids(ids), TEXT);
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

}
