package io.switchboard.sources;

import io.switchboard.shared.TenantEvent;
import java.util.UUID;

/** A vendor's cost per lead was set, changed or removed: the figures of its leads' days change. */
public record VendorPriceChanged(UUID organizationId, VendorId vendorId) implements TenantEvent {}
