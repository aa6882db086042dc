package org.xinfang.intelligence.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.xinfang.casework.MatterTransitioned;
import org.xinfang.casework.MattersImported;

import java.util.List;

/**
 * Keeps the full-text index consistent with casework: each timeline entry ({@link MatterTransitioned}) writes its
 * matter's document again, each imported batch ({@link MattersImported}) its matters'. The listeners run after the
 * change commits, each delivery kept in the event publication registry until it completes, so a crash in between
 * indexes the matter at the next start. At start: {@code --xinfang.search.reindex} rebuilds the index and exits;
 * otherwise an empty index over a database with matters (a new disk, a lost folder) is rebuilt in the background.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SearchFeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchFeed.class);

    private final MatterIndex index;
    private final ConfigurableApplicationContext context;
    /** The command's option: {@code java -jar xinfang.jar --xinfang.search.reindex}. */
    static final String REINDEX = "xinfang.search.reindex";

    SearchFeed(MatterIndex index, ConfigurableApplicationContext context) {
        this.index = index;
        this.context = context;
    }

    @ApplicationModuleListener
    void on(MatterTransitioned step) {
        index.reindex(List.of(step.matterId()));
    }

    @ApplicationModuleListener
    void on(MattersImported imported) {
        index.reindex(imported.matterIds());
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption(REINDEX)) {
            MatterIndex.Rebuild r = index.rebuild().await();
            log.info("Search: rebuild {}: {} matters in {} s", r.failure() == null ? "done" : "failed", r.indexed(), r.seconds());
            int code = r.failure() == null ? 0 : 1;
            System.exit(SpringApplication.exit(context, () -> code));
        }
        if (index.documents() == 0 && index.matters() > 0) {
            log.info("Search: the index is empty and the database has matters: rebuilding it in the background");
            index.rebuild();
        }
    }
}
