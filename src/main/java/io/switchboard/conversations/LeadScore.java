package io.switchboard.conversations;

import org.jspecify.annotations.Nullable;

/**
 * The total score (0..100) of an analysed call, the same for every analyzer: intent counts most,
 * then how qualified the lead is, the customer's sentiment and the call's quality.
 */
public final class LeadScore {

    private LeadScore() {}

    public static double total(
            double intent, Qualification qualification, double sentiment, @Nullable Double callQuality) {
        double quality = callQuality == null ? 0.5 : callQuality;
        double score = 45 * clamp(intent, 0, 1)
                + 30 * weight(qualification)
                + 15 * (clamp(sentiment, -1, 1) + 1) / 2
                + 10 * clamp(quality, 0, 1);
        return Math.round(score * 100) / 100.0;
    }

    private static double weight(Qualification qualification) {
        return switch (qualification) {
            case HOT -> 1.0;
            case WARM -> 0.6;
            case COLD -> 0.25;
            case NOT_QUALIFIED -> 0.0;
        };
    }

    static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
