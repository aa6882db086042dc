package org.xinfang.insight;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.xinfang.casework.MatterTransitioned;
import org.xinfang.casework.MattersImported;

/**
 * Feeds insight's facts from casework's events: each timeline entry ({@link MatterTransitioned}) rewrites its matter's
 * facts, each imported batch ({@link MattersImported}) its matters'. The listeners run after the change commits, each
 * delivery recorded in the event publication registry until it completes, so a crash in between delivers it again at
 * the next start (and writing twice changes nothing). A database whose matters came before the facts (an upgrade) gets
 * them all at start, before the demo data would be generated.
 */
@Component
@Order(0)
class FactFeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FactFeed.class);
    private static final int PAGE = 5000;

    private final MatterFactStore facts;

    FactFeed(MatterFactStore facts) {
        this.facts = facts;
    }

    @ApplicationModuleListener
    void on(MatterTransitioned step) {
        facts.refresh(java.util.List.of(step.matterId()));
    }

    @ApplicationModuleListener
    void on(MattersImported imported) {
        long start = System.nanoTime();
        int written = facts.refresh(imported.matterIds());
        log.info("Insight: facts of {} imported matters, in {} s", written, String.format("%.2f", (System.nanoTime() - start) / 1e9));
    }

    @Override
    public void run(ApplicationArguments args) {
        if (facts.count() > 0) {
            return;
        }
        long start = System.nanoTime();
        int written = facts.refreshAll(PAGE);
        if (written > 0) {
            log.info("Insight: facts of {} matters on file, in {} s", written, String.format("%.1f", (System.nanoTime() - start) / 1e9));
        }
    }
}
