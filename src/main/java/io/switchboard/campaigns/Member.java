package io.switchboard.campaigns;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A lead in a campaign, where it stands in the funnel.
 *
 * @param messageId a message campaign's message to the lead, once sent
 * @param messageStatus that message's delivery status now (queued, sent, delivered, read, failed…)
 */
public record Member(
        UUID leadId,
        MemberStatus status,
        @Nullable String exclusionReason,
        int attempts,
        Instant nextAttemptAt,
        @Nullable UUID lastCallId,
        @Nullable String lastOutcome,
        Instant addedAt,
        @Nullable UUID messageId,
        @Nullable String messageStatus) {}
