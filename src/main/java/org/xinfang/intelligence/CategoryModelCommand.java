package org.xinfang.intelligence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.xinfang.platform.Refusal;

import java.util.Locale;

/**
 * The command that trains the category model on the city's matters and exits (docs/intelligence.md):
 * {@code java -jar xinfang.jar --xinfang.intelligence.train-category-model}. It runs after everything else at start,
 * so the demo city, when enabled, is there to learn from.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class CategoryModelCommand implements ApplicationRunner {

    static final String OPTION = "xinfang.intelligence.train-category-model";
    private static final Logger log = LoggerFactory.getLogger(CategoryModelCommand.class);

    private final CategoryModels models;
    private final ConfigurableApplicationContext context;
    private final MessageSource messages;

    CategoryModelCommand(CategoryModels models, ConfigurableApplicationContext context, MessageSource messages) {
        this.models = models;
        this.messages = messages;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        int status = 0;
        try {
            int version = models.train("command", "command line",
                    (done, total) -> log.info("training the category model: {} of {} rounds done", done, total));
            CategoryModels.Version v = models.versions().get(0);
            log.info("category model version {} trained on {} matters and in use: accuracy {}, macro-F1 {}", version,
                    v.examples(), v.metrics().accuracy(), v.metrics().macroF1());
        } catch (Refusal r) {
            log.error("the category model was not trained: {}", r.describe(messages, Locale.ENGLISH));
            status = 1;
        }
        int exit = status;
        System.exit(SpringApplication.exit(context, () -> exit));
    }
}
