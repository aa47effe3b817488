package io.switchboard.sources;

import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.Money;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

public record NewMarketingCampaign(
        String name,
        @Nullable VendorId vendorId,
        @Nullable Platform platform,
        @Nullable Money budget,
        @Nullable LocalDate startsOn,
        @Nullable LocalDate endsOn) {

    /** Refuses a campaign that ends before it starts; an open start or end is fine. */
    void requireDatesInOrder() {
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            throw new InvalidInput("ends_on", "invalid_date_range", "must not be before starts_on");
        }
    }
}
