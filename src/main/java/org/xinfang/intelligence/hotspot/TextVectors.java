package org.xinfang.intelligence.hotspot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Texts as TF-IDF vectors of their Chinese character bigrams (字二元组) and their Latin and digit runs, L2-normalised,
 * so that the dot product of two is their cosine similarity. Bigrams need no dictionary and hold up on the place
 * names and misspellings of citizens' messages, where a word segmenter splits an estate's name in unpredictable ways.
 * A vector is two parallel sorted arrays (term ids, weights): a dot product is a merge without allocation.
 */
final class TextVectors {

    /** A sparse unit vector: {@code terms} ascending. */
    record Vector(int[] terms, float[] weights) {

        double dot(Vector other) {
            int i = 0;
            int j = 0;
            double sum = 0;
            int[] a = terms;
            int[] b = other.terms;
            while (i < a.length && j < b.length) {
                if (a[i] == b[j]) {
                    sum += weights[i++] * other.weights[j++];
                } else if (a[i] < b[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return sum;
        }
    }

    private TextVectors() {
    }

    /** The vectors of {@code texts}, in order, weighted by the inverse document frequency over these texts. */
    static List<Vector> of(List<String> texts) {
        Map<String, Integer> ids = new HashMap<>();
        List<Map<Integer, Integer>> counts = new ArrayList<>(texts.size());
        List<Integer> documentFrequency = new ArrayList<>();
        for (String text : texts) {
            Map<Integer, Integer> tf = new HashMap<>();
            for (String term : terms(text)) {
                int id = ids.computeIfAbsent(term, t -> {
                    documentFrequency.add(0);
                    return documentFrequency.size() - 1;
                });
                if (tf.merge(id, 1, Integer::sum) == 1) {
                    documentFrequency.set(id, documentFrequency.get(id) + 1);
                }
            }
            counts.add(tf);
        }
        int n = texts.size();
        List<Vector> vectors = new ArrayList<>(n);
        for (Map<Integer, Integer> tf : counts) {
            int[] terms = tf.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            float[] weights = new float[terms.length];
            double norm = 0;
            for (int k = 0; k < terms.length; k++) {
                // sublinear tf: a message that repeats its complaint five times is not five times as much about it
                // smoothed idf (+1): a term every text shares still counts, so a set of identical texts stays alike
                double w = (1 + Math.log(tf.get(terms[k])))
                        * (1 + Math.log((1.0 + n) / (1.0 + documentFrequency.get(terms[k]))));
                weights[k] = (float) w;
                norm += w * w;
            }
            float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
            for (int k = 0; k < weights.length; k++) {
                weights[k] *= scale;
            }
            vectors.add(new Vector(terms, weights));
        }
        return vectors;
    }

    /** The bigrams of each run of Chinese characters, and each Latin or digit run as one term. */
    static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isHan(c)) {
                int start = i;
                while (i < n && isHan(text.charAt(i))) {
                    i++;
                }
                for (int k = start; k + 1 < i; k++) {
                    terms.add(text.substring(k, k + 2));
                }
                if (i - start == 1) {
                    terms.add(text.substring(start, i));
                }
            } else if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < n && Character.isLetterOrDigit(text.charAt(i)) && !isHan(text.charAt(i))) {
                    i++;
                }
                terms.add(text.substring(start, i).toLowerCase(java.util.Locale.ROOT));
            } else {
                i++;
            }
        }
        return terms;
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
