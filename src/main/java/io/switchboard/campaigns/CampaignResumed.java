package io.switchboard.campaigns;

import io.switchboard.shared.TenantEvent;
import java.util.UUID;

/** A paused campaign dials again. */
public record CampaignResumed(UUID organizationId, CampaignId campaignId) implements TenantEvent {}
