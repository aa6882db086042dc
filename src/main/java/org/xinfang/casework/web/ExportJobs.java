package org.xinfang.casework.web;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.xinfang.territory.StaffPrincipal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Exports written in the background, so that the worklist can show how far a long one has got: started by the page,
 * polled for the rows written, fetched when done, by the person who started it only, and deleted an hour later.
 * Two are written at a time; more wait their turn. They are kept on the node that writes them (a temporary file and
 * this map): behind a load balancer the page's polling needs sticky sessions, as the log-in already does.
 */
@Component
class ExportJobs {

    private static final Logger log = LoggerFactory.getLogger(ExportJobs.class);
    private static final Duration KEPT = Duration.ofHours(1);

    private final WorklistExport export;
    private final Clock clock;
    private final ExecutorService writers = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "worklist-export");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    ExportJobs(WorklistExport export, Clock clock) {
        this.export = export;
        this.clock = clock;
    }

    enum Status { RUNNING, DONE, FAILED }

    /** One export: whose it is, how many rows it will carry, how many are written. */
    static final class Job {
        final String id = UUID.randomUUID().toString();
        final String owner;
        final WorklistExport.Extent extent;
        final Instant started;
        final AtomicLong written = new AtomicLong();
        volatile Status status = Status.RUNNING;
        volatile Path file;

        Job(String owner, WorklistExport.Extent extent, Instant started) {
            this.owner = owner;
            this.extent = extent;
            this.started = started;
        }
    }

    /** Starts writing the export of {@code query} as {@code me} reads it. */
    Job start(WorklistQuery query, StaffPrincipal me, Locale locale) {
        Job job = new Job(me.getUsername(), export.extent(query, me), clock.instant());
        jobs.put(job.id, job);
        writers.submit(() -> {
            try {
                Path file = Files.createTempFile("worklist-export-", ".xlsx");
                job.file = file;
                try (OutputStream out = Files.newOutputStream(file)) {
                    export.write(query, me, locale, out, job.written::set);
                }
                job.status = Status.DONE;
            } catch (IOException | RuntimeException e) {
                job.status = Status.FAILED;
                // the class of the failure only: a message may quote the list's content
                log.error("A worklist export failed: {}", e.getClass().getName());
            }
        });
        return job;
    }

    /** The job, to the person who started it; nobody else learns that it exists. */
    Optional<Job> of(String id, StaffPrincipal me) {
        return Optional.ofNullable(jobs.get(id)).filter(j -> j.owner.equals(me.getUsername()));
    }

    @Scheduled(fixedDelay = 600_000)
    void forgetOldOnes() {
        Instant before = clock.instant().minus(KEPT);
        jobs.values().removeIf(j -> {
            boolean old = j.started.isBefore(before) && j.status != Status.RUNNING;
            if (old) {
                delete(j);
            }
            return old;
        });
    }

    @PreDestroy
    void stop() {
        writers.shutdownNow();
        jobs.values().forEach(ExportJobs::delete);
    }

    private static void delete(Job j) {
        try {
            if (j.file != null) {
                Files.deleteIfExists(j.file);
            }
        } catch (IOException e) {
            log.warn("An old worklist export could not be deleted: {}", e.getClass().getName());
        }
    }
}
