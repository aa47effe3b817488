package io.switchboard.routing.internal;

import static io.switchboard.db.Tables.ROUTING_QUEUES;
import static io.switchboard.db.Tables.WORK_ITEMS;

import io.switchboard.routing.QueueId;
import io.switchboard.routing.QueueStats;
import io.switchboard.routing.Strategy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record9;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** Each queue's depth, longest wait and SLA today, in one query. */
@Component
public class Wallboard {

    private final DSLContext db;
    private final Clock clock;

    Wallboard(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public List<QueueStats> queues() {
        var midnight = LocalDate.now(clock).atStartOfDay().atOffset(ZoneOffset.UTC);
        var open = WORK_ITEMS.STATUS.in("waiting", "offered");
        var acceptedToday = WORK_ITEMS.ASSIGNED_AT.ge(midnight);
        var withinSla = acceptedToday.and(DSL.condition(
                "{0} - {1} <= make_interval(secs => {2})",
                WORK_ITEMS.ASSIGNED_AT, WORK_ITEMS.CREATED_AT, ROUTING_QUEUES.SLA_SECONDS));
        return db.select(
                        ROUTING_QUEUES.ID,
                        ROUTING_QUEUES.NAME,
                        ROUTING_QUEUES.STRATEGY,
                        ROUTING_QUEUES.SLA_SECONDS,
                        DSL.count(WORK_ITEMS.ID).filterWhere(open),
                        DSL.count(WORK_ITEMS.ID).filterWhere(WORK_ITEMS.STATUS.eq("assigned")),
                        DSL.min(WORK_ITEMS.CREATED_AT).filterWhere(open),
                        DSL.count(WORK_ITEMS.ID).filterWhere(withinSla),
                        DSL.count(WORK_ITEMS.ID).filterWhere(acceptedToday))
                .from(ROUTING_QUEUES)
                .leftJoin(WORK_ITEMS)
                .on(
                        WORK_ITEMS.ORGANIZATION_ID.eq(ROUTING_QUEUES.ORGANIZATION_ID),
                        WORK_ITEMS.QUEUE_ID.eq(ROUTING_QUEUES.ID))
                .where(ROUTING_QUEUES.DELETED_AT.isNull())
                .groupBy(ROUTING_QUEUES.ORGANIZATION_ID, ROUTING_QUEUES.ID)
                .orderBy(ROUTING_QUEUES.NAME)
                .fetch(this::stats);
    }

    private QueueStats stats(
            Record9<UUID, String, String, Integer, Integer, Integer, OffsetDateTime, Integer, Integer> r) {
        Instant now = clock.instant();
        return new QueueStats(
                QueueId.of(r.value1()),
                r.value2(),
                Strategy.fromCode(r.value3()),
                r.value5(),
                r.value6(),
                r.value7() == null
                        ? 0
                        : Math.max(
                                0, Duration.between(r.value7().toInstant(), now).toSeconds()),
                r.value4(),
                r.value9() == 0 ? null : (int) Math.round(100.0 * r.value8() / r.value9()));
    }

    /** Work in the queue not finished yet. */
    public int openWork(QueueId queue) {
        return db.fetchCount(
                WORK_ITEMS,
                WORK_ITEMS.QUEUE_ID.eq(queue.value()),
                WORK_ITEMS.STATUS.in("waiting", "offered", "assigned"));
    }
}
