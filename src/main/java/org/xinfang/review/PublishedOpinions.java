package org.xinfang.review;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.casework.ReviewOutcome;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The re-review opinions given after a hearing and published (向社会公示, 2022 art. 36 ¶2), for the public portal's
 * "four public" pages: the text as masked when it was published, the re-reviewing body, the hearing's day. Nothing
 * here names a person.
 */
@Service
public class PublishedOpinions {

    private final NamedParameterJdbcTemplate jdbc;
    private final Territory territory;

    PublishedOpinions(NamedParameterJdbcTemplate jdbc, Territory territory) {
        this.jdbc = jdbc;
        this.territory = territory;
    }

    public record Published(String referenceNo, ReviewOutcome outcome, String text, UnitView body, LocalDate hearingOn,
                            LocalDate publishedOn) {
    }

    public record Listing(List<Published> items, int page, int size, long total) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** The published opinions, newest first. */
    @Transactional(readOnly = true)
    public Listing list(int page, int size) {
        long total = jdbc.queryForObject("select count(*) from review_publication", new MapSqlParameterSource(), Long.class);
        return new Listing(jdbc.query("select * from review_publication order by published_on desc, review_case_id desc"
                + " limit :limit offset :offset", new MapSqlParameterSource("limit", size)
                .addValue("offset", (long) page * size), row()), page, size, total);
    }

    /** The published re-review opinion of the matter numbered {@code referenceNo}, if there is one. */
    @Transactional(readOnly = true)
    public Optional<Published> of(String referenceNo) {
        return jdbc.query("select * from review_publication where reference_no = upper(:ref)",
                new MapSqlParameterSource("ref", referenceNo.strip()), row()).stream().findFirst();
    }

    private RowMapper<Published> row() {
        return (rs, i) -> new Published(rs.getString("reference_no"), ReviewOutcome.valueOf(rs.getString("outcome")),
                rs.getString("masked_text"), territory.require(rs.getLong("reviewing_unit_id")),
                rs.getObject("hearing_on", LocalDate.class), rs.getObject("published_on", LocalDate.class));
    }
}
