package io.switchboard.campaigns;

import io.switchboard.shared.TenantEvent;
import java.util.UUID;

/** A campaign started dialling (or will, at its start date). */
public record CampaignStarted(UUID organizationId, CampaignId campaignId) implements TenantEvent {}
