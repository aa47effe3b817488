package io.switchboard.telephony.internal;

import static io.switchboard.db.Tables.CALLS;
import static io.switchboard.db.Tables.CALL_EVENTS;
import static io.switchboard.db.Tables.ORGANIZATIONS_WITH_TELEPHONY_WORK;

import io.switchboard.db.tables.records.CallEventsRecord;
import io.switchboard.db.tables.records.CallsRecord;
import io.switchboard.shared.Ids;
import io.switchboard.shared.JsonColumns;
import io.switchboard.shared.Money;
import io.switchboard.shared.TenantContext;
import io.switchboard.telephony.AiAgentId;
import io.switchboard.telephony.Call;
import io.switchboard.telephony.CallDirection;
import io.switchboard.telephony.CallEvent;
import io.switchboard.telephony.CallFilter;
import io.switchboard.telephony.CallId;
import io.switchboard.telephony.CallStatus;
import io.switchboard.telephony.CampaignSpend;
import io.switchboard.telephony.PhoneNumberId;
import io.switchboard.telephony.ProviderKind;
import io.switchboard.telephony.TransferType;
import io.switchboard.telephony.VoiceServerId;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Calls, their status history, and the dispatch queue (pending calls claimed with SKIP LOCKED). */
@Repository
public class Calls {

    private static final List<String> OPEN = List.of("queued", "ringing", "in_progress");

    private final DSLContext db;
    private final JsonColumns json;
    private final CallReach reach;

    Calls(DSLContext db, JsonColumns json, CallReach reach) {
        this.db = db;
        this.json = json;
        this.reach = reach;
    }

    public CallsRecord newRecord() {
        return db.newRecord(CALLS);
    }

    public JsonColumns json() {
        return json;
    }

    /** Inserts a call unless one with the same provider call id exists; whether it inserted. */
    public boolean insertIfAbsent(CallsRecord call) {
        return db.insertInto(CALLS).set(call).onConflictDoNothing().execute() == 1;
    }

    /** Inserts new calls in one batch, each with its first event, "queued" (a dialer's round). */
    public void insertQueued(List<CallsRecord> queued, String source, Instant at) {
        if (queued.isEmpty()) {
            return;
        }
        var insert = db.insertInto(CALLS).set(queued.getFirst());
        for (CallsRecord call : queued.subList(1, queued.size())) {
            insert = insert.newRecord().set(call);
        }
        insert.execute();
        recordEvents(queued.stream()
                .map(call -> new NewEvent(
                        CallId.of(call.getId()), "status", CallStatus.QUEUED, true, source, at, null, Map.of()))
                .toList());
    }

    /** The credits charged for a campaign's ended calls, and its open calls. */
    public CampaignSpend campaignSpend(UUID campaign) {
        return db.select(
                        DSL.coalesce(DSL.sum(CALLS.CREDITS_USED), DSL.inline(java.math.BigDecimal.ZERO)),
                        DSL.count().filterWhere(CALLS.STATUS.in(OPEN)))
                .from(CALLS)
                .where(CALLS.CAMPAIGN_ID.eq(campaign))
                .fetchSingle(r -> new CampaignSpend(r.value1().longValue(), r.value2()));
    }

    public void setCreditsUsed(UUID call, long credits) {
        db.update(CALLS)
                .set(CALLS.CREDITS_USED, credits)
                .where(CALLS.ID.eq(call))
                .execute();
    }

    public List<Call> findAll(Collection<UUID> ids) {
        return ids.isEmpty()
                ? List.of()
                : db.selectFrom(CALLS)
                        .where(CALLS.ID.in(ids))
                        .and(reach.condition())
                        .fetch(this::toCall);
    }

    public Optional<CallsRecord> find(CallId id) {
        return db.selectFrom(CALLS)
                .where(CALLS.ID.eq(id.value()), reach.condition())
                .fetchOptional();
    }

    public Optional<CallsRecord> lock(CallId id) {
        return db.selectFrom(CALLS)
                .where(CALLS.ID.eq(id.value()), reach.condition())
                .forUpdate()
                .fetchOptional();
    }

    /** The calls with these ids, locked in id order (concurrent callers queue, never deadlock). */
    public Map<UUID, CallsRecord> lockAll(Collection<UUID> ids) {
        Map<UUID, CallsRecord> locked = new HashMap<>();
        if (!ids.isEmpty()) {
            db.selectFrom(CALLS)
                    .where(CALLS.ID.in(ids))
                    .orderBy(CALLS.ID)
                    .forUpdate()
                    .forEach(c -> locked.put(c.getId(), c));
        }
        return locked;
    }

    /** Stores the changes of these (locked) calls in one round trip. */
    public void storeAll(Collection<CallsRecord> changed) {
        if (!changed.isEmpty()) {
            db.batchStore(changed).execute();
        }
    }

    public Optional<CallsRecord> lockByProviderId(ProviderKind provider, String providerCallId) {
        return db.selectFrom(CALLS)
                .where(CALLS.PROVIDER.eq(provider.toString()), CALLS.PROVIDER_CALL_ID.eq(providerCallId))
                .forUpdate()
                .fetchOptional();
    }

    public Optional<CallsRecord> lockByExecutionId(ProviderKind provider, String executionId) {
        return db.selectFrom(CALLS)
                .where(CALLS.PROVIDER.eq(provider.toString()), CALLS.PROVIDER_EXECUTION_ID.eq(executionId))
                .orderBy(CALLS.ID.desc())
                .limit(1)
                .forUpdate()
                .fetchOptional();
    }

    public List<Call> list(CallFilter filter, @Nullable UUID before, int limit) {
        List<Condition> where = CallNarrowing.of(filter, reach.condition());
        if (filter.leadId() != null) {
            where.add(CALLS.LEAD_ID.eq(filter.leadId()));
        }
        if (filter.status() != null) {
            where.add(CALLS.STATUS.eq(filter.status().toString()));
        }
        if (filter.campaignId() != null) {
            where.add(CALLS.CAMPAIGN_ID.eq(filter.campaignId()));
        }
        if (filter.aiAgentId() != null) {
            where.add(CALLS.AI_AGENT_ID.eq(filter.aiAgentId().value()));
        }
        if (filter.direction() != null) {
            where.add(CALLS.DIRECTION.eq(filter.direction().toString()));
        }
        if (before != null) {
            where.add(CALLS.ID.lt(before));
        }
        return db.selectFrom(CALLS)
                .where(where)
                .orderBy(CALLS.ID.desc())
                .limit(limit + 1)
                .fetch(this::toCall);
    }

    // --- dispatch queue -------------------------------------------------------------------

    /**
     * Claims up to {@code limit} calls due for dispatch and marks them as being sent, in one
     * statement: concurrent dispatchers on other nodes skip the rows this one locked.
     */
    public List<CallsRecord> claimForDispatch(int limit) {
        var due = db.select(CALLS.ORGANIZATION_ID, CALLS.ID)
                .from(CALLS)
                .where(CALLS.DISPATCH_STATE.eq("pending"), CALLS.DISPATCH_AFTER.le(DSL.currentOffsetDateTime()))
                .orderBy(CALLS.DISPATCH_AFTER)
                .limit(limit)
                .forUpdate()
                .skipLocked();
        return db.update(CALLS)
                .set(CALLS.DISPATCH_STATE, "sending")
                .set(CALLS.DISPATCH_ATTEMPTS, CALLS.DISPATCH_ATTEMPTS.plus(1))
                .set(CALLS.DISPATCH_AFTER, DSL.currentOffsetDateTime())
                .where(DSL.row(CALLS.ORGANIZATION_ID, CALLS.ID).in(due))
                .returning()
                .fetch();
    }

    public void dispatched(CallId id, @Nullable String providerCallId, @Nullable String executionId) {
        db.update(CALLS)
                .set(CALLS.DISPATCH_STATE, "sent")
                .set(CALLS.PROVIDER_CALL_ID, DSL.coalesce(CALLS.PROVIDER_CALL_ID, DSL.val(providerCallId)))
                .set(CALLS.PROVIDER_EXECUTION_ID, DSL.coalesce(CALLS.PROVIDER_EXECUTION_ID, DSL.val(executionId)))
                .where(CALLS.ID.eq(id.value()))
                .execute();
    }

    /** Claimed calls whose provider was never asked: due again at once, the claim not counted as an attempt. */
    public void releaseDispatch(List<CallId> ids) {
        db.update(CALLS)
                .set(CALLS.DISPATCH_STATE, "pending")
                .set(CALLS.DISPATCH_ATTEMPTS, CALLS.DISPATCH_ATTEMPTS.minus(1))
                .where(CALLS.ID.in(ids.stream().map(CallId::value).toList()), CALLS.DISPATCH_STATE.eq("sending"))
                .execute();
    }

    public void retryDispatch(CallId id, Duration after) {
        db.update(CALLS)
                .set(CALLS.DISPATCH_STATE, "pending")
                .set(CALLS.DISPATCH_AFTER, OffsetDateTime.now().plus(after))
                .where(CALLS.ID.eq(id.value()), CALLS.DISPATCH_STATE.eq("sending"))
                .execute();
    }

    /** Calls whose dispatch was interrupted (a crash while the provider was being asked). */
    public List<CallsRecord> interruptedDispatches(Duration olderThan, int limit) {
        return db.selectFrom(CALLS)
                .where(
                        CALLS.DISPATCH_STATE.eq("sending"),
                        CALLS.DISPATCH_AFTER.lt(OffsetDateTime.now().minus(olderThan)))
                .limit(limit)
                .forUpdate()
                .skipLocked()
                .fetch();
    }

    /** Calls still open long after they were queued: the provider never told how they ended. */
    public List<CallsRecord> overdue(Duration olderThan, int limit) {
        return db.selectFrom(CALLS)
                .where(
                        CALLS.STATUS.in(OPEN),
                        CALLS.DISPATCH_STATE.in("sent", "none", "failed"),
                        CALLS.QUEUED_AT.lt(OffsetDateTime.now().minus(olderThan)))
                .limit(limit)
                .forUpdate()
                .skipLocked()
                .fetch();
    }

    public List<UUID> organizationsWithWork() {
        return db.selectFrom(ORGANIZATIONS_WITH_TELEPHONY_WORK.call()).fetch(r -> r.getOrganizationId());
    }

    // --- history ---------------------------------------------------------------------------

    /** An entry of a call's history, to record (see {@link #recordEvents}). */
    public record NewEvent(
            CallId call,
            String kind,
            @Nullable CallStatus status,
            boolean applied,
            String source,
            Instant occurredAt,
            @Nullable UUID webhookEvent,
            Map<String, Object> details) {}

    public void recordEvent(NewEvent event) {
        recordEvents(List.of(event));
    }

    /** Records history entries in one statement, in order. */
    public void recordEvents(List<NewEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        UUID organization = TenantContext.require().value();
        var insert = db.insertInto(
                CALL_EVENTS,
                CALL_EVENTS.ORGANIZATION_ID,
                CALL_EVENTS.ID,
                CALL_EVENTS.CALL_ID,
                CALL_EVENTS.OCCURRED_AT,
                CALL_EVENTS.KIND,
                CALL_EVENTS.STATUS,
                CALL_EVENTS.APPLIED,
                CALL_EVENTS.SOURCE,
                CALL_EVENTS.WEBHOOK_EVENT_ID,
                CALL_EVENTS.DETAILS);
        for (NewEvent event : events) {
            insert = insert.values(
                    organization,
                    Ids.next(),
                    event.call().value(),
                    event.occurredAt().atOffset(ZoneOffset.UTC),
                    event.kind(),
                    event.status() == null ? null : event.status().toString(),
                    event.applied(),
                    event.source(),
                    event.webhookEvent(),
                    json.write(event.details()));
        }
        insert.execute();
    }

    public List<CallEvent> events(CallId call) {
        return db.selectFrom(CALL_EVENTS)
                .where(CALL_EVENTS.CALL_ID.eq(call.value()))
                .orderBy(CALL_EVENTS.RECORDED_AT, CALL_EVENTS.ID)
                .fetch(this::toEvent);
    }

    private CallEvent toEvent(CallEventsRecord r) {
        return new CallEvent(
                r.getId(),
                r.getKind(),
                r.getStatus() == null ? null : CallStatus.fromCode(r.getStatus()),
                r.getApplied(),
                r.getSource(),
                r.getOccurredAt().toInstant(),
                r.getRecordedAt().toInstant(),
                json.readMap(r.getDetails()));
    }

    public Call toCall(CallsRecord r) {
        Call.Transfer transfer = r.getTransferType() == null
                ? null
                : new Call.Transfer(
                        TransferType.fromCode(r.getTransferType()),
                        r.getTransferReason(),
                        r.getTransferDepartment(),
                        r.getTransferTo(),
                        r.getTransferredAt().toInstant());
        return new Call(
                CallId.of(r.getId()),
                CallDirection.fromCode(r.getDirection()),
                ProviderKind.fromCode(r.getProvider()),
                r.getProviderCallId(),
                r.getProviderExecutionId(),
                r.getFromNumber(),
                r.getToNumber(),
                r.getPhoneNumberId() == null ? null : PhoneNumberId.of(r.getPhoneNumberId()),
                r.getLeadId(),
                r.getAiAgentId() == null ? null : AiAgentId.of(r.getAiAgentId()),
                r.getUserId(),
                r.getCampaignId(),
                r.getVoiceServerId() == null ? null : VoiceServerId.of(r.getVoiceServerId()),
                CallStatus.fromCode(r.getStatus()),
                r.getQueuedAt().toInstant(),
                instant(r.getRingingAt()),
                instant(r.getAnsweredAt()),
                instant(r.getEndedAt()),
                r.getDurationSeconds(),
                r.getRecordingUrl(),
                r.getHangupReason(),
                r.getCostMinor() == null ? null : new Money(r.getCostMinor(), r.getCostCurrency()),
                r.getCreditsUsed(),
                transfer,
                json.readMap(r.getMetadata()),
                r.getCreatedAt().toInstant(),
                r.getUpdatedAt().toInstant());
    }

    static @Nullable Instant instant(@Nullable OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
