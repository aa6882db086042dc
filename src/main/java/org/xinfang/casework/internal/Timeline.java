package org.xinfang.casework.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one writer of the timeline (table {@code matter_event}, append-only). What a row holds, column by column, is
 * decided here in {@link #rows}; the matter numbers its entries ({@code seq}) as it records them. Matters saved one
 * at a time append by {@link #append} (a batch of inserts), the bulk import sends the same rows by COPY: a hash
 * chain or encryption at rest goes into {@link #rows} and so covers both.
 */
@Component
public class Timeline {

    /** The columns of a row, in the order {@link #rows} gives their values; the key {@code id} is the database's. */
    public static final String COLUMNS =
            "matter_id, seq, type, occurred_at, actor, actor_unit_id, from_state, to_state, reason, changes";

    private static final String INSERT =
            "insert into matter_event (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)";

    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    Timeline(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends a saved matter's new entries, in one round trip. */
    public void append(Long matterId, List<MatterEvent> entries) {
        if (!entries.isEmpty()) {
            jdbc.batchUpdate(INSERT, rows(matterId, entries));
        }
    }

    /**
     * The rows of a matter's new entries, oldest first, each its values in the order of {@link #COLUMNS}: plain
     * values (numbers, text, the time with its offset) that both a JDBC insert and COPY's text format take as they are.
     */
    public List<Object[]> rows(Long matterId, List<MatterEvent> entries) {
        List<Object[]> rows = new ArrayList<>(entries.size());
        for (MatterEvent e : entries) {
            rows.add(new Object[]{matterId, e.seq(), e.type().name(),
                    OffsetDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC), e.actor(), e.actorUnitId(),
                    name(e.fromState()), e.toState().name(), e.reason(),
                    json.writeValueAsString(e.changes() == null ? Map.of() : e.changes())});
        }
        return rows;
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
