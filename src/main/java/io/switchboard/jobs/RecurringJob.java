package io.switchboard.jobs;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Platform work on a fixed schedule, for no organization in particular (partitions, purges): one
 * node runs each period. Declare it as a bean; it is scheduled on start.
 *
 * @param every a fixed delay between the end of one run and the start of the next, or null
 * @param cron a Spring-style cron expression in UTC (six fields), or null
 */
public record RecurringJob(String name, @Nullable Duration every, @Nullable String cron, Runnable work) {

    public RecurringJob {
        if ((every == null) == (cron == null)) {
            throw new IllegalArgumentException("a recurring job has either a delay or a cron expression");
        }
    }

    public static RecurringJob every(String name, Duration every, Runnable work) {
        return new RecurringJob(name, every, null, work);
    }

    /** Runs at the times of a six-field cron expression, in UTC. */
    public static RecurringJob cron(String name, String cron, Runnable work) {
        return new RecurringJob(name, null, cron, work);
    }
}
