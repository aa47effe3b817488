package io.switchboard.campaigns;

import io.switchboard.shared.TenantEvent;
import java.util.UUID;

/** A campaign was paused: no new calls; calls in progress finish. */
public record CampaignPaused(UUID organizationId, CampaignId campaignId) implements TenantEvent {}
