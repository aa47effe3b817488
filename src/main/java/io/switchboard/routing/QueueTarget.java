package io.switchboard.routing;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A transfer target naming a queue, {@code queue:<id>}, as an AI agent's transfer gives it. */
public final class QueueTarget {

    private static final String PREFIX = "queue:";

    private QueueTarget() {}

    public static Optional<QueueId> parse(@Nullable String to) {
        if (to == null || !to.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    QueueId.of(UUID.fromString(to.substring(PREFIX.length()).strip())));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
