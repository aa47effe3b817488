package io.switchboard.campaigns;

/**
 * Where a campaign stands, in its own terms: a calling campaign's members, pace and calls over time
 * ({@link CampaignProgress}), a message campaign's messages ({@link MessageProgress}).
 */
public sealed interface Progress permits CampaignProgress, MessageProgress {}
