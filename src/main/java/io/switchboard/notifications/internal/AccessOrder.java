package io.switchboard.notifications.internal;

import io.switchboard.notifications.RealtimeMessage;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What every node must do to the live connections it holds when access ends or shrinks. Orders
 * cross nodes on the bus like messages, under a topic no client can subscribe to (it is no topic
 * family), and stay small: a long list of credentials is sent as several orders.
 */
public sealed interface AccessOrder {

    String TOPIC = "!access";
    int MAX_CREDENTIALS = 100;

    /** Close the connections opened with these sessions or API keys. */
    record CloseCredentials(List<UUID> credentials, String reason) implements AccessOrder {}

    /** Close every connection of this user, whatever opened it. */
    record CloseUser(UUID user, String reason) implements AccessOrder {}

    /** Check again the connections of this user or, without one, of every user of the organization. */
    record Recheck(@Nullable UUID user) implements AccessOrder {}

    default RealtimeMessage message(UUID organization, Instant at) {
        Map<String, Object> data = new HashMap<>();
        String type =
                switch (this) {
                    case CloseCredentials close -> {
                        data.put("credentials", close.credentials());
                        data.put("reason", close.reason());
                        yield "close_credentials";
                    }
                    case CloseUser close -> {
                        data.put("user", close.user());
                        data.put("reason", close.reason());
                        yield "close_user";
                    }
                    case Recheck recheck -> {
                        if (recheck.user() != null) {
                            data.put("user", recheck.user());
                        }
                        yield "recheck";
                    }
                };
        return new RealtimeMessage(organization, TOPIC, type, data, at);
    }

    /** The order a message from the bus carries; empty for anything else or anything malformed. */
    static Optional<AccessOrder> of(RealtimeMessage message) {
        if (!TOPIC.equals(message.topic())) {
            return Optional.empty();
        }
        Map<String, Object> data = message.data();
        try {
            return Optional.ofNullable(
                    switch (message.type()) {
                        case "close_credentials" ->
                            new CloseCredentials(
                                    ((List<?>) data.get("credentials"))
                                            .stream()
                                                    .map(id -> UUID.fromString(id.toString()))
                                                    .toList(),
                                    data.get("reason").toString());
                        case "close_user" ->
                            new CloseUser(
                                    UUID.fromString(data.get("user").toString()),
                                    data.get("reason").toString());
                        case "recheck" ->
                            new Recheck(
                                    data.get("user") == null
                                            ? null
                                            : UUID.fromString(data.get("user").toString()));
                        default -> null;
                    });
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }
}
