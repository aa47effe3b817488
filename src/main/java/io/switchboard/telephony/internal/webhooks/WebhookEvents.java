package io.switchboard.telephony.internal.webhooks;

import static io.switchboard.db.Tables.ORGANIZATIONS_WITH_DUE_WEBHOOKS;
import static io.switchboard.db.Tables.WEBHOOK_EVENTS;

import io.switchboard.db.tables.records.WebhookEventsRecord;
import io.switchboard.shared.Ids;
import io.switchboard.shared.TenantContext;
import io.switchboard.telephony.ProviderKind;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Webhooks as received, keyed by the provider's event key (a redelivery inserts nothing). */
@Repository
public class WebhookEvents {

    private final DSLContext db;

    WebhookEvents(DSLContext db) {
        this.db = db;
    }

    /**
     * Stores a webhook for the applier, due now, unless its key was seen before (the caller's
     * transaction commits it; the provider is answered after that).
     *
     * @return the new row's id, or empty for a redelivery
     */
    public Optional<UUID> insertPending(
            ProviderKind provider, String eventKey, @Nullable String contentType, @Nullable String query, String body) {
        UUID id = Ids.next();
        int inserted = db.insertInto(WEBHOOK_EVENTS)
                .set(WEBHOOK_EVENTS.ORGANIZATION_ID, TenantContext.require().value())
                .set(WEBHOOK_EVENTS.ID, id)
                .set(WEBHOOK_EVENTS.PROVIDER, provider.toString())
                .set(WEBHOOK_EVENTS.EVENT_KEY, eventKey)
                .set(WEBHOOK_EVENTS.CONTENT_TYPE, contentType)
                .set(WEBHOOK_EVENTS.QUERY, query)
                .set(WEBHOOK_EVENTS.BODY, body)
                .set(WEBHOOK_EVENTS.STATUS, "pending")
                .set(WEBHOOK_EVENTS.ATTEMPTS, 0)
                .set(WEBHOOK_EVENTS.NEXT_ATTEMPT_AT, OffsetDateTime.now())
                .onConflictDoNothing()
                .execute();
        return inserted == 1 ? Optional.of(id) : Optional.empty();
    }

    /** An event of a received webhook, to store. */
    public record Pending(
            ProviderKind provider,
            String eventKey,
            @Nullable String contentType,
            @Nullable String query,
            String body) {}

    /**
     * Stores events for the applier in one statement, due now and in the given order, skipping those
     * whose key was seen before (the caller's transaction commits them).
     */
    public void insertPending(List<Pending> events) {
        UUID organization = TenantContext.require().value();
        OffsetDateTime now = OffsetDateTime.now();
        var insert = db.insertInto(
                WEBHOOK_EVENTS,
                WEBHOOK_EVENTS.ORGANIZATION_ID,
                WEBHOOK_EVENTS.ID,
                WEBHOOK_EVENTS.PROVIDER,
                WEBHOOK_EVENTS.EVENT_KEY,
                WEBHOOK_EVENTS.CONTENT_TYPE,
                WEBHOOK_EVENTS.QUERY,
                WEBHOOK_EVENTS.BODY,
                WEBHOOK_EVENTS.STATUS,
                WEBHOOK_EVENTS.ATTEMPTS,
                WEBHOOK_EVENTS.NEXT_ATTEMPT_AT);
        Set<String> keys = new HashSet<>();
        for (Pending event : events) {
            // A redelivery racing its original within one statement: the first is kept.
            if (keys.add(event.provider() + " " + event.eventKey())) {
                insert = insert.values(
                        organization,
                        Ids.next(),
                        event.provider().toString(),
                        event.eventKey(),
                        event.contentType(),
                        event.query(),
                        event.body(),
                        "pending",
                        0,
                        now);
            }
        }
        insert.onConflictDoNothing().execute();
    }

    /** Organizations with stored events due for (another) processing attempt, across tenants. */
    public List<UUID> organizationsWithDue() {
        return db.selectFrom(ORGANIZATIONS_WITH_DUE_WEBHOOKS.call()).fetch(r -> r.getOrganizationId());
    }

    /**
     * Processing failed: kept for a retry, with the reason. Changes nothing when the event moved on
     * meanwhile (another worker applied it, or counted this attempt).
     *
     * @param attempts the attempts made, this one included
     */
    public void failed(UUID id, String error, int attempts, Duration retryAfter, boolean giveUp) {
        db.update(WEBHOOK_EVENTS)
                .set(WEBHOOK_EVENTS.STATUS, giveUp ? "failed" : "pending")
                .set(WEBHOOK_EVENTS.ATTEMPTS, attempts)
                .set(WEBHOOK_EVENTS.PROCESSED_AT, (OffsetDateTime) null)
                .set(
                        WEBHOOK_EVENTS.NEXT_ATTEMPT_AT,
                        giveUp ? null : OffsetDateTime.now().plus(retryAfter))
                .set(WEBHOOK_EVENTS.LAST_ERROR, error.length() > 1000 ? error.substring(0, 1000) : error)
                .where(
                        WEBHOOK_EVENTS.ID.eq(id),
                        WEBHOOK_EVENTS.STATUS.eq("pending"),
                        WEBHOOK_EVENTS.ATTEMPTS.eq(attempts - 1))
                .execute();
    }

    /** Marks an applied event processed, with the call it moved. */
    public void succeeded(UUID id, UUID call) {
        succeeded(Map.of(id, call));
    }

    /** Marks applied events processed in one statement, each with the call it moved (by event id). */
    public void succeeded(Map<UUID, UUID> calls) {
        if (calls.isEmpty()) {
            return;
        }
        db.query(
                        """
                UPDATE webhook_events w
                   SET status = 'processed', processed_at = now(), next_attempt_at = NULL, last_error = NULL,
                       call_id = v.call_id
                  FROM unnest({0}, {1}) AS v(id, call_id)
                 WHERE w.organization_id = {2} AND w.id = v.id
                """,
                        DSL.val(calls.keySet().toArray(UUID[]::new), SQLDataType.UUID.array()),
                        DSL.val(calls.values().toArray(UUID[]::new), SQLDataType.UUID.array()),
                        DSL.val(TenantContext.require().value()))
                .execute();
    }

    /** Stored events due for another processing attempt, locked for this node. */
    public List<WebhookEventsRecord> due(int limit) {
        return db.selectFrom(WEBHOOK_EVENTS)
                .where(WEBHOOK_EVENTS.STATUS.eq("pending"), WEBHOOK_EVENTS.NEXT_ATTEMPT_AT.le(OffsetDateTime.now()))
                .orderBy(WEBHOOK_EVENTS.NEXT_ATTEMPT_AT, WEBHOOK_EVENTS.ID)
                .limit(limit)
                .forUpdate()
                .skipLocked()
                .fetch();
    }

    public int purgeProcessedBefore(OffsetDateTime before) {
        return db.deleteFrom(WEBHOOK_EVENTS)
                .where(WEBHOOK_EVENTS.STATUS.eq("processed"), WEBHOOK_EVENTS.RECEIVED_AT.lt(before))
                .execute();
    }

    public List<WebhookEventsRecord> recent(@Nullable String status, int limit) {
        var query = db.selectFrom(WEBHOOK_EVENTS);
        return (status == null ? query : query.where(WEBHOOK_EVENTS.STATUS.eq(status)))
                .orderBy(WEBHOOK_EVENTS.ID.desc())
                .limit(limit)
                .fetch();
    }
}
