package io.switchboard.telephony;

import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A partial update of a provider account: {@code null} leaves a field, an empty {@link Optional}
 * clears it. Secrets are write-only.
 */
@SuppressWarnings("OptionalUsedAsFieldOrParameterType")
public record VoiceProviderChanges(
        @Nullable Optional<Boolean> enabled,
        @Nullable Optional<Map<String, Object>> config,
        @Nullable Optional<String> authToken,
        @Nullable Optional<String> webhookSecret) {}
