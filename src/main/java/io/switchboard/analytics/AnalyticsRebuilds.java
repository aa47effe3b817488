package io.switchboard.analytics;

import io.switchboard.analytics.internal.AnalyticsJobs;
import io.switchboard.analytics.internal.RebuildStore;
import io.switchboard.jobs.Job;
import io.switchboard.jobs.Jobs;
import io.switchboard.shared.NotFound;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recomputes a range's figures from the raw leads and calls, on the job engine. */
@Service
public class AnalyticsRebuilds {

    private final RebuildStore store;
    private final Jobs jobs;
    private final Job<AnalyticsJobs.RebuildStep> job;

    AnalyticsRebuilds(RebuildStore store, Jobs jobs, Job<AnalyticsJobs.RebuildStep> job) {
        this.store = store;
        this.jobs = jobs;
        this.job = job;
    }

    @Transactional
    public Rebuild start(DayRange range, @Nullable UUID actor) {
        Rebuild started = store.start(range, actor);
        jobs.run(job, started.id().toString(), new AnalyticsJobs.RebuildStep(started.id()));
        return started;
    }

    @Transactional(readOnly = true)
    public Rebuild get(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFound("analytics_rebuild", id));
    }
}
