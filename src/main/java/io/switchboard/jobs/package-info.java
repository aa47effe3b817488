/**
 * Background jobs on PostgreSQL (db-scheduler): delayed, repeating and recurring work that survives
 * restarts and runs once across nodes. A module declares its jobs as {@link io.switchboard.jobs.Job}
 * or {@link io.switchboard.jobs.RecurringJob} beans and schedules them through
 * {@link io.switchboard.jobs.Jobs}. A {@code Job} carries its organization: it runs inside that
 * organization's transaction (row-level security applies), is retried by its
 * {@link io.switchboard.shared.RetryPolicy}, and a node that dies mid-run hands it to another node
 * once its heartbeats stop.
 */
@ApplicationModule(
        displayName = "Jobs",
        allowedDependencies = {"shared"})
@NullMarked
package io.switchboard.jobs;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
