package io.switchboard.campaigns;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Campaign settings ({@code switchboard.campaigns.*}).
 *
 * @param dialInterval how often the dialer looks for members to call (it is also woken when a
 *     campaign call ends)
 * @param maxConcurrentCallsPerOrganization calls in flight across all of an organization's campaigns
 * @param stuckAfter a member still "calling" this long is checked against its call (a lost event,
 *     a crash)
 * @param batch members claimed per campaign and round at most
 * @param wakeDelay how long the dialer, woken by a call's end, waits for more calls to end before
 *     its round (calls ending together then refill their slots in one round, not one round each)
 * @param repairInterval how often an organization's stuck members are looked for
 */
@ConfigurationProperties("switchboard.campaigns")
public record CampaignsProperties(
        @DefaultValue("PT1S") Duration dialInterval,
        @DefaultValue("500") int maxConcurrentCallsPerOrganization,
        @DefaultValue("PT10M") Duration stuckAfter,
        @DefaultValue("200") int batch,
        @DefaultValue("PT0.1S") Duration wakeDelay,
        @DefaultValue("PT30S") Duration repairInterval) {}
