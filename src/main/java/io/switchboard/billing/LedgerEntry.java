package io.switchboard.billing;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One movement of credit. Amounts are in minor units of {@code currency}.
 *
 * @param amount the signed change of the available balance
 * @param heldDelta the signed change of the held balance
 * @param availableAfter the available balance right after this entry
 * @param heldAfter the held balance right after this entry
 * @param callId the call a hold, settlement, release or refund is about
 * @param minutes a settlement's billed minutes
 * @param ratePerMinute the rate a hold fixed and its settlement used
 * @param actorType {@code user}, {@code api_key} or {@code system}
 */
public record LedgerEntry(
        UUID id,
        LedgerKind kind,
        long amount,
        long heldDelta,
        long availableAfter,
        long heldAfter,
        String currency,
        @Nullable UUID callId,
        @Nullable Integer minutes,
        @Nullable Long ratePerMinute,
        String actorType,
        @Nullable UUID actorId,
        @Nullable String note,
        Instant createdAt) {}
