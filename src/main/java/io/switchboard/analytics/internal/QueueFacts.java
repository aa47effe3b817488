package io.switchboard.analytics.internal;

import static io.switchboard.db.Tables.ANALYTICS_QUEUE_WORK;

import io.switchboard.shared.TenantContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * A work's visits to queues as routing's events tell them: when it entered each queue, when an agent
 * answered it there, when it timed out of it to the overflow queue. A repeated event writes the same
 * row; an event that overtakes the one of the work's arrival still creates the row.
 */
@Repository
public class QueueFacts {

    private final DSLContext db;

    QueueFacts(DSLContext db) {
        this.db = db;
    }

    /** Where a work entered a queue (the visit's row when no event made it yet). */
    record Visit(UUID workId, UUID queueId, Instant enteredAt, LocalDate day, int slaSeconds) {}

    void entered(Visit v) {
        insert(v).onConflictDoNothing().execute();
    }

    /** It entered this queue then, whatever an overtaking event guessed. */
    void enteredAt(Visit v) {
        insert(v)
                .onConflict(
                        ANALYTICS_QUEUE_WORK.ORGANIZATION_ID,
                        ANALYTICS_QUEUE_WORK.WORK_ID,
                        ANALYTICS_QUEUE_WORK.QUEUE_ID)
                .doUpdate()
                .set(ANALYTICS_QUEUE_WORK.ENTERED_AT, v.enteredAt().atOffset(ZoneOffset.UTC))
                .set(ANALYTICS_QUEUE_WORK.DAY, v.day())
                .execute();
    }

    void answered(Visit v, Instant at) {
        mark(v, ANALYTICS_QUEUE_WORK.ANSWERED_AT, at);
    }

    void left(Visit v, Instant at) {
        mark(v, ANALYTICS_QUEUE_WORK.LEFT_AT, at);
    }

    void abandoned(Visit v, Instant at) {
        mark(v, ANALYTICS_QUEUE_WORK.ABANDONED_AT, at);
    }

    /** A rebuild: the days' visits are dropped, to be written again from routing's records. */
    void clear(LocalDate from, LocalDate to) {
        db.deleteFrom(ANALYTICS_QUEUE_WORK)
                .where(ANALYTICS_QUEUE_WORK.DAY.between(from, to))
                .execute();
    }

    /** A visit as routing recorded it, whole: answered there, timed out of it, abandoned in it. */
    record Kept(Visit visit, @Nullable Instant answeredAt, @Nullable Instant leftAt, @Nullable Instant abandonedAt) {}

    /** Visits as routing recorded them, in one round trip. */
    void put(List<Kept> visits) {
        if (!visits.isEmpty()) {
            db.batch(visits.stream().map(this::upsert).toList()).execute();
        }
    }

    private org.jooq.Query upsert(Kept k) {
        var q = ANALYTICS_QUEUE_WORK;
        Visit v = k.visit();
        Instant answeredAt = k.answeredAt();
        Instant leftAt = k.leftAt();
        Instant abandonedAt = k.abandonedAt();
        return insert(v)
                .set(q.ANSWERED_AT, utc(answeredAt))
                .set(q.LEFT_AT, utc(leftAt))
                .set(q.ABANDONED_AT, utc(abandonedAt))
                .onConflict(q.ORGANIZATION_ID, q.WORK_ID, q.QUEUE_ID)
                .doUpdate()
                .set(q.ENTERED_AT, v.enteredAt().atOffset(ZoneOffset.UTC))
                .set(q.DAY, v.day())
                .set(q.SLA_SECONDS, v.slaSeconds())
                .set(q.ANSWERED_AT, utc(answeredAt))
                .set(q.LEFT_AT, utc(leftAt))
                .set(q.ABANDONED_AT, utc(abandonedAt))
                .set(q.UPDATED_AT, DSL.currentOffsetDateTime());
    }

    private static java.time.@Nullable OffsetDateTime utc(@Nullable Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    private void mark(Visit v, TableField<?, java.time.OffsetDateTime> column, Instant at) {
        insert(v)
                .set(column, at.atOffset(ZoneOffset.UTC))
                .onConflict(
                        ANALYTICS_QUEUE_WORK.ORGANIZATION_ID,
                        ANALYTICS_QUEUE_WORK.WORK_ID,
                        ANALYTICS_QUEUE_WORK.QUEUE_ID)
                .doUpdate()
                .set(column, at.atOffset(ZoneOffset.UTC))
                .set(ANALYTICS_QUEUE_WORK.UPDATED_AT, DSL.currentOffsetDateTime())
                .execute();
    }

    private org.jooq.InsertSetMoreStep<io.switchboard.db.tables.records.AnalyticsQueueWorkRecord> insert(Visit v) {
        return db.insertInto(ANALYTICS_QUEUE_WORK)
                .set(
                        ANALYTICS_QUEUE_WORK.ORGANIZATION_ID,
                        TenantContext.require().value())
                .set(ANALYTICS_QUEUE_WORK.WORK_ID, v.workId())
                .set(ANALYTICS_QUEUE_WORK.QUEUE_ID, v.queueId())
                .set(ANALYTICS_QUEUE_WORK.DAY, v.day())
                .set(ANALYTICS_QUEUE_WORK.ENTERED_AT, v.enteredAt().atOffset(ZoneOffset.UTC))
                .set(ANALYTICS_QUEUE_WORK.SLA_SECONDS, v.slaSeconds());
    }

    /**
     * One queue's work that entered it on a day, counted.
     *
     * @param abandonWaitSeconds how long those abandoned waited before their callers hung up, added up
     */
    public record Day(
            UUID queueId,
            int offered,
            int answered,
            int timedOut,
            int answeredWithinSla,
            int abandoned,
            long abandonWaitSeconds,
            long longestAbandonWaitSeconds) {}

    public List<Day> on(LocalDate day) {
        var q = ANALYTICS_QUEUE_WORK;
        var withinSla =
                DSL.condition("{0} - {1} <= make_interval(secs => {2})", q.ANSWERED_AT, q.ENTERED_AT, q.SLA_SECONDS);
        Field<Long> waited =
                DSL.field("floor(extract(epoch from {0} - {1}))::bigint", Long.class, q.ABANDONED_AT, q.ENTERED_AT);
        return db.select(
                        q.QUEUE_ID,
                        DSL.count(),
                        DSL.count(q.ANSWERED_AT),
                        DSL.count(q.LEFT_AT),
                        DSL.count().filterWhere(q.ANSWERED_AT.isNotNull().and(withinSla)),
                        DSL.count(q.ABANDONED_AT),
                        DSL.coalesce(DSL.sum(waited), java.math.BigDecimal.ZERO),
                        DSL.coalesce(DSL.max(waited), 0L))
                .from(q)
                .where(q.DAY.eq(day))
                .groupBy(q.QUEUE_ID)
                .fetch(r -> new Day(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        r.value5(),
                        r.value6(),
                        r.value7().longValue(),
                        r.value8()));
    }
}
