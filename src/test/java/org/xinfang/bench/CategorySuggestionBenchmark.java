package org.xinfang.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.xinfang.intelligence.classifier.CategoryModel;
import org.xinfang.intelligence.classifier.ModelTool;
import org.xinfang.intelligence.classifier.ModelTraining;
import org.xinfang.intelligence.classifier.TextFeatures;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One category suggestion with the built-in model, on real citizens' messages (../shared), against the baseline of
 * the same text's features alone (the character grams and smartcn's words: most of the work). Run explicitly
 * (docs/intelligence.md):
 * <pre>
 * mvn -B -q -DskipTests test-compile && mvn -B -q dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) org.openjdk.jmh.Main CategorySuggestionBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class CategorySuggestionBenchmark {

    private CategoryModel model;
    private TextFeatures features;
    private List<ModelTraining.Example> messages;
    private int next;

    @Setup(Level.Trial)
    public void load() throws IOException {
        model = CategoryModel.fromBytes(ModelTool.builtIn());
        features = new TextFeatures();
        messages = ModelTool.examples(Path.of("../shared/data/complaints-zh/messages-labeled.csv"));
    }

    private ModelTraining.Example message() {
        next = (next + 1) % messages.size();
        return messages.get(next);
    }

    @Benchmark
    public List<CategoryModel.Scored> suggestion() {
        ModelTraining.Example m = message();
        return model.score(features, m.title(), m.text());
    }

    @Benchmark
    public Map<Integer, Double> baselineFeaturesOnly() {
        ModelTraining.Example m = message();
        return features.counts(m.title(), m.text());
    }
}
