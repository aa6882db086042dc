package org.xinfang.intelligence.classifier;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.xinfang.intelligence.messages.MessageFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Not a test: a tuning bench for the category model. Extracts each text's features once, by kind, then
 * cross-validates many settings over several seeds and prints mean and spread of macro-F1 and accuracy.
 * <pre>
 *   java -cp target/test-classes:target/classes:... org.xinfang.intelligence.classifier.TuningExperiment \
 *       labelled.csv unlabelled1.csv,unlabelled2.csv "spec1" "spec2" ...
 * </pre>
 * A spec is space-separated key=value: solver=cs|ovr|lr|cs+lr, C, nb (NB-SVM beta, 0 off), tw (title weight),
 * g (max char gram), words=0|1, unl=0|1 (IDF over the unlabelled texts too), cw=0|1 (balanced class weights),
 * mindf, maxdf (share of texts above which a bucket is dropped), bin=0|1 (presence instead of counts),
 * tf=log|raw|sqrt (term frequency transform), st (share of the unlabelled texts self-training adds), conf=1
 * (print the confusion matrix), seeds (count).
 */
public final class TuningExperiment {

    private static final Pattern DIGITS = Pattern.compile("[0-9０-９]+");
    private static final Pattern LATIN = Pattern.compile("[A-Za-zＡ-Ｚａ-ｚ]+");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Analyzer WORDS = new SmartChineseAnalyzer();

    /** One part's features by kind: 0..3 char grams of length 1..4, 4 words, 5 word pairs, 6 word triples. */
    record Parts(List<Map<Integer, Double>> text, List<Map<Integer, Double>> title) {
    }

    static List<Map<Integer, Double>> kinds(String raw) {
        List<Map<Integer, Double>> out = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            out.add(new HashMap<>());
        }
        if (raw == null || raw.isBlank()) {
            return out;
        }
        String s = SPACE.matcher(LATIN.matcher(DIGITS.matcher(raw).replaceAll("0")).replaceAll("a")).replaceAll(" ");
        for (int n = 1; n <= 4; n++) {
            for (int i = 0; i + n <= s.length(); i++) {
                out.get(n - 1).merge(TextFeatures.bucket('c', s, i, i + n), 1.0, Double::sum);
            }
        }
        List<String> tokens = new ArrayList<>();
        try (TokenStream ts = WORDS.tokenStream("text", s)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                tokens.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
        for (int i = 0; i < tokens.size(); i++) {
            out.get(4).merge(TextFeatures.bucket('w', tokens.get(i), 0, tokens.get(i).length()), 1.0, Double::sum);
            if (i + 1 < tokens.size()) {
                String b = tokens.get(i) + '_' + tokens.get(i + 1);
                out.get(5).merge(TextFeatures.bucket('b', b, 0, b.length()), 1.0, Double::sum);
            }
            if (i + 2 < tokens.size()) {
                String t = tokens.get(i) + '_' + tokens.get(i + 1) + '_' + tokens.get(i + 2);
                out.get(6).merge(TextFeatures.bucket('t', t, 0, t.length()), 1.0, Double::sum);
            }
        }
        return out;
    }

    static Map<Integer, Double> combine(Parts p, Map<String, String> o) {
        int g = Integer.parseInt(o.getOrDefault("g", "3"));
        boolean words = !o.getOrDefault("words", "1").equals("0");
        double tw = Double.parseDouble(o.getOrDefault("tw", "3"));
        boolean binary = o.getOrDefault("bin", "0").equals("1");
        boolean triples = o.getOrDefault("w3", "0").equals("1");
        // kw: a weight per kind (7 numbers) on its 1 + log(count), fed to the model as exp(w (1 + log count) - 1)
        double[] kw = Arrays.stream(o.getOrDefault("kw", "1,1,1,1,1,1,1").split(",")).mapToDouble(Double::parseDouble)
                .toArray();
        Map<Integer, Double> c = new HashMap<>();
        for (int i = 0; i < 7; i++) {
            if (i < 4 && i >= g || i >= 4 && i < 6 && !words || i == 6 && !triples) {
                continue;
            }
            Map<Integer, Double> kind = new HashMap<>();
            for (int part = 0; part < 2; part++) {
                double w = part == 0 ? 1 : tw;
                (part == 0 ? p.text : p.title).get(i).forEach((b, v) -> kind.merge(b, (binary ? 1 : v) * w, Double::sum));
            }
            double weight = kw[i];
            kind.forEach((b, v) -> c.merge(b, weight == 1 ? v : Math.exp(weight * (1 + Math.log(v)) - 1), Double::sum));
        }
        // tf=raw|sqrt: the model takes 1 + log(count); feeding exp(f(count) - 1) makes that f(count)
        String tf = o.getOrDefault("tf", "log");
        if (!tf.equals("log")) {
            c.replaceAll((b, v) -> Math.exp(Math.min(700, (tf.equals("raw") ? v : Math.sqrt(v)) - 1)));
        }
        return c;
    }

    public static void main(String[] args) throws Exception {
        List<ModelTraining.Example> ex = ModelTool.examples(Path.of(args[0]));
        List<String> unlabelledTexts = new ArrayList<>();
        // a message that is also in the labelled file would let self-training see a held-out text
        java.util.Set<String> labelledTexts = new java.util.HashSet<>(ex.stream().map(ModelTraining.Example::text).toList());
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String f : args[1].split(",")) {
            for (MessageFile.Message m : MessageFile.read(Path.of(f))) {
                if (!labelledTexts.contains(m.get("text")) && seen.add(m.get("text"))) {
                    unlabelledTexts.add(m.get("title") + "\u0001" + m.get("text"));
                }
            }
        }
        long t0 = System.nanoTime();
        List<Parts> parts = ex.parallelStream().map(e -> new Parts(kinds(e.text()), kinds(e.title()))).toList();
        List<Parts> unl = unlabelledTexts.parallelStream().map(s -> {
            String[] ts = s.split("\u0001", 2);
            return new Parts(kinds(ts[1]), kinds(ts[0]));
        }).toList();
        System.err.printf("features in %.1f s, %d unlabelled%n", (System.nanoTime() - t0) / 1e9, unl.size());
        List<String> labels = new ArrayList<>(new TreeSet<>(ex.stream().map(ModelTraining.Example::label).toList()));
        int[] y = ex.stream().mapToInt(e -> labels.indexOf(e.label())).toArray();
        for (int a = 2; a < args.length; a++) {
            Map<String, String> o = new HashMap<>();
            for (String kv : args[a].trim().split("\\s+")) {
                if (!kv.isEmpty()) {
                    String[] p = kv.split("=", 2);
                    o.put(p[0], p[1]);
                }
            }
            List<Map<Integer, Double>> docs = parts.stream().map(p -> combine(p, o)).toList();
            List<Map<Integer, Double>> pool = unl.stream().map(p -> combine(p, o)).toList();
            List<Map<Integer, Double>> udocs = o.getOrDefault("unl", "0").equals("1") ? pool : List.of();
            double selfShare = Double.parseDouble(o.getOrDefault("st", "0"));
            double[][] dense = Integer.parseInt(o.getOrDefault("lsa", "0")) > 0 ? Lsa.features(parts, unl, o) : null;
            List<Map<Integer, Double>> both = new ArrayList<>(docs);
            both.addAll(pool);
            int seeds = Integer.parseInt(o.getOrDefault("seeds", "3"));
            double[] f1 = new double[seeds];
            double[] acc = new double[seeds];
            long t1 = System.nanoTime();
            for (int s = 0; s < seeds; s++) {
                long seed = s == 0 ? 20191231L : 1000L + s;
                int[] fold = ModelTraining.stratifiedFolds(y, labels.size(), 5, seed);
                double[][] held = new double[y.length][];
                for (int k = 0; k < 5; k++) {
                    List<Integer> train = new ArrayList<>();
                    for (int i = 0; i < y.length; i++) {
                        if (fold[i] != k) {
                            train.add(i);
                        }
                    }
                    Fitted m = fit(labels, docs, udocs, y, train, o, dense);
                    if (selfShare > 0) {
                        m = new Fitted(selfTrained(m.model(), labels, both, docs.size(), udocs, y, train, selfShare, o), null);
                    }
                    for (int i = 0; i < y.length; i++) {
                        if (fold[i] == k) {
                            held[i] = m.scores(docs.get(i), dense == null ? null : dense[i]);
                        }
                    }
                }
                ModelMetrics mm = ModelMetrics.of(labels, y, held, 1, 5);
                if (s == 0 && o.getOrDefault("conf", "0").equals("1")) {
                    printConfusion(labels, y, held);
                }
                if (s == 0 && o.containsKey("errors")) {
                    writeErrors(Path.of(o.get("errors")), ex, labels, y, held);
                }
                f1[s] = mm.macroF1();
                acc[s] = mm.accuracy();
            }
            System.out.printf(Locale.ROOT, "%-50s F1 %.4f ± %.4f [%s]  acc %.4f ± %.4f  (%.0f s)%n", args[a],
                    mean(f1), sd(f1), fmt(f1), mean(acc), sd(acc), (System.nanoTime() - t1) / 1e9);
        }
    }

    /**
     * Self-training: the model labels the unlabelled pool, the most confident share (by margin of the best label over
     * the second) joins the training rows with its guessed label, and the model is trained again.
     */
    static CategoryModel selfTrained(CategoryModel m, List<String> labels, List<Map<Integer, Double>> both, int labelled,
                                     List<Map<Integer, Double>> udocs, int[] y, List<Integer> train, double share,
                                     Map<String, String> o) {
        int u = both.size() - labelled;
        int[] guess = new int[u];
        double[] margin = new double[u];
        for (int i = 0; i < u; i++) {
            double[] s = m.linearScores(m.vector(both.get(labelled + i)));
            int best = 0;
            for (int c = 1; c < s.length; c++) {
                if (s[c] > s[best]) {
                    best = c;
                }
            }
            double second = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < s.length; c++) {
                if (c != best) {
                    second = Math.max(second, s[c]);
                }
            }
            guess[i] = best;
            margin[i] = s[best] - second;
        }
        Integer[] order = new Integer[u];
        for (int i = 0; i < u; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(margin[b], margin[a]));
        int[] yy = Arrays.copyOf(y, both.size());
        List<Integer> rows = new ArrayList<>(train);
        for (int r = 0; r < Math.round(share * u); r++) {
            yy[labelled + order[r]] = guess[order[r]];
            rows.add(labelled + order[r]);
        }
        return fit(labels, both, udocs, yy, rows, o, null).model();
    }

    /** A fitted model with the weights of the dense features appended to the sparse ones (null if none). */
    record Fitted(CategoryModel model, double[][] dense) {
        double[] scores(Map<Integer, Double> doc, double[] z) {
            double[] s = model.linearScores(model.vector(doc));
            if (dense != null) {
                for (int l = 0; l < s.length; l++) {
                    for (int d = 0; d < z.length; d++) {
                        s[l] += dense[l][d] * z[d];
                    }
                }
            }
            return s;
        }
    }

    /** The held-out mistakes (true label, best label, margin, title, text) as tab-separated lines, to read them. */
    static void writeErrors(Path file, List<ModelTraining.Example> ex, List<String> labels, int[] y, double[][] held)
            throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            int best = 0;
            for (int c = 1; c < labels.size(); c++) {
                if (held[i][c] > held[i][best]) {
                    best = c;
                }
            }
            if (best != y[i]) {
                lines.add(labels.get(y[i]) + "\t" + labels.get(best) + "\t"
                        + String.format(Locale.ROOT, "%.2f", held[i][best] - held[i][y[i]]) + "\t" + ex.get(i).title()
                        + "\t" + ex.get(i).text());
            }
        }
        java.nio.file.Files.write(file, lines);
    }

    /** Rows: the true label; columns: the held-out best label. */
    static void printConfusion(List<String> labels, int[] y, double[][] held) {
        int k = labels.size();
        int[][] m = new int[k][k];
        for (int i = 0; i < y.length; i++) {
            int best = 0;
            for (int c = 1; c < k; c++) {
                if (held[i][c] > held[i][best]) {
                    best = c;
                }
            }
            m[y[i]][best]++;
        }
        for (int r = 0; r < k; r++) {
            StringBuilder b = new StringBuilder(labels.get(r));
            for (int c = 0; c < k; c++) {
                b.append(String.format(Locale.ROOT, " %4d", m[r][c]));
            }
            System.out.println(b);
        }
    }

    static String fmt(double[] v) {
        StringBuilder b = new StringBuilder();
        for (double x : v) {
            b.append(String.format(Locale.ROOT, "%.4f ", x));
        }
        return b.toString().trim();
    }

    static double mean(double[] v) {
        return Arrays.stream(v).average().orElse(0);
    }

    static double sd(double[] v) {
        double m = mean(v);
        return Math.sqrt(Arrays.stream(v).map(x -> (x - m) * (x - m)).sum() / Math.max(1, v.length - 1));
    }

    static Fitted fit(List<String> labels, List<Map<Integer, Double>> docs, List<Map<Integer, Double>> udocs,
                      int[] y, List<Integer> rows, Map<String, String> o, double[][] denseAll) {
        int minDf = Integer.parseInt(o.getOrDefault("mindf", "2"));
        Map<Integer, Integer> df = new HashMap<>();
        for (int i : rows) {
            for (Integer b : docs.get(i).keySet()) {
                df.merge(b, 1, Integer::sum);
            }
        }
        // maxdf: buckets in more than this share of the texts are boilerplate every label shares
        double maxDf = Double.parseDouble(o.getOrDefault("maxdf", "1")) * rows.size();
        int[] buckets = df.entrySet().stream().filter(e -> e.getValue() >= minDf && e.getValue() <= maxDf)
                .mapToInt(Map.Entry::getKey).sorted().toArray();
        double chi = Double.parseDouble(o.getOrDefault("chi", "1"));
        if (chi < 1) {
            buckets = o.containsKey("chiq") || o.containsKey("chipos")
                    ? chiVariant(buckets, docs, y, rows, labels.size(), chi, o.containsKey("chiq"), o.containsKey("chipos"))
                    : ModelTraining.chiSquareBest(buckets, docs, y, rows, labels.size(), chi,
                    Integer.parseInt(o.getOrDefault("chimin", "0")));
        }
        Map<Integer, Integer> idfDf = df;
        int n = rows.size();
        if (!udocs.isEmpty()) {
            idfDf = new HashMap<>(df);
            for (Map<Integer, Double> d : udocs) {
                for (Integer b : d.keySet()) {
                    idfDf.merge(b, 1, Integer::sum);
                }
            }
            n += udocs.size();
        }
        double[] idf = new double[buckets.length];
        for (int f = 0; f < buckets.length; f++) {
            idf[f] = Math.log((1.0 + n) / (1.0 + idfDf.get(buckets[f]))) + 1;
        }
        // sw=γ: supervised term weight, the IDF times (χ² / mean χ²)^γ (capped where the model's 16 bits end)
        double sw = Double.parseDouble(o.getOrDefault("sw", "0"));
        if (sw > 0) {
            double[] chi2 = ModelTraining.chiSquare(buckets, docs, y, rows, labels.size());
            double mean = Arrays.stream(chi2).average().orElse(1);
            for (int f = 0; f < buckets.length; f++) {
                idf[f] = Math.min(31, idf[f] * Math.pow(Math.max(chi2[f], 1e-3) / mean, sw));
            }
        }
        int k = labels.size();
        CategoryModel vocabulary = CategoryModel.of(labels, buckets, idf, new double[buckets.length * k], new double[k], 1);
        List<CategoryModel.Sparse> xs = new ArrayList<>();
        for (int r : rows) {
            xs.add(vocabulary.vector(docs.get(r)));
        }
        double c = Double.parseDouble(o.getOrDefault("C", "1"));
        String solver = o.getOrDefault("solver", "cs");
        double nb = Double.parseDouble(o.getOrDefault("nb", "0"));
        boolean cw = o.getOrDefault("cw", "0").equals("1");
        int[] yr = rows.stream().mapToInt(i -> y[i]).toArray();
        double[] weights = new double[buckets.length * k];
        double[] bias = new double[k];
        if (nb > 0) {
            // per label: log-count ratio of binarised features, a binary SVM on x∘r, interpolated towards the mean weight
            double alpha = Double.parseDouble(o.getOrDefault("alpha", "1"));
            double[][] cnt = new double[k][buckets.length];
            int[] perLabel = new int[k];
            for (int r = 0; r < xs.size(); r++) {
                perLabel[yr[r]]++;
                for (int j : xs.get(r).index()) {
                    cnt[yr[r]][j]++;
                }
            }
            double[] total = new double[buckets.length];
            for (int l = 0; l < k; l++) {
                for (int f = 0; f < buckets.length; f++) {
                    total[f] += cnt[l][f];
                }
            }
            SolverType st = solver.equals("lr") ? SolverType.L2R_LR : SolverType.L2R_L2LOSS_SVC_DUAL;
            for (int l = 0; l < k; l++) {
                double[] rr = new double[buckets.length];
                double sp = 0;
                double sq = 0;
                for (int f = 0; f < buckets.length; f++) {
                    sp += cnt[l][f] + alpha;
                    sq += total[f] - cnt[l][f] + alpha;
                }
                for (int f = 0; f < buckets.length; f++) {
                    rr[f] = Math.log(((cnt[l][f] + alpha) / sp) / ((total[f] - cnt[l][f] + alpha) / sq));
                }
                double[] yy = new double[xs.size()];
                for (int r = 0; r < xs.size(); r++) {
                    yy[r] = yr[r] == l ? 1 : -1;
                }
                double[] wb = train(xs, yy, buckets.length, rr, new Parameter(st, c, 0.01));
                double wbar = 0;
                for (int f = 0; f < buckets.length; f++) {
                    wbar += Math.abs(wb[f]);
                }
                wbar /= buckets.length;
                for (int f = 0; f < buckets.length; f++) {
                    weights[f * k + l] = rr[f] * ((1 - nb) * wbar + nb * wb[f]);
                }
                bias[l] = wb[buckets.length];
            }
            return new Fitted(CategoryModel.of(labels, buckets, idf, weights, bias, 1), null);
        }
        double[][] dense = denseAll == null ? null : rows.stream().map(r -> denseAll[r]).toArray(double[][]::new);
        double[][] denseW = null;
        for (String part : solver.split("\\+")) {
            SolverType st = switch (part) {
                case "cs" -> SolverType.MCSVM_CS;
                case "ovr" -> SolverType.L2R_L2LOSS_SVC_DUAL;
                case "lr" -> SolverType.L2R_LR;
                default -> throw new IllegalArgumentException(part);
            };
            double cc = part.equals("lr") ? Double.parseDouble(o.getOrDefault("Clr", String.valueOf(c * 10))) : c;
            Parameter param = new Parameter(st, cc, 0.01);
            if (cw) {
                double[] wts = new double[k];
                int[] lab = new int[k];
                int[] cntl = new int[k];
                for (int v : yr) {
                    cntl[v]++;
                }
                for (int l = 0; l < k; l++) {
                    lab[l] = l;
                    wts[l] = yr.length / (double) (k * cntl[l]);
                }
                param.setWeights(wts, lab);
            }
            double[][] w = trainMulti(xs, yr, buckets.length, k, param, dense);
            if (dense != null) {
                denseW = new double[k][dense[0].length];
                for (int l = 0; l < k; l++) {
                    System.arraycopy(w[l], buckets.length + 1, denseW[l], 0, dense[0].length);
                }
            }
            // a product of experts: the sum of each model's log-probabilities is linear in the features
            double scale = solver.contains("+") ? temperatureOf(w, xs, yr, k, buckets.length) : 1;
            for (int l = 0; l < k; l++) {
                for (int f = 0; f < buckets.length; f++) {
                    weights[f * k + l] += scale * w[l][f];
                }
                bias[l] += scale * w[l][buckets.length];
            }
        }
        Ensemble.add(o, xs, yr, buckets.length, k, weights, bias);
        return new Fitted(CategoryModel.of(labels, buckets, idf, weights, bias, 1), denseW);
    }

    /**
     * χ² selection variants: {@code chipos} counts only a positive association (presence marks the label), {@code chiq}
     * gives each label a quota of the share (its own best buckets) instead of one ranking by the best label.
     */
    static int[] chiVariant(int[] buckets, List<Map<Integer, Double>> docs, int[] y, List<Integer> rows, int k,
                            double keep, boolean quota, boolean positive) {
        int[][] present = new int[buckets.length][k];
        int[] perLabel = new int[k];
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
        double[][] score = new double[k][buckets.length];
        for (int f = 0; f < buckets.length; f++) {
            int df = Arrays.stream(present[f]).sum();
            for (int l = 0; l < k; l++) {
                double a = present[f][l];
                double b = df - a;
                double c = perLabel[l] - a;
                double d = n - df - c;
                double den = (a + c) * (b + d) * (a + b) * (c + d);
                score[l][f] = den == 0 || positive && a * d <= c * b ? 0 : n * (a * d - c * b) * (a * d - c * b) / den;
            }
        }
        long total = Math.round(keep * buckets.length);
        java.util.TreeSet<Integer> kept = new java.util.TreeSet<>();
        if (quota) {
            for (int l = 0; l < k; l++) {
                double[] sl = score[l];
                java.util.stream.IntStream.range(0, buckets.length).boxed()
                        .sorted((a, b) -> Double.compare(sl[b], sl[a])).limit(total / k).forEach(kept::add);
            }
        } else {
            double[] best = new double[buckets.length];
            for (int f = 0; f < buckets.length; f++) {
                for (int l = 0; l < k; l++) {
                    best[f] = Math.max(best[f], score[l][f]);
                }
            }
            java.util.stream.IntStream.range(0, buckets.length).boxed()
                    .sorted((a, b) -> Double.compare(best[b], best[a])).limit(total).forEach(kept::add);
        }
        return kept.stream().mapToInt(f -> buckets[f]).toArray();
    }

    /** Training-set temperature (a crude stand-in for the held-out fit) so the two experts are on one scale. */
    static double temperatureOf(double[][] w, List<CategoryModel.Sparse> xs, int[] yr, int k, int n) {
        double[][] s = new double[xs.size()][k];
        for (int r = 0; r < xs.size(); r++) {
            for (int l = 0; l < k; l++) {
                double v = w[l][n];
                CategoryModel.Sparse x = xs.get(r);
                for (int j = 0; j < x.index().length; j++) {
                    v += w[l][x.index()[j]] * x.value()[j];
                }
                s[r][l] = v;
            }
        }
        return ModelTraining.temperature(s, yr);
    }

    static Feature[][] problemX(List<CategoryModel.Sparse> xs, int n, double[] rr) {
        return problemX(xs, n, rr, null);
    }

    /** The dense features (if any) at n + 1 onwards, the bias last. */
    static Feature[][] problemX(List<CategoryModel.Sparse> xs, int n, double[] rr, double[][] dense) {
        Feature[][] out = new Feature[xs.size()][];
        int d = dense == null ? 0 : dense[0].length;
        for (int r = 0; r < xs.size(); r++) {
            CategoryModel.Sparse v = xs.get(r);
            Feature[] x = new Feature[v.index().length + 1 + d];
            for (int j = 0; j < v.index().length; j++) {
                x[j] = new FeatureNode(v.index()[j] + 1, v.value()[j] * (rr == null ? 1 : rr[v.index()[j]]));
            }
            for (int j = 0; j < d; j++) {
                x[v.index().length + j] = new FeatureNode(n + 1 + j, dense[r][j]);
            }
            x[v.index().length + d] = new FeatureNode(n + d + 1, 1);
            out[r] = x;
        }
        return out;
    }

    static double[] train(List<CategoryModel.Sparse> xs, double[] yy, int n, double[] rr, Parameter param) {
        Problem p = new Problem();
        p.l = xs.size();
        p.n = n + 1;
        p.bias = 1;
        p.x = problemX(xs, n, rr);
        p.y = yy;
        Linear.setDebugOutput(null);
        Linear.resetRandom();
        Model m = Linear.train(p, param);
        double[] w = m.getFeatureWeights();
        // binary models keep one weight vector for the first label of getLabels()
        double sign = m.getLabels()[0] == 1 ? 1 : -1;
        double[] out = new double[n + 1];
        for (int f = 0; f <= n; f++) {
            out[f] = sign * w[f];
        }
        return out;
    }

    static double[][] trainMulti(List<CategoryModel.Sparse> xs, int[] yr, int n, int k, Parameter param,
                                 double[][] dense) {
        int d = dense == null ? 0 : dense[0].length;
        Problem p = new Problem();
        p.l = xs.size();
        p.n = n + 1 + d;
        p.bias = 1;
        p.x = problemX(xs, n, null, dense);
        p.y = Arrays.stream(yr).asDoubleStream().toArray();
        Linear.setDebugOutput(null);
        Linear.resetRandom();
        Model m = Linear.train(p, param);
        double[] w = m.getFeatureWeights();
        int[] order = m.getLabels();
        int classes = m.getNrClass();
        // ours: the sparse features, the bias, then the dense features
        double[][] out = new double[k][n + 1 + d];
        for (int c = 0; c < classes; c++) {
            for (int f = 0; f < n; f++) {
                out[order[c]][f] = w[f * classes + c];
            }
            out[order[c]][n] = w[(n + d) * classes + c];
            for (int j = 0; j < d; j++) {
                out[order[c]][n + 1 + j] = w[(n + j) * classes + c];
            }
        }
        return out;
    }

    /**
     * Linear second opinions folded into the SVM's weights (each is linear in the same TF-IDF vector): multinomial
     * naive Bayes ({@code mnb=λ}, smoothing {@code nba}), complement naive Bayes ({@code cnb=λ}) and the label
     * centroids ({@code roc=λ}). Each is first scaled so its training scores have unit spread, λ is then its weight
     * against the SVM's.
     */
    static final class Ensemble {
        static void add(Map<String, String> o, List<CategoryModel.Sparse> xs, int[] yr, int n, int k, double[] weights,
                        double[] bias) {
            double alpha = Double.parseDouble(o.getOrDefault("nba", "0.1"));
            for (String kind : List.of("mnb", "cnb", "roc")) {
                double lambda = Double.parseDouble(o.getOrDefault(kind, "0"));
                if (lambda == 0) {
                    continue;
                }
                double[][] cnt = new double[k][n];
                int[] perLabel = new int[k];
                for (int r = 0; r < xs.size(); r++) {
                    perLabel[yr[r]]++;
                    CategoryModel.Sparse x = xs.get(r);
                    for (int j = 0; j < x.index().length; j++) {
                        cnt[yr[r]][x.index()[j]] += x.value()[j];
                    }
                }
                double[][] w = new double[k][n];
                double[] b = new double[k];
                if (kind.equals("roc")) {
                    for (int l = 0; l < k; l++) {
                        double norm = Math.sqrt(Arrays.stream(cnt[l]).map(v -> v * v).sum());
                        for (int f = 0; f < n; f++) {
                            w[l][f] = cnt[l][f] / norm;
                        }
                    }
                } else {
                    double[] total = new double[n];
                    for (int l = 0; l < k; l++) {
                        for (int f = 0; f < n; f++) {
                            total[f] += cnt[l][f];
                        }
                    }
                    for (int l = 0; l < k; l++) {
                        double[] c = new double[n];
                        for (int f = 0; f < n; f++) {
                            c[f] = (kind.equals("mnb") ? cnt[l][f] : total[f] - cnt[l][f]) + alpha;
                        }
                        double sum = Arrays.stream(c).sum();
                        double abs = 0;
                        for (int f = 0; f < n; f++) {
                            w[l][f] = Math.log(c[f] / sum);
                            abs += Math.abs(w[l][f]);
                        }
                        if (kind.equals("cnb")) {
                            // Rennie et al.: normalised weights, and a text is scored against each label's complement
                            for (int f = 0; f < n; f++) {
                                w[l][f] = -w[l][f] / abs;
                            }
                        } else {
                            b[l] = Math.log(perLabel[l] / (double) xs.size());
                        }
                    }
                }
                // centred over the labels per feature (the argmax does not change), then scaled to unit spread
                for (int f = 0; f < n; f++) {
                    double m = 0;
                    for (int l = 0; l < k; l++) {
                        m += w[l][f];
                    }
                    for (int l = 0; l < k; l++) {
                        w[l][f] -= m / k;
                    }
                }
                double ss = 0;
                for (CategoryModel.Sparse x : xs) {
                    double[] sc = new double[k];
                    double mean = 0;
                    for (int l = 0; l < k; l++) {
                        sc[l] = b[l];
                        for (int j = 0; j < x.index().length; j++) {
                            sc[l] += w[l][x.index()[j]] * x.value()[j];
                        }
                        mean += sc[l] / k;
                    }
                    for (int l = 0; l < k; l++) {
                        ss += (sc[l] - mean) * (sc[l] - mean);
                    }
                }
                double scale = lambda / Math.sqrt(ss / (xs.size() * k));
                for (int l = 0; l < k; l++) {
                    for (int f = 0; f < n; f++) {
                        weights[f * k + l] += scale * w[l][f];
                    }
                    bias[l] += scale * b[l];
                }
            }
        }
    }

    /**
     * Latent semantic analysis: a truncated SVD (randomised, Halko et al. 2011) of the TF-IDF matrix of the
     * unlabelled texts ({@code lsaall=1}: and of all labelled texts, without their labels), over the feature kinds
     * {@code lsak} (indices of {@link #kinds}), buckets in at least {@code lsamindf} texts. A labelled text's dense
     * features are its projection on the first {@code lsa} right singular vectors, times {@code lsaw}.
     */
    static final class Lsa {
        private static final Map<String, double[][]> CACHE = new HashMap<>();

        static double[][] features(List<Parts> labelled, List<Parts> unlabelled, Map<String, String> o) {
            int d = Integer.parseInt(o.get("lsa"));
            String kinds = o.getOrDefault("lsak", "1,4");
            int minDf = Integer.parseInt(o.getOrDefault("lsamindf", "3"));
            boolean all = o.getOrDefault("lsaall", "0").equals("1");
            double tw = Double.parseDouble(o.getOrDefault("tw", "3"));
            String key = d + "|" + kinds + "|" + minDf + "|" + all + "|" + tw;
            double[][] z = CACHE.computeIfAbsent(key, x -> compute(labelled, unlabelled, d, kinds, minDf, all, tw));
            double w = Double.parseDouble(o.getOrDefault("lsaw", "1"));
            boolean norm = o.getOrDefault("lsanorm", "0").equals("1");
            double[][] out = new double[z.length][];
            for (int i = 0; i < z.length; i++) {
                double len = norm ? Math.sqrt(Arrays.stream(z[i]).map(v -> v * v).sum()) : 1;
                double f = len == 0 ? 0 : w / len;
                out[i] = Arrays.stream(z[i]).map(v -> v * f).toArray();
            }
            return out;
        }

        static Map<Integer, Double> counts(Parts p, int[] kinds, double tw) {
            Map<Integer, Double> c = new HashMap<>();
            for (int kind : kinds) {
                p.text().get(kind).forEach((b, v) -> c.merge(b, v, Double::sum));
                p.title().get(kind).forEach((b, v) -> c.merge(b, v * tw, Double::sum));
            }
            return c;
        }

        static double[][] compute(List<Parts> labelled, List<Parts> unlabelled, int d, String kindList, int minDf,
                                  boolean all, double tw) {
            long t0 = System.nanoTime();
            int[] kinds = Arrays.stream(kindList.split(",")).mapToInt(Integer::parseInt).toArray();
            List<Map<Integer, Double>> corpus = new ArrayList<>(unlabelled.stream().map(p -> counts(p, kinds, tw)).toList());
            List<Map<Integer, Double>> targets = labelled.stream().map(p -> counts(p, kinds, tw)).toList();
            if (all) {
                corpus.addAll(targets);
            }
            Map<Integer, Integer> df = new HashMap<>();
            for (Map<Integer, Double> c : corpus) {
                for (Integer b : c.keySet()) {
                    df.merge(b, 1, Integer::sum);
                }
            }
            int[] vocab = df.entrySet().stream().filter(e -> e.getValue() >= minDf).mapToInt(Map.Entry::getKey)
                    .sorted().toArray();
            double[] idf = new double[vocab.length];
            for (int f = 0; f < vocab.length; f++) {
                idf[f] = Math.log((1.0 + corpus.size()) / (1.0 + df.get(vocab[f]))) + 1;
            }
            int V = vocab.length;
            int l = d + 20;
            int n = corpus.size();
            int[][] ai = new int[n][];
            double[][] av = new double[n][];
            for (int r = 0; r < n; r++) {
                CategoryModel.Sparse x = row(corpus.get(r), vocab, idf);
                ai[r] = x.index();
                av[r] = x.value();
            }
            java.util.Random rnd = new java.util.Random(7);
            double[][] z = new double[V][l];
            for (double[] row : z) {
                for (int c = 0; c < l; c++) {
                    row[c] = rnd.nextGaussian();
                }
            }
            double[][] y = times(ai, av, z, l);
            for (int it = 0; it < 2; it++) {
                orthonormalise(y);
                z = transposeTimes(ai, av, y, V);
                y = times(ai, av, z, l);
            }
            orthonormalise(y);
            double[][] bt = transposeTimes(ai, av, y, V);
            double[][] gram = new double[l][l];
            for (double[] row : bt) {
                for (int a = 0; a < l; a++) {
                    if (row[a] == 0) {
                        continue;
                    }
                    for (int b = a; b < l; b++) {
                        gram[a][b] += row[a] * row[b];
                    }
                }
            }
            for (int a = 0; a < l; a++) {
                for (int b = 0; b < a; b++) {
                    gram[a][b] = gram[b][a];
                }
            }
            org.apache.commons.math3.linear.EigenDecomposition eig =
                    new org.apache.commons.math3.linear.EigenDecomposition(
                            new org.apache.commons.math3.linear.Array2DRowRealMatrix(gram));
            double[] ev = eig.getRealEigenvalues();
            Integer[] order = new Integer[l];
            for (int i = 0; i < l; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Double.compare(ev[b], ev[a]));
            // right singular vectors v_i = Bᵀ u_i / σ_i, as V × d
            double[][] v = new double[V][d];
            for (int i = 0; i < d; i++) {
                double[] u = eig.getEigenvector(order[i]).toArray();
                double sigma = Math.sqrt(Math.max(ev[order[i]], 1e-12));
                for (int f = 0; f < V; f++) {
                    double s = 0;
                    for (int a = 0; a < l; a++) {
                        s += bt[f][a] * u[a];
                    }
                    v[f][i] = s / sigma;
                }
            }
            double[][] out = new double[targets.size()][d];
            for (int r = 0; r < targets.size(); r++) {
                CategoryModel.Sparse x = row(targets.get(r), vocab, idf);
                for (int j = 0; j < x.index().length; j++) {
                    double[] vf = v[x.index()[j]];
                    for (int i = 0; i < d; i++) {
                        out[r][i] += x.value()[j] * vf[i];
                    }
                }
            }
            System.err.printf(Locale.ROOT, "LSA %s: %d texts, %d buckets, σ1 %.2f σ%d %.2f, %.1f s%n", kindList, n, V,
                    Math.sqrt(ev[order[0]]), d, Math.sqrt(ev[order[d - 1]]), (System.nanoTime() - t0) / 1e9);
            return out;
        }

        static CategoryModel.Sparse row(Map<Integer, Double> counts, int[] vocab, double[] idf) {
            int[] index = counts.keySet().stream().mapToInt(b -> Arrays.binarySearch(vocab, b)).filter(f -> f >= 0)
                    .sorted().toArray();
            double[] value = new double[index.length];
            double norm = 0;
            for (int j = 0; j < index.length; j++) {
                value[j] = (1 + Math.log(counts.get(vocab[index[j]]))) * idf[index[j]];
                norm += value[j] * value[j];
            }
            for (int j = 0; j < index.length; j++) {
                value[j] /= Math.sqrt(norm);
            }
            return new CategoryModel.Sparse(index, value);
        }

        /** A (n × V, sparse rows) times Z (V × l): n × l. */
        static double[][] times(int[][] ai, double[][] av, double[][] z, int l) {
            double[][] y = new double[ai.length][l];
            java.util.stream.IntStream.range(0, ai.length).parallel().forEach(r -> {
                for (int j = 0; j < ai[r].length; j++) {
                    double a = av[r][j];
                    double[] zr = z[ai[r][j]];
                    for (int c = 0; c < l; c++) {
                        y[r][c] += a * zr[c];
                    }
                }
            });
            return y;
        }

        /** Aᵀ (V × n) times Y (n × l): V × l. */
        static double[][] transposeTimes(int[][] ai, double[][] av, double[][] y, int V) {
            int l = y[0].length;
            double[][] z = new double[V][l];
            for (int r = 0; r < ai.length; r++) {
                for (int j = 0; j < ai[r].length; j++) {
                    double a = av[r][j];
                    double[] zr = z[ai[r][j]];
                    for (int c = 0; c < l; c++) {
                        zr[c] += a * y[r][c];
                    }
                }
            }
            return z;
        }

        /** Modified Gram–Schmidt on the columns of y (n × l). */
        static void orthonormalise(double[][] y) {
            int n = y.length;
            int l = y[0].length;
            for (int c = 0; c < l; c++) {
                for (int p = 0; p < c; p++) {
                    double dot = 0;
                    for (int r = 0; r < n; r++) {
                        dot += y[r][c] * y[r][p];
                    }
                    for (int r = 0; r < n; r++) {
                        y[r][c] -= dot * y[r][p];
                    }
                }
                double norm = 0;
                for (int r = 0; r < n; r++) {
                    norm += y[r][c] * y[r][c];
                }
                norm = Math.sqrt(norm);
                for (int r = 0; r < n; r++) {
                    y[r][c] /= norm;
                }
            }
        }
    }
}
