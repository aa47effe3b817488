package io.switchboard.notifications.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.notifications.RealtimeMessage;
import io.switchboard.notifications.internal.RealtimeSubscriber;
import io.switchboard.notifications.internal.RealtimeSubscribers;
import io.switchboard.shared.InvalidInput;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The server-sent-events side of the hub, for clients that cannot hold a WebSocket. */
@RestController
@Tag(name = "Real time", description = "Live updates over WebSocket (/api/v1/realtime) or server-sent events")
class RealtimeEvents {

    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    private final RealtimeSubscribers subscribers;

    RealtimeEvents(RealtimeSubscribers subscribers) {
        this.subscribers = subscribers;
    }

    @GetMapping(
            path = {"/api/v1/realtime/events", "/realtime/events"},
            produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "Live updates as server-sent events",
            description = "topics: comma-separated, e.g. calls,call:<id>,user:<your id>. Each event's data is "
                    + "{topic, type, data, at}; the first event (subscribed) lists granted and refused topics.")
    SseEmitter events(
            @RequestParam(required = false) @Nullable String topics, @AuthenticationPrincipal AuthenticatedUser user)
            throws IOException {
        var requested = RealtimeConnections.topics(subscribers, user, topics);
        if (requested.granted().isEmpty()) {
            throw new InvalidInput("topics", "no_topics", "name at least one topic you may see, e.g. calls");
        }
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        Subscriber subscriber = new Subscriber(emitter, user, requested.granted());
        emitter.send(SseEmitter.event()
                .name("subscribed")
                .data(java.util.Map.of("topics", requested.granted(), "refused", requested.refused())));
        subscribers.add(subscriber);
        emitter.onCompletion(() -> subscribers.remove(subscriber));
        emitter.onTimeout(() -> subscribers.remove(subscriber));
        emitter.onError(e -> subscribers.remove(subscriber));
        return emitter;
    }

    private record Subscriber(SseEmitter emitter, AuthenticatedUser user, Set<String> topics)
            implements RealtimeSubscriber {

        @Override
        public UUID organizationId() {
            return user.organizationId().value();
        }

        @Override
        public UUID userId() {
            return user.id().value();
        }

        @Override
        public Set<String> permissions() {
            return RealtimeConnections.permissions(user);
        }

        @Override
        public boolean deliver(String json, RealtimeMessage message) {
            try {
                synchronized (emitter) {
                    emitter.send(SseEmitter.event().data(json, MediaType.APPLICATION_JSON));
                }
                return true;
            } catch (IOException | IllegalStateException e) {
                return false;
            }
        }
    }
}
