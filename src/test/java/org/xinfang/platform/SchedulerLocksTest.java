package org.xinfang.platform;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.support.IntegrationTest;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scheduled job runs once across nodes: while one node holds the job's lock row, another node's attempt (a second
 * lock provider on the same database, as a second node has) gets nothing; once released, the next run may take it.
 */
@IntegrationTest
class SchedulerLocksTest {

    @Autowired
    LockProvider node;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aSecondNodeDoesNotRunAJobWhileTheFirstHoldsItsLock() {
        LockProvider otherNode = new SchedulerLocks().lockProvider(jdbc);
        LockConfiguration job = new LockConfiguration(Instant.now(), "test.job", Duration.ofMinutes(5), Duration.ZERO);
        Optional<SimpleLock> first = node.lock(job);
        assertThat(first).isPresent();
        assertThat(otherNode.lock(job)).as("the other node skips this run").isEmpty();
        first.get().unlock();
        Optional<SimpleLock> next = otherNode.lock(job);
        assertThat(next).as("the next run, on whichever node").isPresent();
        next.get().unlock();
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = 'test.job'", Integer.class)).isEqualTo(1);
    }
}
