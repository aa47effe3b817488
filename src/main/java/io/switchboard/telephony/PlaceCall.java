package io.switchboard.telephony;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A request to call a lead now.
 *
 * @param aiAgentId the AI agent that talks; else the organization's first active call agent
 * @param fromNumberId the caller id; else the agent's number, else any active number of the
 *     organization on the same provider
 * @param campaignId the campaign the call belongs to, if any
 */
public record PlaceCall(
        UUID leadId,
        @Nullable AiAgentId aiAgentId,
        @Nullable PhoneNumberId fromNumberId,
        @Nullable UUID campaignId,
        Map<String, Object> metadata) {

    public static PlaceCall lead(UUID leadId) {
        return new PlaceCall(leadId, null, null, null, Map.of());
    }
}
