package org.xinfang.intelligence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinfang.casework.MatterTexts;
import org.xinfang.intelligence.classifier.CategoryModel;
import org.xinfang.intelligence.classifier.ModelMetrics;
import org.xinfang.intelligence.classifier.ModelTool;
import org.xinfang.intelligence.classifier.ModelTraining;
import org.xinfang.intelligence.classifier.TextFeatures;
import org.xinfang.platform.Refusal;
import org.xinfang.platform.admin.AdminAudit;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * The category model's versions (分类模型版本): the model shipped with the product (version 1, trained on the public
 * labelled messages), and every model trained since on the city's own matters, each with its cross-validated metrics.
 * One version is in use; every node reads which one each minute, so a training on one node reaches them all.
 */
@Service
public class CategoryModels {

    private static final Logger log = LoggerFactory.getLogger(CategoryModels.class);
    /** The latest matters a training learns from: today's wording first, and a training of minutes, not hours. */
    static final int MAX_EXAMPLES = 30_000;
    /** A category needs this many matters to be learnt: fewer cannot be cross-validated in five folds with any meaning. */
    static final int MIN_EXAMPLES_PER_LABEL = 20;
    private static final int FOLDS = 5;

    /** A version as the administrator's list shows it. */
    public record Version(int version, String source, Instant trainedAt, String trainedBy, int examples,
                          ModelMetrics metrics, boolean inUse) {
    }

    /** How a training started on this node is getting on. */
    public record Training(boolean running, int done, int total, Instant startedAt, Integer version, Refusal failure) {
    }

    /** The model in use, loaded. */
    record Loaded(int version, CategoryModel model) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final MatterTexts texts;
    private final AdminAudit audit;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();
    private final TextFeatures features = new TextFeatures();
    private final AtomicReference<Loaded> inUse = new AtomicReference<>();
    private final AtomicReference<Training> training = new AtomicReference<>();

    CategoryModels(NamedParameterJdbcTemplate jdbc, TransactionTemplate transactions, MatterTexts texts,
                   AdminAudit audit, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.texts = texts;
        this.audit = audit;
        this.clock = clock;
    }

    TextFeatures features() {
        return features;
    }

    /** The model in use; the built-in one is recorded as version 1 on the first start. */
    Loaded inUse() {
        Loaded loaded = inUse.get();
        if (loaded == null) {
            refresh();
            loaded = inUse.get();
        }
        return loaded;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        refresh();
    }

    /** Every minute: another node may have trained or chosen another version. */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void refresh() {
        Integer version = transactions.execute(s -> {
            List<Integer> used = jdbc.getJdbcTemplate().queryForList(
                    "select version from intelligence_category_model where in_use", Integer.class);
            if (!used.isEmpty()) {
                return used.get(0);
            }
            recordBuiltIn();
            return 1;
        });
        Loaded current = inUse.get();
        if (current == null || current.version() != version) {
            byte[] bytes = jdbc.queryForObject("select model from intelligence_category_model where version = :v",
                    Map.of("v", version), byte[].class);
            inUse.set(new Loaded(version, CategoryModel.fromBytes(bytes)));
            log.info("category model version {} in use", version);
        }
    }

    private void recordBuiltIn() {
        try (InputStream metrics = CategoryModels.class.getResourceAsStream(ModelTool.BUILT_IN_METRICS)) {
            if (metrics == null) {
                throw new IOException(ModelTool.BUILT_IN_METRICS + " is not on the class path");
            }
            ModelMetrics m = json.readValue(metrics, ModelMetrics.class);
            // two nodes starting at once: the second finds the first's row
            jdbc.update("""
                    insert into intelligence_category_model (version, source, trained_at, trained_by, examples, metrics, model, in_use)
                    values (1, 'BUILT_IN', :at, 'xinfang', :examples, cast(:metrics as jsonb), :model, true)
                    on conflict do nothing""", new MapSqlParameterSource("at", Timestamp.from(clock.instant()))
                    .addValue("examples", m.examples()).addValue("metrics", json.writeValueAsString(m))
                    .addValue("model", ModelTool.builtIn()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every version, the latest first. */
    public List<Version> versions() {
        return jdbc.query("select version, source, trained_at, trained_by, examples, metrics, in_use "
                        + "from intelligence_category_model order by version desc", Map.of(),
                (rs, i) -> new Version(rs.getInt("version"), rs.getString("source"),
                        rs.getTimestamp("trained_at").toInstant(), rs.getString("trained_by"), rs.getInt("examples"),
                        json.readValue(rs.getString("metrics"), ModelMetrics.class), rs.getBoolean("in_use")));
    }

    public Optional<Training> training() {
        return Optional.ofNullable(training.get());
    }

    /**
     * Starts training a new version on the city's latest matters, in the background; the new version is put in use
     * when done (the administrator can go back to any earlier one). One training at a time on a node.
     */
    public void startTraining(String actor, String actorName) {
        Training now = new Training(true, 0, FOLDS + 1, clock.instant(), null, null);
        Training before = training.get();
        if ((before != null && before.running()) || !training.compareAndSet(before, now)) {
            throw Refusal.conflict("intelligence.model.training-running");
        }
        Thread worker = new Thread(() -> {
            try {
                int version = train(actor, actorName, (done, total) -> training.set(
                        new Training(true, done, total, now.startedAt(), null, null)));
                training.set(new Training(false, FOLDS + 1, FOLDS + 1, now.startedAt(), version, null));
            } catch (Refusal e) {
                training.set(new Training(false, 0, FOLDS + 1, now.startedAt(), null, e));
            } catch (RuntimeException e) {
                log.warn("category model training failed", e);
                training.set(new Training(false, 0, FOLDS + 1, now.startedAt(), null,
                        Refusal.conflict("intelligence.model.training-failed")));
            }
        }, "category-model-training");
        worker.setDaemon(true);
        worker.start();
    }

    /**
     * Trains a version on the city's latest matters and puts it in use: the first-level category of each matter is its
     * label; categories with fewer than {@link #MIN_EXAMPLES_PER_LABEL} matters are left out (the model never suggests
     * them). Refused when fewer than two categories are left.
     */
    public int train(String actor, String actorName, ModelTraining.ProgressListener progress) {
        List<MatterTexts.Text> latest = texts.latest(MAX_EXAMPLES);
        Map<String, Long> perLabel = latest.stream().collect(Collectors.groupingBy(MatterTexts.Text::firstLevelCode,
                Collectors.counting()));
        List<ModelTraining.Example> examples = latest.stream()
                .filter(t -> perLabel.get(t.firstLevelCode()) >= MIN_EXAMPLES_PER_LABEL)
                .map(t -> new ModelTraining.Example(t.title(), t.content(), t.firstLevelCode())).toList();
        if (examples.stream().map(ModelTraining.Example::label).distinct().count() < 2) {
            throw Refusal.conflict("intelligence.model.too-few-matters", MIN_EXAMPLES_PER_LABEL);
        }
        ModelTraining.Result r = new ModelTraining(features).trainAndMeasure(examples, FOLDS, clock.millis(), progress);
        Integer version = transactions.execute(s -> {
            jdbc.getJdbcTemplate().execute("lock table intelligence_category_model in exclusive mode");
            int next = jdbc.getJdbcTemplate().queryForObject(
                    "select coalesce(max(version), 0) + 1 from intelligence_category_model", Integer.class);
            jdbc.getJdbcTemplate().update("update intelligence_category_model set in_use = false where in_use");
            jdbc.update("""
                    insert into intelligence_category_model (version, source, trained_at, trained_by, examples, metrics, model, in_use)
                    values (:v, 'HISTORY', :at, :by, :examples, cast(:metrics as jsonb), :model, true)""",
                    new MapSqlParameterSource("v", next).addValue("at", Timestamp.from(clock.instant()))
                            .addValue("by", actor).addValue("examples", examples.size())
                            .addValue("metrics", json.writeValueAsString(r.metrics()))
                            .addValue("model", r.model().toBytes()));
            audit.record(actor, actorName, AdminAudit.Area.CATEGORY_MODEL, "v" + next, "TRAIN", null,
                    String.format(java.util.Locale.ROOT, "examples %d, accuracy %.3f, macro-F1 %.3f", examples.size(),
                            r.metrics().accuracy(), r.metrics().macroF1()));
            return next;
        });
        inUse.set(new Loaded(version, r.model()));
        return version;
    }

    /** Puts an earlier (or later) version back in use. */
    public void use(int version, String actor, String actorName) {
        transactions.executeWithoutResult(s -> {
            Integer before = jdbc.getJdbcTemplate().queryForList(
                    "select version from intelligence_category_model where in_use for update", Integer.class)
                    .stream().findFirst().orElse(null);
            jdbc.getJdbcTemplate().update("update intelligence_category_model set in_use = false where in_use");
            if (jdbc.update("update intelligence_category_model set in_use = true where version = :v",
                    Map.of("v", version)) == 0) {
                throw Refusal.notFound("intelligence.model.unknown", String.valueOf(version));
            }
            audit.record(actor, actorName, AdminAudit.Area.CATEGORY_MODEL, "v" + version, "USE",
                    before == null ? null : "v" + before, "v" + version);
        });
        refresh();
    }
}
