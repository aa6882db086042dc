package org.xinfang.intelligence.classifier;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * Trains a {@link CategoryModel} with LIBLINEAR (Crammer and Singer's multi-class linear SVM) and measures it by
 * stratified k-fold cross-validation: every example is scored once by a model that did not see it. The held-out scores
 * also fit the temperature of the probabilities. The settings were chosen by cross-validation on the labelled messages
 * (docs/intelligence.md, "Category suggestion").
 */
public final class ModelTraining {

    /** A labelled text: the label is a category code. */
    public record Example(String title, String text, String label) {
    }

    /** A bucket must occur in two training texts: one-off n-grams are noise and would only grow the model. */
    private static final int MIN_DOCUMENT_FREQUENCY = 2;
    /**
     * A bucket in more than half of the texts is the boilerplate every petition shares (greetings, "反映", "希望"), unless
     * it could still mark the largest label (a share above half is then no sign of boilerplate).
     */
    private static final double MAX_DOCUMENT_SHARE = 0.5;
    /**
     * Only this share of the buckets is kept: those whose presence depends most on the label (χ² against the best
     * label). Most n-grams tell nothing about the category, and the SVM fits their noise (docs/intelligence-classifier.md,
     * third round).
     */
    static final double KEPT_SHARE = 0.1;
    /**
     * But never fewer buckets than this: a small training set has few buckets, and its perfect indicators tie on χ², so
     * a share of them would be an arbitrary pick (the public labelled messages have about 200,000, well above).
     */
    static final int MIN_KEPT = 10_000;
    private static final double COST = 1;
    private static final double STOPPING = 0.01;
    /** The confidence levels the report gives coverage and accuracy for. */
    static final double[] CONFIDENCE_LEVELS = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};

    private final TextFeatures features;

    public ModelTraining(TextFeatures features) {
        this.features = features;
    }

    /** The model trained on every example, with the metrics of the same training measured by cross-validation. */
    public record Result(CategoryModel model, ModelMetrics metrics) {
    }

    /**
     * Cross-validates ({@code folds} stratified folds, shuffled by {@code seed}), then trains on all examples. Each label
     * needs at least {@code folds} examples.
     */
    public Result trainAndMeasure(List<Example> examples, int folds, long seed, ProgressListener progress) {
        List<String> labels = new ArrayList<>(new TreeSet<>(examples.stream().map(Example::label).toList()));
        List<Map<Integer, Double>> docs = new ArrayList<>(examples.size());
        for (Example e : examples) {
            docs.add(features.counts(e.title(), e.text()));
        }
        int[] y = examples.stream().mapToInt(e -> labels.indexOf(e.label())).toArray();
        int[] fold = stratifiedFolds(y, labels.size(), folds, seed);
        double[][] heldOut = new double[examples.size()][];
        for (int k = 0; k < folds; k++) {
            progress.step(k, folds + 1);
            List<Integer> train = new ArrayList<>();
            for (int i = 0; i < y.length; i++) {
                if (fold[i] != k) {
                    train.add(i);
                }
            }
            CategoryModel m = fit(labels, docs, y, train, 1);
            for (int i = 0; i < y.length; i++) {
                if (fold[i] == k) {
                    heldOut[i] = m.linearScores(m.vector(docs.get(i)));
                }
            }
        }
        progress.step(folds, folds + 1);
        double temperature = temperature(heldOut, y);
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            all.add(i);
        }
        CategoryModel model = fit(labels, docs, y, all, temperature);
        progress.step(folds + 1, folds + 1);
        return new Result(model, ModelMetrics.of(labels, y, heldOut, temperature, folds));
    }

    /** Told how far training has come: {@code done} of {@code total} trainings. */
    @FunctionalInterface
    public interface ProgressListener {
        void step(int done, int total);

        ProgressListener NONE = (done, total) -> { };
    }

    private CategoryModel fit(List<String> labels, List<Map<Integer, Double>> docs, int[] y, List<Integer> rows,
                              double temperature) {
        Map<Integer, Integer> df = new HashMap<>();
        for (int i : rows) {
            for (Integer b : docs.get(i).keySet()) {
                df.merge(b, 1, Integer::sum);
            }
        }
        int[] perLabel = new int[labels.size()];
        for (int i : rows) {
            perLabel[y[i]]++;
        }
        double maxDf = Math.max(MAX_DOCUMENT_SHARE, Arrays.stream(perLabel).max().orElse(0) / (double) rows.size())
                * rows.size();
        int[] buckets = chiSquareBest(df.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_DOCUMENT_FREQUENCY && e.getValue() <= maxDf)
                .mapToInt(Map.Entry::getKey).sorted().toArray(), docs, y, rows, labels.size(), KEPT_SHARE, MIN_KEPT);
        double[] idf = new double[buckets.length];
        for (int f = 0; f < buckets.length; f++) {
            idf[f] = Math.log((1.0 + rows.size()) / (1.0 + df.get(buckets[f]))) + 1;
        }
        int k = labels.size();
        // the vectors are the model's own: a model with the vocabulary and no weights yet builds them
        CategoryModel vocabulary = CategoryModel.of(labels, buckets, idf, new double[buckets.length * k], new double[k], 1);
        Problem p = new Problem();
        p.l = rows.size();
        p.n = buckets.length + 1;
        p.bias = 1;
        p.x = new Feature[p.l][];
        p.y = new double[p.l];
        for (int r = 0; r < p.l; r++) {
            CategoryModel.Sparse v = vocabulary.vector(docs.get(rows.get(r)));
            Feature[] x = new Feature[v.index().length + 1];
            for (int j = 0; j < v.index().length; j++) {
                x[j] = new FeatureNode(v.index()[j] + 1, v.value()[j]);
            }
            // LIBLINEAR wants the features in ascending order, the bias last
            java.util.Arrays.sort(x, 0, v.index().length, java.util.Comparator.comparingInt(Feature::getIndex));
            x[v.index().length] = new FeatureNode(p.n, 1);
            p.x[r] = x;
            p.y[r] = y[rows.get(r)];
        }
        Linear.setDebugOutput(null);
        Linear.resetRandom();
        Model m = Linear.train(p, new Parameter(SolverType.MCSVM_CS, COST, STOPPING));
        // LIBLINEAR keeps w[feature * classes + class] in the order of getLabels(); ours is the order of labels
        double[] w = m.getFeatureWeights();
        int[] order = m.getLabels();
        int classes = m.getNrClass();
        double[] weights = new double[buckets.length * k];
        double[] bias = new double[k];
        for (int c = 0; c < classes; c++) {
            for (int f = 0; f < buckets.length; f++) {
                weights[f * k + order[c]] = w[f * classes + c];
            }
            bias[order[c]] = w[buckets.length * classes + c];
        }
        return CategoryModel.of(labels, buckets, idf, weights, bias, temperature);
    }

    /**
     * The share {@code keep} (but at least {@code atLeast}) of the buckets (ascending) whose presence in a text depends
     * most on one label: the largest χ² of the 2×2 table presence × label over the labels, from the rows' labels only.
     * Ascending again.
     */
    static int[] chiSquareBest(int[] buckets, List<Map<Integer, Double>> docs, int[] y, List<Integer> rows, int labels,
                               double keep, int atLeast) {
        if (buckets.length <= atLeast) {
            return buckets;
        }
        double[] score = chiSquare(buckets, docs, y, rows, labels);
        // ties broken by position, so the same rows always give the same vocabulary
        Integer[] order = new Integer[buckets.length];
        for (int f = 0; f < buckets.length; f++) {
            order[f] = f;
        }
        Arrays.sort(order, (a, b) -> score[a] != score[b] ? Double.compare(score[b], score[a]) : Integer.compare(a, b));
        return Arrays.stream(order).limit(Math.max(atLeast, Math.round(keep * buckets.length)))
                .mapToInt(f -> buckets[f]).sorted().toArray();
    }

    /** Each bucket's largest χ² of the 2×2 table presence × label over the labels, from the rows' labels. */
    static double[] chiSquare(int[] buckets, List<Map<Integer, Double>> docs, int[] y, List<Integer> rows, int labels) {
        int[][] present = new int[buckets.length][labels];
        int[] perLabel = new int[labels];
        for (int r : rows) {
            perLabel[y[r]]++;
            for (Integer b : docs.get(r).keySet()) {
                int f = Arrays.binarySearch(buckets, b);
                if (f >= 0) {
                    present[f][y[r]]++;
                }
            }
        }
        double n = rows.size();
        double[] score = new double[buckets.length];
        for (int f = 0; f < buckets.length; f++) {
            int df = Arrays.stream(present[f]).sum();
            for (int l = 0; l < labels; l++) {
                double a = present[f][l];
                double b = df - a;
                double c = perLabel[l] - a;
                double d = n - df - c;
                double den = (a + c) * (b + d) * (a + b) * (c + d);
                score[f] = Math.max(score[f], den == 0 ? 0 : n * (a * d - c * b) * (a * d - c * b) / den);
            }
        }
        return score;
    }

    /** Each label's examples dealt round the folds in a shuffled order, so each fold has its share of each label. */
    static int[] stratifiedFolds(int[] y, int labels, int folds, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        int[] dealt = new int[labels];
        int[] fold = new int[y.length];
        for (int i : order) {
            fold[i] = dealt[y[i]]++ % folds;
        }
        return fold;
    }

    /** The temperature under which the held-out scores' softmax gives the true labels the most likelihood. */
    static double temperature(double[][] scores, int[] y) {
        double best = 1;
        double bestLikelihood = Double.NEGATIVE_INFINITY;
        for (double t = 0.5; t <= 30; t += 0.5) {
            double ll = 0;
            for (int i = 0; i < y.length; i++) {
                ll += Math.log(ModelMetrics.softmax(scores[i], t)[y[i]]);
            }
            if (ll > bestLikelihood) {
                bestLikelihood = ll;
                best = t;
            }
        }
        return best;
    }
}
