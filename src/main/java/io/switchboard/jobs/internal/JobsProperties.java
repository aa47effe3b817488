package io.switchboard.jobs.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The module's settings: the job engine's ({@code switchboard.jobs.*}) and the redelivery of failed
 * module events ({@code switchboard.events.*}). Bound from {@code switchboard} so that both keep
 * the names operators already set.
 */
@ConfigurationProperties("switchboard")
record JobsProperties(@DefaultValue Engine jobs, @DefaultValue Events events) {

    /**
     * @param threads jobs run side by side on one node
     * @param pollInterval how often a node looks for due jobs (a job due now on this node starts at once)
     * @param heartbeatInterval how often a node says it still runs its jobs
     * @param missedHeartbeats after this many missed heartbeats (at least 4) a node's running jobs are taken over
     * @param shutdownWait how long a stopping node lets running jobs finish before it interrupts them
     *     (and as long again for them to end after that: a stop must stay within 30 s in all)
     */
    record Engine(
            @DefaultValue("8") int threads,
            @DefaultValue("PT2S") Duration pollInterval,
            @DefaultValue("PT10S") Duration heartbeatInterval,
            @DefaultValue("6") int missedHeartbeats,
            @DefaultValue("PT4S") Duration shutdownWait) {}

    /**
     * @param redeliveryPause the first pause before a failed event is delivered again (doubling, at most an hour)
     * @param redeliveryAttempts deliveries in all before the event is moved to {@code event_publication_dead}
     * @param redeliveryInterval how often failed events are looked for
     */
    record Events(
            @DefaultValue("PT10S") Duration redeliveryPause,
            @DefaultValue("10") int redeliveryAttempts,
            @DefaultValue("PT5S") Duration redeliveryInterval) {}
}
