package io.switchboard.scoring;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The organization's win-probability model: trained on its own won and lost leads, evaluated on a
 * time split (the newest quarter of outcomes held out), and used only when active.
 *
 * @param status {@code active}, {@code insufficient_data} (fewer than 30 won or 30 lost leads),
 *     {@code not_better_than_chance} (held-out AUC below 0.5) or {@code not_trained}
 * @param wonNeeded how many more won leads it needs before it can be active
 * @param auc area under the ROC curve on the held-out leads
 * @param calibrationError expected calibration error on the held-out leads (10 bins)
 * @param splitAt outcomes from this moment on were held out for the evaluation
 * @param reliability predicted against observed win rates on the held-out leads, by bin
 */
public record ModelStatus(
        String status,
        String summary,
        int won,
        int lost,
        int wonNeeded,
        int lostNeeded,
        @Nullable Instant trainedAt,
        int trainSize,
        int testSize,
        @Nullable Double auc,
        @Nullable Double calibrationError,
        @Nullable Instant splitAt,
        List<Bin> reliability) {

    public record Bin(double from, double to, int count, double predicted, double observed) {}
}
