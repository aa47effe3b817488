package io.switchboard.scoring.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A naive Bayes win-probability model over categorical features, after Odoo's lead probability:
 * per feature value, how often won and lost leads had it, smoothed by adding 0.1 to every count;
 * each value's log-likelihood ratio is then shrunk toward zero by how rarely it was seen
 * ({@code n / (n + 5)}), so that a value seen on two leads cannot decide a prediction. The
 * prediction is the prior log-odds plus the weights of the lead's values; a value never seen adds
 * nothing.
 *
 * @param prior the log-odds of winning before any feature
 * @param weights feature → value → weight (log-odds added)
 */
public record NaiveBayes(double prior, Map<String, Map<String, Double>> weights) {

    static final double SMOOTHING = 0.1;
    static final double SHRINKAGE = 5;

    /** A won or lost lead as the model learns from it. */
    public record Example(Map<String, String> features, boolean won) {}

    public static NaiveBayes train(List<Example> examples) {
        int won = 0;
        Map<String, Map<String, int[]>> counts = new HashMap<>();
        for (Example e : examples) {
            won += e.won() ? 1 : 0;
            for (Map.Entry<String, String> f : e.features().entrySet()) {
                int[] c = counts.computeIfAbsent(f.getKey(), k -> new HashMap<>())
                        .computeIfAbsent(f.getValue(), k -> new int[2]);
                c[e.won() ? 0 : 1]++;
            }
        }
        int lost = examples.size() - won;
        double prior = Math.log((won + SMOOTHING) / (lost + SMOOTHING));
        Map<String, Map<String, Double>> weights = new HashMap<>();
        for (Map.Entry<String, Map<String, int[]>> feature : counts.entrySet()) {
            int values = feature.getValue().size();
            Map<String, Double> byValue = new HashMap<>();
            for (Map.Entry<String, int[]> value : feature.getValue().entrySet()) {
                int[] c = value.getValue();
                double pWon = (c[0] + SMOOTHING) / (won + SMOOTHING * values);
                double pLost = (c[1] + SMOOTHING) / (lost + SMOOTHING * values);
                int seen = c[0] + c[1];
                byValue.put(value.getKey(), Math.log(pWon / pLost) * seen / (seen + SHRINKAGE));
            }
            weights.put(feature.getKey(), byValue);
        }
        return new NaiveBayes(prior, weights);
    }

    /** The weight each of these features adds (features the model does not know add nothing). */
    public Map<String, Double> contributions(Map<String, String> features) {
        Map<String, Double> contributions = new HashMap<>();
        for (Map.Entry<String, String> f : features.entrySet()) {
            Double w = weights.getOrDefault(f.getKey(), Map.of()).get(f.getValue());
            if (w != null) {
                contributions.put(f.getKey(), w);
            }
        }
        return contributions;
    }

    public double probability(Map<String, String> features) {
        double logit = prior;
        for (double w : contributions(features).values()) {
            logit += w;
        }
        return 1 / (1 + Math.exp(-logit));
    }
}
