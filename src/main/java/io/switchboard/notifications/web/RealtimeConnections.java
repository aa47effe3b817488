package io.switchboard.notifications.web;

import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.identity.ClientInfo;
import io.switchboard.notifications.internal.RealtimeSubscriber;
import io.switchboard.notifications.internal.RealtimeSubscribers;
import io.switchboard.shared.CallerContext;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Parsing and checking the topics a client asks for; what both transports tell their clients. */
final class RealtimeConnections {

    static final int MAX_TOPICS = 50;

    private RealtimeConnections() {}

    record Requested(Set<String> granted, List<String> refused) {}

    static Requested topics(RealtimeSubscribers subscribers, AuthenticatedUser user, @Nullable String topics) {
        Set<String> granted = new LinkedHashSet<>();
        List<String> refused = new java.util.ArrayList<>();
        if (topics == null || topics.isBlank()) {
            return new Requested(granted, refused);
        }
        Set<String> permissions = RealtimeSubscriber.codes(user);
        Arrays.stream(topics.split(","))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .limit(MAX_TOPICS)
                .forEach(topic -> {
                    if (topic.length() <= 120
                            && subscribers.allows(user.id().value(), permissions, topic)
                            && subscribers.reaches(topic)) {
                        granted.add(topic);
                    } else {
                        refused.add(topic);
                    }
                });
        return new Requested(granted, refused);
    }

    /** The address the request came from, as the authentication filter saw it (for the allowlist). */
    static ClientInfo client() {
        return CallerContext.current()
                .map(caller -> new ClientInfo(caller.ipAddress(), caller.userAgent()))
                .orElseGet(ClientInfo::unknown);
    }

    /** Topics the caller lost (a role change): the connection stays, without them. */
    static Map<String, Object> unsubscribed(Set<String> topics, String reason) {
        return Map.of("type", "unsubscribed", "topics", topics, "reason", reason);
    }
}
