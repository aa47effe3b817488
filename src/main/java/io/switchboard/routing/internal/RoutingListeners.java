package io.switchboard.routing.internal;

import io.switchboard.leads.LeadId;
import io.switchboard.leads.LeadOwnership;
import io.switchboard.routing.NewWork;
import io.switchboard.routing.QueueTarget;
import io.switchboard.routing.WorkAccepted;
import io.switchboard.routing.WorkKind;
import io.switchboard.routing.WorkQueued;
import io.switchboard.routing.WorkRouting;
import io.switchboard.telephony.CallTransferred;
import io.switchboard.tenancy.TenantTransactions;
import java.util.List;
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

    RoutingListeners(
            TenantTransactions tenants,
            Dispatcher dispatcher,
            LeadOwnership ownership,
            QueueStore queues,
            ObjectProvider<WorkRouting> routing) {
        this.tenants = tenants;
        this.dispatcher = dispatcher;
        this.ownership = ownership;
        this.queues = queues;
        this.routing = routing;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(WorkQueued event) {
        tenants.run(event, dispatcher::offerBacklog);
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
                        routing.getObject()
                                .queue(
                                        queue,
                                        new NewWork(
                                                WorkKind.CALL,
                                                event.leadId() == null ? null : LeadId.of(event.leadId()),
                                                event.callId().value(),
                                                TRANSFER_PRIORITY,
                                                List.of(),
                                                null));
                    }
                }));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(WorkAccepted event) {
        if (event.kind() == WorkKind.LEAD && event.leadId() != null) {
            tenants.run(
                    event,
                    () -> ownership.assign(
                            LeadId.of(event.leadId()), event.agentId(), "accepted from a routing queue", null));
        }
    }
}
