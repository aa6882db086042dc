package org.xinfang.intelligence.classifier;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained category model (分类模型): for each known feature bucket its inverse document frequency and one weight per
 * label, a bias per label, and the temperature that turns the linear scores into probabilities (fitted on the
 * cross-validation's held-out scores). Labels are category codes of the product's tree, or first-level names. The
 * weights are kept in one byte each, scaled per label, and the frequencies in two: a model of 150,000 features takes
 * about 1.5 MB instead of 6, and cross-validation measures the model so kept. Immutable, and safe to share between
 * threads.
 */
public final class CategoryModel {

    private static final int MAGIC = 0x5846434d; // "XFCM"
    private static final int FORMAT = 2;
    private static final float IDF_STEP = 1f / 2048;

    private final List<String> labels;
    private final int[] buckets;
    /** the inverse document frequency in steps of {@link #IDF_STEP} (unsigned) */
    private final short[] idf;
    /** weights[feature * labels + label] in steps of scale[label] */
    private final byte[] weights;
    private final float[] scale;
    private final float[] bias;
    private final double temperature;

    private CategoryModel(List<String> labels, int[] buckets, short[] idf, byte[] weights, float[] scale, float[] bias,
                          double temperature) {
        this.labels = List.copyOf(labels);
        this.buckets = buckets;
        this.idf = idf;
        this.weights = weights;
        this.scale = scale;
        this.bias = bias;
        this.temperature = temperature;
    }

    /** A model of these buckets (ascending), their frequencies, and the weights {@code w[feature * labels + label]}. */
    static CategoryModel of(List<String> labels, int[] buckets, double[] idf, double[] w, double[] bias,
                            double temperature) {
        int k = labels.size();
        short[] q = new short[idf.length];
        for (int f = 0; f < idf.length; f++) {
            q[f] = (short) Math.min(0xffff, Math.round(idf[f] / IDF_STEP));
        }
        float[] scale = new float[k];
        for (int i = 0; i < w.length; i++) {
            scale[i % k] = (float) Math.max(scale[i % k], Math.abs(w[i]) / 127);
        }
        byte[] b = new byte[w.length];
        for (int i = 0; i < w.length; i++) {
            b[i] = scale[i % k] == 0 ? 0 : (byte) Math.round(w[i] / scale[i % k]);
        }
        float[] biases = new float[k];
        for (int c = 0; c < k; c++) {
            biases[c] = (float) bias[c];
        }
        return new CategoryModel(labels, buckets, q, b, scale, biases, temperature);
    }

    /** The same model with another temperature. */
    CategoryModel withTemperature(double t) {
        return new CategoryModel(labels, buckets, idf, weights, scale, bias, t);
    }

    public List<String> labels() {
        return labels;
    }

    double temperature() {
        return temperature;
    }

    public int features() {
        return buckets.length;
    }

    /** A label with its probability. */
    public record Scored(String label, double probability) {
    }

    /** Every label with its probability, best first. */
    public List<Scored> score(TextFeatures features, String title, String text) {
        double[] p = ModelMetrics.softmax(linearScores(vector(features.counts(title, text))), temperature);
        List<Scored> out = new ArrayList<>(labels.size());
        for (int c = 0; c < p.length; c++) {
            out.add(new Scored(labels.get(c), p[c]));
        }
        out.sort(Comparator.comparingDouble(Scored::probability).reversed());
        return out;
    }

    /** The linear score per label (before the temperature). */
    double[] linearScores(Sparse x) {
        int k = labels.size();
        double[] s = new double[k];
        for (int j = 0; j < x.index.length; j++) {
            int at = x.index[j] * k;
            for (int c = 0; c < k; c++) {
                s[c] += weights[at + c] * x.value[j];
            }
        }
        for (int c = 0; c < k; c++) {
            s[c] = s[c] * scale[c] + bias[c];
        }
        return s;
    }

    /** Known features only, by TF-IDF (sublinear), L2-normalised, in ascending order of position. */
    Sparse vector(Map<Integer, Double> counts) {
        int[] index = new int[counts.size()];
        int n = 0;
        for (Integer bucket : counts.keySet()) {
            int f = Arrays.binarySearch(buckets, bucket);
            if (f >= 0) {
                index[n++] = f;
            }
        }
        index = Arrays.copyOf(index, n);
        Arrays.sort(index);
        double[] value = new double[n];
        double norm = 0;
        for (int j = 0; j < n; j++) {
            value[j] = (1 + Math.log(counts.get(buckets[index[j]]))) * Short.toUnsignedInt(idf[index[j]]) * IDF_STEP;
            norm += value[j] * value[j];
        }
        norm = Math.sqrt(norm);
        for (int j = 0; j < n; j++) {
            value[j] = norm == 0 ? 0 : value[j] / norm;
        }
        return new Sparse(index, value);
    }

    /** A document as feature positions (into this model's buckets, ascending) and values. */
    record Sparse(int[] index, double[] value) {
    }

    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(labels.size());
            for (String l : labels) {
                out.writeUTF(l);
            }
            out.writeDouble(temperature);
            for (int c = 0; c < labels.size(); c++) {
                out.writeFloat(scale[c]);
                out.writeFloat(bias[c]);
            }
            out.writeInt(buckets.length);
            int previous = 0;
            for (int i = 0; i < buckets.length; i++) {
                writeVarInt(out, buckets[i] - previous);
                previous = buckets[i];
                out.writeShort(idf[i]);
            }
            out.write(weights);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static CategoryModel fromBytes(byte[] data) {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(data)))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                throw new IllegalArgumentException("not a category model of format " + FORMAT);
            }
            int k = in.readInt();
            List<String> labels = new ArrayList<>(k);
            for (int c = 0; c < k; c++) {
                labels.add(in.readUTF());
            }
            double temperature = in.readDouble();
            float[] scale = new float[k];
            float[] bias = new float[k];
            for (int c = 0; c < k; c++) {
                scale[c] = in.readFloat();
                bias[c] = in.readFloat();
            }
            int n = in.readInt();
            int[] buckets = new int[n];
            short[] idf = new short[n];
            int previous = 0;
            for (int i = 0; i < n; i++) {
                previous += readVarInt(in);
                buckets[i] = previous;
                idf[i] = in.readShort();
            }
            byte[] weights = new byte[n * k];
            in.readFully(weights);
            return new CategoryModel(labels, buckets, idf, weights, scale, bias, temperature);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeVarInt(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7f) != 0) {
            out.writeByte((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int readVarInt(DataInputStream in) throws IOException {
        int v = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
    }
}
