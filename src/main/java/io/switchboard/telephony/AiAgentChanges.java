package io.switchboard.telephony;

import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A partial update: {@code null} leaves a field, an empty {@link Optional} clears it. */
@SuppressWarnings("OptionalUsedAsFieldOrParameterType")
public record AiAgentChanges(
        @Nullable Optional<String> name,
        @Nullable Optional<String> description,
        @Nullable Optional<AgentType> type,
        @Nullable Optional<ProviderKind> provider,
        @Nullable Optional<String> providerAgentId,
        @Nullable Optional<Map<String, Object>> voiceConfig,
        @Nullable Optional<Map<String, Object>> llmConfig,
        @Nullable Optional<Map<String, Object>> taskConfig,
        @Nullable Optional<String> webhookUrl,
        @Nullable Optional<Boolean> active) {}
