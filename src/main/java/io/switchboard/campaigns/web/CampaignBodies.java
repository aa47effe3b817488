package io.switchboard.campaigns.web;

import io.switchboard.campaigns.CampaignChanges;
import io.switchboard.campaigns.CampaignSchedule;
import io.switchboard.campaigns.CampaignType;
import io.switchboard.campaigns.DialOrder;
import io.switchboard.campaigns.NewCampaign;
import io.switchboard.campaigns.RetryDelays;
import io.switchboard.leads.LeadFilter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The bodies of a campaign's create and update requests. */
final class CampaignBodies {

    // ISO 4217, as the campaigns table checks it.
    private static final String CURRENCY = "^[A-Z]{3}$";
    private static final String CURRENCY_MESSAGE = "must be an ISO currency code such as USD";

    private CampaignBodies() {}

    /**
     * @param type ai_calling (default), human_calling, or a message campaign: sms, email, whatsapp
     * @param templateId a message campaign's template (of its channel); calling campaigns take none,
     *     and message campaigns none of the calling fields (agent, team, numbers, concurrency, attempts,
     *     retries, budget, goals)
     * @param schedule start_date, end_date, days, window_start, window_end in time_zone (the campaign's
     *     own zone); it gates the whole campaign
     * @param retryDelays minutes before the next attempt by outcome: no_answer, busy, voicemail, failed
     * @param dialOrder score_desc (default: the highest-scored due members first) or arrival
     */
    record CreateCampaign(
            @NotBlank @Size(max = 200) String name,
            @Nullable @Size(max = 2000) String description,
            @Nullable CampaignType type,
            @Nullable UUID templateId,
            @Nullable UUID aiAgentId,
            @Nullable UUID teamId,
            @Nullable @Size(max = 50) List<UUID> callerNumberIds,
            @Nullable @Valid LeadFilter criteria,
            @Nullable CampaignSchedule schedule,
            @Nullable Long budgetMinor,
            @Nullable @Size(min = 3, max = 3) @Pattern(regexp = CURRENCY, message = CURRENCY_MESSAGE)
                    String budgetCurrency,
            @Nullable Map<String, Object> goals,
            @Nullable Integer maxConcurrentCalls,
            @Nullable Integer maxAttempts,
            @Nullable RetryDelays retryDelays,
            @Nullable DialOrder dialOrder) {

        NewCampaign command() {
            return new NewCampaign(
                    name,
                    description,
                    type,
                    templateId,
                    aiAgentId,
                    teamId,
                    callerNumberIds,
                    criteria,
                    schedule,
                    budgetMinor,
                    budgetCurrency,
                    goals,
                    maxConcurrentCalls,
                    maxAttempts,
                    retryDelays,
                    dialOrder);
        }
    }

    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    record UpdateCampaign(
            @Nullable Optional<@NotBlank @Size(max = 200) String> name,
            @Nullable Optional<@Size(max = 2000) String> description,
            @Nullable Optional<CampaignType> type,
            @Nullable Optional<UUID> templateId,
            @Nullable Optional<UUID> aiAgentId,
            @Nullable Optional<UUID> teamId,
            @Nullable Optional<@Size(max = 50) List<UUID>> callerNumberIds,
            @Nullable Optional<@Valid LeadFilter> criteria,
            @Nullable Optional<CampaignSchedule> schedule,
            @Nullable Optional<Long> budgetMinor,
            @Nullable
                    Optional<@Size(min = 3, max = 3) @Pattern(regexp = CURRENCY, message = CURRENCY_MESSAGE) String>
                            budgetCurrency,
            @Nullable Optional<Map<String, Object>> goals,
            @Nullable Optional<Integer> maxConcurrentCalls,
            @Nullable Optional<Integer> maxAttempts,
            @Nullable Optional<RetryDelays> retryDelays,
            @Nullable Optional<DialOrder> dialOrder) {

        CampaignChanges changes() {
            return new CampaignChanges(
                    name,
                    description,
                    type,
                    templateId,
                    aiAgentId,
                    teamId,
                    callerNumberIds,
                    criteria,
                    schedule,
                    budgetMinor,
                    budgetCurrency,
                    goals,
                    maxConcurrentCalls,
                    maxAttempts,
                    retryDelays,
                    dialOrder);
        }
    }
}
