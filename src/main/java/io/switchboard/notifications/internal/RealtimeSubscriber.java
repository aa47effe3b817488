package io.switchboard.notifications.internal;

import io.switchboard.notifications.RealtimeMessage;
import java.util.Set;
import java.util.UUID;

/** A connected client: whose it is, what it may see, and where to send. */
public interface RealtimeSubscriber {

    UUID organizationId();

    UUID userId();

    Set<String> permissions();

    /** The topics it asked for (exact names, e.g. {@code calls}, {@code call:<id>}). */
    Set<String> topics();

    /** Sends a message; false when the client is gone (it is then dropped). */
    boolean deliver(String json, RealtimeMessage message);
}
