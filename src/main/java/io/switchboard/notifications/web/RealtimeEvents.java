package io.switchboard.notifications.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.identity.ClientInfo;
import io.switchboard.notifications.RealtimeMessage;
import io.switchboard.notifications.internal.RealtimeAccess;
import io.switchboard.notifications.internal.RealtimeSubscriber;
import io.switchboard.notifications.internal.RealtimeSubscribers;
import io.switchboard.shared.InvalidInput;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
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
    private final RealtimeAccess access;

    RealtimeEvents(RealtimeSubscribers subscribers, RealtimeAccess access) {
        this.subscribers = subscribers;
        this.access = access;
    }

    @GetMapping(
            path = {"/api/v1/realtime/events", "/realtime/events"},
            produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "Live updates as server-sent events",
            description = "topics: comma-separated, e.g. calls,call:<id>,user:<your id>. Each event's data is "
                    + "{topic, type, data, at}; the first event (subscribed) lists granted and refused topics. "
                    + "The stream lives only as long as the access behind it: an event unsubscribed "
                    + "{topics, reason} takes away topics your role no longer grants, and a last event closed "
                    + "{reason} (session_ended, user_deactivated, api_key_revoked, access_revoked) ends it "
                    + "when the session, the user or the API key does (server_stopping: the server is "
                    + "stopping; reconnect). It is checked again whenever the "
                    + "access token it was opened with expires.")
    SseEmitter events(
            @RequestParam(required = false) @Nullable @Size(max = 1000) String topics,
            @AuthenticationPrincipal AuthenticatedUser user)
            throws IOException {
        var requested = RealtimeConnections.topics(subscribers, user, topics);
        if (requested.granted().isEmpty()) {
            throw new InvalidInput("topics", "no_topics", "name at least one topic you may see, e.g. calls");
        }
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        Subscriber subscriber = new Subscriber(
                emitter, user, RealtimeConnections.client(), requested.granted(), access.firstCheck(user));
        emitter.send(SseEmitter.event()
                .name("subscribed")
                .data(Map.of("topics", requested.granted(), "refused", requested.refused())));
        subscribers.add(subscriber);
        emitter.onCompletion(() -> subscribers.remove(subscriber));
        emitter.onTimeout(() -> subscribers.remove(subscriber));
        emitter.onError(e -> subscribers.remove(subscriber));
        return emitter;
    }

    private static final class Subscriber extends RealtimeSubscriber {

        private final SseEmitter emitter;

        Subscriber(
                SseEmitter emitter,
                AuthenticatedUser user,
                ClientInfo client,
                Set<String> topics,
                Instant checkAgainAt) {
            super(user, client, topics, checkAgainAt);
            this.emitter = emitter;
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

        @Override
        protected void unsubscribed(Set<String> topics, String reason) {
            send("unsubscribed", RealtimeConnections.unsubscribed(topics, reason));
        }

        /** A last {@code closed} event says why, then the stream ends. */
        @Override
        protected void close(String reason) {
            send("closed", Map.of("type", "closed", "reason", reason));
            emitter.complete();
        }

        private void send(String name, Map<String, Object> data) {
            try {
                synchronized (emitter) {
                    emitter.send(SseEmitter.event().name(name).data(data, MediaType.APPLICATION_JSON));
                }
            } catch (IOException | IllegalStateException gone) {
                // The client left already; nothing to tell.
            }
        }
    }
}
