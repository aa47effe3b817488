package io.switchboard.campaigns;

import io.switchboard.leads.LeadFilter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A partial update: {@code null} leaves a field, an empty {@link Optional} clears it. */
@SuppressWarnings("OptionalUsedAsFieldOrParameterType")
public record CampaignChanges(
        @Nullable Optional<String> name,
        @Nullable Optional<String> description,
        @Nullable Optional<CampaignType> type,
        @Nullable Optional<UUID> templateId,
        @Nullable Optional<UUID> aiAgentId,
        @Nullable Optional<UUID> teamId,
        @Nullable Optional<List<UUID>> callerNumberIds,
        @Nullable Optional<LeadFilter> criteria,
        @Nullable Optional<CampaignSchedule> schedule,
        @Nullable Optional<Long> budgetMinor,
        @Nullable Optional<String> budgetCurrency,
        @Nullable Optional<Map<String, Object>> goals,
        @Nullable Optional<Integer> maxConcurrentCalls,
        @Nullable Optional<Integer> maxAttempts,
        @Nullable Optional<RetryDelays> retryDelays,
        @Nullable Optional<DialOrder> dialOrder) {}
