package io.switchboard.jobs;

import io.switchboard.jobs.internal.JobScheduler;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.TenantContext;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * Schedules {@link Job}s for the current organization. Inside a transaction the job is stored in
 * it: it exists only if that transaction commits (an outbox), and a job due now starts right after
 * the commit on this node. An instance is named by its job and a key unique within the
 * organization (a mail's id, a transcript's id): scheduling a key that waits already moves it to the
 * new time with the new payload.
 */
@Service
public class Jobs {

    private final JobScheduler scheduler;
    private final Clock clock;

    Jobs(JobScheduler scheduler, Clock clock) {
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /** Runs {@code job} for the current organization as soon as a node is free. */
    public <T> void run(Job<T> job, String key, T payload) {
        schedule(job, key, payload, clock.instant());
    }

    /**
     * Runs {@code job} for the current organization at {@code at} (or at once if that has passed),
     * moving an instance that waits under this key. An instance that runs right now is left to its
     * handler, which reads the current state and says when to run next.
     */
    public <T> void schedule(Job<T> job, String key, T payload, Instant at) {
        scheduler.schedule(job, TenantContext.require(), key, payload, at, true);
    }

    /** Like {@link #schedule}, but leaves an instance that already waits under this key as it is. */
    public <T> void scheduleIfAbsent(Job<T> job, String key, T payload, Instant at) {
        scheduler.schedule(job, TenantContext.require(), key, payload, at, false);
    }

    /** Removes a waiting instance; one that runs right now finishes its run. */
    public void cancel(Job<?> job, String key) {
        scheduler.cancel(job, TenantContext.require(), key);
    }

    /** Whether an instance of {@code job} waits or runs under this key for {@code organization}. */
    public boolean isScheduled(Job<?> job, OrganizationId organization, String key) {
        return scheduler.exists(job, organization, key);
    }
}
