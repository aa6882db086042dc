package org.xinfang.casework;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.xinfang.statute.HandlingType;

import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A few facts of matters for the registers other modules keep about them (the backlog register): the number, the
 * title, where the matter stands and who holds it, its category and its type. Never a petitioner's details (but the
 * name as {@link #disputes} gives it); access is the caller's to check ({@link Casework#count} with the ids).
 */
@Service
public class MatterFacts {

    /**
     * @param categoryCode the category's code (e.g. LABOUR.WAGE_ARREARS)
     * @param handlingType 申诉求决类, 建议意见类 or 检举控告类, decided at acceptance; null before
     */
    public record Facts(Long matterId, String referenceNo, String title, MatterState state, LocalDate receivedOn,
                        LocalDate dueOn, String holderPath, String categoryCode, HandlingType handlingType) {
    }

    static final String COLUMNS = "select m.id, m.reference_no, m.title, m.state, m.received_on, m.due_on,"
            + " m.responsible_path, m.handling_type, (select c.code from category c where c.id = m.category_id) category"
            + " from matter m";

    static final RowMapper<Facts> ROW = (rs, i) -> new Facts(rs.getLong("id"), rs.getString("reference_no"),
            rs.getString("title"), MatterState.valueOf(rs.getString("state")), rs.getObject("received_on", LocalDate.class),
            rs.getObject("due_on", LocalDate.class), rs.getString("responsible_path"), rs.getString("category"),
            rs.getString("handling_type") == null ? null : HandlingType.valueOf(rs.getString("handling_type")));

    /**
     * What a matter's dispute is, for a record drawn up between its parties (a mediation agreement): the petitioner's
     * name, null on an anonymous matter (withheld from every module: only the office that received it knows who wrote),
     * and the matter's content as written.
     */
    public record Dispute(Long matterId, String petitionerName, String content) {

        @Override
        public String toString() {
            return "Dispute[" + matterId + "]";
        }
    }

    /** The dispute of each of the matters {@code matterIds}, by id; access is the caller's to check. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Dispute> disputes(Collection<Long> matterIds) {
        java.util.Map<Long, Dispute> found = new java.util.HashMap<>();
        if (matterIds.isEmpty()) {
            return found;
        }
        jdbc.query("select m.id, case when m.anonymous then null else p.name end name, m.content from matter m"
                + " join petitioner p on p.id = m.petitioner_id where m.id = any(:ids)", new MapSqlParameterSource("ids",
                new SqlParameterValue(Types.ARRAY, matterIds.toArray(new Long[0]))), rs -> {
            found.put(rs.getLong(1), new Dispute(rs.getLong(1), rs.getString(2), rs.getString(3)));
        });
        return found;
    }

    private final NamedParameterJdbcTemplate jdbc;

    MatterFacts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<Facts> of(Long matterId) {
        return jdbc.query(COLUMNS + " where m.id = :id", new MapSqlParameterSource("id", matterId), ROW).stream().findFirst();
    }

    /** The matter numbered {@code referenceNo} (as printed, any case). */
    @Transactional(readOnly = true)
    public Optional<Facts> byReference(String referenceNo) {
        return jdbc.query(COLUMNS + " where m.reference_no = upper(:ref)", new MapSqlParameterSource("ref", referenceNo.strip()),
                ROW).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public List<Facts> of(Collection<Long> matterIds) {
        return under("", matterIds);
    }

    /** The matters still open whose current step falls due on {@code day} (the reminders of deadlines to come). */
    @Transactional(readOnly = true)
    public List<Facts> openDueOn(LocalDate day) {
        return jdbc.query(COLUMNS + " where m.due_on = :day and m.state not in ('NOT_ACCEPTED', 'CLOSED', 'FINAL', 'GUIDED_OUT',"
                + " 'MERGED') order by m.id", new MapSqlParameterSource("day", day), ROW);
    }

    /** Every matter now in one of {@code states} (the demo city draws its registers from them), by id. */
    @Transactional(readOnly = true)
    public List<Facts> inStates(Collection<MatterState> states) {
        return jdbc.query(COLUMNS + " where m.state = any(:states) order by m.id", new MapSqlParameterSource("states",
                new SqlParameterValue(Types.ARRAY, states.stream().map(Enum::name).toArray(String[]::new))), ROW);
    }

    /**
     * Where a matter stands in review (复查) and re-review (复核), for the committees that work on it (the review
     * module): the version it is at (for the commands they give through {@link Casework#act}), the unit whose opinion is
     * reviewed, the reviewing bodies, the requests' days and deadlines, the hearing days and the outcomes.
     */
    public record Review(Long matterId, int version, String referenceNo, String title, MatterState state,
                         Long leadUnitId, Long reviewUnitId, LocalDate reviewRequestedOn, LocalDate reviewDueOn,
                         LocalDate reviewedOn, ReviewOutcome reviewOutcome, Long reReviewUnitId,
                         LocalDate reReviewRequestedOn, LocalDate reReviewDueOn, int hearingDays, LocalDate reReviewedOn,
                         ReviewOutcome reReviewOutcome, LocalDate finalOn) {
    }

    private static final String REVIEW_COLUMNS = "select id, version, reference_no, title, state, lead_unit_id,"
            + " review_unit_id, review_requested_on, review_due_on, reviewed_on, review_outcome, rereview_unit_id,"
            + " rereview_requested_on, rereview_due_on, coalesce(hearing_days, 0) hearing_days, rereviewed_on,"
            + " rereview_outcome, final_on from matter";

    private static final RowMapper<Review> REVIEW = (rs, i) -> new Review(rs.getLong("id"), rs.getInt("version"),
            rs.getString("reference_no"), rs.getString("title"), MatterState.valueOf(rs.getString("state")),
            (Long) rs.getObject("lead_unit_id"), (Long) rs.getObject("review_unit_id"),
            rs.getObject("review_requested_on", LocalDate.class), rs.getObject("review_due_on", LocalDate.class),
            rs.getObject("reviewed_on", LocalDate.class), outcome(rs.getString("review_outcome")),
            (Long) rs.getObject("rereview_unit_id"), rs.getObject("rereview_requested_on", LocalDate.class),
            rs.getObject("rereview_due_on", LocalDate.class), rs.getInt("hearing_days"),
            rs.getObject("rereviewed_on", LocalDate.class), outcome(rs.getString("rereview_outcome")),
            rs.getObject("final_on", LocalDate.class));

    private static ReviewOutcome outcome(String name) {
        return name == null ? null : ReviewOutcome.valueOf(name);
    }

    /** The review facts of one matter; access is the caller's to check. */
    @Transactional(readOnly = true)
    public Optional<Review> review(Long matterId) {
        return jdbc.query(REVIEW_COLUMNS + " where id = :id", new MapSqlParameterSource("id", matterId), REVIEW)
                .stream().findFirst();
    }

    /** The review facts of every matter now in one of {@code states} (the demo city's committees), by id. */
    @Transactional(readOnly = true)
    public List<Review> reviewsIn(Collection<MatterState> states) {
        return jdbc.query(REVIEW_COLUMNS + " where state = any(:states) order by id", new MapSqlParameterSource("states",
                new SqlParameterValue(Types.ARRAY, states.stream().map(Enum::name).toArray(String[]::new))), REVIEW);
    }

    /**
     * Which of the matters {@code matterIds} are collective visits (集体访: a visit of
     * {@link org.xinfang.statute.Statute#COLLECTIVE_VISIT_MIN_PERSONS} or more persons), as the worklist's flag reads it.
     */
    @Transactional(readOnly = true)
    public java.util.Set<Long> collectiveVisits(Collection<Long> matterIds) {
        if (matterIds.isEmpty()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(jdbc.queryForList("select id from matter where id = any(:ids) and channel = 'VISIT'"
                + " and persons >= :min", new MapSqlParameterSource("ids", new SqlParameterValue(Types.ARRAY,
                matterIds.toArray(new Long[0]))).addValue("min", org.xinfang.statute.Statute.COLLECTIVE_VISIT_MIN_PERSONS),
                Long.class));
    }

    /**
     * A matter's petitioner (信访人) and since when they have petitioned: the earliest day one of their matters was
     * received, or the earlier day the registers before this system recorded. The name only, never their other details
     * (the relief fund names who it pays, and counts its long-term petitioners).
     */
    public record Petitioning(Long matterId, Long petitionerId, String petitioner, LocalDate since) {
    }

    /** The petitioning of each of the matters {@code matterIds}; access is the caller's to check. */
    @Transactional(readOnly = true)
    public List<Petitioning> petitioning(Collection<Long> matterIds) {
        if (matterIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                select m.id, m.petitioner_id, p.name,
                       least(p.petitioning_since, (select min(o.received_on) from matter o where o.petitioner_id = m.petitioner_id)) since
                from matter m join petitioner p on p.id = m.petitioner_id where m.id = any(:ids) order by m.id""",
                new MapSqlParameterSource("ids", new SqlParameterValue(Types.ARRAY, matterIds.toArray(new Long[0]))),
                (rs, i) -> new Petitioning(rs.getLong("id"), rs.getLong("petitioner_id"), rs.getString("name"),
                        rs.getObject("since", LocalDate.class)));
    }

    /**
     * What the indicators count of a matter (the insight module keeps them as its own facts, fed from the events): where
     * and when it arose and how (channel, persons), the flags the national system counts (repeat, leap-level, first
     * petition anywhere), its type and category, and the days its steps were due and taken. {@code eventSeq} is the
     * matter's latest timeline entry, so a reader can tell a newer reading from an older one. Numbers and days only:
     * no person, no text.
     *
     * @param acceptanceDueOn the body in charge's last day to decide acceptance, null unless the matter was passed to it
     * @param handlingDueOn   the last day for the handling opinion, an approved extension included; null without that clock
     * @param concludedOn     the day it was closed, once the petition office verified the closure (审核认定办结)
     * @param responsibleUnitId the body holding the matter now (the body in charge once it was passed on), and
     *                          {@code responsiblePath} its path: the unit a ranking of departments or an overdue count
     *                          charges it to
     * @param routingKind     how the receiving office passed it on (转送 or 交办); null while it was not
     * @param accusedUnitId   the unit an accusation names, when it is one of the territory's; null otherwise
     */
    public record IndicatorFacts(Long matterId, int eventSeq, LocalDate receivedOn, Long placeUnitId, String placePath,
                                 org.xinfang.intake.Channel channel, int persons, Long repeatOfId, boolean leapLevel,
                                 boolean firstAnywhere, HandlingType handlingType, String categoryCode, MatterState state,
                                 LocalDate acceptanceDueOn, LocalDate decidedOn, AcceptanceOutcome acceptanceOutcome,
                                 LocalDate handlingDueOn, LocalDate repliedOn, Satisfaction satisfaction,
                                 LocalDate ratingDueOn, LocalDate concludedOn, Long responsibleUnitId,
                                 String responsiblePath, RoutingKind routingKind, Long accusedUnitId) {
    }

    private static final String INDICATOR_COLUMNS = """
            select m.id, m.event_seq, m.received_on, m.place_unit_id, m.place_path, m.channel, m.persons, m.repeat_of_id,
                   m.leap_level, m.first_anywhere, m.handling_type, c.code category, m.state, m.acceptance_due_on,
                   m.decided_on, m.acceptance_outcome, m.handling_due_on, m.replied_on, m.satisfaction, m.rating_due_on,
                   case when m.closure_verified_on is not null then m.closed_on end concluded_on,
                   m.responsible_unit_id, m.responsible_path, m.routing_kind, m.accused_unit_id
            from matter m join category c on c.id = m.category_id""";

    private static final RowMapper<IndicatorFacts> INDICATOR_ROW = (rs, i) -> new IndicatorFacts(rs.getLong("id"),
            rs.getInt("event_seq"), rs.getObject("received_on", LocalDate.class), rs.getLong("place_unit_id"),
            rs.getString("place_path"), org.xinfang.intake.Channel.valueOf(rs.getString("channel")), rs.getInt("persons"),
            (Long) rs.getObject("repeat_of_id"), rs.getBoolean("leap_level"), rs.getBoolean("first_anywhere"),
            rs.getString("handling_type") == null ? null : HandlingType.valueOf(rs.getString("handling_type")),
            rs.getString("category"), MatterState.valueOf(rs.getString("state")),
            rs.getObject("acceptance_due_on", LocalDate.class), rs.getObject("decided_on", LocalDate.class),
            rs.getString("acceptance_outcome") == null ? null : AcceptanceOutcome.valueOf(rs.getString("acceptance_outcome")),
            rs.getObject("handling_due_on", LocalDate.class), rs.getObject("replied_on", LocalDate.class),
            rs.getString("satisfaction") == null ? null : Satisfaction.valueOf(rs.getString("satisfaction")),
            rs.getObject("rating_due_on", LocalDate.class), rs.getObject("concluded_on", LocalDate.class),
            rs.getLong("responsible_unit_id"), rs.getString("responsible_path"),
            rs.getString("routing_kind") == null ? null : RoutingKind.valueOf(rs.getString("routing_kind")),
            (Long) rs.getObject("accused_unit_id"));

    /** The indicator facts of those of the matters {@code matterIds} that exist. */
    @Transactional(readOnly = true)
    public List<IndicatorFacts> forIndicators(Collection<Long> matterIds) {
        if (matterIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(INDICATOR_COLUMNS + " where m.id = any(:ids)", new MapSqlParameterSource("ids",
                new SqlParameterValue(Types.ARRAY, matterIds.toArray(new Long[0]))), INDICATOR_ROW);
    }

    /** The indicator facts of the first {@code limit} matters with an id above {@code afterId}, in id order (every matter, page by page). */
    @Transactional(readOnly = true)
    public List<IndicatorFacts> forIndicatorsAfter(long afterId, int limit) {
        return jdbc.query(INDICATOR_COLUMNS + " where m.id > :after order by m.id limit :limit",
                new MapSqlParameterSource("after", afterId).addValue("limit", limit), INDICATOR_ROW);
    }

    /** Those of the matters {@code matterIds} held under {@code scopePath} (a place's path; "" for everywhere). */
    @Transactional(readOnly = true)
    public List<Facts> under(String scopePath, Collection<Long> matterIds) {
        if (matterIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(COLUMNS + " where m.id = any(:ids) and m.responsible_path like :scope || '%'",
                new MapSqlParameterSource("ids", new SqlParameterValue(Types.ARRAY, matterIds.toArray(new Long[0])))
                        .addValue("scope", scopePath), ROW);
    }
}
