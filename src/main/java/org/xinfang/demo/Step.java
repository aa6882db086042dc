package org.xinfang.demo;

import org.xinfang.casework.Actor;
import org.xinfang.casework.Matter;
import org.xinfang.casework.MatterCommand;

import java.time.Clock;
import java.time.Instant;

/**
 * One planned transition of a demo matter: when, by whom, which command. Applying it runs the same command as the
 * API and the pages do, so a plan the statute forbids fails instead of being saved.
 */
record Step(Instant at, Actor actor, MatterCommand command) {

    void applyTo(Matter matter, MatterCommand.Units units, Clock clock) {
        command.resolve(units).applyTo(matter, actor, clock);
    }
}
