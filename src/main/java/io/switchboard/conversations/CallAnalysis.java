package io.switchboard.conversations;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.switchboard.telephony.CallId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The stored analysis of one call: what the analyzer said, whose inbox it is in, and whether they
 * have read it.
 *
 * @param ownerId the lead's owner when the call was analysed, else the user who placed the call
 * @param run 1 for the first analysis, one more per re-analysis
 */
public record CallAnalysis(
        CallId callId,
        @Nullable UUID leadId,
        @Nullable UUID ownerId,
        int run,
        @JsonUnwrapped Analysis analysis,
        boolean isRead,
        @Nullable Instant readAt,
        Instant analyzedAt) {}
