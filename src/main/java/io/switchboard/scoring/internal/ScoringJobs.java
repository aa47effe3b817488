package io.switchboard.scoring.internal;

import io.switchboard.jobs.Job;
import io.switchboard.scoring.Recomputes;
import io.switchboard.shared.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Scoring's background work, each per organization: a recompute runs one batch per run until all
 * leads are scored; the refresh rescores hourly while time alone changes scores; training follows
 * won and lost leads.
 */
@Configuration(proxyBeanMethods = false)
public class ScoringJobs {

    private static final RetryPolicy RETRY = RetryPolicy.doubling(Duration.ofSeconds(5), Duration.ofMinutes(10));

    /** One batch of a recompute. */
    public record RecomputeStep(UUID recomputeId) {}

    public record Refresh() {}

    public record Training() {}

    @Bean
    Job<RecomputeStep> scoringRecomputeJob(RecomputeRunner runner) {
        return Job.repeating("scoring.recompute", RecomputeStep.class, RETRY, step -> runner.step(step.recomputeId()));
    }

    /**
     * Ends by itself once no active rule changes with time. Recomputes comes late: it schedules jobs,
     * and the job engine is built from every job bean, this one included.
     */
    @Bean
    Job<Refresh> scoringRefreshJob(
            ObjectProvider<Recomputes> recomputes, RuleStore rules, ScoringProperties properties, Clock clock) {
        return Job.repeating("scoring.refresh", Refresh.class, RETRY, refresh -> {
            if (!rules.book().timeDependent()) {
                return null;
            }
            recomputes.getObject().startUnlessRunning("Hourly refresh: decay, activity windows and ages");
            return clock.instant().plus(properties.refreshInterval());
        });
    }

    @Bean
    Job<Training> scoringTrainingJob(ModelTrainer trainer) {
        return Job.once("scoring.train-model", Training.class, RETRY, training -> trainer.train());
    }
}
