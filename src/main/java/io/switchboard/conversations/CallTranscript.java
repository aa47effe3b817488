package io.switchboard.conversations;

import io.switchboard.telephony.CallId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A call's transcript as the provider delivered it (card, national id and bank account numbers
 * masked), and how its analysis is going.
 *
 * @param language the BCP 47 tag the provider gave, if any
 * @param text the whole conversation, one "Speaker: words" line per turn
 * @param nextAttemptAt when a pending analysis will be tried (again)
 * @param lastError why the latest attempt failed
 * @param redactions how many personal numbers were masked when it was stored
 */
public record CallTranscript(
        CallId callId,
        @Nullable UUID leadId,
        @Nullable String language,
        List<Segment> segments,
        String text,
        AnalysisStatus analysisStatus,
        int analysisAttempts,
        @Nullable Instant nextAttemptAt,
        @Nullable String lastError,
        Instant receivedAt,
        @Nullable Instant analyzedAt,
        int redactions) {

    public CallTranscript {
        segments = List.copyOf(segments);
    }
}
