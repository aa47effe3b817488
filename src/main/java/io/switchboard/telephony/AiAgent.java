package io.switchboard.telephony;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An AI voice agent (seed 004 agents).
 *
 * @param providerAgentId the agent's id at its provider (required for real providers)
 * @param webhookUrl where the provider posts this agent's events, when configured on its side
 */
public record AiAgent(
        AiAgentId id,
        String name,
        @Nullable String description,
        AgentType type,
        ProviderKind provider,
        @Nullable String providerAgentId,
        Map<String, Object> voiceConfig,
        Map<String, Object> llmConfig,
        Map<String, Object> taskConfig,
        @Nullable String webhookUrl,
        boolean active,
        Instant createdAt,
        Instant updatedAt) {}
