package io.switchboard.routing.internal;

import static io.switchboard.db.Tables.WORK_ITEMS;
import static io.switchboard.db.Tables.WORK_QUEUE_VISITS;

import io.switchboard.routing.QueueId;
import io.switchboard.routing.QueueVisit;
import io.switchboard.routing.VisitFilter;
import io.switchboard.routing.VisitOutcome;
import io.switchboard.routing.WorkId;
import io.switchboard.routing.WorkKind;
import io.switchboard.routing.WorkStatus;
import io.switchboard.shared.Ids;
import io.switchboard.shared.TenantContext;
import io.switchboard.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Each work's visits to queues, written in the transaction that moves the work: it entered a queue
 * (created there, or overflowed into it), an agent answered it there, it overflowed on, its caller
 * hung up. A visit ends once: a later step never rewrites how it ended.
 */
@Component
public class QueueVisits {

    private final DSLContext db;

    QueueVisits(DSLContext db) {
        this.db = db;
    }

    void entered(WorkId work, QueueId queue, Instant at, int slaSeconds) {
        db.insertInto(WORK_QUEUE_VISITS)
                .set(WORK_QUEUE_VISITS.ORGANIZATION_ID, TenantContext.require().value())
                .set(WORK_QUEUE_VISITS.ID, Ids.next())
                .set(WORK_QUEUE_VISITS.WORK_ID, work.value())
                .set(WORK_QUEUE_VISITS.QUEUE_ID, queue.value())
                .set(WORK_QUEUE_VISITS.ENTERED_AT, AgentStore.at(at))
                .set(WORK_QUEUE_VISITS.SLA_SECONDS, slaSeconds)
                .onConflictDoNothing()
                .execute();
    }

    void answered(WorkId work, QueueId queue, Instant at) {
        db.update(WORK_QUEUE_VISITS)
                .set(WORK_QUEUE_VISITS.ANSWERED_AT, AgentStore.at(at))
                .set(WORK_QUEUE_VISITS.OUTCOME, VisitOutcome.ANSWERED.toString())
                .where(of(work, queue), WORK_QUEUE_VISITS.OUTCOME.isNull())
                .execute();
    }

    /** It overflowed on, or its caller hung up. */
    void left(WorkId work, QueueId queue, Instant at, VisitOutcome how) {
        db.update(WORK_QUEUE_VISITS)
                .set(WORK_QUEUE_VISITS.LEFT_AT, AgentStore.at(at))
                .set(WORK_QUEUE_VISITS.OUTCOME, how.toString())
                .where(of(work, queue), WORK_QUEUE_VISITS.OUTCOME.isNull())
                .execute();
    }

    private static Condition of(WorkId work, QueueId queue) {
        return WORK_QUEUE_VISITS.WORK_ID.eq(work.value()).and(WORK_QUEUE_VISITS.QUEUE_ID.eq(queue.value()));
    }

    /** One queue's visits that entered it in [from, to) and match the filter (waiting: now, any day). */
    public List<QueueVisit> in(
            QueueId queue, Instant from, Instant to, VisitFilter filter, @Nullable UUID after, int limit) {
        var v = WORK_QUEUE_VISITS;
        Condition entered = v.ENTERED_AT.ge(AgentStore.at(from)).and(v.ENTERED_AT.lt(AgentStore.at(to)));
        Condition which =
                switch (filter) {
                    case OFFERED -> entered;
                    case ANSWERED -> entered.and(v.ANSWERED_AT.isNotNull());
                    case OVERFLOWED -> entered.and(v.OUTCOME.eq(VisitOutcome.OVERFLOWED.toString()));
                    case ABANDONED -> entered.and(v.OUTCOME.eq(VisitOutcome.ABANDONED.toString()));
                    case WITHIN_SLA -> entered.and(v.ANSWERED_AT.isNotNull()).and(withinSla());
                    case WAITING ->
                        v.OUTCOME
                                .isNull()
                                .and(WORK_ITEMS.QUEUE_ID.eq(v.QUEUE_ID))
                                .and(WORK_ITEMS.STATUS.in(
                                        WorkStatus.WAITING.toString(), WorkStatus.OFFERED.toString()));
                };
        return page(v.QUEUE_ID.eq(queue.value()).and(which), after, limit);
    }

    /** Every queue's visits that entered it in [from, to): what the analytics rebuild reads. */
    public List<QueueVisit> enteredBetween(Instant from, Instant to, @Nullable UUID after, int limit) {
        var v = WORK_QUEUE_VISITS;
        return page(v.ENTERED_AT.ge(AgentStore.at(from)).and(v.ENTERED_AT.lt(AgentStore.at(to))), after, limit);
    }

    private static Condition withinSla() {
        var v = WORK_QUEUE_VISITS;
        return DSL.condition("{0} - {1} <= make_interval(secs => {2})", v.ANSWERED_AT, v.ENTERED_AT, v.SLA_SECONDS);
    }

    private List<QueueVisit> page(Condition where, @Nullable UUID after, int limit) {
        var v = WORK_QUEUE_VISITS;
        return db.select(v.ID, v.WORK_ID, v.QUEUE_ID, v.ENTERED_AT, v.SLA_SECONDS, v.ANSWERED_AT, v.LEFT_AT, v.OUTCOME)
                .select(WORK_ITEMS.KIND, WORK_ITEMS.STATUS, WORK_ITEMS.LEAD_ID, WORK_ITEMS.AGENT_ID)
                .from(v)
                .join(WORK_ITEMS)
                .on(WORK_ITEMS.ORGANIZATION_ID.eq(v.ORGANIZATION_ID), WORK_ITEMS.ID.eq(v.WORK_ID))
                .where(where, after == null ? DSL.noCondition() : v.ID.gt(after))
                .orderBy(v.ID)
                .limit(limit)
                .fetch(QueueVisits::visit);
    }

    private static QueueVisit visit(Record r) {
        var v = WORK_QUEUE_VISITS;
        UUID agent = r.get(WORK_ITEMS.AGENT_ID);
        return new QueueVisit(
                r.get(v.ID),
                WorkId.of(r.get(v.WORK_ID)),
                QueueId.of(r.get(v.QUEUE_ID)),
                r.get(v.ENTERED_AT).toInstant(),
                r.get(v.SLA_SECONDS),
                r.get(v.ANSWERED_AT) == null ? null : r.get(v.ANSWERED_AT).toInstant(),
                r.get(v.LEFT_AT) == null ? null : r.get(v.LEFT_AT).toInstant(),
                VisitOutcome.fromNullable(r.get(v.OUTCOME)),
                WorkKind.fromCode(r.get(WORK_ITEMS.KIND)),
                WorkStatus.fromCode(r.get(WORK_ITEMS.STATUS)),
                r.get(WORK_ITEMS.LEAD_ID),
                agent == null ? null : UserId.of(agent));
    }
}
