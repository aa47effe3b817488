package io.switchboard.routing.internal;

import io.switchboard.db.tables.records.WorkItemsRecord;
import io.switchboard.leads.LeadId;
import io.switchboard.leads.LeadOwnership;
import io.switchboard.leads.TaskChanges;
import io.switchboard.leads.TaskId;
import io.switchboard.leads.TaskManagement;
import io.switchboard.leads.TaskWentOverdue;
import io.switchboard.routing.NewWork;
import io.switchboard.routing.QueueId;
import io.switchboard.routing.QueueTarget;
import io.switchboard.routing.WorkAccepted;
import io.switchboard.routing.WorkKind;
import io.switchboard.routing.WorkQueued;
import io.switchboard.routing.WorkRouting;
import io.switchboard.telephony.CallTransferred;
import io.switchboard.telephony.InboundCallReceived;
import io.switchboard.tenancy.TenantTransactions;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Queued work is offered once the transaction that queued it committed (so the API answers
 * {@code waiting} and a crash before the offer loses nothing: the event is delivered again); an
 * accepted lead becomes the agent's.
 */
@Component
class RoutingListeners {

    static final int TRANSFER_PRIORITY = 80;

    private final TenantTransactions tenants;
    private final Dispatcher dispatcher;
    private final LeadOwnership ownership;
    private final QueueStore queues;
    private final ObjectProvider<WorkRouting> routing;
    private final CallbackWork callbacks;
    private final WorkStore work;
    private final TaskManagement tasks;
    private final RoutingFeed feed;

    RoutingListeners(
            TenantTransactions tenants,
            Dispatcher dispatcher,
            LeadOwnership ownership,
            QueueStore queues,
            ObjectProvider<WorkRouting> routing,
            CallbackWork callbacks,
            WorkStore work,
            TaskManagement tasks,
            RoutingFeed feed) {
        this.tenants = tenants;
        this.dispatcher = dispatcher;
        this.ownership = ownership;
        this.queues = queues;
        this.routing = routing;
        this.callbacks = callbacks;
        this.work = work;
        this.tasks = tasks;
        this.feed = feed;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(WorkQueued event) {
        tenants.run(event, () -> {
            // The queue's depth changed even if nobody can be offered the work: the wallboard and
            // the queue's page show it waiting.
            feed.queueChanged(event.organizationId(), event.queueId().value());
            dispatcher.offerBacklog();
        });
    }

    /**
     * An AI call handed to {@code queue:<id>} becomes call work there, ahead of ordinary work (a
     * caller is waiting on the line); an unknown queue leaves the transfer to the provider alone.
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(CallTransferred event) {
        QueueTarget.parse(event.transfer().to())
                .ifPresent(queue -> tenants.run(event, () -> {
                    if (queues.find(queue).isPresent()) {
                        queueCall(queue, event.leadId(), event.callId().value());
                    }
                }));
    }

    /** A call to a number that answers into a queue becomes call work there, ahead of ordinary work. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(InboundCallReceived event) {
        if (event.phoneNumberId() == null) {
            return;
        }
        tenants.run(event, () -> queues.answering(event.phoneNumberId().value())
                .ifPresent(
                        queue -> queueCall(queue, event.leadId(), event.callId().value())));
    }

    /** A live call as work in a queue, ahead of ordinary work (a transfer, an inbound call). */
    private void queueCall(QueueId queue, @Nullable UUID lead, UUID call) {
        routing.getObject()
                .queue(
                        queue,
                        new NewWork(
                                WorkKind.CALL,
                                lead == null ? null : LeadId.of(lead),
                                call,
                                TRANSFER_PRIORITY,
                                List.of(),
                                null));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(TaskWentOverdue event) {
        tenants.run(event, () -> callbacks.due(event));
    }

    /** An accepted lead, or a callback nobody attended to, becomes the agent's (and its task too). */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(WorkAccepted event) {
        if (event.leadId() == null || event.kind() == WorkKind.CALL) {
            return;
        }
        tenants.run(event, () -> {
            UUID task =
                    work.find(event.workId()).map(WorkItemsRecord::getTaskId).orElse(null);
            if (event.kind() == WorkKind.LEAD) {
                ownership.assign(LeadId.of(event.leadId()), event.agentId(), "accepted from a routing queue", null);
            } else if (task != null) {
                ownership.assign(
                        LeadId.of(event.leadId()), event.agentId(), "accepted a callback nobody attended to", null);
                tasks.update(
                        TaskId.of(task),
                        TaskChanges.assignee(event.agentId()),
                        event.agentId().value());
            }
        });
    }
}
