package io.switchboard.analytics.internal;

import io.switchboard.jobs.Job;
import io.switchboard.shared.RetryPolicy;
import java.time.Duration;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Analytics' background work, each per organization: the rollup of stale days (one instance, key
 * {@code rollup}) and rebuilds (one instance per rebuild, a step per run).
 */
@Configuration(proxyBeanMethods = false)
public class AnalyticsJobs {

    private static final RetryPolicy RETRY = RetryPolicy.doubling(Duration.ofSeconds(2), Duration.ofMinutes(5));

    public record RollUp() {}

    public record RebuildStep(UUID rebuildId) {}

    @Bean
    Job<RollUp> analyticsRollupJob(ObjectProvider<RollupRunner> runner) {
        return Job.repeating(
                "analytics.rollup", RollUp.class, RETRY, r -> runner.getObject().step());
    }

    @Bean
    Job<RebuildStep> analyticsRebuildJob(ObjectProvider<RebuildRunner> runner) {
        return Job.repeating("analytics.rebuild", RebuildStep.class, RETRY, step -> runner.getObject()
                .step(step.rebuildId()));
    }
}
