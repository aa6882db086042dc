package org.xinfang.intelligence.warning;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The early warning's daily run, once across the application's nodes (ShedLock on the database): each morning the
 * gatherings of the last days, and on the first run of a week its rises (later runs of the week raise nothing new).
 */
@Component
class WarningJobs {

    private static final Logger log = LoggerFactory.getLogger(WarningJobs.class);

    private final EarlyWarnings warnings;
    private final Clock clock;

    WarningJobs(EarlyWarnings warnings, Clock clock) {
        this.warnings = warnings;
        this.clock = clock;
    }

    @Scheduled(cron = "${xinfang.warnings.cron:0 0 7 * * *}", zone = "${xinfang.zone:Asia/Shanghai}")
    @SchedulerLock(name = "intelligence.warnings", lockAtMostFor = "PT30M")
    void daily() {
        EarlyWarnings.Run run = warnings.detect(LocalDate.now(clock));
        log.info("Early warning for the week of {}: {} found, {} new", run.weekStart(), run.found(), run.raised());
    }
}
