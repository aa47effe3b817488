package io.switchboard.sources;

import java.time.LocalDate;

/** A marketing campaign's spend on one day, in minor units of {@code currency} (the campaign's). */
public record DailySpend(MarketingCampaignId campaignId, LocalDate day, long amountMinor, String currency) {}
