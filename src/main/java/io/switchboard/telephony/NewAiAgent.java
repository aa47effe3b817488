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
        @Nullable Boolean active) {}
