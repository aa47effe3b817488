package io.switchboard.campaigns;

import io.switchboard.leads.LeadFilter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A campaign to create (in draft); null fields take their defaults. */
public record NewCampaign(
        String name,
        @Nullable String description,
        @Nullable CampaignType type,
        @Nullable UUID templateId,
        @Nullable UUID aiAgentId,
        @Nullable UUID teamId,
        @Nullable List<UUID> callerNumberIds,
        @Nullable LeadFilter criteria,
        @Nullable CampaignSchedule schedule,
        @Nullable Long budgetMinor,
        @Nullable String budgetCurrency,
        @Nullable Map<String, Object> goals,
        @Nullable Integer maxConcurrentCalls,
        @Nullable Integer maxAttempts,
        @Nullable RetryDelays retryDelays,
        @Nullable DialOrder dialOrder) {}
