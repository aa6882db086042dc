package org.xinfang.coordination;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.casework.MatterState;
import org.xinfang.casework.RatingCallbacks;
import org.xinfang.casework.RatingCallbacks.Answered;
import org.xinfang.casework.Satisfaction;
import org.xinfang.platform.IdempotencyKeys;
import org.xinfang.platform.Refusal;
import org.xinfang.statute.CallbackRules;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.StaffRole;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The callback (回访, Beijing regulation on immediate handling art. 23): the petition office phones the petitioner of
 * an answered matter that is not rated yet, a few days after the answer ({@link CallbackRules}); each call is recorded,
 * reached or not. A reached call with a rating is the matter's evaluation, recorded through the matter's own transition
 * ({@link RatingCallbacks#recordRating}), so that it counts for participation (参评率) as a rating given online does.
 * The calls of a matter are taken one at a time (a lock on the matter's callback), so that two clerks calling at once
 * both have their call recorded and the matter is evaluated once.
 */
@Service
public class CallbackRegister {

    /** Who sees the callback list: the petition office's clerks who call, and its supervisors who watch. */
    public static final Set<StaffRole> VIEWERS = Set.of(StaffRole.REGISTRAR, StaffRole.SUPERVISOR);

    /** Finished callbacks of the last days are listed; older ones are on the matters' records. */
    static final int DONE_SHOWN_DAYS = 30;
    /** Of those, the latest are shown: a city's month of callbacks is more than a page reads. */
    public static final int DONE_SHOWN = 100;

    private final RatingCallbacks matters;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    CallbackRegister(RatingCallbacks matters, NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.matters = matters;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One call: reached or not, the rating the petitioner gave (only when reached), and whether it was the evaluation. */
    public record Attempt(Long id, Long matterId, Instant calledAt, boolean reached, Satisfaction satisfaction,
                          boolean evaluation, String note, String recordedBy) {
    }

    /** Where a matter's callback stands. */
    public enum Standing {
        /** No call yet. */
        WAITING,
        /** Called, never reached, fewer times than the limit. */
        NOT_REACHED,
        /** Reached, or not reached as many times as the limit allows (unreachable). */
        DONE
    }

    /** A matter's callback: the matter as it stands and its calls, the earliest first. */
    public record Callback(Answered matter, List<Attempt> attempts) {

        public Standing standing() {
            if (attempts.isEmpty()) {
                return Standing.WAITING;
            }
            return CallbackRules.isOver(reached(), notReached()) ? Standing.DONE : Standing.NOT_REACHED;
        }

        public boolean reached() {
            return attempts.stream().anyMatch(Attempt::reached);
        }

        public int notReached() {
            return (int) attempts.stream().filter(a -> !a.reached()).count();
        }

        /** The call that gave the matter's evaluation, if one did. */
        public Attempt evaluation() {
            return attempts.stream().filter(Attempt::evaluation).findFirst().orElse(null);
        }

        public LocalDate callFrom() {
            return CallbackRules.callFrom(matter.repliedOn());
        }

        public long daysSinceReply(LocalDate today) {
            return ChronoUnit.DAYS.between(matter.repliedOn(), today);
        }

        Instant lastCall() {
            return attempts.isEmpty() ? null : attempts.get(attempts.size() - 1).calledAt();
        }
    }

    /**
     * The list of an office: the matters waiting for a first call and those called but not reached (the earliest
     * answered first), and the latest {@link #DONE_SHOWN} of the {@code doneTotal} callbacks finished in the last
     * {@link #DONE_SHOWN_DAYS} days (the latest first).
     */
    public record CallbackList(List<Callback> waiting, List<Callback> notReached, List<Callback> done, int doneTotal) {
    }

    /** Whether {@code staff} may see the callback list: a clerk or supervisor of a petition office. */
    public static boolean mayView(StaffPrincipal staff) {
        return staff.unit().isPetitionOffice() && staff.hasAny(VIEWERS);
    }

    /** Whether {@code staff} may record a call: a clerk (登记员) of a petition office, who records the petitioner's answers. */
    public static boolean mayRecord(StaffPrincipal staff) {
        return staff.unit().isPetitionOffice() && staff.has(StaffRole.REGISTRAR);
    }

    @Transactional(readOnly = true)
    public CallbackList list(StaffPrincipal viewer) {
        requireViewer(viewer);
        LocalDate today = LocalDate.now(clock);
        List<Answered> awaiting = matters.awaitingRating(viewer,
                today.minusDays(CallbackRules.DAYS_AFTER_REPLY), today);
        Instant since = today.minusDays(DONE_SHOWN_DAYS).atStartOfDay(clock.getZone()).toInstant();
        Map<Long, List<Attempt>> calls = attempts("""
                select * from callback_attempt where matter_id = any(:ids)
                 or matter_id in (select matter_id from callback_attempt where called_at >= :since)
                 order by called_at, id""", new MapSqlParameterSource("ids", ids(awaiting.stream().map(Answered::matterId).toList()))
                .addValue("since", Timestamp.from(since)));
        Set<Long> awaitingIds = new LinkedHashSet<>(awaiting.stream().map(Answered::matterId).toList());
        List<Answered> called = matters.of(viewer, calls.keySet().stream().filter(id -> !awaitingIds.contains(id)).toList());
        List<Callback> waiting = new ArrayList<>();
        List<Callback> notReached = new ArrayList<>();
        List<Callback> done = new ArrayList<>();
        for (Answered m : awaiting) {
            Callback c = new Callback(m, calls.getOrDefault(m.matterId(), List.of()));
            (switch (c.standing()) {
                case WAITING -> waiting;
                case NOT_REACHED -> notReached;
                case DONE -> done;
            }).add(c);
        }
        for (Answered m : called) {
            Callback c = new Callback(m, calls.get(m.matterId()));
            // a matter rated online meanwhile, or past its rating window, leaves the list unless its callback was finished
            if (c.standing() == Standing.DONE) {
                done.add(c);
            }
        }
        done.removeIf(c -> c.lastCall().isBefore(since));
        done.sort(Comparator.comparing(Callback::lastCall).reversed());
        return new CallbackList(waiting, notReached, done.subList(0, Math.min(done.size(), DONE_SHOWN)), done.size());
    }

    /** A matter's callback, for a viewer of the list whose scope holds the matter (404 otherwise). */
    @Transactional(readOnly = true)
    public Callback of(StaffPrincipal viewer, Long matterId) {
        requireViewer(viewer);
        return callback(viewer, matterId);
    }

    /**
     * Records a call on the matter, as a clerk of the petition office, once per request key: not reached, or reached
     * with the petitioner's rating (or none, when they decline) and a note. The rating of a reached call is the
     * matter's evaluation, unless the matter was rated meanwhile.
     */
    @Transactional
    public Attempt record(StaffPrincipal by, Long matterId, boolean reached, Satisfaction satisfaction, String note,
                          String requestKey) {
        IdempotencyKeys.check(requestKey);
        if (!mayRecord(by)) {
            throw Refusal.forbidden("callback.record.forbidden");
        }
        // one call at a time per matter: the second clerk sees the first one's call and evaluation
        jdbc.queryForObject("select pg_advisory_xact_lock(hashtext(:lock))",
                new MapSqlParameterSource("lock", "callback:" + matterId), Object.class);
        if (requestKey != null) {
            Attempt earlier = byKey(by.getUsername(), requestKey);
            if (earlier != null) {
                return earlier;
            }
        }
        Callback c = callback(by, matterId);
        Answered m = c.matter();
        if (c.standing() == Standing.DONE) {
            throw Refusal.conflict(c.reached() ? "callback.done.reached" : "callback.done.unreachable", m.referenceNo());
        }
        if (m.state() != MatterState.REPLIED) {
            throw Refusal.conflict("callback.matter.not-replied", m.referenceNo());
        }
        LocalDate today = LocalDate.now(clock);
        if (!CallbackRules.mayCallBack(m.repliedOn(), m.ratingDueOn(), today)) {
            throw today.isBefore(c.callFrom())
                    ? Refusal.conflict("callback.too-early", m.referenceNo(), m.repliedOn(), c.callFrom())
                    : Refusal.conflict("callback.window-closed", m.referenceNo(), m.ratingDueOn());
        }
        if (!reached && satisfaction != null) {
            throw Refusal.invalid("satisfaction", "callback.satisfaction.not-reached");
        }
        boolean evaluation = CallbackRules.countsAsEvaluation(reached, satisfaction != null);
        if (evaluation) {
            matters.recordRating(matterId, satisfaction, by);
        }
        Long id = jdbc.queryForObject("""
                insert into callback_attempt (matter_id, called_at, reached, satisfaction, evaluation, note, recorded_by,
                                              request_key)
                values (:matter, :at, :reached, :satisfaction, :evaluation, :note, :by, :key) returning id""",
                new MapSqlParameterSource("matter", matterId).addValue("at", Timestamp.from(clock.instant()))
                        .addValue("reached", reached).addValue("satisfaction", satisfaction == null ? null : satisfaction.name())
                        .addValue("evaluation", evaluation)
                        .addValue("note", note == null || note.isBlank() ? null : note.strip())
                        .addValue("by", by.getUsername()).addValue("key", requestKey), Long.class);
        return attempts("select * from callback_attempt where id = :id", new MapSqlParameterSource("id", id))
                .get(matterId).get(0);
    }

    /** An answered matter's earlier calls, brought in with imported matters (the demo city), without the forms' checks. */
    @Transactional
    public int importHistory(List<Attempt> calls) {
        jdbc.batchUpdate("""
                insert into callback_attempt (matter_id, called_at, reached, satisfaction, evaluation, note, recorded_by)
                values (:matter, :at, :reached, :satisfaction, :evaluation, :note, :by)""", calls.stream().map(a ->
                new MapSqlParameterSource("matter", a.matterId()).addValue("at", Timestamp.from(a.calledAt()))
                        .addValue("reached", a.reached())
                        .addValue("satisfaction", a.satisfaction() == null ? null : a.satisfaction().name())
                        .addValue("evaluation", a.evaluation()).addValue("note", a.note()).addValue("by", a.recordedBy()))
                .toArray(MapSqlParameterSource[]::new));
        return calls.size();
    }

    private void requireViewer(StaffPrincipal viewer) {
        if (!mayView(viewer)) {
            throw Refusal.forbidden("callback.view.forbidden");
        }
    }

    private Callback callback(StaffPrincipal viewer, Long matterId) {
        Answered m = matters.of(viewer, List.of(matterId)).stream().findFirst()
                .orElseThrow(() -> Refusal.notFound("callback.matter.unknown", String.valueOf(matterId)));
        return new Callback(m, attempts("select * from callback_attempt where matter_id = :matter order by called_at, id",
                new MapSqlParameterSource("matter", matterId)).getOrDefault(matterId, List.of()));
    }

    private static final RowMapper<Attempt> ATTEMPT = (rs, i) -> new Attempt(rs.getLong("id"), rs.getLong("matter_id"),
            rs.getTimestamp("called_at").toInstant(), rs.getBoolean("reached"),
            rs.getString("satisfaction") == null ? null : Satisfaction.valueOf(rs.getString("satisfaction")),
            rs.getBoolean("evaluation"), rs.getString("note"), rs.getString("recorded_by"));

    private Map<Long, List<Attempt>> attempts(String sql, MapSqlParameterSource params) {
        Map<Long, List<Attempt>> byMatter = new HashMap<>();
        jdbc.query(sql, params, rs -> {
            byMatter.computeIfAbsent(rs.getLong("matter_id"), k -> new ArrayList<>()).add(ATTEMPT.mapRow(rs, 0));
        });
        return byMatter;
    }

    private Attempt byKey(String by, String key) {
        return jdbc.query("select * from callback_attempt where recorded_by = :by and request_key = :key",
                new MapSqlParameterSource("by", by).addValue("key", key), ATTEMPT).stream().findFirst().orElse(null);
    }

    private static SqlParameterValue ids(List<Long> ids) {
        return new SqlParameterValue(Types.ARRAY, ids.toArray(new Long[0]));
    }
}
