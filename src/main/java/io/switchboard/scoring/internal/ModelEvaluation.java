package io.switchboard.scoring.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How well predicted probabilities rank and match outcomes: the area under the ROC curve (the chance
 * that a won lead scores above a lost one, ties counting half), and the expected calibration error
 * over ten equal-width bins (the gap between predicted and observed win rates, weighted by bin size).
 */
public final class ModelEvaluation {

    static final int BINS = 10;

    private ModelEvaluation() {}

    public record Prediction(double probability, boolean won) {}

    /** One bin of the reliability diagram: predictions in [from, to), their mean and the win rate. */
    public record Bin(double from, double to, int count, double predicted, double observed) {}

    public static double auc(List<Prediction> predictions) {
        List<Prediction> sorted = new ArrayList<>(predictions);
        sorted.sort(Comparator.comparingDouble(Prediction::probability));
        double rankSumWon = 0;
        int won = 0;
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j < sorted.size()
                    && sorted.get(j).probability() == sorted.get(i).probability()) {
                j++;
            }
            double rank = (i + 1 + j) / 2.0; // ties share their average rank
            for (int k = i; k < j; k++) {
                if (sorted.get(k).won()) {
                    rankSumWon += rank;
                    won++;
                }
            }
            i = j;
        }
        int lost = sorted.size() - won;
        if (won == 0 || lost == 0) {
            return Double.NaN;
        }
        return (rankSumWon - won * (won + 1) / 2.0) / ((double) won * lost);
    }

    public static List<Bin> reliability(List<Prediction> predictions) {
        List<Bin> bins = new ArrayList<>();
        for (int b = 0; b < BINS; b++) {
            double from = (double) b / BINS;
            double to = (double) (b + 1) / BINS;
            int count = 0;
            double predicted = 0;
            int won = 0;
            for (Prediction p : predictions) {
                boolean inside =
                        p.probability() >= from && (p.probability() < to || (b == BINS - 1 && p.probability() <= to));
                if (inside) {
                    count++;
                    predicted += p.probability();
                    won += p.won() ? 1 : 0;
                }
            }
            if (count > 0) {
                bins.add(new Bin(from, to, count, predicted / count, (double) won / count));
            }
        }
        return bins;
    }

    public static double calibrationError(List<Prediction> predictions) {
        double error = 0;
        for (Bin bin : reliability(predictions)) {
            error += (double) bin.count() / predictions.size() * Math.abs(bin.predicted() - bin.observed());
        }
        return error;
    }
}
