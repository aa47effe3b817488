package io.switchboard.scoring.internal;

import static io.switchboard.scoring.internal.TestLeads.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.switchboard.scoring.internal.ModelEvaluation.Prediction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The naive Bayes model, its evaluation and its features. */
class ModelTest {

    @Test
    void learnsWhichValuesGoWithWinningAndShrinksRareOnes() {
        List<NaiveBayes.Example> examples = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            examples.add(new NaiveBayes.Example(Map.of("source", i < 30 ? "referral" : "vendor"), true));
            examples.add(new NaiveBayes.Example(Map.of("source", i < 30 ? "vendor" : "referral"), false));
        }
        examples.add(new NaiveBayes.Example(Map.of("source", "website"), true));
        NaiveBayes model = NaiveBayes.train(examples);
        assertThat(model.probability(Map.of("source", "referral"))).isGreaterThan(0.7);
        assertThat(model.probability(Map.of("source", "vendor"))).isLessThan(0.3);
        double rare = model.contributions(Map.of("source", "website")).get("source");
        assertThat(rare).as("seen once: shrunk to a sixth of its log-ratio").isBetween(0.0, 0.6);
        assertThat(model.contributions(Map.of("source", "never seen", "other", "x")))
                .isEmpty();
    }

    @Test
    void aucRanksAndCalibrationErrorComparesRates() {
        assertThat(ModelEvaluation.auc(List.of(
                        new Prediction(0.9, true),
                        new Prediction(0.8, true),
                        new Prediction(0.3, false),
                        new Prediction(0.1, false))))
                .isEqualTo(1.0);
        assertThat(ModelEvaluation.auc(List.of(new Prediction(0.5, true), new Prediction(0.5, false))))
                .as("a tie counts half")
                .isEqualTo(0.5);
        assertThat(ModelEvaluation.auc(List.of(new Prediction(0.2, true), new Prediction(0.9, false))))
                .isZero();
        assertThat(ModelEvaluation.auc(List.of(new Prediction(0.2, true)))).isNaN();

        List<Prediction> calibrated = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            double p = random.nextDouble();
            calibrated.add(new Prediction(p, random.nextDouble() < p));
        }
        assertThat(ModelEvaluation.calibrationError(calibrated)).isLessThan(0.02);
        List<Prediction> overconfident = calibrated.stream()
                .map(p -> new Prediction(p.probability() > 0.5 ? 0.99 : 0.01, p.won()))
                .toList();
        assertThat(ModelEvaluation.calibrationError(overconfident)).isCloseTo(0.24, within(0.02));
    }

    @Test
    void activityCountsOnlyWhatHappenedBeforeTheCutOff() {
        var created = NOW.minus(Duration.ofDays(2));
        var events = List.of(
                new ActivityEvent(Activity.CALL_NO_ANSWER, created.plus(Duration.ofMinutes(3))),
                new ActivityEvent(Activity.CALL_COMPLETED, created.plus(Duration.ofHours(5))),
                new ActivityEvent(Activity.CALL_ANSWERED, created.plus(Duration.ofHours(5))),
                new ActivityEvent(Activity.CALL_TRANSFERRED, NOW.plusSeconds(1)));
        var features = Features.activity(created, events, null, NOW);
        assertThat(features)
                .containsEntry("attempts", "2-3")
                .containsEntry("answered", "yes")
                .containsEntry("transferred", "no")
                .containsEntry("first_contact", "within 5 minutes")
                .containsEntry("analysis", "none");
        assertThat(Features.magnitude(450_000)).isEqualTo("from 100k to 1M");
        assertThat(Features.custom("  Gold ")).isEqualTo("gold");
    }
}
