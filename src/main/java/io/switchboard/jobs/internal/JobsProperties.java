package io.switchboard.jobs.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The job engine's settings ({@code switchboard.jobs.*}).
 *
 * @param threads jobs run side by side on one node
 * @param pollInterval how often a node looks for due jobs (a job due now on this node starts at once)
 * @param heartbeatInterval how often a node says it still runs its jobs
 * @param missedHeartbeats after this many missed heartbeats (at least 4) a node's running jobs are taken over
 * @param shutdownWait how long a stopping node lets running jobs finish before it interrupts them
 *     (and as long again for them to end after that: a stop must stay within 30 s in all)
 */
@ConfigurationProperties("switchboard.jobs")
record JobsProperties(
        @DefaultValue("8") int threads,
        @DefaultValue("PT2S") Duration pollInterval,
        @DefaultValue("PT10S") Duration heartbeatInterval,
        @DefaultValue("6") int missedHeartbeats,
        @DefaultValue("PT4S") Duration shutdownWait) {}
