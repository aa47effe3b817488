package io.switchboard.telephony.internal.bolna;

import io.switchboard.shared.Money;
import io.switchboard.telephony.CallDirection;
import io.switchboard.telephony.CallStatus;
import io.switchboard.telephony.TransferType;
import io.switchboard.telephony.provider.ProviderEvent;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads Bolna's execution webhook: the execution object (as {@code GET /executions/{id}} returns it)
 * pushed at each status change. Its key is the execution id with the status, so a redelivery of a
 * status is recognised; {@code call-disconnected} carries nothing final and is read as no status,
 * since {@code completed} follows with the duration, cost, recording and transcript.
 */
final class BolnaEvents {

    private BolnaEvents() {}

    static ProviderEvent read(JsonNode execution, Instant now) {
        String id = text(execution, "id") != null ? text(execution, "id") : text(execution, "execution_id");
        String bolnaStatus = text(execution, "status");
        if (id == null || bolnaStatus == null) {
            throw new IllegalArgumentException("an execution needs an id and a status");
        }
        JsonNode telephony = execution.path("telephony_data");
        Integer duration = duration(execution, telephony);
        CallStatus status = status(bolnaStatus, execution, duration);
        ProviderEvent.Builder event = ProviderEvent.builder(id + ":" + bolnaStatus, time(execution, now))
                .call(id, reference(execution))
                .execution(id)
                .parties(
                        direction(text(telephony, "call_type")),
                        text(telephony, "from_number"),
                        to(execution, telephony))
                .status(status)
                .details(details(execution, telephony, bolnaStatus));
        if (status != null && status.isTerminal()) {
            event.ended(duration, hangupReason(execution, telephony))
                    .recording(text(telephony, "recording_url"))
                    .cost(cost(execution.path("total_cost")));
            String transcript = text(execution, "transcript");
            if (transcript != null && !transcript.isBlank()) {
                event.transcript(new ProviderEvent.Transcript(null, BolnaTranscript.segments(transcript, duration)));
            }
        }
        JsonNode transfer = execution.path("transfer_call_data");
        if (transfer.isObject() && text(transfer, "to_number") != null) {
            event.transfer(new ProviderEvent.Transfer(
                    TransferType.COLD, "transferred by the Bolna agent", null, text(transfer, "to_number")));
        }
        return event.build();
    }

    /**
     * Bolna's execution statuses in Switchboard's terms. A {@code completed} execution is not proof
     * of a conversation (Bolna derives it from the telephony lifecycle): voicemail when Bolna says
     * so, no answer when no conversation took place.
     */
    static @Nullable CallStatus status(String bolna, JsonNode execution, @Nullable Integer duration) {
        return switch (bolna) {
            case "scheduled", "queued", "rescheduled", "initiated" -> CallStatus.QUEUED;
            case "ringing" -> CallStatus.RINGING;
            case "in-progress" -> CallStatus.IN_PROGRESS;
            case "call-disconnected" -> null;
            case "completed" -> {
                if (execution.path("answered_by_voice_mail").asBoolean(false)) {
                    yield CallStatus.VOICEMAIL;
                }
                yield duration != null && duration > 0 ? CallStatus.COMPLETED : CallStatus.NO_ANSWER;
            }
            case "busy" -> CallStatus.BUSY;
            case "no-answer" -> CallStatus.NO_ANSWER;
            case "canceled", "stopped" -> CallStatus.CANCELED;
            case "failed", "error", "balance-low" -> CallStatus.FAILED;
            default -> throw new IllegalArgumentException("unknown execution status " + bolna);
        };
    }

    private static @Nullable Integer duration(JsonNode execution, JsonNode telephony) {
        for (JsonNode value : new JsonNode[] {
            execution.path("conversation_duration"), execution.path("conversation_time"), telephony.path("duration")
        }) {
            if (value.isNumber()) {
                return (int) Math.round(value.asDouble());
            }
            if (value.isString()) {
                try {
                    return (int) Math.round(Double.parseDouble(value.asString()));
                } catch (NumberFormatException e) {
                    // try the next field
                }
            }
        }
        return null;
    }

    /** {@code total_cost} is in US cents. */
    private static @Nullable Money cost(JsonNode totalCost) {
        return totalCost.isNumber() && totalCost.asDouble() >= 0
                ? new Money(Math.round(totalCost.asDouble()), "USD")
                : null;
    }

    private static @Nullable String hangupReason(JsonNode execution, JsonNode telephony) {
        String reason = text(telephony, "hangup_reason");
        if (reason == null) {
            reason = text(execution, "error_message");
        }
        return reason != null ? reason : text(execution, "termination_reason");
    }

    /** Switchboard's call id, sent as {@code user_data.switchboard_call_id} and echoed in the context. */
    private static @Nullable UUID reference(JsonNode execution) {
        String value = text(execution.path("context_details").path("recipient_data"), "switchboard_call_id");
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable String to(JsonNode execution, JsonNode telephony) {
        String to = text(telephony, "to_number");
        return to != null ? to : text(execution.path("context_details"), "recipient_phone_number");
    }

    private static @Nullable CallDirection direction(@Nullable String callType) {
        if (callType == null) {
            return null;
        }
        return callType.equals("inbound") ? CallDirection.INBOUND : CallDirection.OUTBOUND;
    }

    private static Map<String, Object> details(JsonNode execution, JsonNode telephony, String status) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("bolna_status", status);
        putIfPresent(details, "hangup_by", text(telephony, "hangup_by"));
        putIfPresent(details, "telephony_provider", text(telephony, "provider"));
        putIfPresent(details, "telephony_call_id", text(telephony, "provider_call_id"));
        putIfPresent(details, "termination_reason", text(execution, "termination_reason"));
        if (telephony.path("hangup_provider_code").isNumber()) {
            details.put(
                    "hangup_provider_code",
                    telephony.path("hangup_provider_code").asInt());
        }
        return details;
    }

    /** {@code updated_at}, with or without an offset (Bolna writes UTC). */
    private static Instant time(JsonNode execution, Instant fallback) {
        String value = text(execution, "updated_at");
        if (value == null) {
            return fallback;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                return fallback;
            }
        }
    }

    static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isString()) {
            return value.asString().isBlank() ? null : value.asString();
        }
        return value.isNumber() ? value.asString() : null;
    }

    private static void putIfPresent(Map<String, Object> map, String key, @Nullable String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
