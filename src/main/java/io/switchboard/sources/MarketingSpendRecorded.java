package io.switchboard.sources;

import io.switchboard.shared.TenantEvent;
import java.time.LocalDate;
import java.util.UUID;

/** A marketing campaign's spend on {@code day} was set: that day's figures change. */
public record MarketingSpendRecorded(UUID organizationId, MarketingCampaignId campaignId, LocalDate day)
        implements TenantEvent {}
