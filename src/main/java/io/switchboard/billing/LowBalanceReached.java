package io.switchboard.billing;

import io.switchboard.shared.TenantEvent;
import java.util.UUID;

/**
 * The organization's credit fell below its low-balance threshold, or a call was refused for lack
 * of credit. Published once per crossing: again only after a top-up lifted the balance back.
 *
 * @param refused whether a hold was refused (the balance may be above the threshold with all of it
 *     held by calls in flight)
 */
public record LowBalanceReached(
        UUID organizationId, long available, long held, long threshold, String currency, boolean refused)
        implements TenantEvent {}
