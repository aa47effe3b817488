package io.switchboard.sources;

import io.switchboard.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A marketing campaign that brings leads in (seed 000: platform, budget, spend). */
public record MarketingCampaign(
        MarketingCampaignId id,
        @Nullable VendorId vendorId,
        String name,
        Platform platform,
        String status,
        @Nullable Money budget,
        Money spend,
        @Nullable LocalDate startsOn,
        @Nullable LocalDate endsOn,
        Instant createdAt) {}
