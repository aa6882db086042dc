package org.xinfang.intelligence.classifier;

import java.util.ArrayList;
import java.util.List;

/**
 * How well a model's training generalises, measured by cross-validation: accuracy and macro-F1 (the mean of the
 * labels' F1, so a small label counts as much as a large one), each label's precision, recall and F1, and for each
 * confidence level the share of texts that get a suggestion at it and how often that suggestion is right.
 */
public record ModelMetrics(int examples, int folds, double accuracy, double macroF1, List<LabelMetrics> labels,
                           List<AtConfidence> confidence, double temperature) {

    public record LabelMetrics(String label, int support, double precision, double recall, double f1) {
    }

    /** At this confidence or more: the share of texts suggested for, and the accuracy of those suggestions. */
    public record AtConfidence(double level, double coverage, double accuracy) {
    }

    static ModelMetrics of(List<String> labels, int[] y, double[][] scores, double temperature, int folds) {
        int k = labels.size();
        int[][] confusion = new int[k][k];
        int[] suggested = new int[ModelTraining.CONFIDENCE_LEVELS.length];
        int[] right = new int[suggested.length];
        for (int i = 0; i < y.length; i++) {
            double[] p = softmax(scores[i], temperature);
            int best = 0;
            for (int c = 1; c < k; c++) {
                if (p[c] > p[best]) {
                    best = c;
                }
            }
            confusion[y[i]][best]++;
            for (int l = 0; l < suggested.length; l++) {
                if (p[best] >= ModelTraining.CONFIDENCE_LEVELS[l]) {
                    suggested[l]++;
                    right[l] += best == y[i] ? 1 : 0;
                }
            }
        }
        List<LabelMetrics> perLabel = new ArrayList<>();
        int correct = 0;
        double sumF1 = 0;
        for (int c = 0; c < k; c++) {
            int tp = confusion[c][c];
            int predicted = 0;
            int actual = 0;
            for (int o = 0; o < k; o++) {
                predicted += confusion[o][c];
                actual += confusion[c][o];
            }
            double precision = predicted == 0 ? 0 : tp / (double) predicted;
            double recall = actual == 0 ? 0 : tp / (double) actual;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            perLabel.add(new LabelMetrics(labels.get(c), actual, precision, recall, f1));
            correct += tp;
            sumF1 += f1;
        }
        List<AtConfidence> atConfidence = new ArrayList<>();
        for (int l = 0; l < suggested.length; l++) {
            atConfidence.add(new AtConfidence(ModelTraining.CONFIDENCE_LEVELS[l], suggested[l] / (double) y.length,
                    suggested[l] == 0 ? 0 : right[l] / (double) suggested[l]));
        }
        return new ModelMetrics(y.length, folds, correct / (double) y.length, sumF1 / k, perLabel, atConfidence,
                temperature);
    }

    static double[] softmax(double[] scores, double temperature) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double[] p = new double[scores.length];
        double sum = 0;
        for (int c = 0; c < scores.length; c++) {
            p[c] = Math.exp((scores[c] - max) * temperature);
            sum += p[c];
        }
        for (int c = 0; c < p.length; c++) {
            p[c] /= sum;
        }
        return p;
    }
}
