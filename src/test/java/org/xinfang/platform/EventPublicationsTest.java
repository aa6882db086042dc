package org.xinfang.platform;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The registry keeps a week of completed publications and every incomplete one. */
@IntegrationTest
class EventPublicationsTest {

    @Autowired
    EventPublications publications;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @Test
    void completedPublicationsOlderThanAWeekAreDeletedAndIncompleteOnesNever() {
        Instant now = clock.instant();
        UUID old = insert(now.minus(Duration.ofDays(8)), now.minus(Duration.ofDays(8)));
        UUID recent = insert(now.minus(Duration.ofDays(6)), now.minus(Duration.ofDays(6)));
        UUID waiting = insert(now.minus(Duration.ofDays(30)), null);

        publications.deleteOldCompleted();

        assertThat(jdbc.queryForList("select id from event_publication where id in (?, ?, ?)", UUID.class, old, recent,
                waiting)).containsExactlyInAnyOrder(recent, waiting);
        // the context is shared: leave no publication that seems to wait for a listener
        jdbc.update("delete from event_publication where id in (?, ?)", recent, waiting);
    }

    private UUID insert(Instant published, Instant completed) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                                               completion_date, status, completion_attempts)
                values (?, 'test.Listener.on(test.Event)', 'test.Event', '{}', ?, ?, ?, 1)""", id,
                Timestamp.from(published), completed == null ? null : Timestamp.from(completed),
                completed == null ? "FAILED" : "COMPLETED");
        return id;
    }
}
