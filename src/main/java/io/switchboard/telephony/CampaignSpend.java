package io.switchboard.telephony;

/**
 * What a campaign's calls cost so far: the credits charged for the calls that ended, and how many
 * are still open (each holds credit until it ends).
 */
public record CampaignSpend(long charged, int open) {}
