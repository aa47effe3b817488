package io.switchboard.sources;

import io.switchboard.shared.Money;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A lead vendor. Its API key is shown once, when created or rotated; only its prefix is kept in
 * clear, the rest as a hash.
 *
 * @param costPerLead what the vendor charges for each lead it delivers (null: nothing set)
 */
public record Vendor(
        VendorId id,
        String name,
        @Nullable String contactEmail,
        String status,
        String keyPrefix,
        @Nullable Instant keyLastUsedAt,
        Instant createdAt,
        @Nullable Money costPerLead) {}
