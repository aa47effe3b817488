package io.switchboard.telephony.internal.simulated;

import io.switchboard.shared.Money;
import io.switchboard.telephony.CallDirection;
import io.switchboard.telephony.CallStatus;
import io.switchboard.telephony.TranscriptReceived;
import io.switchboard.telephony.TransferType;
import io.switchboard.telephony.provider.ProviderEvent;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Reads the simulator's JSON webhook (documented in the README) into a provider event. */
final class SimulatedEvents {

    private SimulatedEvents() {}

    static ProviderEvent read(Map<String, Object> payload) {
        String eventId = text(payload, "event_id");
        String type = text(payload, "type");
        String callId = text(payload, "call_id");
        if (eventId == null || type == null || callId == null) {
            throw new IllegalArgumentException("event_id, type and call_id are required");
        }
        ProviderEvent.Builder event = ProviderEvent.builder(eventId, timestamp(payload))
                .call(callId, uuid(text(payload, "reference")))
                .parties(direction(text(payload, "direction")), text(payload, "from"), text(payload, "to"));
        switch (type) {
            case "call.status" -> {
                String status = text(payload, "status");
                if (status == null) {
                    throw new IllegalArgumentException("a call.status event needs a status");
                }
                event.status(CallStatus.fromCode(status))
                        .ended(integer(payload, "duration_seconds"), text(payload, "hangup_reason"))
                        .recording(text(payload, "recording_url"))
                        .cost(cost(payload.get("cost")));
            }
            case "call.transfer" -> event.transfer(transfer(payload.get("transfer")));
            case "call.transcript" -> event.transcript(transcript(payload.get("transcript")));
            case "call.opt_out" -> event.doNotCallRequested(true);
            default -> throw new IllegalArgumentException("unknown event type " + type);
        }
        return event.build();
    }

    private static ProviderEvent.Transfer transfer(@Nullable Object value) {
        if (!(value instanceof Map<?, ?> map) || !(map.get("type") instanceof String type)) {
            throw new IllegalArgumentException("a call.transfer event needs transfer.type");
        }
        return new ProviderEvent.Transfer(
                TransferType.fromCode(type),
                map.get("reason") instanceof String s ? s : null,
                map.get("department") instanceof String s ? s : null,
                map.get("to") instanceof String s ? s : null);
    }

    private static ProviderEvent.Transcript transcript(@Nullable Object value) {
        if (!(value instanceof Map<?, ?> map) || !(map.get("segments") instanceof List<?> list)) {
            throw new IllegalArgumentException("a call.transcript event needs transcript.segments");
        }
        List<TranscriptReceived.Segment> segments = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> s) || !(s.get("text") instanceof String text)) {
                throw new IllegalArgumentException("each segment needs a text");
            }
            segments.add(new TranscriptReceived.Segment(
                    s.get("speaker") instanceof String speaker ? speaker : "unknown",
                    s.get("start") instanceof Number n ? n.doubleValue() : 0,
                    s.get("end") instanceof Number n ? n.doubleValue() : 0,
                    text));
        }
        return new ProviderEvent.Transcript(map.get("language") instanceof String l ? l : null, segments);
    }

    private static @Nullable Money cost(@Nullable Object value) {
        if (value instanceof Map<?, ?> map
                && map.get("amount_minor") instanceof Number amount
                && map.get("currency") instanceof String currency) {
            return new Money(amount.longValue(), currency);
        }
        return null;
    }

    private static Instant timestamp(Map<String, Object> payload) {
        String value = text(payload, "timestamp");
        try {
            return value == null ? Instant.now() : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("timestamp is not an ISO-8601 instant");
        }
    }

    private static @Nullable CallDirection direction(@Nullable String value) {
        return value == null ? null : CallDirection.fromCode(value);
    }

    private static @Nullable UUID uuid(@Nullable String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable Integer integer(Map<String, Object> payload, String key) {
        return payload.get(key) instanceof Number n ? n.intValue() : null;
    }

    private static @Nullable String text(Map<String, Object> payload, String key) {
        return payload.get(key) instanceof String s ? s : null;
    }
}
