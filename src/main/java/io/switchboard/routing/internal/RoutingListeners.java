package io.switchboard.routing.internal;

import io.switchboard.leads.LeadId;
import io.switchboard.leads.LeadOwnership;
import io.switchboard.routing.WorkAccepted;
import io.switchboard.routing.WorkKind;
import io.switchboard.routing.WorkQueued;
import io.switchboard.tenancy.TenantTransactions;
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

    RoutingListeners(TenantTransactions tenants, Dispatcher dispatcher, LeadOwnership ownership) {
        this.tenants = tenants;
        this.dispatcher = dispatcher;
        this.ownership = ownership;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(WorkQueued event) {
        tenants.run(event, dispatcher::offerBacklog);
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
