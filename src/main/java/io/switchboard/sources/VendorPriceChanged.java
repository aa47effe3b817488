package io.switchboard.sources;

import io.switchboard.shared.TenantEvent;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A vendor's price from {@code effectiveFrom} on was set, changed or removed: the figures of the days
 * of its leads from that day on change.
 *
 * @param effectiveFrom null (events published before prices had a history): every day of its leads
 */
public record VendorPriceChanged(UUID organizationId, VendorId vendorId, @Nullable LocalDate effectiveFrom)
        implements TenantEvent {}
