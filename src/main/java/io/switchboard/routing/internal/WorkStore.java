package io.switchboard.routing.internal;

import static io.switchboard.db.Tables.RESERVATIONS;
import static io.switchboard.db.Tables.ROUTING_DECISIONS;
import static io.switchboard.db.Tables.WORK_ITEMS;
import static io.switchboard.routing.internal.AgentStore.at;

import io.switchboard.db.tables.records.ReservationsRecord;
import io.switchboard.db.tables.records.WorkItemsRecord;
import io.switchboard.routing.QueueId;
import io.switchboard.routing.ReservationId;
import io.switchboard.routing.Strategy;
import io.switchboard.routing.Work;
import io.switchboard.routing.WorkId;
import io.switchboard.routing.WorkKind.Channel;
import io.switchboard.routing.WorkStatus;
import io.switchboard.shared.Ids;
import io.switchboard.shared.TenantContext;
import io.switchboard.shared.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** work_items, reservations and routing_decisions. */
@Repository
public class WorkStore {

    private final DSLContext db;

    WorkStore(DSLContext db) {
        this.db = db;
    }

    public WorkItemsRecord newRecord() {
        return db.newRecord(WORK_ITEMS);
    }

    public Optional<WorkItemsRecord> find(WorkId id) {
        return db.selectFrom(WORK_ITEMS).where(WORK_ITEMS.ID.eq(id.value())).fetchOptional();
    }

    public Optional<WorkItemsRecord> lock(WorkId id) {
        return db.selectFrom(WORK_ITEMS)
                .where(WORK_ITEMS.ID.eq(id.value()))
                .forUpdate()
                .fetchOptional();
    }

    /**
     * The highest priority among waiting work a round did not claim although it was due: work another
     * transaction holds (a concurrent round), since the claim takes the most urgent unlocked work
     * first. -1 when there is none.
     */
    public int topPriorityBesides(List<WorkItemsRecord> claimed, Instant now) {
        Integer top = db.select(DSL.max(WORK_ITEMS.PRIORITY))
                .from(WORK_ITEMS)
                .where(
                        WORK_ITEMS.STATUS.eq(WorkStatus.WAITING.toString()),
                        WORK_ITEMS.DUE_AT.isNull().or(WORK_ITEMS.DUE_AT.le(at(now))),
                        WORK_ITEMS.HELD_UNTIL.isNull().or(WORK_ITEMS.HELD_UNTIL.le(at(now))),
                        WORK_ITEMS.ID.notIn(
                                claimed.stream().map(WorkItemsRecord::getId).toList()))
                .fetchOne(0, Integer.class);
        return top == null ? -1 : top;
    }

    /**
     * Waiting work nobody else is routing right now, most urgent first: two dispatchers never hold
     * the same work, and neither waits for the other.
     */
    public List<WorkItemsRecord> lockWaiting(int limit, Instant now) {
        return db.selectFrom(WORK_ITEMS)
                .where(
                        WORK_ITEMS.STATUS.eq(WorkStatus.WAITING.toString()),
                        WORK_ITEMS.DUE_AT.isNull().or(WORK_ITEMS.DUE_AT.le(at(now))),
                        WORK_ITEMS.HELD_UNTIL.isNull().or(WORK_ITEMS.HELD_UNTIL.le(at(now))))
                .orderBy(WORK_ITEMS.PRIORITY.desc(), WORK_ITEMS.CREATED_AT, WORK_ITEMS.ID)
                .limit(limit)
                .forUpdate()
                .skipLocked()
                .fetch();
    }

    /** Ties a callback work to the follow-up task it came from (one work per task: a unique index). */
    public void linkTask(WorkId id, UUID task) {
        db.update(WORK_ITEMS)
                .set(WORK_ITEMS.TASK_ID, task)
                .where(WORK_ITEMS.ID.eq(id.value()))
                .execute();
    }

    public boolean hasTaskWork(UUID task) {
        return db.fetchExists(WORK_ITEMS, WORK_ITEMS.TASK_ID.eq(task));
    }

    /** Closed hours: the dispatcher leaves these works alone until the queue opens. */
    public void hold(Collection<UUID> works, Instant until) {
        db.update(WORK_ITEMS)
                .set(WORK_ITEMS.HELD_UNTIL, at(until))
                .where(WORK_ITEMS.ID.in(works))
                .execute();
    }

    /** Lifts the holds of a queue's waiting work (its hours changed: the dispatcher judges again). */
    /**
     * Locks the queue's held work before its settings change: a dispatch round locks work and then
     * its queues, so an edit takes them in the same order.
     */
    public void lockHeld(QueueId queue) {
        db.select(WORK_ITEMS.ID)
                .from(WORK_ITEMS)
                .where(
                        WORK_ITEMS.QUEUE_ID.eq(queue.value()),
                        WORK_ITEMS.STATUS.eq(WorkStatus.WAITING.toString()),
                        WORK_ITEMS.HELD_UNTIL.isNotNull())
                .orderBy(WORK_ITEMS.ID)
                .forUpdate()
                .fetch();
    }

    public void release(QueueId queue) {
        db.update(WORK_ITEMS)
                .setNull(WORK_ITEMS.HELD_UNTIL)
                .where(
                        WORK_ITEMS.QUEUE_ID.eq(queue.value()),
                        WORK_ITEMS.STATUS.eq(WorkStatus.WAITING.toString()),
                        WORK_ITEMS.HELD_UNTIL.isNotNull())
                .execute();
    }

    /** The queue's work nobody has accepted yet (waiting or offered), the longest waiting first. */
    public List<WorkItemsRecord> openIn(QueueId queue, int limit) {
        return db.selectFrom(WORK_ITEMS)
                .where(
                        WORK_ITEMS.QUEUE_ID.eq(queue.value()),
                        WORK_ITEMS.STATUS.in(WorkStatus.WAITING.toString(), WorkStatus.OFFERED.toString()))
                .orderBy(WORK_ITEMS.CREATED_AT, WORK_ITEMS.ID)
                .limit(limit)
                .fetch();
    }

    public List<WorkItemsRecord> waitingIn(QueueId queue) {
        return db.selectFrom(WORK_ITEMS)
                .where(WORK_ITEMS.QUEUE_ID.eq(queue.value()), WORK_ITEMS.STATUS.eq(WorkStatus.WAITING.toString()))
                .fetch();
    }

    /** Agents who rejected or let an offer of these works expire: not offered the same work again. */
    public Map<UUID, Set<UUID>> refusers(Collection<UUID> works) {
        Map<UUID, Set<UUID>> refused = new HashMap<>();
        db.select(RESERVATIONS.WORK_ID, RESERVATIONS.AGENT_ID)
                .from(RESERVATIONS)
                .where(RESERVATIONS.WORK_ID.in(works), RESERVATIONS.STATUS.in("rejected", "timed_out", "canceled"))
                .forEach(r -> refused.computeIfAbsent(r.value1(), k -> new HashSet<>())
                        .add(r.value2()));
        return refused;
    }

    public ReservationId reserve(WorkItemsRecord work, UserId agent, Channel channel, Instant now, Instant expires) {
        ReservationId id = ReservationId.generate();
        db.insertInto(RESERVATIONS)
                .set(RESERVATIONS.ORGANIZATION_ID, work.getOrganizationId())
                .set(RESERVATIONS.ID, id.value())
                .set(RESERVATIONS.WORK_ID, work.getId())
                .set(RESERVATIONS.AGENT_ID, agent.value())
                .set(RESERVATIONS.CHANNEL, channel.toString())
                .set(RESERVATIONS.CREATED_AT, at(now))
                .set(RESERVATIONS.EXPIRES_AT, at(expires))
                .execute();
        work.setStatus(WorkStatus.OFFERED.toString());
        work.store();
        return id;
    }

    public void decide(WorkId work, @Nullable UserId agent, Strategy strategy, String reason) {
        db.insertInto(ROUTING_DECISIONS)
                .set(ROUTING_DECISIONS.ORGANIZATION_ID, TenantContext.require().value())
                .set(ROUTING_DECISIONS.ID, Ids.next())
                .set(ROUTING_DECISIONS.WORK_ID, work.value())
                .set(ROUTING_DECISIONS.AGENT_ID, agent == null ? null : agent.value())
                .set(ROUTING_DECISIONS.STRATEGY, strategy.toString())
                .set(ROUTING_DECISIONS.REASON, reason.length() > 500 ? reason.substring(0, 500) : reason)
                .execute();
    }

    /** A decision without an agent, unless it is already the work's latest. */
    public void decideOnce(WorkId work, Strategy strategy, String reason) {
        String latest = db.select(ROUTING_DECISIONS.REASON)
                .from(ROUTING_DECISIONS)
                .where(ROUTING_DECISIONS.WORK_ID.eq(work.value()))
                .orderBy(ROUTING_DECISIONS.AT.desc(), ROUTING_DECISIONS.ID.desc())
                .limit(1)
                .fetchOne(ROUTING_DECISIONS.REASON);
        if (!reason.equals(latest)) {
            decide(work, null, strategy, reason);
        }
    }

    public List<Work.Decision> decisions(WorkId work) {
        return decisions(List.of(work.value())).getOrDefault(work.value(), List.of());
    }

    /** The decisions of several works in one round trip, each work's in the order they were taken. */
    public Map<UUID, List<Work.Decision>> decisions(Collection<UUID> works) {
        Map<UUID, List<Work.Decision>> byWork = new HashMap<>();
        db.selectFrom(ROUTING_DECISIONS)
                .where(ROUTING_DECISIONS.WORK_ID.in(works))
                .orderBy(ROUTING_DECISIONS.AT, ROUTING_DECISIONS.ID)
                .forEach(r -> byWork.computeIfAbsent(r.getWorkId(), k -> new ArrayList<>())
                        .add(new Work.Decision(
                                r.getAgentId() == null ? null : UserId.of(r.getAgentId()),
                                Strategy.fromCode(r.getStrategy()),
                                r.getReason(),
                                r.getAt().toInstant())));
        return byWork;
    }

    public Optional<ReservationsRecord> findReservation(ReservationId id) {
        return db.selectFrom(RESERVATIONS).where(RESERVATIONS.ID.eq(id.value())).fetchOptional();
    }

    public Optional<ReservationsRecord> lockReservation(ReservationId id) {
        return db.selectFrom(RESERVATIONS)
                .where(RESERVATIONS.ID.eq(id.value()))
                .forUpdate()
                .fetchOptional();
    }

    /** The live reservation of a work (pending or accepted), read without a lock. */
    public Optional<ReservationsRecord> findLiveReservation(WorkId work) {
        return db.selectFrom(RESERVATIONS)
                .where(RESERVATIONS.WORK_ID.eq(work.value()), RESERVATIONS.STATUS.in("pending", "accepted"))
                .fetchOptional();
    }

    /** The live reservation of a work (pending or accepted), locked. */
    public Optional<ReservationsRecord> liveReservation(WorkId work) {
        return db.selectFrom(RESERVATIONS)
                .where(RESERVATIONS.WORK_ID.eq(work.value()), RESERVATIONS.STATUS.in("pending", "accepted"))
                .forUpdate()
                .fetchOptional();
    }

    /** The agent's offers still waiting for an answer, locked. */
    public List<ReservationsRecord> pendingOf(UserId agent) {
        return db.selectFrom(RESERVATIONS)
                .where(RESERVATIONS.AGENT_ID.eq(agent.value()), RESERVATIONS.STATUS.eq("pending"))
                .orderBy(RESERVATIONS.CREATED_AT)
                .forUpdate()
                .fetch();
    }

    /** The agent's offers waiting for an answer, oldest first. */
    public List<ReservationsRecord> offersTo(UserId agent) {
        return db.selectFrom(RESERVATIONS)
                .where(RESERVATIONS.AGENT_ID.eq(agent.value()), RESERVATIONS.STATUS.eq("pending"))
                .orderBy(RESERVATIONS.CREATED_AT)
                .fetch();
    }

    public List<WorkItemsRecord> byIds(Collection<UUID> ids) {
        return db.selectFrom(WORK_ITEMS).where(WORK_ITEMS.ID.in(ids)).fetch();
    }

    /** The agent's accepted work not finished yet, oldest first. */
    public List<WorkItemsRecord> assignedTo(UserId agent) {
        return db.selectFrom(WORK_ITEMS)
                .where(WORK_ITEMS.AGENT_ID.eq(agent.value()), WORK_ITEMS.STATUS.eq(WorkStatus.ASSIGNED.toString()))
                .orderBy(WORK_ITEMS.ASSIGNED_AT)
                .fetch();
    }

    public boolean onCall(UserId agent) {
        return db.fetchExists(
                WORK_ITEMS,
                WORK_ITEMS.AGENT_ID.eq(agent.value()),
                WORK_ITEMS.STATUS.eq(WorkStatus.ASSIGNED.toString()),
                WORK_ITEMS.KIND.eq("call"));
    }
}
