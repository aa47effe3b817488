package io.switchboard.analytics.internal;

import io.switchboard.conversations.CallAnalyzed;
import io.switchboard.leads.LeadAssigned;
import io.switchboard.leads.LeadChanged;
import io.switchboard.leads.LeadCreated;
import io.switchboard.leads.LeadDeleted;
import io.switchboard.leads.LeadStatusChanged;
import io.switchboard.leads.LeadsMerged;
import io.switchboard.routing.WorkAccepted;
import io.switchboard.routing.WorkCanceled;
import io.switchboard.routing.WorkOverflowed;
import io.switchboard.routing.WorkQueued;
import io.switchboard.sources.MarketingSpendRecorded;
import io.switchboard.sources.VendorPriceChanged;
import io.switchboard.telephony.CallEnded;
import io.switchboard.tenancy.TenantTransactions;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * The events that change a figure, each applied in the organization's transaction after the change
 * committed (delivered again after a crash). Each one only says which record to read again, so a
 * duplicate, late or out-of-order event writes the fact as the record is now.
 */
@Component
class AnalyticsListeners {

    private final TenantTransactions tenants;
    private final FactRecorder recorder;
    private final QueueRecorder queues;

    AnalyticsListeners(TenantTransactions tenants, FactRecorder recorder, QueueRecorder queues) {
        this.tenants = tenants;
        this.recorder = recorder;
        this.queues = queues;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(LeadCreated event) {
        tenants.run(event, () -> recorder.lead(event.leadId()));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(LeadStatusChanged event) {
        tenants.run(event, () -> recorder.lead(event.leadId()));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(LeadChanged event) {
        tenants.run(event, () -> recorder.lead(event.leadId()));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(LeadAssigned event) {
        tenants.run(event, () -> recorder.lead(event.leadId()));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(LeadDeleted event) {
        tenants.run(event, () -> recorder.lead(event.leadId()));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(LeadsMerged event) {
        tenants.run(event, () -> {
            recorder.lead(event.mergedId());
            recorder.lead(event.survivorId());
        });
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(VendorPriceChanged event) {
        tenants.run(event, () -> recorder.vendorPriced(event.vendorId(), event.effectiveFrom()));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(MarketingSpendRecorded event) {
        tenants.run(event, () -> recorder.stale(List.of(event.day())));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(WorkQueued event) {
        tenants.run(event, () -> queues.queued(event.workId(), event.queueId()));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(WorkOverflowed event) {
        tenants.run(event, () -> queues.overflowed(event));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(WorkAccepted event) {
        tenants.run(event, () -> queues.accepted(event.workId()));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(WorkCanceled event) {
        tenants.run(event, () -> queues.canceled(event));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(CallEnded event) {
        tenants.run(event, () -> recorder.call(event.callId()));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(CallAnalyzed event) {
        tenants.run(event, () -> recorder.call(event.callId()));
    }
}
