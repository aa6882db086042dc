package org.xinfang.casework.internal;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

/** Table {@code idempotency_record}: per user and key, the request's hash and the matter it registered. */
@Component
public class IdempotencyRecords {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    IdempotencyRecords(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What a key registered earlier: the hash of its request and the matter. */
    public record Earlier(String requestHash, Long matterId) {
    }

    public Optional<Earlier> find(String username, String key) {
        return jdbc.query("select request_hash, matter_id from idempotency_record where username = :user and idem_key = :key",
                new MapSqlParameterSource("user", username).addValue("key", key),
                (rs, i) -> new Earlier(rs.getString("request_hash"), rs.getLong("matter_id"))).stream().findFirst();
    }

    /** Records the key for the matter; false when another attempt with the same key recorded it first. */
    public boolean record(String username, String key, String requestHash, Long matterId) {
        return jdbc.update("""
                insert into idempotency_record (username, idem_key, request_hash, matter_id, created_at)
                values (:user, :key, :hash, :matter, :at) on conflict do nothing""",
                new MapSqlParameterSource("user", username).addValue("key", key).addValue("hash", requestHash)
                        .addValue("matter", matterId).addValue("at", Timestamp.from(clock.instant()))) > 0;
    }
}
