package io.switchboard.telephony;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record NewPhoneNumber(
        String name,
        String phoneNumber,
        @Nullable ProviderKind provider,
        @Nullable String providerNumberId,
        @Nullable UUID assignedUserId,
        @Nullable AiAgentId assignedAiAgentId) {}
