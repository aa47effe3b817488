package io.switchboard.telephony;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Which calls a list shows.
 *
 * @param userId calls of any of these people (the human who placed or took the call)
 * @param createdAfter placed at or after (inclusive)
 * @param createdBefore placed before (exclusive), so that consecutive days never share a call
 * @param ended only calls in a terminal status ({@code true}) or only open ones ({@code false})
 * @param transferred only calls handed to a human ({@code true}) or never handed over ({@code false})
 * @param phoneNumberId calls placed from or received on this number of the organization
 */
public record CallFilter(
        @Nullable UUID leadId,
        @Nullable CallStatus status,
        @Nullable UUID campaignId,
        @Nullable AiAgentId aiAgentId,
        @Nullable CallDirection direction,
        @Nullable List<UUID> userId,
        @Nullable Instant createdAfter,
        @Nullable Instant createdBefore,
        @Nullable Boolean ended,
        @Nullable Boolean transferred,
        @Nullable PhoneNumberId phoneNumberId) {

    public CallFilter(
            @Nullable UUID leadId,
            @Nullable CallStatus status,
            @Nullable UUID campaignId,
            @Nullable AiAgentId aiAgentId,
            @Nullable CallDirection direction) {
        this(leadId, status, campaignId, aiAgentId, direction, null, null, null, null, null, null);
    }

    public static CallFilter all() {
        return new CallFilter(null, null, null, null, null);
    }

    /** The calls that ended among those placed in [from, to). */
    public static CallFilter endedBetween(Instant from, Instant to) {
        return new CallFilter(null, null, null, null, null, null, from, to, true, null, null);
    }
}
