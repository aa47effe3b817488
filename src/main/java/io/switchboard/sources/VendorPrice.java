package io.switchboard.sources;

import io.switchboard.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A vendor's price per lead from {@code effectiveFrom} (a day of the organization's calendar) until
 * the next price: the leads it delivers on those days cost this much.
 *
 * @param costPerLead null: nothing is charged from that day on
 */
public record VendorPrice(VendorId vendorId, LocalDate effectiveFrom, @Nullable Money costPerLead, Instant updatedAt) {}
