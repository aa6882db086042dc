package org.xinfang.casework;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.platform.PersonalData;
import org.xinfang.territory.StaffPrincipal;

import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Casework's side of the petition office's callback (回访, coordination's register): the answered matters still
 * awaiting the petitioner's rating, each with the phone the petitioner gave on it as the caller may read it, and the
 * rating the petitioner gives on the phone, recorded as the matter's evaluation through its own transition
 * ({@link MatterCommand.Evaluation}) in the caller's name. Matters are those the caller may record an evaluation on:
 * held or received in their scope ({@link MatterAction#RECORD_EVALUATION}).
 */
@Service
public class RatingCallbacks {

    /**
     * The comment of an evaluation taken on a callback: the matter's record says the rating was given on the phone, to
     * the member of staff its timeline names. The caller's own note stays with the callback (it is staff's, and the
     * petitioner reads the comment on the portal).
     */
    public static final String BY_PHONE = "电话回访";

    /**
     * An answered matter as the callback list shows it.
     *
     * @param phone the phone the petitioner gave on the matter, masked unless the caller sees personal data; null if none
     */
    public record Answered(Long matterId, String referenceNo, String title, MatterState state, LocalDate repliedOn,
                           LocalDate ratingDueOn, Satisfaction satisfaction, String phone) {
    }

    /**
     * An answered matter's rating as it stands, for bringing in the calls that took it with imported matters (the demo
     * city): who registered it (the office that calls back), and whether its rating was given on a callback.
     */
    public record AnsweredHistory(Long matterId, String registeredBy, LocalDate repliedOn, MatterState state,
                                  Satisfaction satisfaction, LocalDate evaluatedOn, boolean ratedByPhone) {
    }

    private static final String SELECT = """
            select m.id, m.reference_no, m.title, m.state, m.replied_on, m.rating_due_on, m.satisfaction, c.phone
              from matter m left join matter_contact c on c.matter_id = m.id and c.petitioner_id = m.petitioner_id
             where (m.responsible_path like :scope || '%' or m.receiving_path like :scope || '%')""";

    private final NamedParameterJdbcTemplate jdbc;
    private final Casework casework;

    RatingCallbacks(NamedParameterJdbcTemplate jdbc, Casework casework) {
        this.jdbc = jdbc;
        this.casework = casework;
    }

    /**
     * The viewer's answered matters not rated yet (已答复): answered on or before {@code repliedBy}, the rating window
     * still open on {@code today}; the earliest answered first.
     */
    @Transactional(readOnly = true)
    public List<Answered> awaitingRating(StaffPrincipal viewer, LocalDate repliedBy, LocalDate today) {
        return jdbc.query(SELECT + """
                         and m.state = 'REPLIED' and m.satisfaction is null and m.replied_on <= :repliedBy
                         and (m.rating_due_on is null or m.rating_due_on >= :today)
                       order by m.replied_on, m.id""",
                new MapSqlParameterSource("scope", viewer.scopePath()).addValue("repliedBy", repliedBy)
                        .addValue("today", today), row(viewer));
    }

    /** Those of the matters {@code matterIds} in the viewer's scope, as they stand now. */
    @Transactional(readOnly = true)
    public List<Answered> of(StaffPrincipal viewer, Collection<Long> matterIds) {
        if (matterIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(SELECT + " and m.id = any(:ids)", new MapSqlParameterSource("scope", viewer.scopePath())
                .addValue("ids", new SqlParameterValue(Types.ARRAY, matterIds.toArray(new Long[0]))), row(viewer));
    }

    /**
     * The rating the petitioner gave on the phone, as the matter's evaluation by {@code by} ({@link #BY_PHONE}), at the
     * version the matter has now: the caller serialises the callbacks of a matter, and a concurrent change by anyone
     * else (the petitioner rating online) still fails this one as stale.
     */
    @Transactional
    public void recordRating(Long matterId, Satisfaction rating, StaffPrincipal by) {
        casework.act(matterId, new MatterCommand.Evaluation(casework.get(matterId, by).version(), rating, BY_PHONE), by);
    }

    /** Every answered matter (with an opinion), for an importer. */
    @Transactional(readOnly = true)
    public List<AnsweredHistory> answeredHistory() {
        return jdbc.query("""
                select id, registered_by, replied_on, state, satisfaction, evaluated_on, evaluation_comment = :byPhone by_phone
                  from matter where replied_on is not null order by id""", new MapSqlParameterSource("byPhone", BY_PHONE),
                (rs, i) -> new AnsweredHistory(rs.getLong("id"), rs.getString("registered_by"),
                        rs.getObject("replied_on", LocalDate.class), MatterState.valueOf(rs.getString("state")),
                        rs.getString("satisfaction") == null ? null : Satisfaction.valueOf(rs.getString("satisfaction")),
                        rs.getObject("evaluated_on", LocalDate.class), rs.getBoolean("by_phone")));
    }

    private static RowMapper<Answered> row(StaffPrincipal viewer) {
        return (rs, i) -> {
            String phone = rs.getString("phone");
            String satisfaction = rs.getString("satisfaction");
            return new Answered(rs.getLong("id"), rs.getString("reference_no"), viewer.readable(rs.getString("title")),
                    MatterState.valueOf(rs.getString("state")), rs.getObject("replied_on", LocalDate.class),
                    rs.getObject("rating_due_on", LocalDate.class),
                    satisfaction == null ? null : Satisfaction.valueOf(satisfaction),
                    phone == null || viewer.seesPersonalData() ? phone : PersonalData.maskPhone(phone));
        };
    }
}
