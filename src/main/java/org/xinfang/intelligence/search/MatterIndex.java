package org.xinfang.intelligence.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.CacheMode;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The full-text index of matters (索引): kept current matter by matter from casework's events, and rebuilt whole from
 * the database by Hibernate Search's mass indexer, one rebuild at a time, its progress readable while it runs.
 */
@Service
public class MatterIndex {

    private static final Logger log = LoggerFactory.getLogger(MatterIndex.class);
    /** Matters read and indexed per round when many change at once (an import): bounded memory, whatever the batch. */
    private static final int CHUNK = 500;

    private final EntityManager entities;
    private final EntityManagerFactory factory;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int threads;
    private final int batchSize;
    private volatile Rebuild current;

    MatterIndex(EntityManager entities, EntityManagerFactory factory, JdbcTemplate jdbc, Clock clock,
                @Value("${xinfang.search.rebuild-threads:2}") int threads,
                @Value("${xinfang.search.rebuild-batch-size:250}") int batchSize) {
        this.entities = entities;
        this.factory = factory;
        this.jdbc = jdbc;
        this.clock = clock;
        this.threads = threads;
        this.batchSize = batchSize;
    }

    /** Writes these matters' documents again as the database has them now (and drops those that no longer exist). */
    @Transactional
    public void reindex(Collection<Long> ids) {
        SearchSession session = Search.session(entities);
        SearchIndexingPlan plan = session.indexingPlan();
        List<Long> all = List.copyOf(new HashSet<>(ids));
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            List<MatterDocument> docs = entities.createQuery("from MatterDocument d where d.id in :ids", MatterDocument.class)
                    .setParameter("ids", chunk).getResultList();
            Set<Long> found = new HashSet<>();
            for (MatterDocument d : docs) {
                plan.addOrUpdate(d);
                found.add(d.id());
            }
            chunk.stream().filter(id -> !found.contains(id)).forEach(id -> plan.purge(MatterDocument.class, id, null));
            plan.execute();
            entities.clear();
        }
    }

    /** How many matters the index holds. */
    @Transactional(readOnly = true)
    public long documents() {
        return Search.session(entities).search(MatterDocument.class).where(f -> f.matchAll()).fetchTotalHitCount();
    }

    /** How many matters the database holds. */
    public long matters() {
        return jdbc.queryForObject("select count(*) from matter", Long.class);
    }

    /**
     * Starts rebuilding the index from the database, unless a rebuild is already running (then that one's progress is
     * the answer). The matters are indexed afresh beside the old documents, which are dropped first: while it runs,
     * search finds what is indexed so far.
     */
    public synchronized Rebuild rebuild() {
        if (current != null && current.running()) {
            return current;
        }
        Rebuild r = new Rebuild(clock.instant());
        current = r;
        log.info("Search: rebuilding the index of {} matters", matters());
        r.done = Search.mapping(factory).scope(MatterDocument.class).massIndexer()
                .threadsToLoadObjects(threads)
                .batchSizeToLoadObjects(batchSize)
                .idFetchSize(10_000)
                .cacheMode(CacheMode.IGNORE)
                .purgeAllOnStart(true)
                .mergeSegmentsOnFinish(true)
                .monitor(r)
                .start().toCompletableFuture()
                .handle((ok, failure) -> {
                    r.finish(clock.instant(), failure);
                    return null;
                });
        return r;
    }

    /** The running or the last rebuild since this start, if any. */
    public java.util.Optional<Rebuild> lastRebuild() {
        return java.util.Optional.ofNullable(current);
    }

    /** One rebuild's progress: how many matters there are to index, how many are indexed, and how it ended. */
    public static final class Rebuild implements MassIndexingMonitor {
        private final Instant startedAt;
        private final AtomicLong total = new AtomicLong();
        private final AtomicLong indexed = new AtomicLong();
        private volatile Instant finishedAt;
        private volatile String failure;
        private volatile CompletableFuture<?> done;

        Rebuild(Instant startedAt) {
            this.startedAt = startedAt;
        }

        public boolean running() {
            return finishedAt == null;
        }

        public long total() {
            return total.get();
        }

        public long indexed() {
            return indexed.get();
        }

        /** Per cent done, 0 to 100. */
        public int percent() {
            long t = total.get();
            return t == 0 ? (running() ? 0 : 100) : (int) Math.min(100, indexed.get() * 100 / t);
        }

        public Instant startedAt() {
            return startedAt;
        }

        public Instant finishedAt() {
            return finishedAt;
        }

        /** Seconds since the start, or the whole duration once finished. */
        public long seconds() {
            return Duration.between(startedAt, finishedAt == null ? Instant.now() : finishedAt).toSeconds();
        }

        /** Why it failed (a class name and message, no data), or null. */
        public String failure() {
            return failure;
        }

        /** Waits until it ends. */
        public Rebuild await() {
            done.join();
            return this;
        }

        void finish(Instant at, Throwable t) {
            if (t != null) {
                failure = t.getClass().getSimpleName() + ": " + t.getMessage();
                log.error("Search: the rebuild failed", t);
            } else {
                log.info("Search: {} matters indexed in {} s", indexed.get(), Duration.between(startedAt, at).toSeconds());
            }
            finishedAt = at;
        }

        @Override
        public void documentsAdded(long n) {
            indexed.addAndGet(n);
        }

        @Override
        public void documentsBuilt(long n) {
        }

        @Override
        public void entitiesLoaded(long n) {
        }

        @Override
        public void addToTotalCount(long n) {
            total.addAndGet(n);
        }

        @Override
        public void indexingCompleted() {
        }
    }
}
