package io.switchboard.shared;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who acts on the current thread and from where. Each transaction copies it into the
 * transaction-local settings {@code app.actor_type}, {@code app.actor_id}, {@code app.client_ip}
 * and {@code app.user_agent}, which the audit trail's database triggers read.
 */
public final class CallerContext {

    private static final ThreadLocal<@Nullable Caller> CURRENT = new ThreadLocal<>();

    private CallerContext() {}

    public static Optional<Caller> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Binds a caller until the scope closes, then restores the previous one. */
    public static Scope open(Caller caller) {
        Caller previous = CURRENT.get();
        CURRENT.set(caller);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /**
     * @param actorType {@code user}, {@code api_key} or {@code system}
     * @param actorId the user (for an API key: the key's id), if known
     */
    public record Caller(
            String actorType, @Nullable UUID actorId, @Nullable String ipAddress, @Nullable String userAgent) {

        public static Caller anonymous(@Nullable String ipAddress, @Nullable String userAgent) {
            return new Caller("system", null, ipAddress, userAgent);
        }

        public Caller as(String type, UUID id) {
            return new Caller(type, id, ipAddress, userAgent);
        }
    }

    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
