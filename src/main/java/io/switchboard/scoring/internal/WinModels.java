package io.switchboard.scoring.internal;

import io.switchboard.db.tables.records.ScoringModelsRecord;
import io.switchboard.jobs.Job;
import io.switchboard.jobs.Jobs;
import io.switchboard.leads.Lead;
import io.switchboard.leads.LeadStatus;
import io.switchboard.scoring.Factor;
import io.switchboard.scoring.ModelStatus;
import io.switchboard.scoring.ScoreBreakdown;
import io.switchboard.scoring.internal.ScoringJobs.Training;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

/**
 * The win-probability model in use: a lead's probability and the features that move it most, the
 * examples it learns from (a won or lost lead as it was before the outcome), and its status.
 */
@Component
public class WinModels {

    private static final TypeReference<List<ModelStatus.Bin>> BINS = new TypeReference<>() {};

    private final ModelStore store;
    private final ScoreStore scores;
    private final ActivityReader activity;
    private final FactorLabels labels;
    private final Jobs jobs;
    private final Job<Training> training;
    private final ScoringProperties properties;
    private final Clock clock;

    WinModels(
            ModelStore store,
            ScoreStore scores,
            ActivityReader activity,
            FactorLabels labels,
            Jobs jobs,
            Job<Training> training,
            ScoringProperties properties,
            Clock clock) {
        this.store = store;
        this.scores = scores;
        this.activity = activity;
        this.labels = labels;
        this.jobs = jobs;
        this.training = training;
        this.properties = properties;
        this.clock = clock;
    }

    /** A lead's win probability and its strongest factors either way. */
    public record ModelScore(double probability, ScoreBreakdown.Factors factors) {}

    /** Null while the organization has no active model. */
    public @Nullable ModelScore score(Lead lead, ScoreState state, Instant now) {
        NaiveBayes model = active();
        if (model == null) {
            return null;
        }
        Map<String, String> features = features(lead, state, now);
        Map<String, Double> contributions = model.contributions(features);
        List<Factor> factors = new ArrayList<>();
        Map<String, String> names = labels.valueNames();
        contributions.forEach((feature, weight) -> factors.add(new Factor(
                feature,
                features.get(feature),
                labels.label(feature, features.get(feature), names),
                ScoreMath.twoDecimals(weight))));
        List<Factor> positive = factors.stream()
                .filter(f -> f.weight() > 0)
                .sorted(Comparator.comparingDouble(Factor::weight).reversed())
                .limit(3)
                .toList();
        List<Factor> negative = factors.stream()
                .filter(f -> f.weight() < 0)
                .sorted(Comparator.comparingDouble(Factor::weight))
                .limit(3)
                .toList();
        return new ModelScore(
                Math.round(model.probability(features) * 1000) / 1000.0,
                new ScoreBreakdown.Factors(positive, negative));
    }

    /**
     * A lead was won or lost at {@code outcomeAt} (or reopened): it becomes an example as it was
     * before, its own fields from its last scoring while open, its activity up to the outcome.
     */
    public void outcome(Lead lead, Instant outcomeAt) {
        boolean won = lead.status() == LeadStatus.CONVERTED;
        boolean lost = lead.status() == LeadStatus.LOST;
        UUID id = lead.id().value();
        boolean changed;
        if (won || lost) {
            ScoreState state = scores.find(id).orElse(ScoreState.none());
            Map<String, String> features = new TreeMap<>(state.exists() ? state.features() : Features.fields(lead));
            features.putAll(Features.activity(
                    lead.createdAt(),
                    activity.of(List.of(id), null).getOrDefault(id, List.of()),
                    state.analysis(),
                    outcomeAt));
            store.saveExample(id, won, outcomeAt, features);
            changed = true;
        } else {
            changed = store.deleteExample(id);
        }
        if (changed) {
            jobs.scheduleIfAbsent(
                    training, "model", new Training(), clock.instant().plus(properties.trainingDelay()));
        }
    }

    public ModelStatus status() {
        ScoringModelsRecord m = store.latest().orElse(null);
        if (m == null) {
            List<ModelStore.StoredExample> examples = store.examples();
            int won = (int)
                    examples.stream().filter(ModelStore.StoredExample::won).count();
            int lost = examples.size() - won;
            return new ModelStatus(
                    "not_trained",
                    needs(won, lost),
                    won,
                    lost,
                    needed(won),
                    needed(lost),
                    null,
                    0,
                    0,
                    null,
                    null,
                    null,
                    List.of());
        }
        return new ModelStatus(
                m.getStatus(),
                summary(m),
                m.getWon(),
                m.getLost(),
                needed(m.getWon()),
                needed(m.getLost()),
                m.getTrainedAt().toInstant(),
                m.getTrainSize(),
                m.getTestSize(),
                m.getAuc() == null ? null : m.getAuc().doubleValue(),
                m.getCalibrationError() == null ? null : m.getCalibrationError().doubleValue(),
                m.getSplitAt() == null ? null : m.getSplitAt().toInstant(),
                store.read(m.getReliability(), BINS));
    }

    private @Nullable NaiveBayes active() {
        ScoringModelsRecord m = store.latest().orElse(null);
        return m == null || !"active".equals(m.getStatus()) ? null : store.read(m.getModel(), NaiveBayes.class);
    }

    private Map<String, String> features(Lead lead, ScoreState state, Instant now) {
        boolean open = lead.status() != LeadStatus.CONVERTED && lead.status() != LeadStatus.LOST;
        Map<String, String> features =
                new TreeMap<>(open || !state.exists() ? Features.fields(lead) : state.features());
        UUID id = lead.id().value();
        features.putAll(Features.activity(
                lead.createdAt(), activity.of(List.of(id), null).getOrDefault(id, List.of()), state.analysis(), now));
        return features;
    }

    private static String summary(ScoringModelsRecord m) {
        return switch (m.getStatus()) {
            case "active" -> "In use: trained on " + (m.getWon() + m.getLost()) + " won and lost leads.";
            case "not_better_than_chance" ->
                "Not in use: on the newest outcomes it ranked leads no better than chance.";
            default ->
                m.getWon() >= ModelTrainer.MINIMUM && m.getLost() >= ModelTrainer.MINIMUM
                        ? "Not in use: the newest outcomes held out for the test are all of one kind."
                        : needs(m.getWon(), m.getLost());
        };
    }

    static String needs(int won, int lost) {
        List<String> more = new ArrayList<>();
        if (needed(won) > 0) {
            more.add(needed(won) + " more won");
        }
        if (needed(lost) > 0) {
            more.add(needed(lost) + " more lost");
        }
        return more.isEmpty()
                ? "Enough won and lost leads: the model is trained after the next outcome."
                : "Needs " + String.join(" and ", more) + " leads (at least " + ModelTrainer.MINIMUM
                        + " of each) before it is used.";
    }

    private static int needed(int count) {
        return Math.max(0, ModelTrainer.MINIMUM - count);
    }
}
