package io.switchboard.routing.internal;

import io.switchboard.db.tables.records.AgentAvailabilityRecord;
import io.switchboard.db.tables.records.ReservationsRecord;
import io.switchboard.db.tables.records.WorkItemsRecord;
import io.switchboard.jobs.Job;
import io.switchboard.jobs.Jobs;
import io.switchboard.routing.AgentStatus;
import io.switchboard.routing.Disposition;
import io.switchboard.routing.QueueId;
import io.switchboard.routing.ReservationId;
import io.switchboard.routing.Strategy;
import io.switchboard.routing.WorkAccepted;
import io.switchboard.routing.WorkId;
import io.switchboard.routing.WorkKind;
import io.switchboard.routing.WorkStatus;
import io.switchboard.routing.internal.RoutingJobs.Expiry;
import io.switchboard.shared.Conflict;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * An offer's life after it was made: accepted, rejected, timed out, or released when its agent
 * leaves; and the accepted work finished. Every path that frees capacity offers the backlog before
 * its transaction ends. Locks are taken in one order everywhere: the agent's row, then the
 * reservation, then the work, then the dispatch round; the presence check holds the agent while it
 * releases the agent's offers, so an accept that locked the offer first and the agent second (as
 * it once did) deadlocked with it.
 */
@Component
public class ReservationFlow {

    private final WorkStore work;
    private final AgentStore agents;
    private final QueueStore queues;
    private final Dispatcher dispatcher;
    private final Jobs jobs;
    private final Job<Expiry> expiry;
    private final ObjectProvider<PresenceFlow> presence;
    private final ApplicationEventPublisher events;
    private final RoutingFeed feed;
    private final CallBridge bridge;
    private final QueueVisits visits;
    private final Clock clock;

    ReservationFlow(
            WorkStore work,
            AgentStore agents,
            QueueStore queues,
            Dispatcher dispatcher,
            Jobs jobs,
            Job<Expiry> expiry,
            ObjectProvider<PresenceFlow> presence,
            ApplicationEventPublisher events,
            RoutingFeed feed,
            CallBridge bridge,
            QueueVisits visits,
            Clock clock) {
        this.visits = visits;
        this.work = work;
        this.agents = agents;
        this.queues = queues;
        this.dispatcher = dispatcher;
        this.jobs = jobs;
        this.expiry = expiry;
        this.presence = presence;
        this.events = events;
        this.feed = feed;
        this.bridge = bridge;
        this.clock = clock;
    }

    /** A live call's work needs an agent with a phone (409 {@code no_phone}), and is bridged to it. */
    public WorkId accept(ReservationId id, UserId agent) {
        agents.lockIfPresent(agent);
        ReservationsRecord r = pendingOf(id, agent);
        Instant now = clock.instant();
        if (!r.getExpiresAt().toInstant().isAfter(now)) {
            // Its expiry job, due now, hands it on; refusing here keeps that in one place.
            throw new Conflict("offer_expired", "the offer expired before it was accepted");
        }
        WorkItemsRecord w = work.lock(WorkId.of(r.getWorkId())).orElseThrow();
        WorkKind kind = WorkKind.fromCode(w.getKind());
        bridge.prepare(w, agent);
        r.setStatus("accepted");
        r.setAnsweredAt(AgentStore.at(now));
        r.store();
        w.setStatus(WorkStatus.ASSIGNED.toString());
        w.setAgentId(agent.value());
        w.setAssignedAt(AgentStore.at(now));
        w.store();
        visits.answered(WorkId.of(w.getId()), QueueId.of(w.getQueueId()), now);
        jobs.cancel(expiry, id.toString());
        if (kind == WorkKind.CALL) {
            presence.getObject().change(agents.lock(agent, now), AgentStatus.BUSY, "on a call");
        }
        events.publishEvent(new WorkAccepted(w.getOrganizationId(), WorkId.of(w.getId()), kind, w.getLeadId(), agent));
        feed.deskChanged(w.getOrganizationId(), agent);
        feed.queueChanged(w.getOrganizationId(), w.getQueueId());
        return WorkId.of(w.getId());
    }

    public void reject(ReservationId id, UserId agent) {
        agents.lockIfPresent(agent);
        giveBack(pendingOf(id, agent), "rejected", "rejected the offer", true);
        dispatcher.offerBacklog();
    }

    /** The expiry job: an offer nobody answered goes to the next agent. */
    void expire(ReservationId id) {
        // The agent before the offer (as everywhere): read the offer to learn whose it is, then lock.
        work.findReservation(id).ifPresent(found -> agents.lockIfPresent(UserId.of(found.getAgentId())));
        work.lockReservation(id).filter(r -> "pending".equals(r.getStatus())).ifPresent(r -> {
            // No cancel of the expiry job here: it is the one running (the engine refuses that).
            giveBack(r, "timed_out", "did not answer within the offer's time", false);
            dispatcher.offerBacklog();
        });
    }

    /** The agent left available: their unanswered offers go back (the caller dispatches); how many. */
    public int releasePending(UserId agent, String why) {
        List<ReservationsRecord> pending = work.pendingOf(agent);
        pending.forEach(r -> giveBack(r, "canceled", why, true));
        return pending.size();
    }

    /** The agent finished an accepted work: its capacity frees, a call moves the agent to wrap-up. */
    public void complete(WorkId id, UserId agent) {
        complete(id, agent, null, null);
    }

    public void complete(WorkId id, UserId agent, @Nullable Disposition disposition, @Nullable String dispositionNote) {
        agents.lockIfPresent(agent);
        WorkItemsRecord w = work.lock(id).orElseThrow(() -> new NotFound("work", id));
        if (!agent.value().equals(w.getAgentId())
                || !WorkStatus.ASSIGNED.toString().equals(w.getStatus())) {
            throw new Conflict("work_not_yours", "only the agent working on it can finish this work");
        }
        Instant now = clock.instant();
        w.setStatus(WorkStatus.COMPLETED.toString());
        w.setCompletedAt(AgentStore.at(now));
        w.setDisposition(disposition == null ? null : disposition.toString());
        w.setDispositionNote(dispositionNote);
        w.store();
        work.liveReservation(id).ifPresent(r -> {
            r.setStatus("completed");
            r.store();
        });
        release(w, agent, now);
    }

    /** The finished work's capacity back: wrap-up after a call, else the backlog offered at once. */
    private void release(WorkItemsRecord w, UserId agent, Instant now) {
        AgentAvailabilityRecord row = agents.lock(agent, now);
        if (work.assignedTo(agent).isEmpty()) {
            row.setIdleSince(AgentStore.at(now));
        }
        feed.deskChanged(w.getOrganizationId(), agent);
        feed.queueChanged(w.getOrganizationId(), w.getQueueId());
        if (WorkKind.CALL.toString().equals(w.getKind())
                && AgentStatus.BUSY.toString().equals(row.getStatus())) {
            int wrapUp =
                    queues.byIds(List.of(w.getQueueId())).get(w.getQueueId()).getWrapUpSeconds();
            presence.getObject().wrapUp(row, wrapUp);
        } else {
            row.store();
            dispatcher.offerBacklog();
        }
    }

    private ReservationsRecord pendingOf(ReservationId id, UserId agent) {
        ReservationsRecord r = work.lockReservation(id)
                .filter(found -> found.getAgentId().equals(agent.value()))
                .orElseThrow(() -> new NotFound("reservation", id));
        if (!"pending".equals(r.getStatus())) {
            throw new Conflict(
                    "offer_closed", "this offer was already " + r.getStatus().replace('_', ' '));
        }
        return r;
    }

    private void giveBack(ReservationsRecord r, String status, String why, boolean cancelExpiry) {
        Instant now = clock.instant();
        r.setStatus(status);
        r.setAnsweredAt(AgentStore.at(now));
        r.store();
        WorkItemsRecord w = work.lock(WorkId.of(r.getWorkId())).orElseThrow();
        w.setStatus(WorkStatus.WAITING.toString());
        w.store();
        String strategy =
                queues.byIds(List.of(w.getQueueId())).get(w.getQueueId()).getStrategy();
        work.decide(
                WorkId.of(w.getId()),
                UserId.of(r.getAgentId()),
                Strategy.fromCode(strategy),
                "offer " + status.replace('_', ' ') + ": " + why);
        if (cancelExpiry) {
            jobs.cancel(expiry, r.getId().toString());
        }
        feed.deskChanged(r.getOrganizationId(), UserId.of(r.getAgentId()));
    }
}
