package io.switchboard.routing.internal;

import static io.switchboard.db.Tables.WORK_ITEMS;

import io.switchboard.db.tables.records.ReservationsRecord;
import io.switchboard.db.tables.records.RoutingQueuesRecord;
import io.switchboard.db.tables.records.WorkItemsRecord;
import io.switchboard.jobs.Job;
import io.switchboard.jobs.Jobs;
import io.switchboard.leads.LeadId;
import io.switchboard.routing.CallLine;
import io.switchboard.routing.CancelReason;
import io.switchboard.routing.NewWork;
import io.switchboard.routing.QueueId;
import io.switchboard.routing.ReservationId;
import io.switchboard.routing.Strategy;
import io.switchboard.routing.VisitOutcome;
import io.switchboard.routing.Work;
import io.switchboard.routing.WorkCanceled;
import io.switchboard.routing.WorkId;
import io.switchboard.routing.WorkKind;
import io.switchboard.routing.WorkRouting;
import io.switchboard.routing.WorkStatus;
import io.switchboard.routing.internal.RoutingJobs.Expiry;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.TenantContext;
import io.switchboard.shared.UserId;
import io.switchboard.telephony.Call;
import io.switchboard.telephony.CallEnded;
import io.switchboard.telephony.CallId;
import io.switchboard.telephony.CallManagement;
import io.switchboard.telephony.LiveCalls;
import io.switchboard.tenancy.TenantTransactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The caller of a call work while it waits (issue 16 item 5). The steps:
 *
 * <ol>
 *   <li>a call transferred to a queue, or ringing a number bound to one, is held at its provider
 *       first and queued after: no bridge can overtake the hold. A provider out of reach fails the
 *       listener, and the event registry delivers the event again (a second hold holds once; a
 *       call already queued is not queued again). A provider that cannot hold still queues the
 *       call, with the reason as a decision; a call that ended meanwhile queues nothing;
 *   <li>accepting it bridges it ({@link CallBridge});
 *   <li>the call ending closes a work nobody accepted (canceled, the offer withdrawn, nobody else
 *       offered it) and marks an accepted one, which stays on its agent's desk to be finished.
 * </ol>
 */
@Component
class CallLines {

    static final int PRIORITY = 80;
    static final String HOLD_MESSAGE = "Thank you for holding. We are connecting you to the next available person.";

    private final TenantTransactions tenants;
    private final LiveCalls live;
    private final CallManagement calls;
    private final QueueStore queues;
    private final WorkStore work;
    private final AgentStore agents;
    private final ObjectProvider<WorkRouting> routing;
    private final ObjectProvider<Dispatcher> dispatcher;
    private final Jobs jobs;
    private final ObjectProvider<Job<Expiry>> expiry;
    private final RoutingFeed feed;
    private final DSLContext db;
    private final QueueVisits visits;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CallLines(
            TenantTransactions tenants,
            LiveCalls live,
            CallManagement calls,
            QueueStore queues,
            WorkStore work,
            AgentStore agents,
            ObjectProvider<WorkRouting> routing,
            ObjectProvider<Dispatcher> dispatcher,
            Jobs jobs,
            ObjectProvider<Job<Expiry>> expiry,
            RoutingFeed feed,
            DSLContext db,
            QueueVisits visits,
            ApplicationEventPublisher events,
            Clock clock) {
        this.visits = visits;
        this.events = events;
        this.tenants = tenants;
        this.live = live;
        this.calls = calls;
        this.queues = queues;
        this.work = work;
        this.agents = agents;
        this.routing = routing;
        this.dispatcher = dispatcher;
        this.jobs = jobs;
        this.expiry = expiry;
        this.feed = feed;
        this.db = db;
        this.clock = clock;
    }

    /** Holds the live call, then queues it (outside a transaction: the provider is asked). */
    void queueCall(OrganizationId organization, QueueId queue, @Nullable UUID lead, UUID call) {
        if (!tenants.call(organization, () -> queues.find(queue).isPresent() && !hasWork(call))) {
            return;
        }
        LiveCalls.Outcome held = TenantContext.callAs(organization, () -> live.hold(CallId.of(call), HOLD_MESSAGE));
        if (held instanceof LiveCalls.Outcome.Ended) {
            return;
        }
        if (held instanceof LiveCalls.Outcome.Unreachable unreachable) {
            // The event registry delivers the event again later.
            throw new IllegalStateException(
                    "the provider could not be reached to hold the call: " + unreachable.reason());
        }
        tenants.run(organization, () -> queueHeld(queue, lead, call, held));
    }

    /** In the tenant's transaction, once the provider answered the hold. */
    private void queueHeld(QueueId queue, @Nullable UUID lead, UUID call, LiveCalls.Outcome held) {
        lockLine(call);
        Call now = calls.find(List.of(CallId.of(call))).get(CallId.of(call));
        if (hasWork(call) || now == null || now.status().isTerminal()) {
            return;
        }
        NewWork command =
                new NewWork(WorkKind.CALL, lead == null ? null : LeadId.of(lead), call, PRIORITY, List.of(), null);
        Work queued = routing.getObject().queue(queue, command);
        if (held instanceof LiveCalls.Outcome.Refused refused) {
            work.decide(queued.id(), null, strategyOf(queue), "the caller is not on hold: " + refused.reason());
        } else {
            line(work.lock(queued.id()).orElseThrow(), CallLine.HELD);
        }
    }

    /** The call ended: its open work is closed, or its accepted work says so on the desk. */
    void callEnded(CallEnded event) {
        lockLine(event.callId().value());
        List<WorkItemsRecord> open = db.selectFrom(WORK_ITEMS)
                .where(
                        WORK_ITEMS.CALL_ID.eq(event.callId().value()),
                        WORK_ITEMS.STATUS.in(
                                WorkStatus.WAITING.toString(),
                                WorkStatus.OFFERED.toString(),
                                WorkStatus.ASSIGNED.toString()))
                .fetch();
        for (WorkItemsRecord w : open) {
            if (WorkStatus.ASSIGNED.toString().equals(w.getStatus())) {
                ended(WorkId.of(w.getId()), UserId.of(w.getAgentId()));
            } else {
                close(WorkId.of(w.getId()));
            }
        }
    }

    /** Nobody accepted it yet: the offer (if any) is withdrawn and the work canceled. */
    private void close(WorkId id) {
        ReservationsRecord offer = lockPendingOffer(id);
        WorkItemsRecord w = work.lock(id).orElse(null);
        if (w == null || !List.of("waiting", "offered").contains(w.getStatus())) {
            return;
        }
        Instant now = clock.instant();
        if (offer != null) {
            withdraw(offer, now);
        }
        long waited = Duration.between(w.getCreatedAt().toInstant(), now).toSeconds();
        w.setStatus(WorkStatus.CANCELED.toString());
        w.setCompletedAt(AgentStore.at(now));
        line(w, CallLine.CALLER_HUNG_UP);
        QueueId queue = QueueId.of(w.getQueueId());
        visits.left(id, queue, now, VisitOutcome.ABANDONED);
        events.publishEvent(new WorkCanceled(w.getOrganizationId(), id, queue, CancelReason.CALLER_HUNG_UP, now));
        work.decide(
                id,
                null,
                strategyOf(queue),
                "closed: the caller hung up after " + waited + " s waiting"
                        + (offer == null ? "" : "; the offer was withdrawn"));
        feed.queueChanged(w.getOrganizationId(), w.getQueueId());
        if (offer != null) {
            dispatcher.getObject().offerBacklog();
        }
    }

    /** One lock order: the agent, the offer (then the caller locks the work). */
    private @Nullable ReservationsRecord lockPendingOffer(WorkId id) {
        return work.findLiveReservation(id)
                .flatMap(r -> {
                    agents.lockIfPresent(UserId.of(r.getAgentId()));
                    return work.lockReservation(ReservationId.of(r.getId()));
                })
                .filter(r -> "pending".equals(r.getStatus()))
                .orElse(null);
    }

    private void withdraw(ReservationsRecord offer, Instant now) {
        offer.setStatus("canceled");
        offer.setAnsweredAt(AgentStore.at(now));
        offer.store();
        jobs.cancel(expiry.getObject(), offer.getId().toString());
        feed.deskChanged(offer.getOrganizationId(), UserId.of(offer.getAgentId()));
    }

    /** Accepted: the call ended after the bridge, or the caller hung up before it. */
    private void ended(WorkId id, UserId agent) {
        agents.lockIfPresent(agent);
        WorkItemsRecord w = work.lock(id).orElseThrow();
        CallLine before = CallLine.fromNullable(w.getLine());
        if (!WorkStatus.ASSIGNED.toString().equals(w.getStatus())
                || before == CallLine.ENDED
                || before == CallLine.CALLER_HUNG_UP) {
            return;
        }
        boolean talked = before == CallLine.RINGING || before == CallLine.CONNECTED;
        line(w, talked ? CallLine.ENDED : CallLine.CALLER_HUNG_UP);
        work.decide(
                id,
                agent,
                strategyOf(QueueId.of(w.getQueueId())),
                talked ? "the call ended" : "the caller hung up before the call reached the agent");
        feed.deskChanged(w.getOrganizationId(), agent);
    }

    /**
     * Queueing a held call and its end take this lock in their transactions: otherwise the end's
     * listener could look for the work before the queueing committed while the queueing read the
     * call before the end committed, and a work would wait for a caller who is gone.
     */
    private void lockLine(UUID call) {
        db.execute("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", "routing.call-line:" + call);
    }

    private boolean hasWork(UUID call) {
        return db.fetchExists(WORK_ITEMS, WORK_ITEMS.CALL_ID.eq(call));
    }

    private Strategy strategyOf(QueueId queue) {
        RoutingQueuesRecord q = queues.byIds(List.of(queue.value())).get(queue.value());
        return Strategy.fromCode(q.getStrategy());
    }

    static void line(WorkItemsRecord w, CallLine line) {
        w.setLine(line.toString());
        w.setLineChangedAt(AgentStore.at(Instant.now()));
        w.store();
    }
}
