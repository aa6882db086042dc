package org.xinfang.insight;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinfang.casework.AcceptanceOutcome;
import org.xinfang.casework.MatterFacts;
import org.xinfang.casework.MatterFacts.IndicatorFacts;
import org.xinfang.intake.Channel;
import org.xinfang.statute.Statute;

import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Insight's facts of the matters ({@code insight_matter_fact}): one row per matter, read from casework's public
 * {@link MatterFacts#forIndicators} and written in one statement per batch, with the {@link PlaceDays} they touch
 * summed again in the same transaction. A row is replaced only by a reading of the same or a later timeline entry, so an
 * event delivered twice, or two readings racing, never leave an older state; the writers take turns (a transaction-scoped
 * advisory lock), so that two of them never sum the same day from different snapshots.
 */
@Component
class MatterFactStore {

    /** The advisory lock the writers of the facts take turns on (any constant of this application's own). */
    private static final long WRITERS = 0x1_4_F4C7L;

    private final MatterFacts matters;
    private final PlaceDays days;
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    MatterFactStore(MatterFacts matters, PlaceDays days, NamedParameterJdbcTemplate jdbc, PlatformTransactionManager tm,
                    Clock clock) {
        this.matters = matters;
        this.days = days;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(tm);
        this.clock = clock;
    }

    /** Reads the matters {@code matterIds} from casework and writes their facts; returns how many were written. */
    @Transactional
    public int refresh(Collection<Long> matterIds) {
        return write(matters.forIndicators(matterIds));
    }

    /** Reads every matter from casework, a page at a time, and writes their facts (a database that had none). */
    public int refreshAll(int page) {
        int written = 0;
        long after = 0;
        for (List<IndicatorFacts> facts; !(facts = matters.forIndicatorsAfter(after, page)).isEmpty(); ) {
            List<IndicatorFacts> batch = facts;
            written += tx.execute(status -> write(batch));
            after = facts.get(facts.size() - 1).matterId();
        }
        return written;
    }

    public long count() {
        return jdbc.getJdbcTemplate().queryForObject("select count(*) from insight_matter_fact", Long.class);
    }

    private int write(List<IndicatorFacts> facts) {
        if (facts.isEmpty()) {
            return 0;
        }
        jdbc.getJdbcTemplate().queryForObject("select pg_advisory_xact_lock(?)", Object.class, WRITERS);
        // the days to sum again: where the matters were and are, and where the matters they repeat (or repeated) are,
        // as a repeat decides whether its earlier matter was resolved at the first petition
        List<Long> ids = facts.stream().map(IndicatorFacts::matterId).toList();
        Set<Long> repeated = new HashSet<>(jdbc.queryForList("select repeat_of_id from insight_matter_fact"
                + " where matter_id = any(:ids) and repeat_of_id is not null", new MapSqlParameterSource("ids",
                new SqlParameterValue(Types.ARRAY, ids.toArray(new Long[0]))), Long.class));
        facts.stream().map(IndicatorFacts::repeatOfId).filter(Objects::nonNull).forEach(repeated::add);
        List<PlaceDays.Key> touched = new ArrayList<>(days.keysOf(ids));
        facts.forEach(f -> touched.add(new PlaceDays.Key(f.placeUnitId(), f.placePath(), f.receivedOn())));
        int written = upsert(facts);
        touched.addAll(days.keysOf(repeated));
        days.recompute(touched);
        return written;
    }

    private int upsert(List<IndicatorFacts> facts) {
        // one statement for the batch: the columns as arrays, unnested into rows (dates travel as text)
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("id", array(facts, IndicatorFacts::matterId, Long[]::new))
                .addValue("seq", array(facts, IndicatorFacts::eventSeq, Integer[]::new))
                .addValue("received", days(facts, IndicatorFacts::receivedOn))
                .addValue("place", array(facts, IndicatorFacts::placeUnitId, Long[]::new))
                .addValue("path", array(facts, IndicatorFacts::placePath, String[]::new))
                .addValue("channel", array(facts, f -> f.channel().name(), String[]::new))
                .addValue("persons", array(facts, IndicatorFacts::persons, Integer[]::new))
                .addValue("collective", array(facts, f -> f.channel() == Channel.VISIT
                        && Statute.isCollectiveVisit(f.persons()), Boolean[]::new))
                .addValue("repeatOf", array(facts, IndicatorFacts::repeatOfId, Long[]::new))
                .addValue("leap", array(facts, IndicatorFacts::leapLevel, Boolean[]::new))
                .addValue("first", array(facts, IndicatorFacts::firstAnywhere, Boolean[]::new))
                .addValue("type", array(facts, f -> f.handlingType() == null ? null : f.handlingType().name(), String[]::new))
                .addValue("category", array(facts, IndicatorFacts::categoryCode, String[]::new))
                .addValue("state", array(facts, f -> f.state().name(), String[]::new))
                // a matter its receiving office decides itself was never passed on: its 15 days run from receipt
                .addValue("acceptanceDue", days(facts, f -> f.acceptanceDueOn() != null ? f.acceptanceDueOn()
                        : Statute.acceptanceDecisionDue(f.receivedOn())))
                .addValue("decided", days(facts, IndicatorFacts::decidedOn))
                .addValue("accepted", array(facts, f -> f.acceptanceOutcome() == AcceptanceOutcome.ACCEPTED, Boolean[]::new))
                .addValue("handlingDue", days(facts, IndicatorFacts::handlingDueOn))
                .addValue("replied", days(facts, IndicatorFacts::repliedOn))
                .addValue("satisfaction", array(facts, f -> f.satisfaction() == null ? null : f.satisfaction().name(),
                        String[]::new))
                .addValue("ratingDue", days(facts, IndicatorFacts::ratingDueOn))
                .addValue("concluded", days(facts, IndicatorFacts::concludedOn))
                .addValue("responsible", array(facts, IndicatorFacts::responsibleUnitId, Long[]::new))
                .addValue("responsiblePath", array(facts, IndicatorFacts::responsiblePath, String[]::new))
                .addValue("routing", array(facts, f -> f.routingKind() == null ? null : f.routingKind().name(), String[]::new))
                .addValue("accused", array(facts, IndicatorFacts::accusedUnitId, Long[]::new))
                .addValue("now", java.sql.Timestamp.from(clock.instant()));
        return jdbc.update("""
                insert into insight_matter_fact (matter_id, event_seq, received_on, place_unit_id, place_path, channel,
                       persons, collective, repeat_of_id, leap_level, first_anywhere, handling_type, category_code, state,
                       acceptance_due_on, decided_on, accepted, handling_due_on, replied_on, satisfaction, rating_due_on,
                       concluded_on, responsible_unit_id, responsible_path, routing_kind, accused_unit_id, written_at)
                select r.*, :now from unnest(:id::bigint[], :seq::int[], :received::date[], :place::bigint[], :path::text[],
                       :channel::text[], :persons::int[], :collective::boolean[], :repeatOf::bigint[], :leap::boolean[],
                       :first::boolean[], :type::text[], :category::text[], :state::text[], :acceptanceDue::date[],
                       :decided::date[], :accepted::boolean[], :handlingDue::date[], :replied::date[],
                       :satisfaction::text[], :ratingDue::date[], :concluded::date[], :responsible::bigint[],
                       :responsiblePath::text[], :routing::text[], :accused::bigint[]) r
                on conflict (matter_id) do update set event_seq = excluded.event_seq, received_on = excluded.received_on,
                       place_unit_id = excluded.place_unit_id, place_path = excluded.place_path, channel = excluded.channel,
                       persons = excluded.persons, collective = excluded.collective, repeat_of_id = excluded.repeat_of_id,
                       leap_level = excluded.leap_level, first_anywhere = excluded.first_anywhere,
                       handling_type = excluded.handling_type, category_code = excluded.category_code,
                       state = excluded.state, acceptance_due_on = excluded.acceptance_due_on,
                       decided_on = excluded.decided_on, accepted = excluded.accepted,
                       handling_due_on = excluded.handling_due_on, replied_on = excluded.replied_on,
                       satisfaction = excluded.satisfaction, rating_due_on = excluded.rating_due_on,
                       concluded_on = excluded.concluded_on, responsible_unit_id = excluded.responsible_unit_id,
                       responsible_path = excluded.responsible_path, routing_kind = excluded.routing_kind,
                       accused_unit_id = excluded.accused_unit_id, written_at = excluded.written_at
                where insight_matter_fact.event_seq <= excluded.event_seq""", p);
    }

    private static <T> SqlParameterValue array(List<IndicatorFacts> facts, Function<IndicatorFacts, T> column,
                                               java.util.function.IntFunction<T[]> type) {
        return new SqlParameterValue(Types.ARRAY, facts.stream().map(column).toArray(type));
    }

    private static SqlParameterValue days(List<IndicatorFacts> facts, Function<IndicatorFacts, LocalDate> column) {
        return array(facts, f -> Objects.toString(column.apply(f), null), String[]::new);
    }
}
