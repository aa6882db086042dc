package org.xinfang.casework;

import org.xinfang.casework.internal.Matter;
import org.xinfang.casework.internal.MatterCopy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Writes many matters at once, with their timelines, co-handlers and representatives: the demo city and, later,
 * the import of legacy records. The matters are built in memory through the real transitions, so they obey the
 * statute like any other; only the saving is different: PostgreSQL COPY instead of one insert per row, and one
 * {@link MattersImported} event per batch instead of a {@link MatterTransitioned} per entry, because importing
 * history is not something happening now.
 *
 * <p>The caller reserves the ids first ({@link #reserveIds}) so that a repeat can name its first matter before
 * either is saved, and may import in batches within one transaction, oldest first, so that only a batch of
 * matters is held in memory at a time.
 */
@Service
public class MatterBulkImport {

    private final JdbcTemplate jdbc;
    private final MatterCopy copy;
    private final ReferenceNumbers numbers;
    private final ApplicationEventPublisher publisher;

    MatterBulkImport(JdbcTemplate jdbc, MatterCopy copy, ReferenceNumbers numbers, ApplicationEventPublisher publisher) {
        this.jdbc = jdbc;
        this.copy = copy;
        this.numbers = numbers;
        this.publisher = publisher;
    }

    /**
     * A matter to import, as planned: its registration, by whom and when, then its transitions in order.
     * Built through the real transitions ({@link #build}), it obeys the statute like any other.
     */
    public record Planned(Registration registration, Actor registrar, Instant registeredAt, List<Step> steps) {
    }

    /** One transition of a planned matter: when, by whom, which command (the same as the API's and the pages'). */
    public record Step(Instant at, Actor actor, MatterCommand command) {
    }

    /** Matters built in memory from their plans and never saved, to be imported by {@link #importMatters}. */
    public record Batch(List<Matter> matters) {
        public int size() {
            return matters.size();
        }
    }

    /**
     * Registers each planned matter and applies its steps, each on a clock stopped at its moment; a plan the statute
     * forbids fails here. Needs no database, so the next batch can be built while the current one is saved.
     */
    public static Batch build(List<Planned> plans, MatterCommand.Units units, ZoneId zone) {
        return new Batch(plans.stream().map(p -> {
            Matter matter = Matter.register(p.registration(), p.registrar(), Clock.fixed(p.registeredAt(), zone));
            p.steps().forEach(step -> step.command().resolve(units).applyTo(matter, step.actor(), Clock.fixed(step.at(), zone)));
            return matter;
        }).toList());
    }

    /** {@code count} new matter ids from the matter sequence, never handed out to anyone else. */
    public List<Long> reserveIds(int count) {
        return jdbc.queryForList("select nextval('matter_id_seq') from generate_series(1, ?)", Long.class, count);
    }

    /**
     * Saves the matters of a batch, {@code ids.get(i)} being the id of {@code batch.matters().get(i)}
     * (reserved with {@link #reserveIds}). Takes each matter's pending timeline entries. Returns how many matters
     * were written.
     */
    @Transactional
    public int importMatters(Batch batch, List<Long> ids) {
        List<Matter> matters = batch.matters();
        if (matters.size() != ids.size()) {
            throw new IllegalArgumentException(matters.size() + " matters but " + ids.size() + " ids");
        }
        copy.write(matters, ids);
        // registration at the window numbers on after what was imported
        numbers.continueAfter(matters.stream().map(Matter::referenceNo).toList());
        publisher.publishEvent(new MattersImported(ids));
        return matters.size();
    }

    /**
     * After a bulk import, brings the planner's statistics and the visibility map up to date at once, so lists
     * are fast from the first request rather than after autovacuum gets round to it. Runs outside a transaction.
     */
    public void refreshStatistics() {
        jdbc.execute("vacuum (analyze) matter, matter_event, matter_co_handler, matter_representative, matter_delivery");
    }
}
