package io.switchboard.telephony;

import java.util.Map;
import org.jspecify.annotations.Nullable;

public record NewAiAgent(
        String name,
        @Nullable String description,
        @Nullable AgentType type,
        @Nullable ProviderKind provider,
        @Nullable String providerAgentId,
        @Nullable Map<String, Object> voiceConfig,
        @Nullable Map<String, Object> llmConfig,
        @Nullable Map<String, Object> taskConfig,
        @Nullable String webhookUrl,
        @Nullable Boolean active) {

    /** An active call agent on the simulated provider, with the provider's default voice and script. */
    public static NewAiAgent simulated(String name) {
        return new NewAiAgent(name, null, AgentType.CALL, ProviderKind.SIMULATED, null, null, null, null, null, true);
    }
}
