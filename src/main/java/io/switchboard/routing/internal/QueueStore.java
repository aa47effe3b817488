package io.switchboard.routing.internal;

import static io.switchboard.db.Tables.QUEUE_PHONE_NUMBERS;
import static io.switchboard.db.Tables.ROUTING_QUEUES;

import io.switchboard.db.tables.records.RoutingQueuesRecord;
import io.switchboard.routing.BusinessHours;
import io.switchboard.routing.Queue;
import io.switchboard.routing.QueueId;
import io.switchboard.routing.QueueSettings;
import io.switchboard.routing.SkillLevel;
import io.switchboard.routing.Strategy;
import io.switchboard.shared.JsonColumns;
import io.switchboard.shared.TenantContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/** The routing_queues table; deleted queues are invisible here. */
@Repository
public class QueueStore {

    private static final TypeReference<List<SkillLevel>> SKILLS = new TypeReference<>() {};

    private final DSLContext db;
    private final JsonColumns json;

    QueueStore(DSLContext db, JsonColumns json) {
        this.db = db;
        this.json = json;
    }

    /** Stores settings already checked and completed with their defaults. */
    public Queue save(QueueId id, QueueSettings s, boolean isNew) {
        if (Boolean.TRUE.equals(s.takesCallbacks())) {
            takeCallbackMark(id);
        }
        RoutingQueuesRecord r = isNew ? db.newRecord(ROUTING_QUEUES) : find(id).orElseThrow();
        r.setOrganizationId(TenantContext.require().value());
        r.setId(id.value());
        r.setName(s.name());
        r.setTeamId(s.teamId());
        r.setStrategy(String.valueOf(s.strategy()));
        r.setRequiredSkills(write(s.requiredSkills() == null ? List.of() : s.requiredSkills()));
        r.setReservationTimeoutSeconds(s.reservationTimeoutSeconds());
        r.setWrapUpSeconds(s.wrapUpSeconds());
        r.setSlaSeconds(s.slaSeconds());
        r.setBusinessHours(s.businessHours() == null ? null : write(s.businessHours()));
        r.setOverflowQueueId(s.overflowQueueId());
        r.setOverflowAfterSeconds(s.overflowAfterSeconds());
        r.setTakesCallbacks(Boolean.TRUE.equals(s.takesCallbacks()));
        r.store();
        bindNumbers(id, s.phoneNumberIds() == null ? List.of() : s.phoneNumberIds());
        return toQueue(r);
    }

    /** The queue answers exactly these numbers; one bound to another queue moves here. */
    private void bindNumbers(QueueId queue, List<UUID> numbers) {
        db.deleteFrom(QUEUE_PHONE_NUMBERS)
                .where(QUEUE_PHONE_NUMBERS
                        .QUEUE_ID
                        .eq(queue.value())
                        .or(QUEUE_PHONE_NUMBERS.PHONE_NUMBER_ID.in(numbers)))
                .execute();
        if (numbers.isEmpty()) {
            return;
        }
        var insert = db.insertInto(
                QUEUE_PHONE_NUMBERS,
                QUEUE_PHONE_NUMBERS.ORGANIZATION_ID,
                QUEUE_PHONE_NUMBERS.PHONE_NUMBER_ID,
                QUEUE_PHONE_NUMBERS.QUEUE_ID);
        UUID organization = TenantContext.require().value();
        for (UUID number : numbers) {
            insert = insert.values(organization, number, queue.value());
        }
        insert.execute();
    }

    /** The queue a number answers into, if any (and not deleted). */
    public Optional<QueueId> answering(UUID phoneNumber) {
        return db.select(QUEUE_PHONE_NUMBERS.QUEUE_ID)
                .from(QUEUE_PHONE_NUMBERS)
                .join(ROUTING_QUEUES)
                .on(
                        ROUTING_QUEUES.ORGANIZATION_ID.eq(QUEUE_PHONE_NUMBERS.ORGANIZATION_ID),
                        ROUTING_QUEUES.ID.eq(QUEUE_PHONE_NUMBERS.QUEUE_ID))
                .where(QUEUE_PHONE_NUMBERS.PHONE_NUMBER_ID.eq(phoneNumber), ROUTING_QUEUES.DELETED_AT.isNull())
                .fetchOptional(r -> QueueId.of(r.value1()));
    }

    private List<UUID> numbersOf(UUID queue) {
        return db.select(QUEUE_PHONE_NUMBERS.PHONE_NUMBER_ID)
                .from(QUEUE_PHONE_NUMBERS)
                .where(QUEUE_PHONE_NUMBERS.QUEUE_ID.eq(queue))
                .orderBy(QUEUE_PHONE_NUMBERS.CREATED_AT, QUEUE_PHONE_NUMBERS.PHONE_NUMBER_ID)
                .fetch(r -> r.value1());
    }

    public void delete(QueueId id, OffsetDateTime at) {
        db.update(ROUTING_QUEUES)
                .set(ROUTING_QUEUES.DELETED_AT, at)
                .where(ROUTING_QUEUES.ID.eq(id.value()))
                .execute();
    }

    public Optional<RoutingQueuesRecord> find(QueueId id) {
        return db.selectFrom(ROUTING_QUEUES)
                .where(ROUTING_QUEUES.ID.eq(id.value()), ROUTING_QUEUES.DELETED_AT.isNull())
                .fetchOptional();
    }

    /**
     * One callback queue per organization: the mark moves to this queue. This queue and the one
     * losing the mark are locked in id order, as a dispatch round writes queues, so the two writers
     * never wait for each other in a circle.
     */
    private void takeCallbackMark(QueueId id) {
        db.select(ROUTING_QUEUES.ID)
                .from(ROUTING_QUEUES)
                .where(ROUTING_QUEUES.ID.eq(id.value()).or(ROUTING_QUEUES.TAKES_CALLBACKS.isTrue()))
                .orderBy(ROUTING_QUEUES.ID)
                .forUpdate()
                .fetch();
        db.update(ROUTING_QUEUES)
                .set(ROUTING_QUEUES.TAKES_CALLBACKS, false)
                .where(ROUTING_QUEUES.TAKES_CALLBACKS.isTrue(), ROUTING_QUEUES.ID.ne(id.value()))
                .execute();
    }

    /** The organization's callback queue, if one is marked. */
    public Optional<RoutingQueuesRecord> callbackQueue() {
        return db.selectFrom(ROUTING_QUEUES)
                .where(ROUTING_QUEUES.TAKES_CALLBACKS.isTrue(), ROUTING_QUEUES.DELETED_AT.isNull())
                .fetchOptional();
    }

    public List<RoutingQueuesRecord> all() {
        return db.selectFrom(ROUTING_QUEUES)
                .where(ROUTING_QUEUES.DELETED_AT.isNull())
                .orderBy(ROUTING_QUEUES.NAME)
                .fetch();
    }

    /** These queues, deleted or not (work may outlive its queue), by id. */
    public Map<UUID, RoutingQueuesRecord> byIds(Collection<UUID> ids) {
        return db.selectFrom(ROUTING_QUEUES).where(ROUTING_QUEUES.ID.in(ids)).fetch().stream()
                .collect(Collectors.toMap(RoutingQueuesRecord::getId, r -> r));
    }

    public boolean nameTaken(String name, @Nullable UUID except) {
        var where = ROUTING_QUEUES.NAME.lower().eq(name.toLowerCase()).and(ROUTING_QUEUES.DELETED_AT.isNull());
        if (except != null) {
            where = where.and(ROUTING_QUEUES.ID.ne(except));
        }
        return db.fetchExists(ROUTING_QUEUES, where);
    }

    /** Round-robin memory, written in queue order at the end of a dispatch so writers never deadlock. */
    public void rememberLastAgents(Map<UUID, UUID> lastAgentByQueue) {
        lastAgentByQueue.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> db.update(ROUTING_QUEUES)
                .set(ROUTING_QUEUES.LAST_AGENT_ID, e.getValue())
                .where(ROUTING_QUEUES.ID.eq(e.getKey()))
                .execute());
    }

    public JSONB write(Object value) {
        return json.write(value);
    }

    public List<SkillLevel> skills(JSONB value) {
        return json.read(value, SKILLS);
    }

    /** The queue's business hours (stored complete, zone included), or null for always open. */
    public @Nullable BusinessHours hours(RoutingQueuesRecord r) {
        return r.getBusinessHours() == null
                ? null
                : BusinessHours.parse(json.readMap(r.getBusinessHours()), ZoneOffset.UTC);
    }

    public Queue toQueue(RoutingQueuesRecord r) {
        return new Queue(
                QueueId.of(r.getId()),
                r.getName(),
                r.getTeamId(),
                Strategy.fromCode(r.getStrategy()),
                skills(r.getRequiredSkills()),
                r.getReservationTimeoutSeconds(),
                r.getWrapUpSeconds(),
                r.getSlaSeconds(),
                r.getBusinessHours() == null ? null : json.readMap(r.getBusinessHours()),
                r.getOverflowQueueId() == null ? null : QueueId.of(r.getOverflowQueueId()),
                r.getOverflowAfterSeconds(),
                r.getTakesCallbacks(),
                numbersOf(r.getId()),
                r.getCreatedAt().toInstant(),
                r.getUpdatedAt().atZoneSameInstant(ZoneOffset.UTC).toInstant());
    }
}
