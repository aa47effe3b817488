package io.switchboard.telephony.provider;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an adapter needs to place a call.
 *
 * @param from the caller id (absent only for the simulator when the organization has no number)
 * @param calleeName the lead's name, for providers that personalize the AI's greeting
 * @param callbackUrl Switchboard's webhook URL for this call (it names the organization and the
 *     call, so events can be matched before the provider's id is known)
 * @param voiceServerUrl the media streaming server the AI voice runs on, when one is verified
 */
public record OutboundCall(
        UUID callId,
        UUID organizationId,
        @Nullable String from,
        String to,
        @Nullable String calleeName,
        @Nullable Agent agent,
        @Nullable String voiceServerUrl,
        String callbackUrl,
        Map<String, Object> metadata) {

    /** The AI agent's provider-side identity and configuration (seed 004). */
    public record Agent(
            UUID id,
            String name,
            @Nullable String providerAgentId,
            Map<String, Object> voiceConfig,
            Map<String, Object> llmConfig,
            Map<String, Object> taskConfig) {}
}
