package io.switchboard.routing.internal;

import io.switchboard.db.tables.records.AgentAvailabilityRecord;
import io.switchboard.jobs.Job;
import io.switchboard.jobs.Jobs;
import io.switchboard.routing.AgentStatus;
import io.switchboard.routing.AvailabilityChanged;
import io.switchboard.routing.AvailabilityPolicy;
import io.switchboard.routing.internal.RoutingJobs.Presence;
import io.switchboard.routing.internal.RoutingJobs.WrapUp;
import io.switchboard.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Status changes of an agent, whoever causes them, in the caller's transaction: each is an event
 * and a live update; leaving available hands the agent's unanswered offers to others, becoming
 * available offers the backlog at once.
 */
@Component
public class PresenceFlow {

    /** A console sends a heartbeat every 10 s; three missed ones mean it is gone. */
    public static final Duration STALE_AFTER = Duration.ofSeconds(30);

    private final AgentStore agents;
    private final ReservationFlow reservations;
    private final Dispatcher dispatcher;
    private final Jobs jobs;
    private final Job<Presence> presenceCheck;
    private final Job<WrapUp> wrapUpEnd;
    private final ApplicationEventPublisher events;
    private final RoutingFeed feed;
    private final Clock clock;
    private final ThreadLocal<Boolean> watching = ThreadLocal.withInitial(() -> true);

    PresenceFlow(
            AgentStore agents,
            ReservationFlow reservations,
            Dispatcher dispatcher,
            Jobs jobs,
            Job<Presence> presenceCheck,
            Job<WrapUp> wrapUpEnd,
            ApplicationEventPublisher events,
            RoutingFeed feed,
            Clock clock) {
        this.agents = agents;
        this.reservations = reservations;
        this.dispatcher = dispatcher;
        this.jobs = jobs;
        this.presenceCheck = presenceCheck;
        this.wrapUpEnd = wrapUpEnd;
        this.events = events;
        this.feed = feed;
        this.clock = clock;
    }

    /** The agent's own change, if the state machine allows it. */
    public void set(UserId agent, AgentStatus to, @Nullable String reason, boolean onCall) {
        AgentAvailabilityRecord row = agents.lock(agent, clock.instant());
        AvailabilityPolicy.check(AgentStatus.fromCode(row.getStatus()), to, onCall);
        change(row, to, reason);
    }

    /** Sets the status (the agent's row already locked by the caller) and keeps presence watched. */
    public void change(AgentAvailabilityRecord row, AgentStatus to, @Nullable String reason) {
        Instant now = clock.instant();
        UserId agent = UserId.of(row.getUserId());
        AgentStatus from = AgentStatus.fromCode(row.getStatus());
        row.setLastSeenAt(AgentStore.at(now));
        if (from != to || !java.util.Objects.equals(reason, row.getReason())) {
            row.setStatus(to.toString());
            row.setReason(reason);
            row.setSince(AgentStore.at(now));
            row.store();
            events.publishEvent(new AvailabilityChanged(row.getOrganizationId(), agent, from, to, reason, now));
            feed.agentChanged(row.getOrganizationId(), agent, to, now);
        } else {
            row.store();
        }
        watch(row, now);
        // Offers the agent can no longer answer go to others now, not when their expiry comes.
        boolean released =
                to != AgentStatus.AVAILABLE && reservations.releasePending(agent, "the agent went " + to) > 0;
        if (to == AgentStatus.AVAILABLE || released) {
            dispatcher.offerBacklog();
        }
    }

    /** The console still shows the desk. */
    public void heartbeat(UserId agent) {
        Instant now = clock.instant();
        agents.seen(agent, now);
        agents.find(agent).ifPresent(row -> watch(row, now));
    }

    private void watch(AgentAvailabilityRecord row, Instant now) {
        if (!watching.get()) {
            return;
        }
        String key = row.getUserId().toString();
        if (row.getSimulated() || AgentStatus.OFFLINE.toString().equals(row.getStatus())) {
            jobs.cancel(presenceCheck, key);
        } else {
            jobs.schedule(presenceCheck, key, new Presence(UserId.of(row.getUserId())), now.plus(STALE_AFTER));
        }
    }

    /** The presence job: it must not cancel itself (the engine refuses), and offline needs no watch. */
    void offlineIfSilent(UserId agent) {
        Instant now = clock.instant();
        if (agents.stale(agent, now.minus(STALE_AFTER))) {
            watching.set(false);
            try {
                change(agents.lock(agent, now), AgentStatus.OFFLINE, "no heartbeat from the console for 30 s");
            } finally {
                watching.remove();
            }
        }
    }

    /** A call finished: wrap-up for the queue's time, then back to available. */
    public void wrapUp(AgentAvailabilityRecord row, int seconds) {
        if (seconds <= 0) {
            change(row, AgentStatus.AVAILABLE, null);
            return;
        }
        change(row, AgentStatus.WRAP_UP, "after a call, " + seconds + " s");
        UserId agent = UserId.of(row.getUserId());
        jobs.schedule(
                wrapUpEnd, agent.toString(), new WrapUp(agent), clock.instant().plusSeconds(seconds));
    }

    void endWrapUp(UserId agent) {
        AgentAvailabilityRecord row = agents.lock(agent, clock.instant());
        if (AgentStatus.WRAP_UP.toString().equals(row.getStatus())) {
            change(row, AgentStatus.AVAILABLE, null);
        }
    }
}
