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

    /** One part's features by kind: 0..3 char grams of length 1..4, 4 words, 5 word pairs. */
    record Parts(List<Map<Integer, Double>> text, List<Map<Integer, Double>> title) {
    }

    static List<Map<Integer, Double>> kinds(String raw) {
        List<Map<Integer, Double>> out = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
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
        }
        return out;
    }

    static Map<Integer, Double> combine(Parts p, Map<String, String> o) {
        int g = Integer.parseInt(o.getOrDefault("g", "3"));
        boolean words = !o.getOrDefault("words", "1").equals("0");
        double tw = Double.parseDouble(o.getOrDefault("tw", "3"));
        boolean binary = o.getOrDefault("bin", "0").equals("1");
        Map<Integer, Double> c = new HashMap<>();
        for (int part = 0; part < 2; part++) {
            List<Map<Integer, Double>> k = part == 0 ? p.text : p.title;
            double w = part == 0 ? 1 : tw;
            for (int i = 0; i < 6; i++) {
                if (i < 4 && i >= g || i >= 4 && !words) {
                    continue;
                }
                k.get(i).forEach((b, v) -> c.merge(b, (binary ? 1 : v) * w, Double::sum));
            }
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
                    CategoryModel m = fit(labels, docs, udocs, y, train, o);
                    if (selfShare > 0) {
                        m = selfTrained(m, labels, both, docs.size(), udocs, y, train, selfShare, o);
                    }
                    for (int i = 0; i < y.length; i++) {
                        if (fold[i] == k) {
                            held[i] = m.linearScores(m.vector(docs.get(i)));
                        }
                    }
                }
                ModelMetrics mm = ModelMetrics.of(labels, y, held, 1, 5);
                if (s == 0 && o.getOrDefault("conf", "0").equals("1")) {
                    printConfusion(labels, y, held);
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
        return fit(labels, both, udocs, yy, rows, o);
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

    static CategoryModel fit(List<String> labels, List<Map<Integer, Double>> docs, List<Map<Integer, Double>> udocs,
                             int[] y, List<Integer> rows, Map<String, String> o) {
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
            return CategoryModel.of(labels, buckets, idf, weights, bias, 1);
        }
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
            double[][] w = trainMulti(xs, yr, buckets.length, k, param);
            // a product of experts: the sum of each model's log-probabilities is linear in the features
            double scale = solver.contains("+") ? temperatureOf(w, xs, yr, k, buckets.length) : 1;
            for (int l = 0; l < k; l++) {
                for (int f = 0; f < buckets.length; f++) {
                    weights[f * k + l] += scale * w[l][f];
                }
                bias[l] += scale * w[l][buckets.length];
            }
        }
        return CategoryModel.of(labels, buckets, idf, weights, bias, 1);
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
        Feature[][] out = new Feature[xs.size()][];
        for (int r = 0; r < xs.size(); r++) {
            CategoryModel.Sparse v = xs.get(r);
            Feature[] x = new Feature[v.index().length + 1];
            for (int j = 0; j < v.index().length; j++) {
                x[j] = new FeatureNode(v.index()[j] + 1, v.value()[j] * (rr == null ? 1 : rr[v.index()[j]]));
            }
            x[v.index().length] = new FeatureNode(n + 1, 1);
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

    static double[][] trainMulti(List<CategoryModel.Sparse> xs, int[] yr, int n, int k, Parameter param) {
        Problem p = new Problem();
        p.l = xs.size();
        p.n = n + 1;
        p.bias = 1;
        p.x = problemX(xs, n, null);
        p.y = Arrays.stream(yr).asDoubleStream().toArray();
        Linear.setDebugOutput(null);
        Linear.resetRandom();
        Model m = Linear.train(p, param);
        double[] w = m.getFeatureWeights();
        int[] order = m.getLabels();
        int classes = m.getNrClass();
        double[][] out = new double[k][n + 1];
        for (int c = 0; c < classes; c++) {
            for (int f = 0; f <= n; f++) {
                out[order[c]][f] = w[f * classes + c];
            }
        }
        return out;
    }
}
