package io.switchboard.routing.internal;

import io.switchboard.db.tables.records.RoutingQueuesRecord;
import io.switchboard.db.tables.records.WorkItemsRecord;
import io.switchboard.jobs.Job;
import io.switchboard.jobs.Jobs;
import io.switchboard.routing.QueueId;
import io.switchboard.routing.SkillLevel;
import io.switchboard.routing.Strategy;
import io.switchboard.routing.VisitOutcome;
import io.switchboard.routing.WorkId;
import io.switchboard.routing.WorkOverflowed;
import io.switchboard.routing.WorkStatus;
import io.switchboard.routing.internal.RoutingJobs.Overflow;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Moves work to its queue's overflow queue: at once when no agent at all holds the skills it needs
 * (nobody will ever take it here), or when it waited the queue's {@code overflow_after_seconds}
 * (an overflow job due then, per work; nothing polls). Each move is a decision with its reason.
 * Queue settings refuse overflow cycles; the hop limit only stops a cycle made by two concurrent
 * updates.
 */
@Component
public class Overflows {

    private static final int MAX_HOPS = 10;

    private final WorkStore work;
    private final QueueStore queues;
    private final AgentStore agents;
    private final Jobs jobs;
    private final ObjectProvider<Job<Overflow>> overflow;
    private final ObjectProvider<Dispatcher> dispatcher;
    private final RoutingFeed feed;
    private final QueueTeams teams;
    private final ApplicationEventPublisher events;
    private final QueueVisits visits;
    private final Clock clock;

    Overflows(
            WorkStore work,
            QueueStore queues,
            AgentStore agents,
            Jobs jobs,
            ObjectProvider<Job<Overflow>> overflow,
            ObjectProvider<Dispatcher> dispatcher,
            RoutingFeed feed,
            QueueTeams teams,
            ApplicationEventPublisher events,
            QueueVisits visits,
            Clock clock) {
        this.visits = visits;
        this.work = work;
        this.queues = queues;
        this.agents = agents;
        this.jobs = jobs;
        this.overflow = overflow;
        this.dispatcher = dispatcher;
        this.feed = feed;
        this.teams = teams;
        this.events = events;
        this.clock = clock;
    }

    /** A work entered its queue: moved on at once if nobody here could take it, else timed. */
    public void arrived(WorkId id) {
        work.lock(id).ifPresent(w -> arrived(w, 0));
    }

    private void arrived(WorkItemsRecord w, int hops) {
        Optional<RoutingQueuesRecord> queue = queues.find(QueueId.of(w.getQueueId()));
        if (queue.isEmpty() || queue.get().getOverflowQueueId() == null || hops >= MAX_HOPS) {
            return;
        }
        RoutingQueuesRecord q = queue.get();
        List<SkillLevel> required = new ArrayList<>(queues.skills(q.getRequiredSkills()));
        required.addAll(queues.skills(w.getRequiredSkills()));
        QueueTeams.Members team = teams.of(List.of(q)).get(q.getId());
        if (!agents.anyoneHolds(required, team == null ? null : team.ids())) {
            move(w, q, nobody(required, team), hops);
            return;
        }
        Instant now = clock.instant();
        Instant from = w.getDueAt() == null || w.getDueAt().toInstant().isBefore(now)
                ? now
                : w.getDueAt().toInstant();
        schedule(w, q, from.plusSeconds(q.getOverflowAfterSeconds()));
    }

    /** Why nobody here could take a work: nobody of the floor (or of the queue's team) holds its skills. */
    private static String nobody(List<SkillLevel> required, QueueTeams.@Nullable Members team) {
        String who = team == null ? "no agent" : "no agent of team " + team.name();
        return required.isEmpty()
                ? ": " + who + " is on the floor"
                : ": " + who + " holds "
                        + required.stream()
                                .map(s -> s.skill() + " " + s.level())
                                .collect(Collectors.joining(", "));
    }

    /** The overflow job: the work still waits in the queue that timed it, so it moves on. */
    void due(WorkId id, QueueId from) {
        Optional<WorkItemsRecord> found = work.lock(id);
        if (found.isEmpty() || !found.get().getQueueId().equals(from.value())) {
            return;
        }
        WorkItemsRecord w = found.get();
        Optional<RoutingQueuesRecord> q = queues.find(from);
        if (q.isEmpty() || q.get().getOverflowQueueId() == null) {
            return;
        }
        if (WorkStatus.OFFERED.toString().equals(w.getStatus())) {
            // An agent holds it for now; if the offer ends unanswered it waits again and moves then.
            // Read, not locked: the offer's own flows lock its reservation before its work.
            work.findLiveReservation(id)
                    .ifPresent(r ->
                            schedule(w, q.get(), r.getExpiresAt().toInstant().plusSeconds(1)));
            return;
        }
        if (WorkStatus.WAITING.toString().equals(w.getStatus())) {
            move(w, q.get(), " after " + q.get().getOverflowAfterSeconds() + " s", 0);
            dispatcher.getObject().offerBacklog();
        }
    }

    /**
     * A queue's settings changed: its waiting work is judged by the new ones (a hold for closed
     * hours is lifted, the dispatcher decides again; an overflow counts from now).
     */
    /** Before a queue's settings are written: its held work first, in the order a dispatch round locks. */
    public void settingsChanging(QueueId id) {
        work.lockHeld(id);
    }

    public void settingsChanged(QueueId id, boolean hoursChanged) {
        List<WorkItemsRecord> waiting = work.waitingIn(id);
        if (hoursChanged) {
            work.release(id);
        }
        queues.find(id)
                .filter(q -> q.getOverflowQueueId() != null)
                .ifPresent(q ->
                        waiting.forEach(w -> schedule(w, q, clock.instant().plusSeconds(q.getOverflowAfterSeconds()))));
        dispatcher.getObject().offerBacklog();
    }

    private void move(WorkItemsRecord w, RoutingQueuesRecord from, String why, int hops) {
        Optional<RoutingQueuesRecord> to = queues.find(QueueId.of(from.getOverflowQueueId()));
        if (to.isEmpty()) {
            return;
        }
        Instant at = clock.instant();
        w.setQueueId(to.get().getId());
        w.setHeldUntil(null);
        w.store();
        WorkId id = WorkId.of(w.getId());
        visits.left(id, QueueId.of(from.getId()), at, VisitOutcome.OVERFLOWED);
        visits.entered(id, QueueId.of(to.get().getId()), at, to.get().getSlaSeconds());
        work.decide(
                WorkId.of(w.getId()),
                null,
                Strategy.fromCode(to.get().getStrategy()),
                "overflowed from " + from.getName() + why);
        events.publishEvent(new WorkOverflowed(
                w.getOrganizationId(),
                WorkId.of(w.getId()),
                QueueId.of(from.getId()),
                QueueId.of(to.get().getId()),
                at));
        feed.queueChanged(w.getOrganizationId(), from.getId());
        feed.queueChanged(w.getOrganizationId(), to.get().getId());
        arrived(w, hops + 1);
    }

    private void schedule(WorkItemsRecord w, RoutingQueuesRecord q, Instant at) {
        jobs.schedule(
                overflow.getObject(),
                "overflow-" + w.getId(),
                new Overflow(WorkId.of(w.getId()), QueueId.of(q.getId())),
                at);
    }
}
