package io.switchboard.telephony.provider;

import io.switchboard.shared.Money;
import io.switchboard.telephony.TranscriptReceived;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What an event may carry so that applying it can always succeed: a webhook is refused at the edge
 * (400) for a value the database would refuse later, instead of being stored and failing on every
 * retry. PostgreSQL refuses the NUL character in text and JSON alike; the lengths are those of the
 * calls table.
 */
final class StorableEvent {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private StorableEvent() {}

    /** @throws IllegalArgumentException naming what could never be stored */
    static void check(ProviderEvent event) {
        if (event.eventKey().isBlank() || event.eventKey().length() > ProviderEvent.MAX_KEY) {
            throw new IllegalArgumentException(
                    "the event id must be 1 to " + ProviderEvent.MAX_KEY + " characters long");
        }
        text("the event id", event.eventKey(), ProviderEvent.MAX_KEY);
        text("the call id", event.providerCallId(), 200);
        text("the execution id", event.providerExecutionId(), 200);
        text("the caller's number", event.from(), 40);
        text("the called number", event.to(), 40);
        text("the recording URL", event.recordingUrl(), 2000);
        text("the hang-up reason", event.hangupReason(), Integer.MAX_VALUE);
        cost(event.cost());
        if (event.transfer() != null) {
            text("the transfer reason", event.transfer().reason(), Integer.MAX_VALUE);
            text("the transfer department", event.transfer().department(), Integer.MAX_VALUE);
            text("the transfer target", event.transfer().to(), Integer.MAX_VALUE);
        }
        if (event.transcript() != null) {
            text("the transcript language", event.transcript().language(), 35);
            for (TranscriptReceived.Segment segment : event.transcript().segments()) {
                text("a transcript speaker", segment.speaker(), Integer.MAX_VALUE);
                text("the transcript", segment.text(), Integer.MAX_VALUE);
            }
        }
        details(event.details());
    }

    private static void cost(@Nullable Money cost) {
        if (cost == null) {
            return;
        }
        if (cost.amountMinor() == null || cost.amountMinor() < 0) {
            throw new IllegalArgumentException("the cost must not be negative");
        }
        if (cost.currency() == null || !CURRENCY.matcher(cost.currency()).matches()) {
            throw new IllegalArgumentException("the cost's currency must be an ISO 4217 code such as USD");
        }
    }

    private static void details(@Nullable Object value) {
        if (value instanceof String s) {
            text("a detail", s, Integer.MAX_VALUE);
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                details(k);
                details(v);
            });
        } else if (value instanceof Collection<?> list) {
            list.forEach(StorableEvent::details);
        }
    }

    private static void text(String what, @Nullable String value, int max) {
        if (value == null) {
            return;
        }
        if (value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(what + " contains a NUL character");
        }
        if (value.length() > max) {
            throw new IllegalArgumentException(what + " is longer than " + max + " characters");
        }
    }
}
