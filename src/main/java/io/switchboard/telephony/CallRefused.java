package io.switchboard.telephony;

import io.switchboard.compliance.Decision;
import io.switchboard.compliance.DecisionReason;
import io.switchboard.shared.Problem;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A call the compliance gate does not allow now: answered 409 with the reason as the code (e.g.
 * {@code do_not_call}, {@code outside_calling_window}), every reason, and when the call would be
 * allowed if only the time is wrong.
 */
public class CallRefused extends Problem {

    public CallRefused(Decision decision) {
        super(
                HttpStatus.CONFLICT,
                decision.reason() == null ? "call_refused" : decision.reason().toString(),
                "Call not allowed",
                describe(decision),
                properties(decision),
                List.of());
    }

    private static final DateTimeFormatter NEXT =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private static String describe(Decision decision) {
        DecisionReason reason = decision.reason();
        String why = reason == null
                ? "the calling rules refuse it"
                : switch (reason) {
                    case INVALID_PHONE -> "the lead's phone number is not a valid number";
                    case PLATFORM_DO_NOT_CALL -> "the number is on the platform's do-not-call list";
                    case DO_NOT_CALL -> "the number is on the organization's do-not-call list";
                    case NO_CONSENT -> "the organization requires recorded consent for AI calls and this lead has none";
                    case UNKNOWN_TIME_ZONE -> "the lead's local time is unknown (no time zone and an ambiguous number)";
                    case HOLIDAY -> "today is a holiday in the lead's calendar";
                    case OUTSIDE_CALLING_WINDOW -> "it is outside the calling window in the lead's local time";
                    case RECENTLY_CONTACTED ->
                        "the lead was spoken with or called too recently (the organization's contact-frequency"
                                + " limits)";
                };
        Instant next = decision.nextAllowedAt();
        return "this call cannot be placed now: " + why
                + (next == null ? "" : "; it may be placed from " + NEXT.format(next) + " UTC");
    }

    private static Map<String, Object> properties(Decision decision) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(
                "reasons", decision.reasons().stream().map(Object::toString).toList());
        if (decision.nextAllowedAt() != null) {
            properties.put("next_allowed_at", decision.nextAllowedAt().toString());
        }
        return properties;
    }
}
