package io.switchboard.routing.internal;

import io.switchboard.db.tables.records.AgentAvailabilityRecord;
import io.switchboard.db.tables.records.RoutingQueuesRecord;
import io.switchboard.db.tables.records.WorkItemsRecord;
import io.switchboard.jobs.Job;
import io.switchboard.jobs.Jobs;
import io.switchboard.leads.LeadDirectory;
import io.switchboard.routing.AgentStatus;
import io.switchboard.routing.AssignmentPolicy;
import io.switchboard.routing.AssignmentPolicy.Candidate;
import io.switchboard.routing.AssignmentPolicy.Choice;
import io.switchboard.routing.ReservationId;
import io.switchboard.routing.SkillLevel;
import io.switchboard.routing.Strategy;
import io.switchboard.routing.WorkId;
import io.switchboard.routing.WorkKind;
import io.switchboard.routing.WorkKind.Channel;
import io.switchboard.routing.internal.AgentStore.Free;
import io.switchboard.routing.internal.RoutingJobs.Backlog;
import io.switchboard.routing.internal.RoutingJobs.Expiry;
import io.switchboard.shared.Ids;
import io.switchboard.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Offers waiting work to free agents, in the caller's transaction: whoever frees capacity (a
 * rejection, a timeout, a finished work, an agent becoming available) calls it, so the backlog moves
 * at once. Work rows are claimed with {@code SKIP LOCKED} and each chosen agent's row is locked
 * (skipped if another dispatcher holds it) before its load is counted again, so a work is never
 * offered twice and an agent never beyond capacity. An agent skipped that way leaves its work to a
 * dispatch job that runs after this transaction, so contention never strands work. Rounds run side
 * by side, each seeing only the work the others have not claimed: a round leaves work less urgent
 * than work another round holds to the dispatch job as well, so the most urgent work is offered
 * first however many rounds start together.
 */
@Component
public class Dispatcher {

    static final int BATCH = 200;

    private final WorkStore work;
    private final AgentStore agents;
    private final QueueStore queues;
    private final LeadDirectory leads;
    private final Jobs jobs;
    private final ObjectProvider<Job<Expiry>> expiry;
    private final ObjectProvider<Job<Backlog>> backlog;
    private final ObjectProvider<SimulatedFloor> simulation;
    private final RoutingFeed feed;
    private final OpeningHours hours;
    private final OfferPools pools;
    private final Clock clock;
    private final RandomGenerator random = RandomGenerator.getDefault();

    Dispatcher(
            WorkStore work,
            AgentStore agents,
            QueueStore queues,
            LeadDirectory leads,
            Jobs jobs,
            ObjectProvider<Job<Expiry>> expiry,
            ObjectProvider<Job<Backlog>> backlog,
            ObjectProvider<SimulatedFloor> simulation,
            RoutingFeed feed,
            OpeningHours hours,
            OfferPools pools,
            Clock clock) {
        this.work = work;
        this.agents = agents;
        this.queues = queues;
        this.leads = leads;
        this.jobs = jobs;
        this.expiry = expiry;
        this.backlog = backlog;
        this.simulation = simulation;
        this.feed = feed;
        this.hours = hours;
        this.pools = pools;
        this.clock = clock;
    }

    /** Offers as much of the backlog as free capacity allows; answers how many offers it made. */
    public int offerBacklog() {
        int offered = 0;
        while (true) {
            Round round = round(work.lockWaiting(BATCH, clock.instant()));
            offered += round.offered;
            if (round.contended) {
                // A key of its own: concurrent dispatchers scheduling one shared key collide on insert.
                jobs.run(backlog.getObject(), "backlog-" + Ids.next(), new Backlog());
            }
            if (round.offered == 0 || round.claimed < BATCH) {
                return offered;
            }
        }
    }

    private record Round(int claimed, int offered, boolean contended) {}

    /** Work less urgent than work another round holds is left to the dispatch job (contended). */
    private Round round(List<WorkItemsRecord> claimed) {
        if (claimed.isEmpty()) {
            return new Round(0, 0, false);
        }
        var queueById =
                queues.byIds(claimed.stream().map(WorkItemsRecord::getQueueId).toList());
        List<WorkItemsRecord> waiting = hours.openOnly(claimed, queueById, clock.instant());
        Map<UUID, Integer> scores = scores(waiting, queueById);
        int heldElsewhere = work.topPriorityBesides(claimed, clock.instant());
        Map<UUID, Free> free = agents.availableById();
        OfferPools.Round eligible = pools.of(waiting, queueById.values(), free);
        Map<UUID, UUID> lastAgents = new HashMap<>();
        int offered = 0;
        boolean contended = false;
        for (WorkItemsRecord w : servingOrder(waiting, queueById, scores)) {
            if (free.isEmpty()) {
                break;
            }
            RoutingQueuesRecord q = queueById.get(w.getQueueId());
            Outcome outcome = w.getPriority() < heldElsewhere
                    ? Outcome.CONTENDED
                    : offer(w, q, eligible.pool(w, q, free), free, lastAgents, scores);
            offered += outcome == Outcome.OFFERED ? 1 : 0;
            contended |= outcome == Outcome.CONTENDED;
        }
        queues.rememberLastAgents(lastAgents);
        return new Round(claimed.size(), offered, contended);
    }

    private enum Outcome {
        OFFERED,
        NOBODY,
        CONTENDED
    }

    private Outcome offer(
            WorkItemsRecord w,
            RoutingQueuesRecord q,
            List<Candidate> pool,
            Map<UUID, Free> free,
            Map<UUID, UUID> lastAgents,
            Map<UUID, Integer> scores) {
        Channel channel = WorkKind.fromCode(w.getKind()).channel();
        List<SkillLevel> required = pools.required(w, q);
        boolean contended = false;
        Instant now = clock.instant();
        Integer score = leadScore(w, scores);
        while (true) {
            UUID last = lastAgents.getOrDefault(q.getId(), q.getLastAgentId());
            Optional<Choice> choice = AssignmentPolicy.choose(strategy(q), required, pool, last, score, now, random);
            if (choice.isEmpty()) {
                return contended ? Outcome.CONTENDED : Outcome.NOBODY;
            }
            UserId agent = choice.get().agent();
            Optional<AgentAvailabilityRecord> row = agents.tryLock(agent);
            contended |= row.isEmpty();
            Optional<Integer> load = row.flatMap(r -> room(r, channel));
            if (load.isEmpty()) {
                pool.removeIf(c -> c.id().equals(agent));
                continue;
            }
            reserve(w, q, row.get(), channel, choice.get().reason(), now);
            lastAgents.put(q.getId(), agent.value());
            free.put(agent.value(), loaded(free.get(agent.value()), channel, load.get() + 1));
            return Outcome.OFFERED;
        }
    }

    /** The agent's load, counted once its row is ours, if the agent is still available with room. */
    private Optional<Integer> room(AgentAvailabilityRecord row, Channel channel) {
        if (!AgentStatus.AVAILABLE.toString().equals(row.getStatus())) {
            return Optional.empty();
        }
        int capacity = channel == Channel.VOICE ? row.getVoiceCapacity() : row.getTaskCapacity();
        int load = agents.load(UserId.of(row.getUserId()), channel);
        return load < capacity ? Optional.of(load) : Optional.empty();
    }

    private void reserve(
            WorkItemsRecord w,
            RoutingQueuesRecord q,
            AgentAvailabilityRecord row,
            Channel channel,
            String reason,
            Instant now) {
        UserId agent = UserId.of(row.getUserId());
        Instant expires = now.plusSeconds(q.getReservationTimeoutSeconds());
        ReservationId reservation = work.reserve(w, agent, channel, now, expires);
        work.decide(WorkId.of(w.getId()), agent, strategy(q), reason);
        jobs.schedule(expiry.getObject(), reservation.toString(), new Expiry(reservation), expires);
        if (row.getSimulated()) {
            simulation.getObject().offered(reservation, agent);
        }
        feed.offered(w.getOrganizationId(), agent, reservation, WorkId.of(w.getId()), expires);
        feed.queueChanged(w.getOrganizationId(), q.getId());
    }

    private static Strategy strategy(RoutingQueuesRecord q) {
        return Strategy.fromCode(q.getStrategy());
    }

    private static Free loaded(Free before, Channel channel, int load) {
        Candidate c = before.on(channel);
        Candidate now = new Candidate(c.id(), load, c.capacity(), c.idleSince(), c.skills());
        return channel == Channel.VOICE ? new Free(now, before.task()) : new Free(before.voice(), now);
    }

    private Map<UUID, Integer> scores(List<WorkItemsRecord> waiting, Map<UUID, RoutingQueuesRecord> queueById) {
        List<UUID> leadIds = waiting.stream()
                .filter(w -> w.getLeadId() != null)
                .filter(w -> Strategy.SCORE_PRIORITY.toString().equals(strategyOf(w, queueById)))
                .map(WorkItemsRecord::getLeadId)
                .distinct()
                .toList();
        return leadIds.isEmpty() ? Map.of() : leads.scores(leadIds);
    }

    /** Priority first; within a priority a score_priority queue serves its highest-scored leads first. */
    static List<WorkItemsRecord> servingOrder(
            List<WorkItemsRecord> waiting, Map<UUID, RoutingQueuesRecord> queueById, Map<UUID, Integer> scores) {
        Comparator<WorkItemsRecord> order =
                Comparator.comparing(WorkItemsRecord::getPriority, Comparator.reverseOrder());
        order = order.thenComparing(w -> -score(w, scores)).thenComparing(WorkItemsRecord::getCreatedAt);
        return waiting.stream().sorted(order).toList();
    }

    /** Work without a lead has no score (and Map.of() refuses a null key). */
    private static @Nullable Integer leadScore(WorkItemsRecord w, Map<UUID, Integer> scores) {
        return w.getLeadId() == null ? null : scores.get(w.getLeadId());
    }

    private static int score(WorkItemsRecord w, Map<UUID, Integer> scores) {
        return w.getLeadId() == null ? 0 : scores.getOrDefault(w.getLeadId(), 0);
    }

    private static @Nullable String strategyOf(WorkItemsRecord w, Map<UUID, RoutingQueuesRecord> queueById) {
        RoutingQueuesRecord q = queueById.get(w.getQueueId());
        return q == null ? null : q.getStrategy();
    }
}
