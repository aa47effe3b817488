package io.switchboard.notifications.internal;

import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.identity.ClientInfo;
import io.switchboard.identity.Permission;
import io.switchboard.notifications.RealtimeMessage;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A connected client: whose it is, what it may see, where to send, and when what let it in must be
 * checked again. Its caller changes when a check finds new permissions.
 */
public abstract class RealtimeSubscriber {

    private final ClientInfo client;
    private final Set<String> topics = ConcurrentHashMap.newKeySet();
    private volatile AuthenticatedUser user;
    private volatile Set<String> permissions;
    private volatile Instant checkAgainAt;

    protected RealtimeSubscriber(
            AuthenticatedUser user, ClientInfo client, Collection<String> topics, Instant checkAgainAt) {
        this.client = client;
        this.topics.addAll(topics);
        this.user = user;
        this.permissions = codes(user);
        this.checkAgainAt = checkAgainAt;
    }

    public AuthenticatedUser user() {
        return user;
    }

    public UUID organizationId() {
        return user.organizationId().value();
    }

    public UUID userId() {
        return user.id().value();
    }

    /** The session, or the API key, the connection was opened with. */
    public UUID credential() {
        return user.sessionId();
    }

    public Set<String> permissions() {
        return permissions;
    }

    /** The topics it asked for and may see (exact names, e.g. {@code calls}, {@code call:<id>}). */
    public Set<String> topics() {
        return topics;
    }

    ClientInfo client() {
        return client;
    }

    Instant checkAgainAt() {
        return checkAgainAt;
    }

    void checked(AuthenticatedUser current, Instant next) {
        this.user = current;
        this.permissions = codes(current);
        this.checkAgainAt = next;
    }

    /** Sends a message; false when the client is gone (it is then dropped). */
    public abstract boolean deliver(String json, RealtimeMessage message);

    /** Tells the client it no longer receives these topics, and why. */
    protected abstract void unsubscribed(Set<String> topics, String reason);

    /** Ends the connection, telling the client why (a stable code such as {@code session_ended}). */
    protected abstract void close(String reason);

    public static Set<String> codes(AuthenticatedUser user) {
        return user.permissions().stream().map(Permission::code).collect(Collectors.toUnmodifiableSet());
    }
}
