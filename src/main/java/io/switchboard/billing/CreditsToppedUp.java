package io.switchboard.billing;

import io.switchboard.shared.TenantEvent;
import java.util.UUID;

/** Credit was added to an organization's balance. */
public record CreditsToppedUp(UUID organizationId, UUID entryId, long amount, long available, String currency)
        implements TenantEvent {}
