package io.switchboard.telephony.internal.twilio;

import io.switchboard.telephony.CallDirection;
import io.switchboard.telephony.CallStatus;
import io.switchboard.telephony.provider.ProviderEvent;
import io.switchboard.telephony.provider.WebhookRequest;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads Twilio's voice webhooks (form-encoded): the number's voice URL request for an inbound call,
 * status callbacks ({@code CallbackSource=call-progress-events}), asynchronous answering-machine
 * detection results ({@code AnsweredBy} without {@code CallStatus}) and recording status callbacks.
 */
final class TwilioEvents {

    private TwilioEvents() {}

    static ProviderEvent read(WebhookRequest request, Instant now) {
        String callSid = request.field("CallSid");
        if (callSid == null || callSid.isBlank()) {
            throw new IllegalArgumentException("CallSid is missing");
        }
        String callStatus = request.field("CallStatus");
        String answeredBy = request.field("AnsweredBy");
        String recordingSid = request.field("RecordingSid");
        Map<String, Object> details = new LinkedHashMap<>();
        putIfPresent(details, "callback_source", request.field("CallbackSource"));
        putIfPresent(details, "twilio_status", callStatus);
        putIfPresent(details, "answered_by", answeredBy);
        putIfPresent(details, "sip_response_code", request.field("SipResponseCode"));
        ProviderEvent.Builder event;
        if (recordingSid != null && request.field("RecordingStatus") != null) {
            String recordingStatus = request.field("RecordingStatus");
            event = ProviderEvent.builder(callSid + ":recording:" + recordingSid + ":" + recordingStatus, now);
            if ("completed".equals(recordingStatus)) {
                event.recording(request.field("RecordingUrl"));
            }
            details.put("recording_status", recordingStatus);
        } else if (callStatus == null) {
            if (answeredBy == null) {
                throw new IllegalArgumentException("neither CallStatus, AnsweredBy nor RecordingStatus is present");
            }
            // Asynchronous answering-machine detection: the verdict alone.
            event = ProviderEvent.builder(callSid + ":amd:" + answeredBy, now);
            if (isMachine(answeredBy)) {
                event.status(CallStatus.VOICEMAIL).ended(null, "answering machine (" + answeredBy + ")");
            }
        } else {
            String sequence = request.field("SequenceNumber");
            event = ProviderEvent.builder(
                    callSid + ":" + callStatus + ":" + (sequence == null ? "voice" : sequence),
                    timestamp(request.field("Timestamp"), now));
            CallStatus status = status(callStatus);
            if (answeredBy != null && isMachine(answeredBy) && status.rank() >= CallStatus.IN_PROGRESS.rank()) {
                status = CallStatus.VOICEMAIL;
            }
            event.status(status)
                    .ended(
                            status.isTerminal() ? integer(request.field("CallDuration")) : null,
                            hangupReason(request, callStatus, status, answeredBy))
                    .recording(request.field("RecordingUrl"));
        }
        return event.call(callSid, null)
                .parties(direction(request.field("Direction")), request.field("From"), request.field("To"))
                .details(details)
                .build();
    }

    /** Twilio's documented call statuses, in Switchboard's terms. */
    static CallStatus status(String twilio) {
        return switch (twilio) {
            case "queued", "initiated" -> CallStatus.QUEUED;
            case "ringing" -> CallStatus.RINGING;
            case "in-progress", "answered" -> CallStatus.IN_PROGRESS;
            case "completed" -> CallStatus.COMPLETED;
            case "busy" -> CallStatus.BUSY;
            case "no-answer" -> CallStatus.NO_ANSWER;
            case "canceled" -> CallStatus.CANCELED;
            case "failed" -> CallStatus.FAILED;
            default -> throw new IllegalArgumentException("unknown CallStatus " + twilio);
        };
    }

    /** AnsweredBy values for machines: machine_start, machine_end_beep/_silence/_other, fax. */
    static boolean isMachine(String answeredBy) {
        return answeredBy.startsWith("machine_") || answeredBy.equals("fax");
    }

    private static @Nullable String hangupReason(
            WebhookRequest request, String callStatus, CallStatus status, @Nullable String answeredBy) {
        if (request.field("ErrorMessage") != null) {
            return request.field("ErrorMessage");
        }
        if (status == CallStatus.VOICEMAIL && answeredBy != null) {
            return "answering machine (" + answeredBy + ")";
        }
        if (!status.isTerminal() || status == CallStatus.COMPLETED) {
            return null;
        }
        String sip = request.field("SipResponseCode");
        return callStatus + (sip == null ? "" : " (SIP " + sip + ")");
    }

    static @Nullable CallDirection direction(@Nullable String direction) {
        if (direction == null) {
            return null;
        }
        return direction.startsWith("outbound") ? CallDirection.OUTBOUND : CallDirection.INBOUND;
    }

    /** Twilio's Timestamp is RFC 2822 ("Tue, 01 Nov 2016 01:59:13 +0000"). */
    private static Instant timestamp(@Nullable String value, Instant fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    private static @Nullable Integer integer(@Nullable String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void putIfPresent(Map<String, Object> map, String key, @Nullable String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
