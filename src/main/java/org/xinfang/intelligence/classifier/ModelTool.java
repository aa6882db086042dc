package org.xinfang.intelligence.classifier;

import org.xinfang.intelligence.messages.MessageFile;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The category model from the command line, without starting the product (docs/intelligence.md):
 * <pre>
 *   train    &lt;labelled.csv&gt; &lt;model-file&gt; &lt;metrics.json&gt;   5-fold cross-validation, then the model on every row
 *   evaluate &lt;model-file | built-in&gt; &lt;labelled.csv&gt;         accuracy and macro-F1 of a model on a file it never saw
 * </pre>
 * A labelled file has the columns {@code text}, {@code label} and optionally {@code title}.
 */
public final class ModelTool {

    /** The model shipped with the product, trained on the public labelled messages by {@code train}. */
    public static final String BUILT_IN = "/intelligence/category-model.bin";
    public static final String BUILT_IN_METRICS = "/intelligence/category-model-metrics.json";

    private ModelTool() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 4 && args[0].equals("train")) {
            ModelTraining.Result r = new ModelTraining(new TextFeatures()).trainAndMeasure(examples(Path.of(args[1])), 5,
                    20191231L, (done, total) -> System.err.printf("training %d/%d%n", done, total));
            Files.write(Path.of(args[2]), r.model().toBytes());
            Files.writeString(Path.of(args[3]), JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                    .writeValueAsString(r.metrics()));
            print(r.metrics().accuracy(), r.metrics().macroF1(), r.metrics().labels());
        } else if (args.length == 3 && args[0].equals("evaluate")) {
            CategoryModel model = CategoryModel.fromBytes(args[1].equals("built-in") ? builtIn()
                    : Files.readAllBytes(Path.of(args[1])));
            ModelMetrics m = evaluate(model, new TextFeatures(), examples(Path.of(args[2])));
            print(m.accuracy(), m.macroF1(), m.labels());
        } else {
            System.err.println("usage: train <labelled.csv> <model-file> <metrics.json> | evaluate <model-file|built-in> <labelled.csv>");
            System.exit(2);
        }
    }

    public static byte[] builtIn() throws IOException {
        try (InputStream in = ModelTool.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IOException("the built-in category model " + BUILT_IN + " is not on the class path");
            }
            return in.readAllBytes();
        }
    }

    /** A labelled file's rows with a label; the label as the file gives it (a category's code or its name). */
    public static List<ModelTraining.Example> examples(Path file) {
        return MessageFile.read(file).stream().filter(m -> !m.get("label").isBlank())
                .map(m -> new ModelTraining.Example(m.get("title"), m.get("text"), m.get("label").trim())).toList();
    }

    /** A model's accuracy and macro-F1 on examples, its best label always taken (no confidence floor). */
    public static ModelMetrics evaluate(CategoryModel model, TextFeatures features, List<ModelTraining.Example> examples) {
        List<String> labels = model.labels();
        int[] y = new int[examples.size()];
        double[][] scores = new double[examples.size()][];
        for (int i = 0; i < y.length; i++) {
            ModelTraining.Example e = examples.get(i);
            y[i] = labels.indexOf(e.label());
            if (y[i] < 0) {
                throw new IllegalArgumentException("label \"" + e.label() + "\" is not one of the model's: " + labels);
            }
            scores[i] = model.linearScores(model.vector(features.counts(e.title(), e.text())));
        }
        return ModelMetrics.of(labels, y, scores, model.temperature(), 0);
    }

    private static void print(double accuracy, double macroF1, List<ModelMetrics.LabelMetrics> labels) {
        for (ModelMetrics.LabelMetrics l : labels) {
            System.out.printf(Locale.ROOT, "%-10s support %5d  precision %.3f  recall %.3f  F1 %.3f%n", l.label(),
                    l.support(), l.precision(), l.recall(), l.f1());
        }
        System.out.printf(Locale.ROOT, "accuracy %.4f  macro-F1 %.4f%n", accuracy, macroF1);
    }
}
