package io.switchboard.telephony.provider;

import io.switchboard.shared.Money;
import io.switchboard.telephony.CallDirection;
import io.switchboard.telephony.CallStatus;
import io.switchboard.telephony.TranscriptReceived;
import io.switchboard.telephony.TransferType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What one webhook says about one call, in Switchboard's terms. Every part is optional: a status
 * callback carries a status, a recording callback a URL, a transcript webhook the transcript.
 *
 * @param eventKey unique per event and equal across redeliveries (the provider's event id, or its
 *     call id with the status and sequence number when it sends none)
 * @param callReference Switchboard's own call id, when the provider echoes it back
 * @param doNotCallRequested the person asked not to be called again
 */
public record ProviderEvent(
        String eventKey,
        @Nullable String providerCallId,
        @Nullable String providerExecutionId,
        @Nullable UUID callReference,
        @Nullable CallDirection direction,
        @Nullable String from,
        @Nullable String to,
        @Nullable CallStatus status,
        Instant occurredAt,
        @Nullable Integer durationSeconds,
        @Nullable String recordingUrl,
        @Nullable String hangupReason,
        @Nullable Money cost,
        @Nullable Transfer transfer,
        @Nullable Transcript transcript,
        boolean doNotCallRequested,
        Map<String, Object> details) {

    public record Transfer(
            TransferType type, @Nullable String reason, @Nullable String department, @Nullable String to) {}

    public record Transcript(@Nullable String language, List<TranscriptReceived.Segment> segments) {}

    /** The longest event key stored. */
    public static final int MAX_KEY = 300;

    public static Builder builder(String eventKey, Instant occurredAt) {
        return new Builder(eventKey, occurredAt);
    }

    /** Adapters fill in what their payload carries. */
    public static final class Builder {
        private final String eventKey;
        private final Instant occurredAt;
        private @Nullable String providerCallId;
        private @Nullable String providerExecutionId;
        private @Nullable UUID callReference;
        private @Nullable CallDirection direction;
        private @Nullable String from;
        private @Nullable String to;
        private @Nullable CallStatus status;
        private @Nullable Integer durationSeconds;
        private @Nullable String recordingUrl;
        private @Nullable String hangupReason;
        private @Nullable Money cost;
        private @Nullable Transfer transfer;
        private @Nullable Transcript transcript;
        private boolean doNotCallRequested;
        private Map<String, Object> details = Map.of();

        private Builder(String eventKey, Instant occurredAt) {
            this.eventKey = eventKey;
            this.occurredAt = occurredAt;
        }

        public Builder call(@Nullable String providerCallId, @Nullable UUID callReference) {
            this.providerCallId = providerCallId;
            this.callReference = callReference;
            return this;
        }

        public Builder execution(@Nullable String providerExecutionId) {
            this.providerExecutionId = providerExecutionId;
            return this;
        }

        public Builder parties(@Nullable CallDirection direction, @Nullable String from, @Nullable String to) {
            this.direction = direction;
            this.from = from;
            this.to = to;
            return this;
        }

        public Builder status(@Nullable CallStatus status) {
            this.status = status;
            return this;
        }

        public Builder ended(@Nullable Integer durationSeconds, @Nullable String hangupReason) {
            this.durationSeconds = durationSeconds;
            this.hangupReason = hangupReason;
            return this;
        }

        public Builder recording(@Nullable String recordingUrl) {
            this.recordingUrl = recordingUrl;
            return this;
        }

        public Builder cost(@Nullable Money cost) {
            this.cost = cost;
            return this;
        }

        public Builder transfer(@Nullable Transfer transfer) {
            this.transfer = transfer;
            return this;
        }

        public Builder transcript(@Nullable Transcript transcript) {
            this.transcript = transcript;
            return this;
        }

        public Builder doNotCallRequested(boolean requested) {
            this.doNotCallRequested = requested;
            return this;
        }

        public Builder details(Map<String, Object> details) {
            this.details = Map.copyOf(details);
            return this;
        }

        /** @throws IllegalArgumentException when the event carries a value that could never be stored */
        public ProviderEvent build() {
            ProviderEvent event = new ProviderEvent(
                    eventKey,
                    providerCallId,
                    providerExecutionId,
                    callReference,
                    direction,
                    from,
                    to,
                    status,
                    occurredAt,
                    durationSeconds,
                    recordingUrl,
                    hangupReason,
                    cost,
                    transfer,
                    transcript,
                    doNotCallRequested,
                    details);
            StorableEvent.check(event);
            return event;
        }
    }
}
