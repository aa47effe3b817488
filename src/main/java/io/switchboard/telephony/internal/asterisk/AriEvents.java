package io.switchboard.telephony.internal.asterisk;

import io.switchboard.telephony.CallDirection;
import io.switchboard.telephony.CallStatus;
import io.switchboard.telephony.provider.ProviderEvent;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads ARI events (as the ARI WebSocket delivers them, relayed to the webhook one by one or as a
 * JSON array): {@code StasisStart} (an originated call answered into the app, or an inbound call
 * entering it), {@code ChannelStateChange} (Ringing, Up, Busy), {@code Dial} (its dial status) and
 * {@code ChannelDestroyed} (the Q.850 hangup cause). Other events, and those of helper channels
 * (external media, snoop), are not about a call and are skipped.
 */
final class AriEvents {

    private static final DateTimeFormatter ARI_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    private static final List<String> HELPER_CHANNELS = List.of("UnicastRTP/", "Snoop/", "Announcer/", "Recorder/");

    private AriEvents() {}

    static Optional<ProviderEvent> read(JsonNode event, Instant now) {
        String type = text(event, "type");
        if (type == null) {
            throw new IllegalArgumentException("an ARI event needs a type");
        }
        JsonNode channel = type.equals("Dial") ? event.path("peer") : event.path("channel");
        String channelId = text(channel, "id");
        String name = text(channel, "name");
        if (channelId == null || (name != null && HELPER_CHANNELS.stream().anyMatch(name::startsWith))) {
            return Optional.empty();
        }
        String state = text(channel, "state");
        Instant at = time(text(event, "timestamp"), now);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("ari_event", type);
        if (state != null) {
            details.put("channel_state", state);
        }
        ProviderEvent.Builder built =
                switch (type) {
                    case "StasisStart" -> stasisStart(event, channel, channelId, state, at);
                    case "ChannelStateChange" -> {
                        CallStatus status =
                                switch (state == null ? "" : state) {
                                    case "Ring", "Ringing" -> CallStatus.RINGING;
                                    case "Up" -> CallStatus.IN_PROGRESS;
                                    case "Busy" -> CallStatus.BUSY;
                                    default -> null;
                                };
                        yield status == null
                                ? null
                                : ProviderEvent.builder(channelId + ":ChannelStateChange:" + state, at)
                                        .status(status);
                    }
                    case "Dial" -> {
                        String dialStatus = text(event, "dialstatus");
                        CallStatus status = dialStatus == null ? null : dialStatus(dialStatus);
                        details.put("dial_status", dialStatus == null ? "" : dialStatus);
                        yield status == null
                                ? null
                                : ProviderEvent.builder(channelId + ":Dial:" + dialStatus, at)
                                        .status(status)
                                        .ended(null, status.isTerminal() ? "dial " + dialStatus : null);
                    }
                    case "ChannelDestroyed" -> {
                        int cause = event.path("cause").asInt(0);
                        details.put("cause", cause);
                        String causeText = text(event, "cause_txt");
                        yield ProviderEvent.builder(channelId + ":ChannelDestroyed", at)
                                .status(destroyed(cause, state))
                                .ended(null, (causeText == null ? "hangup" : causeText) + " (cause " + cause + ")");
                    }
                    default -> null;
                };
        return Optional.ofNullable(built).map(b -> {
            if (!type.equals("StasisStart")) {
                b.call(channelId, null);
            }
            return b.details(details).build();
        });
    }

    /**
     * An originated call enters the app answered, with Switchboard's call id as its first argument;
     * a call from outside enters through the dialplan ({@code Stasis(app)}), its caller and the
     * dialled extension telling who calls which number.
     */
    private static ProviderEvent.Builder stasisStart(
            JsonNode event, JsonNode channel, String channelId, @Nullable String state, Instant at) {
        UUID reference = uuid(text(event.path("args"), 0));
        ProviderEvent.Builder built =
                ProviderEvent.builder(channelId + ":StasisStart", at).call(channelId, reference);
        if (reference != null) {
            return built.parties(CallDirection.OUTBOUND, null, null)
                    .status("Up".equals(state) ? CallStatus.IN_PROGRESS : null);
        }
        return built.parties(
                        CallDirection.INBOUND,
                        text(channel.path("caller"), "number"),
                        text(channel.path("dialplan"), "exten"))
                .status("Up".equals(state) ? CallStatus.IN_PROGRESS : CallStatus.RINGING);
    }

    /** Dial statuses of the dialplan's Dial application. */
    static @Nullable CallStatus dialStatus(String dialStatus) {
        return switch (dialStatus) {
            case "RINGING", "PROGRESS" -> CallStatus.RINGING;
            case "ANSWER" -> CallStatus.IN_PROGRESS;
            case "BUSY" -> CallStatus.BUSY;
            case "NOANSWER" -> CallStatus.NO_ANSWER;
            case "CANCEL" -> CallStatus.CANCELED;
            case "CONGESTION", "CHANUNAVAIL" -> CallStatus.FAILED;
            default -> null;
        };
    }

    /**
     * Q.850 causes: 16 normal clearing (and 0, 31 unspecified) end an answered call as completed,
     * an unanswered one as no answer; 17 user busy and 21 call rejected as busy; 18 no user
     * response and 19 no answer as no answer; anything else (unallocated number, congestion,
     * network failure…) as failed.
     */
    static CallStatus destroyed(int cause, @Nullable String state) {
        return switch (cause) {
            case 0, 16, 31 -> "Up".equals(state) ? CallStatus.COMPLETED : CallStatus.NO_ANSWER;
            case 17, 21 -> CallStatus.BUSY;
            case 18, 19 -> CallStatus.NO_ANSWER;
            default -> CallStatus.FAILED;
        };
    }

    private static Instant time(@Nullable String value, Instant fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return OffsetDateTime.parse(value, ARI_TIME).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException again) {
                return fallback;
            }
        }
    }

    private static @Nullable UUID uuid(@Nullable String value) {
        try {
            return value == null ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable String text(JsonNode node, int index) {
        JsonNode value = node.path(index);
        return value.isString() && !value.asString().isBlank() ? value.asString() : null;
    }

    static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() && !value.asString().isBlank() ? value.asString() : null;
    }
}
