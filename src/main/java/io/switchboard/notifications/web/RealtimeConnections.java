package io.switchboard.notifications.web;

import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.identity.Permission;
import io.switchboard.notifications.internal.RealtimeSubscribers;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Parsing and checking the topics a client asks for. */
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
        Set<String> permissions = permissions(user);
        Arrays.stream(topics.split(","))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .limit(MAX_TOPICS)
                .forEach(topic -> {
                    if (topic.length() <= 120 && subscribers.allows(user.id().value(), permissions, topic)) {
                        granted.add(topic);
                    } else {
                        refused.add(topic);
                    }
                });
        return new Requested(granted, refused);
    }

    static Set<String> permissions(AuthenticatedUser user) {
        return user.permissions().stream().map(Permission::code).collect(Collectors.toUnmodifiableSet());
    }
}
