package io.switchboard.telephony;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A voice streaming server the AI voice runs on (seed 003 websocket_servers). Calls use the
 * highest-priority active server that passed its last check.
 */
public record VoiceServer(
        VoiceServerId id,
        String name,
        String url,
        int priority,
        boolean active,
        Status status,
        @Nullable Instant lastVerifiedAt,
        @Nullable String lastError,
        Instant createdAt) {

    public enum Status {
        PENDING,
        VERIFIED,
        FAILED;

        @Override
        public String toString() {
            return io.switchboard.shared.Codes.of(this);
        }
    }
}
