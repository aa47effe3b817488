package io.switchboard.conversations;

import io.switchboard.telephony.CallId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One analysed call in an inbox: enough to decide what to open first. */
public record InboxItem(
        CallId callId,
        @Nullable UUID leadId,
        @Nullable String leadName,
        @Nullable UUID ownerId,
        Qualification qualification,
        SentimentLabel sentimentLabel,
        double totalScore,
        String summary,
        boolean followUpRequired,
        boolean doNotCallRequested,
        boolean isRead,
        Instant analyzedAt) {

    public InboxItem withLeadName(@Nullable String name) {
        return new InboxItem(
                callId,
                leadId,
                name,
                ownerId,
                qualification,
                sentimentLabel,
                totalScore,
                summary,
                followUpRequired,
                doNotCallRequested,
                isRead,
                analyzedAt);
    }
}
