package org.xinfang.casework;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.statute.HandlingType;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Counts of matters for other modules' figures (the public statistics): numbers only, no matter, no person. Casework
 * says what counts as received, on time or satisfied, as it keeps the dates; the figures built from them are not its.
 */
@Service
public class MatterCounts {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    MatterCounts(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The matters received on one day, and how many of them online. */
    public record DailyIntake(LocalDate day, long received, long online) {
    }

    /**
     * What became of the matters received in a period that arose in one place. On time: opinions given within the
     * handling limit, out of the opinions given plus the matters past their limit without one ({@code dueOrDone}).
     * Satisfied: satisfied or basically satisfied, out of the ratings given (of the handling body). Not rated in time
     * ({@code lapsed}, 超期未评价): an opinion, no rating, the rating window closed; these are not ratings, so neither
     * in {@code satisfied} nor in {@code rated}. The petition office's own work has its ratings apart
     * ({@code officeSatisfied} of {@code officeRated}). Concluded: closed and verified by the petition office
     * (审核认定办结); a closure awaiting verification ({@code closedUnverified}) is not concluded.
     */
    public record PlaceOutcomes(Long placeUnitId, long received, long onTime, long dueOrDone, long satisfied, long rated,
                                long lapsed, long officeSatisfied, long officeRated, long concluded,
                                long closedUnverified) {
    }

    /** The matters received in {@code [from, until)} that arose under {@code placePath} (everywhere when null), per day. */
    @Transactional(readOnly = true)
    public List<DailyIntake> intake(LocalDate from, LocalDate until, String placePath) {
        MapSqlParameterSource p = new MapSqlParameterSource("from", from).addValue("until", until)
                .addValue("area", placePath == null ? "/%" : placePath + "%");
        // Counted per day, for the caller to add up: extract() yields numeric (PostgreSQL 14+), and computing two of
        // them per row doubled this query's time on the demo data (25,000 matters a year).
        return jdbc.query("""
                select received_on, count(*) n, count(*) filter (where channel = 'ONLINE') online
                from matter where received_on >= :from and received_on < :until and place_path like :area
                group by received_on""", p, (rs, i) -> new DailyIntake(rs.getObject("received_on", LocalDate.class),
                rs.getLong("n"), rs.getLong("online")));
    }

    /** What became of the matters received in {@code [from, until)}, per place they arose in; "past its limit" as of today. */
    @Transactional(readOnly = true)
    public List<PlaceOutcomes> outcomes(LocalDate from, LocalDate until) {
        MapSqlParameterSource p = new MapSqlParameterSource("from", from).addValue("until", until)
                .addValue("today", LocalDate.now(clock));
        return jdbc.query("""
                select place_unit_id, count(*) received,
                       count(*) filter (where replied_on is not null and replied_on <= handling_due_on) on_time,
                       count(*) filter (where replied_on is not null
                                           or (handling_due_on < :today and state = 'IN_HANDLING')) due_or_done,
                       count(*) filter (where satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED')) satisfied,
                       count(*) filter (where satisfaction is not null) rated,
                       count(*) filter (where satisfaction is null and replied_on is not null
                                           and coalesce(rating_due_on, replied_on + 30) < :today) lapsed,
                       count(*) filter (where office_satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED')) office_satisfied,
                       count(*) filter (where office_satisfaction is not null) office_rated,
                       count(*) filter (where closed_on is not null and closure_verified_on is not null) concluded,
                       count(*) filter (where closed_on is not null and closure_verified_on is null) closed_unverified
                from matter where received_on >= :from and received_on < :until group by place_unit_id""", p,
                (rs, i) -> new PlaceOutcomes(rs.getLong("place_unit_id"), rs.getLong("received"), rs.getLong("on_time"),
                        rs.getLong("due_or_done"), rs.getLong("satisfied"), rs.getLong("rated"), rs.getLong("lapsed"),
                        rs.getLong("office_satisfied"), rs.getLong("office_rated"), rs.getLong("concluded"),
                        rs.getLong("closed_unverified")));
    }

    /**
     * The matters received in a period of one type (2022 arts 28–34), how many of them were guided out of the petition
     * procedure (routes (1)–(5), accusations to discipline inspection), and how many answered (an opinion, or a
     * suggestion's reply). {@code type} is null for matters not (yet) accepted, which have none. The seed's "proposals"
     * are the suggestions (建议意见类).
     */
    public record TypeCount(HandlingType type, long received, long guidedOut, long answered) {
    }

    /** {@link #intake}'s matters split by type: every count of a period can be split so (everywhere when null). */
    @Transactional(readOnly = true)
    public List<TypeCount> byType(LocalDate from, LocalDate until, String placePath) {
        MapSqlParameterSource p = new MapSqlParameterSource("from", from).addValue("until", until)
                .addValue("area", placePath == null ? "/%" : placePath + "%");
        return jdbc.query("""
                select handling_type, count(*) n, count(*) filter (where guided_on is not null) guided,
                       count(*) filter (where replied_on is not null) answered
                from matter where received_on >= :from and received_on < :until and place_path like :area
                group by handling_type order by handling_type nulls last""", p, (rs, i) -> new TypeCount(
                rs.getString("handling_type") == null ? null : HandlingType.valueOf(rs.getString("handling_type")),
                rs.getLong("n"), rs.getLong("guided"), rs.getLong("answered")));
    }

    /** How many suggestions (建议意见类, the seed's "proposals") were received in the period. */
    @Transactional(readOnly = true)
    public long proposals(LocalDate from, LocalDate until, String placePath) {
        return byType(from, until, placePath).stream().filter(c -> c.type() == HandlingType.SUGGESTION)
                .mapToLong(TypeCount::received).sum();
    }

    /**
     * The matters received in {@code [from, until)} that arose under {@code placePath} (everywhere when null), split by
     * each flag the national system records: how many carry it. A matter carrying several counts under each.
     */
    @Transactional(readOnly = true)
    public java.util.Map<MatterFlag, Long> byFlag(LocalDate from, LocalDate until, String placePath) {
        MapSqlParameterSource p = new MapSqlParameterSource("from", from).addValue("until", until)
                .addValue("area", placePath == null ? "/%" : placePath + "%");
        StringBuilder select = new StringBuilder("select ");
        for (MatterFlag flag : MatterFlag.values()) {
            // the columns are the flags' constants, never input
            select.append(flag.ordinal() == 0 ? "" : ", ").append("count(*) filter (where ").append(flag.column()).append(")");
        }
        select.append(" from matter where received_on >= :from and received_on < :until and place_path like :area");
        return jdbc.query(select.toString(), p, rs -> {
            java.util.Map<MatterFlag, Long> counts = new java.util.EnumMap<>(MatterFlag.class);
            rs.next();
            for (MatterFlag flag : MatterFlag.values()) {
                counts.put(flag, rs.getLong(flag.ordinal() + 1));
            }
            return counts;
        });
    }
}
