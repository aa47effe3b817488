package io.switchboard.messaging.internal;

import static io.switchboard.db.Tables.MESSAGING_SEND_SLOTS;

import io.switchboard.messaging.Channel;
import io.switchboard.shared.TenantContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A channel's send slots: an account allowed {@code perMinute} messages sends one every
 * {@code 60 s / perMinute}. One row per organization and channel holds the next free slot; taking a
 * slot moves it forward in one statement, so sends on every node share the limit.
 */
@Repository
class SendSlots {

    private final DSLContext db;
    private final TransactionTemplate separate;

    SendSlots(DSLContext db, PlatformTransactionManager transactions) {
        this.db = db;
        this.separate = new TransactionTemplate(transactions);
        // Committed at once: the send that takes the slot then talks to the provider without
        // holding the row, which would queue every other send of the channel behind that call.
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    static Duration spacing(int perMinute) {
        return Duration.ofMinutes(1).dividedBy(perMinute);
    }

    /** Takes the channel's next free slot: {@code now} when the account is under its limit. */
    Instant take(Channel channel, int perMinute, Instant now) {
        var slots = MESSAGING_SEND_SLOTS;
        var at = DSL.val(now.atOffset(ZoneOffset.UTC));
        var step = DSL.val(spacing(perMinute).toNanos() / 1000).cast(Long.class);
        var next = DSL.field(
                "greatest({0}, {1}) + make_interval(secs => {2} / 1e6)",
                slots.NEXT_SLOT_AT.getDataType(), slots.NEXT_SLOT_AT, at, step);
        var first = DSL.field("{0} + make_interval(secs => {1} / 1e6)", slots.NEXT_SLOT_AT.getDataType(), at, step);
        Instant nextFree = separate.execute(s -> db.insertInto(slots)
                .set(slots.ORGANIZATION_ID, TenantContext.require().value())
                .set(slots.CHANNEL, channel.toString())
                .set(slots.NEXT_SLOT_AT, first)
                .onConflict(slots.ORGANIZATION_ID, slots.CHANNEL)
                .doUpdate()
                .set(slots.NEXT_SLOT_AT, next)
                .returning(slots.NEXT_SLOT_AT)
                .fetchOne(slots.NEXT_SLOT_AT)
                .toInstant());
        Instant slot = nextFree.minus(spacing(perMinute));
        return slot.isBefore(now) ? now : slot;
    }
}
