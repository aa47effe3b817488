package io.switchboard.scoring.internal;

import io.switchboard.db.tables.records.ScoringModelsRecord;
import io.switchboard.scoring.internal.ModelEvaluation.Prediction;
import io.switchboard.scoring.internal.ModelStore.StoredExample;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Trains the organization's model: at least {@link #MINIMUM} won and {@link #MINIMUM} lost leads,
 * the oldest three quarters of outcomes (by time) to learn from and the newest quarter to evaluate
 * on (AUC, calibration error), then the model in use learns from all of them. It is active only
 * when the held-out AUC is at least 0.5.
 */
@Component
public class ModelTrainer {

    public static final int MINIMUM = 30;
    static final double TRAIN_SHARE = 0.75;

    private final ModelStore store;

    ModelTrainer(ModelStore store) {
        this.store = store;
    }

    public void train() {
        List<StoredExample> examples = store.examples();
        int won = (int) examples.stream().filter(StoredExample::won).count();
        int lost = examples.size() - won;
        ScoringModelsRecord m = store.newModel();
        m.setWon(won);
        m.setLost(lost);
        if (won < MINIMUM || lost < MINIMUM) {
            m.setStatus("insufficient_data");
            m.store();
            return;
        }
        int split = (int) Math.floor(examples.size() * TRAIN_SHARE);
        List<StoredExample> train = examples.subList(0, split);
        List<StoredExample> test = examples.subList(split, examples.size());
        NaiveBayes trial =
                NaiveBayes.train(train.stream().map(ModelTrainer::example).toList());
        List<Prediction> predictions = test.stream()
                .map(e -> new Prediction(trial.probability(e.features()), e.won()))
                .toList();
        double auc = ModelEvaluation.auc(predictions);
        m.setTrainSize(train.size());
        m.setTestSize(test.size());
        m.setSplitAt(test.getFirst().outcomeAt().atOffset(java.time.ZoneOffset.UTC));
        m.setReliability(store.write(ModelEvaluation.reliability(predictions)));
        if (!Double.isNaN(auc)) {
            m.setAuc(fourDecimals(auc));
            m.setCalibrationError(fourDecimals(ModelEvaluation.calibrationError(predictions)));
        }
        m.setModel(store.write(
                NaiveBayes.train(examples.stream().map(ModelTrainer::example).toList())));
        m.setStatus(Double.isNaN(auc) ? "insufficient_data" : auc >= 0.5 ? "active" : "not_better_than_chance");
        m.store();
    }

    private static NaiveBayes.Example example(StoredExample e) {
        return new NaiveBayes.Example(e.features(), e.won());
    }

    private static BigDecimal fourDecimals(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
    }
}
