package io.switchboard.routing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An agent's desk: the offers waiting for an answer and the work accepted and not finished yet.
 *
 * @param queue the agent's accepted work, oldest first
 */
public record MyWork(List<Offer> offers, List<Item> queue) {

    /** A pending reservation; the lead is what the agent needs to decide. */
    public record Offer(
            ReservationId reservationId,
            WorkId workId,
            WorkKind kind,
            String queueName,
            Instant expiresAt,
            @Nullable LeadCard lead) {}

    /** An accepted work; {@code line} where its caller is, for a live call. */
    public record Item(
            WorkId workId,
            WorkKind kind,
            String queueName,
            Instant assignedAt,
            @Nullable LeadCard lead,
            @Nullable CallLine line) {}

    /**
     * What the agent needs to decide and to speak to the lead.
     *
     * @param status the lead's status (new, contacted, qualified, converted, lost)
     * @param lastCallId the lead's latest call, its page holds the summary and the analysis
     * @param doNotCall the number is on the organization's or the platform's do-not-call list
     * @param consent a consent to be called is in force
     */
    public record LeadCard(
            UUID id,
            String name,
            int score,
            String temperature,
            @Nullable String company,
            @Nullable String phone,
            @Nullable String timezone,
            String status,
            @Nullable Instant lastCalledAt,
            @Nullable String lastCallStatus,
            @Nullable UUID lastCallId,
            boolean doNotCall,
            boolean consent) {}
}
