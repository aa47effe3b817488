package io.switchboard.telephony.internal.plivo;

import io.switchboard.shared.Money;
import io.switchboard.telephony.CallDirection;
import io.switchboard.telephony.CallStatus;
import io.switchboard.telephony.provider.ProviderEvent;
import io.switchboard.telephony.provider.WebhookRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads Plivo's voice callbacks (form-encoded): the ring, answer and hangup requests of a call
 * ({@code Event} Ring, StartApp, Hangup with a {@code CallStatus}), machine detection results
 * ({@code Machine}), and the request for the transfer document Switchboard itself asked Plivo to
 * fetch ({@code ?transfer=} in the URL).
 */
final class PlivoEvents {

    private static final DateTimeFormatter PLIVO_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private PlivoEvents() {}

    static ProviderEvent read(WebhookRequest request, Instant now) {
        String callUuid = request.field("CallUUID");
        if (callUuid == null || callUuid.isBlank()) {
            throw new IllegalArgumentException("CallUUID is missing");
        }
        String event = request.field("Event");
        String callStatus = request.field("CallStatus");
        String machine = request.field("Machine");
        String transferTo = request.queryParameter("transfer");
        Map<String, Object> details = new LinkedHashMap<>();
        putIfPresent(details, "plivo_event", event);
        putIfPresent(details, "plivo_status", callStatus);
        putIfPresent(details, "hangup_cause", request.field("HangupCause"));
        putIfPresent(details, "hangup_cause_code", request.field("HangupCauseCode"));
        putIfPresent(details, "hangup_source", request.field("HangupSource"));
        ProviderEvent.Builder built;
        if (transferTo != null) {
            built = ProviderEvent.builder(callUuid + ":transfer:" + transferTo, now);
            details.put("transfer_to", transferTo);
        } else if (machine != null) {
            built = ProviderEvent.builder(callUuid + ":machine:" + machine, now);
            if ("true".equalsIgnoreCase(machine)) {
                built.status(CallStatus.VOICEMAIL).ended(null, "answering machine");
            }
        } else if (callStatus != null) {
            built = ProviderEvent.builder(
                    callUuid + ":" + (event == null ? "-" : event) + ":" + callStatus, time(request, now));
            CallStatus status = status(callStatus);
            String cause = cause(request);
            if (status.isTerminal()
                    && cause != null
                    && cause.toLowerCase(Locale.ROOT).contains("machine")) {
                status = CallStatus.VOICEMAIL;
            }
            built.status(status)
                    .ended(status.isTerminal() ? duration(request) : null, status.isTerminal() ? cause : null)
                    .cost(status.isTerminal() ? cost(request.field("TotalCost")) : null)
                    .recording(request.field("RecordUrl"));
        } else {
            throw new IllegalArgumentException("neither CallStatus nor Machine is present");
        }
        return built.call(callUuid, null)
                .execution(request.field("RequestUUID"))
                .parties(direction(request.field("Direction")), request.field("From"), request.field("To"))
                .details(details)
                .build();
    }

    /** Plivo's call statuses, in Switchboard's terms ("timeout" is a ring timeout). */
    static CallStatus status(String plivo) {
        return switch (plivo) {
            case "ringing" -> CallStatus.RINGING;
            case "in-progress" -> CallStatus.IN_PROGRESS;
            case "completed" -> CallStatus.COMPLETED;
            case "busy" -> CallStatus.BUSY;
            case "no-answer", "timeout" -> CallStatus.NO_ANSWER;
            case "cancel", "canceled", "cancelled" -> CallStatus.CANCELED;
            case "failed", "rejected" -> CallStatus.FAILED;
            default -> throw new IllegalArgumentException("unknown CallStatus " + plivo);
        };
    }

    static @Nullable CallDirection direction(@Nullable String direction) {
        if (direction == null) {
            return null;
        }
        return direction.equalsIgnoreCase("inbound") ? CallDirection.INBOUND : CallDirection.OUTBOUND;
    }

    private static @Nullable String cause(WebhookRequest request) {
        String name = request.field("HangupCauseName");
        return name != null && !name.isBlank() ? name : request.field("HangupCause");
    }

    private static @Nullable Integer duration(WebhookRequest request) {
        String value = request.field("Duration") != null ? request.field("Duration") : request.field("BillDuration");
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** TotalCost is in US dollars with fractions of a cent; kept in cents, rounded half up. */
    static @Nullable Money cost(@Nullable String totalCost) {
        if (totalCost == null || totalCost.isBlank()) {
            return null;
        }
        try {
            BigDecimal dollars = new BigDecimal(totalCost.strip());
            return dollars.signum() < 0
                    ? null
                    : new Money(
                            dollars.movePointRight(2)
                                    .setScale(0, RoundingMode.HALF_UP)
                                    .longValueExact(),
                            "USD");
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /** When it happened: the hangup's EndTime, the answer's AnswerTime, else the StartTime (UTC). */
    private static Instant time(WebhookRequest request, Instant fallback) {
        for (String field : new String[] {"EndTime", "AnswerTime", "StartTime"}) {
            String value = request.field(field);
            if (value != null && !value.isBlank()) {
                try {
                    return LocalDateTime.parse(value.strip(), PLIVO_TIME).toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException e) {
                    return fallback;
                }
            }
        }
        return fallback;
    }

    private static void putIfPresent(Map<String, Object> map, String key, @Nullable String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
