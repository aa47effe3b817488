package io.switchboard.billing;

import io.switchboard.identity.OrganizationSignedUp;
import io.switchboard.tenancy.TenantTransactions;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives an organization that signed up on its own its starting credit, in the sign-up's own
 * transaction: its first call, placed a moment later, must not race an asynchronous grant, and an
 * organization never exists without it. The demo's and the operator's organizations get none.
 */
@Component
class StartingGrant {

    private final CreditManagement credits;
    private final TenantTransactions tenants;

    StartingGrant(CreditManagement credits, TenantTransactions tenants) {
        this.credits = credits;
        this.tenants = tenants;
    }

    @EventListener
    void on(OrganizationSignedUp event) {
        if (event.selfService()) {
            tenants.run(event, credits::grantStartingCredit);
        }
    }
}
