package io.switchboard.notifications;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One real-time message: {@code topic} is e.g. {@code calls} or {@code call:<id>}, {@code type}
 * what happened ({@code call.status}), {@code data} a small payload (clients fetch details).
 */
public record RealtimeMessage(UUID organizationId, String topic, String type, Map<String, Object> data, Instant at) {

    /** The part before the first colon: {@code call:123} belongs to {@code call}. */
    public String family() {
        int colon = topic.indexOf(':');
        return colon < 0 ? topic : topic.substring(0, colon);
    }
}
