package io.switchboard.tenancy;

import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.TenantContext;
import io.switchboard.shared.TenantEvent;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs work in a transaction of a given organization. Event listeners use it: they run on another
 * thread, possibly after a restart (the event registry re-delivers), so the organization comes from
 * the event itself.
 */
@Component
public class TenantTransactions {

    private final TransactionTemplate tx;

    TenantTransactions(TransactionTemplate tx) {
        this.tx = tx;
    }

    public void run(TenantEvent event, Runnable work) {
        TenantContext.runAs(
                OrganizationId.of(event.organizationId()), () -> tx.executeWithoutResult(status -> work.run()));
    }

    public void run(OrganizationId organization, Runnable work) {
        TenantContext.runAs(organization, () -> tx.executeWithoutResult(status -> work.run()));
    }

    public <T> T call(OrganizationId organization, Supplier<T> work) {
        return TenantContext.callAs(organization, () -> tx.execute(status -> work.get()));
    }
}
