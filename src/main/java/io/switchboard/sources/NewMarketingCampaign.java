package io.switchboard.sources;

import io.switchboard.shared.Money;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

public record NewMarketingCampaign(
        String name,
        @Nullable VendorId vendorId,
        @Nullable Platform platform,
        @Nullable Money budget,
        @Nullable LocalDate startsOn,
        @Nullable LocalDate endsOn) {}
