package org.xinfang.intelligence.similar;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * A text's sketch (文本指纹): the {@link #K} smallest hashes of its character bigrams, after folding width and case and
 * dropping punctuation and spaces. Two sketches estimate the Jaccard similarity of the two texts' bigram sets (bottom-k
 * sketch, Broder 1997): a copy with a few characters changed keeps most of its bigrams, a text on the same estate and
 * the same trouble shares its names. A bigram of two UTF-16 units fits 32 bits, and the hash is a bijection of them,
 * so two bigrams never share a hash.
 */
public final class TextSketch {

    /** Bigrams kept per text: 32 ints, 128 bytes a matter. */
    public static final int K = 32;

    private TextSketch() {
    }

    /** The sketch of title and content together (either may be null), sorted ascending; fewer than K for a short text. */
    public static int[] of(String title, String content) {
        String t = normalize((title == null ? "" : title) + "\u0000" + (content == null ? "" : content));
        if (t.length() < 2) {
            return new int[0];
        }
        int[] grams = new int[t.length() - 1];
        int n = 0;
        for (int i = 0; i + 1 < t.length(); i++) {
            char a = t.charAt(i), b = t.charAt(i + 1);
            if (a != 0 && b != 0) {
                grams[n++] = mix((a << 16) | b);
            }
        }
        Arrays.sort(grams, 0, n);
        int[] sketch = new int[Math.min(K, n)];
        int m = 0;
        for (int i = 0; i < n && m < K; i++) {
            if (m == 0 || grams[i] != sketch[m - 1]) {
                sketch[m++] = grams[i];
            }
        }
        return m == sketch.length ? sketch : Arrays.copyOf(sketch, m);
    }

    /** Letters and digits only, full-width folded to half-width, lower case; a 0 separates title and content. */
    static String normalize(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
        StringBuilder b = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == 0 || Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * The estimated Jaccard similarity of the texts of two sketches (0–1): of the K smallest hashes of both together,
     * the share found in both. {@code b} is read from {@code bFrom} for {@code bLength} values (a row of the index).
     */
    public static double similarity(int[] a, int[] b, int bFrom, int bLength) {
        int i = 0, j = 0, taken = 0, both = 0;
        int bEnd = bFrom + bLength;
        j = bFrom;
        while (taken < K && (i < a.length || j < bEnd)) {
            if (j >= bEnd || (i < a.length && a[i] < b[j])) {
                i++;
            } else if (i >= a.length || b[j] < a[i]) {
                j++;
            } else {
                both++;
                i++;
                j++;
            }
            taken++;
        }
        return taken == 0 ? 0 : (double) both / taken;
    }

    /** MurmurHash3's finaliser: a bijection of 32 bits that spreads the bigrams evenly. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
