package org.xinfang.intelligence.classifier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The features of a petition's text that the category model reads: character 1–3 grams (Chinese needs no word
 * boundaries for these) and smartcn's words with their pairs, the title counting {@link #TITLE_WEIGHT} times. Each
 * feature is a hashed bucket, so a model holds numbers only, never a piece of the texts it learnt from. Numbers and
 * Latin runs are folded (a phone or a plate number says nothing about the category).
 */
public final class TextFeatures {

    /**
     * The title says in a line what the text says at length: cross-validated, 5 was best among 1–8 (third round,
     * docs/intelligence-classifier.md).
     */
    static final double TITLE_WEIGHT = 5;
    private static final int MAX_CHAR_GRAM = 3;
    private static final Pattern DIGITS = Pattern.compile("[0-9０-９]+");
    private static final Pattern LATIN = Pattern.compile("[A-Za-zＡ-Ｚａ-ｚ]+");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final Analyzer words = new SmartChineseAnalyzer();

    /** Each feature's bucket with its raw count (the title weighted), in no order. */
    public Map<Integer, Double> counts(String title, String text) {
        Map<Integer, Double> counts = new HashMap<>();
        add(text, 1, counts);
        add(title, TITLE_WEIGHT, counts);
        return counts;
    }

    private void add(String raw, double weight, Map<Integer, Double> counts) {
        if (raw == null || raw.isBlank()) {
            return;
        }
        String s = SPACE.matcher(LATIN.matcher(DIGITS.matcher(raw).replaceAll("0")).replaceAll("a")).replaceAll(" ");
        for (int n = 1; n <= MAX_CHAR_GRAM; n++) {
            for (int i = 0; i + n <= s.length(); i++) {
                counts.merge(bucket('c', s, i, i + n), weight, Double::sum);
            }
        }
        List<String> tokens = tokens(s);
        for (int i = 0; i < tokens.size(); i++) {
            counts.merge(bucket('w', tokens.get(i), 0, tokens.get(i).length()), weight, Double::sum);
            if (i + 1 < tokens.size()) {
                counts.merge(bucket('b', tokens.get(i) + '_' + tokens.get(i + 1), 0,
                        tokens.get(i).length() + 1 + tokens.get(i + 1).length()), weight, Double::sum);
            }
        }
    }

    private List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = words.tokenStream("text", s)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * A stable 31-bit hash of the kind and the characters (the same on every machine and Java version: the model is
     * saved and read again), mixed by MurmurHash3's finaliser so that similar strings land far apart.
     */
    static int bucket(char kind, CharSequence s, int from, int to) {
        int h = kind;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h & 0x7fffffff;
    }
}
