package io.switchboard.analytics.internal;

import io.switchboard.conversations.CallAnalysis;
import io.switchboard.telephony.Call;
import io.switchboard.telephony.CallStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An ended call as analytics counts it (a row of {@code analytics_calls}). */
record CallFact(
        UUID callId,
        LocalDate day,
        Instant placedAt,
        String direction,
        String status,
        @Nullable UUID leadId,
        @Nullable UUID campaignId,
        @Nullable UUID aiAgentId,
        @Nullable UUID userId,
        @Nullable UUID phoneNumberId,
        boolean answered,
        boolean transferred,
        int talkSeconds,
        long creditsMinor,
        @Nullable String qualification,
        @Nullable Integer score) {

    /** The fact of {@code call} (null while it has not ended: open calls are not counted). */
    static @Nullable CallFact of(Call call, @Nullable CallAnalysis analysis, ZoneId zone) {
        if (!call.status().isTerminal()) {
            return null;
        }
        boolean answered = call.status() == CallStatus.COMPLETED;
        return new CallFact(
                call.id().value(),
                LocalDate.ofInstant(call.createdAt(), zone),
                call.createdAt(),
                call.direction().toString(),
                call.status().toString(),
                call.leadId(),
                call.campaignId(),
                call.aiAgentId() == null ? null : call.aiAgentId().value(),
                call.userId(),
                call.phoneNumberId() == null ? null : call.phoneNumberId().value(),
                answered,
                call.transfer() != null,
                answered && call.durationSeconds() != null ? call.durationSeconds() : 0,
                call.creditsUsed(),
                analysis == null ? null : analysis.analysis().qualification().toString(),
                analysis == null ? null : (int) Math.round(analysis.analysis().totalScore()));
    }
}
