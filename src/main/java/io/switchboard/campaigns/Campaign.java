package io.switchboard.campaigns;

import io.switchboard.leads.LeadFilter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A campaign as the API shows it: a calling one, or a message one ({@code type} sms, email or
 * whatsapp) sending the template {@code templateId} to each member.
 *
 * @param dialOrder who of the due members is called first
 * @param completionReason why it completed: {@code schedule_ended}, {@code all_called}, {@code
 *     budget_spent}, {@code goals_reached} or {@code all_messaged}
 */
public record Campaign(
        CampaignId id,
        String name,
        @Nullable String description,
        CampaignType type,
        @Nullable UUID templateId,
        CampaignStatus status,
        @Nullable UUID aiAgentId,
        @Nullable UUID teamId,
        List<UUID> callerNumberIds,
        LeadFilter criteria,
        CampaignSchedule schedule,
        @Nullable Long budgetMinor,
        @Nullable String budgetCurrency,
        Map<String, Object> goals,
        int maxConcurrentCalls,
        int maxAttempts,
        RetryDelays retryDelays,
        DialOrder dialOrder,
        int totalCalls,
        int answered,
        int transferred,
        int converted,
        @Nullable Instant startedAt,
        @Nullable Instant completedAt,
        @Nullable String completionReason,
        Instant createdAt,
        Instant updatedAt) {

    public RetryPolicy retryPolicy() {
        return new RetryPolicy(maxAttempts, retryDelays);
    }

    /** Converted leads per call placed, in percent (seed 003), two decimals. */
    public double conversionRate() {
        return CampaignStats.rate(converted, totalCalls);
    }
}
