package io.switchboard.messaging.internal;

import io.switchboard.jobs.Job;
import io.switchboard.jobs.Jobs;
import io.switchboard.leads.LeadCreated;
import io.switchboard.tenancy.TenantTransactions;
import java.time.Clock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * A lead that arrives gets its first contact queued on the job engine, due the organization's delay
 * after now (the lead is minutes old when this runs). Heard after the lead's transaction commits and
 * kept in the event registry until the job is stored; the job is keyed by the lead, so a redelivered
 * event queues it once.
 */
@Component
class FirstContactListener {

    private final FirstContacts firstContacts;
    private final Jobs jobs;
    private final Job<FirstContacts.Due> job;
    private final TenantTransactions tenants;
    private final Clock clock;

    FirstContactListener(
            FirstContacts firstContacts,
            Jobs jobs,
            Job<FirstContacts.Due> firstContactJob,
            TenantTransactions tenants,
            Clock clock) {
        this.firstContacts = firstContacts;
        this.jobs = jobs;
        this.job = firstContactJob;
        this.tenants = tenants;
        this.clock = clock;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(LeadCreated event) {
        tenants.run(event, () -> firstContacts
                .forArrival(event)
                .ifPresent(setting -> jobs.schedule(
                        job,
                        event.leadId().toString(),
                        new FirstContacts.Due(event.leadId().value()),
                        clock.instant().plusSeconds(60L * setting.delayMinutes()))));
    }
}
