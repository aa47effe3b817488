package io.switchboard.telephony;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A phone number of the organization (seed 004 phone_numbers), assigned to a user or an AI agent.
 *
 * @param providerNumberId the number's id at its provider
 * @param ownership whether the organization's provider account proved the number is its own
 * @param health how the number fared over the last 7 days
 */
public record PhoneNumber(
        PhoneNumberId id,
        String name,
        String phoneNumber,
        ProviderKind provider,
        @Nullable String providerNumberId,
        @Nullable UUID assignedUserId,
        @Nullable AiAgentId assignedAiAgentId,
        boolean active,
        NumberOwnership ownership,
        @Nullable Instant verifiedAt,
        Health health,
        Instant createdAt,
        Instant updatedAt) {

    /**
     * @param answerRate answered calls over all ended outbound calls, null before any call ended
     */
    public record Health(int calls7d, int answered7d, @Nullable Double answerRate) {

        public static Health of(int ended, int answered) {
            return new Health(ended, answered, ended == 0 ? null : Math.round(1000.0 * answered / ended) / 1000.0);
        }
    }
}
