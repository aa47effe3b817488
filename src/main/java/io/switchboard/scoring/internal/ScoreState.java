package io.switchboard.scoring.internal;

import io.switchboard.leads.Temperature;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A lead's stored score (row {@code lead_scores}), or the empty state of a lead never scored.
 *
 * @param features the lead's own fields as model features, as they were at its last scoring while open
 */
public record ScoreState(
        boolean exists,
        int score,
        Temperature temperature,
        List<Component> components,
        @Nullable Base base,
        @Nullable AnalysisSnapshot analysis,
        Map<String, String> features) {

    public ScoreState {
        components = List.copyOf(components);
        features = Map.copyOf(features);
    }

    public static ScoreState none() {
        return new ScoreState(false, 0, Temperature.COLD, List.of(), null, null, Map.of());
    }

    /** A rule's part of the score: its points as of {@code version}, applying since {@code since}. */
    public record Component(UUID ruleId, int version, int points, Instant since) {}

    public enum BaseKind {
        ANALYSIS,
        MANUAL;

        @Override
        public String toString() {
            return io.switchboard.shared.Codes.of(this);
        }
    }

    /** The part that does not come from rules: the latest analysed call, or a score set by hand. */
    public record Base(BaseKind kind, int points, String reason, Instant since) {}

    /** What scoring keeps of a lead's latest analysed call. */
    public record AnalysisSnapshot(
            UUID callId,
            int run,
            String qualification,
            double intent,
            double sentiment,
            String sentimentLabel,
            double totalScore,
            boolean conversation,
            Instant analyzedAt) {}

    public @Nullable Component component(UUID ruleId) {
        for (Component c : components) {
            if (c.ruleId().equals(ruleId)) {
                return c;
            }
        }
        return null;
    }
}
