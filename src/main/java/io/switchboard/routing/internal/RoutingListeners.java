package io.switchboard.routing.internal;

import io.switchboard.db.tables.records.WorkItemsRecord;
import io.switchboard.leads.LeadId;
import io.switchboard.leads.LeadOwnership;
import io.switchboard.leads.TaskChanges;
import io.switchboard.leads.TaskId;
import io.switchboard.leads.TaskManagement;
import io.switchboard.leads.TaskWentOverdue;
import io.switchboard.routing.QueueTarget;
import io.switchboard.routing.WorkAccepted;
import io.switchboard.routing.WorkKind;
import io.switchboard.routing.WorkQueued;
import io.switchboard.shared.OrganizationId;
import io.switchboard.telephony.CallEnded;
import io.switchboard.telephony.CallTransferred;
import io.switchboard.telephony.InboundCallReceived;
import io.switchboard.tenancy.TenantTransactions;
import java.util.UUID;
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

    private final TenantTransactions tenants;
    private final Dispatcher dispatcher;
    private final LeadOwnership ownership;
    private final QueueStore queues;
    private final CallbackWork callbacks;
    private final WorkStore work;
    private final TaskManagement tasks;
    private final RoutingFeed feed;
    private final CallLines lines;

    RoutingListeners(
            TenantTransactions tenants,
            Dispatcher dispatcher,
            LeadOwnership ownership,
            QueueStore queues,
            CallbackWork callbacks,
            WorkStore work,
            TaskManagement tasks,
            RoutingFeed feed,
            CallLines lines) {
        this.tenants = tenants;
        this.dispatcher = dispatcher;
        this.ownership = ownership;
        this.queues = queues;
        this.callbacks = callbacks;
        this.work = work;
        this.tasks = tasks;
        this.feed = feed;
        this.lines = lines;
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
     * An AI call handed to {@code queue:<id>} is held at its provider and becomes call work there,
     * ahead of ordinary work (a caller is waiting on the line); an unknown queue leaves the transfer
     * to the provider alone.
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(CallTransferred event) {
        QueueTarget.parse(event.transfer().to())
                .ifPresent(queue -> lines.queueCall(
                        OrganizationId.of(event.organizationId()),
                        queue,
                        event.leadId(),
                        event.callId().value()));
    }

    /** A call to a number that answers into a queue is held and becomes call work there. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(InboundCallReceived event) {
        if (event.phoneNumberId() == null) {
            return;
        }
        OrganizationId organization = OrganizationId.of(event.organizationId());
        tenants.call(organization, () -> queues.answering(event.phoneNumberId().value()))
                .ifPresent(queue -> lines.queueCall(
                        organization, queue, event.leadId(), event.callId().value()));
    }

    /** A caller who hangs up closes the work nobody took yet; an accepted one says so on the desk. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(CallEnded event) {
        tenants.run(event, () -> lines.callEnded(event));
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
