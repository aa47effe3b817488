package io.switchboard.telephony;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A partial update: {@code null} leaves a field, an empty {@link Optional} clears it. */
@SuppressWarnings("OptionalUsedAsFieldOrParameterType")
public record PhoneNumberChanges(
        @Nullable Optional<String> name,
        @Nullable Optional<String> providerNumberId,
        @Nullable Optional<UUID> assignedUserId,
        @Nullable Optional<AiAgentId> assignedAiAgentId,
        @Nullable Optional<Boolean> active) {}
