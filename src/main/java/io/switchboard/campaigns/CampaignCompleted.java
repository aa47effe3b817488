package io.switchboard.campaigns;

import io.switchboard.shared.TenantEvent;
import java.util.UUID;

/** A campaign finished: its end date passed or every member was dealt with. */
public record CampaignCompleted(UUID organizationId, CampaignId campaignId) implements TenantEvent {}
