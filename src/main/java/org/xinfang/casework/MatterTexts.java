package org.xinfang.casework;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.intake.Channel;

import java.time.LocalDate;
import java.util.List;

/**
 * The words of matters in bulk, for the analyses that read what people wrote: the category model that learns from a
 * city's own history, the hot-spot topics and the early warnings. Title, content, category, place, day, the petitioner
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
}
