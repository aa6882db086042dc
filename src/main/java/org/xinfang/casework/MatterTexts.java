package org.xinfang.casework;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.intake.Channel;

import java.time.LocalDate;
import java.util.List;

/**
 * The texts of the matters received in a stretch of days in an area, in bulk, for the analyses that read what people
 * wrote (the intelligence module's hot-spot topics and early warnings): title, content, category, place, day, the
 * petitioner as an id only, the persons and the channel. Never a name, a phone or an address; the text is as written,
 * so a caller shows it masked for its viewer ({@link org.xinfang.territory.StaffPrincipal#readable}).
 */
@Service
public class MatterTexts {

    /**
     * @param categoryCode the second-level category's code (e.g. URBAN.DEMOLITION)
     * @param placePath    the path of the place the matter arose at (a village, a township, a county)
     */
    public record Text(Long matterId, String referenceNo, String title, String content, String categoryCode,
                       Long placeUnitId, String placePath, LocalDate receivedOn, Long petitionerId, int persons,
                       Channel channel) {

        @Override
        public String toString() {
            return "Text[" + matterId + "]";
        }
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
        return jdbc.query("""
                select m.id, m.reference_no, m.title, m.content, c.code category, m.place_unit_id, m.place_path,
                       m.received_on, m.petitioner_id, m.persons, m.channel
                from matter m join category c on c.id = m.category_id
                where m.received_on between :from and :to and m.place_path like :place || '%' and m.state <> 'MERGED'
                  and (m.accused_unit_path is null or not starts_with(:viewer, m.accused_unit_path))
                order by m.received_on, m.id""", new MapSqlParameterSource("from", from).addValue("to", to)
                .addValue("place", placePath).addValue("viewer", viewerUnitPath), (rs, i) -> new Text(rs.getLong(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7),
                rs.getObject(8, LocalDate.class), rs.getLong(9), rs.getInt(10), Channel.valueOf(rs.getString(11))));
    }
}
