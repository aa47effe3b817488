package io.switchboard.notifications.web;

import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.identity.ClientInfo;
import io.switchboard.notifications.RealtimeMessage;
import io.switchboard.notifications.internal.RealtimeAccess;
import io.switchboard.notifications.internal.RealtimeSubscriber;
import io.switchboard.notifications.internal.RealtimeSubscribers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The WebSocket side of the hub: {@code /realtime?topics=calls,call:<id>} for the console (cookie
 * sign-in) and {@code /api/v1/realtime?topics=…} for API clients (bearer token). The handshake
 * refuses anonymous callers; topics the caller may not see are refused in the greeting.
 */
@Component
class RealtimeSocket extends TextWebSocketHandler implements HandshakeInterceptor {

    private static final String USER = "switchboard.user";
    private static final String CLIENT = "switchboard.client";
    private static final int SEND_TIMEOUT_MS = 5_000;
    private static final int BUFFER_BYTES = 512 * 1024;

    private final RealtimeSubscribers subscribers;
    private final RealtimeAccess access;
    private final JsonMapper json;
    private final Map<String, Subscriber> sessions = new ConcurrentHashMap<>();

    RealtimeSocket(RealtimeSubscribers subscribers, RealtimeAccess access, JsonMapper json) {
        this.subscribers = subscribers;
        this.access = access;
        this.json = json;
    }

    @Override
    public boolean beforeHandshake(
            ServerHttpRequest request,
            ServerHttpResponse response,
            WebSocketHandler handler,
            Map<String, Object> attributes) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser user) {
            attributes.put(USER, user);
            attributes.put(CLIENT, RealtimeConnections.client());
            String topics = UriComponentsBuilder.fromUri(request.getURI())
                    .build()
                    .getQueryParams()
                    .getFirst("topics");
            attributes.put("topics", topics == null ? null : UriUtils.decode(topics, StandardCharsets.UTF_8));
            return true;
        }
        response.setStatusCode(HttpStatus.UNAUTHORIZED);
        return false;
    }

    @Override
    public void afterHandshake(
            ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler, Exception exception) {}

    @Override
    public void afterConnectionEstablished(WebSocketSession session) throws IOException {
        AuthenticatedUser user = (AuthenticatedUser) session.getAttributes().get(USER);
        var requested = RealtimeConnections.topics(
                subscribers, user, (String) session.getAttributes().get("topics"));
        Subscriber subscriber = new Subscriber(
                new ConcurrentWebSocketSessionDecorator(session, SEND_TIMEOUT_MS, BUFFER_BYTES),
                user,
                (ClientInfo) session.getAttributes().get(CLIENT),
                requested.granted(),
                access.firstCheck(user));
        sessions.put(session.getId(), subscriber);
        subscribers.add(subscriber);
        subscriber
                .session()
                .sendMessage(new TextMessage(json.writeValueAsString(
                        Map.of("type", "subscribed", "topics", requested.granted(), "refused", requested.refused()))));
    }

    /** A client changes its topics with {@code {"subscribe": "call:<id>"}} or {@code {"unsubscribe": …}}. */
    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) throws IOException {
        Subscriber subscriber = sessions.get(session.getId());
        if (subscriber == null || message.getPayloadLength() > 4_096) {
            return;
        }
        Map<?, ?> command = json.readValue(message.getPayload(), Map.class);
        if (command.get("subscribe") instanceof String topics) {
            var requested = RealtimeConnections.topics(subscribers, subscriber.user(), topics);
            subscriber.topics().addAll(requested.granted());
            if (subscriber.topics().size() > RealtimeConnections.MAX_TOPICS * 4) {
                session.close(CloseStatus.POLICY_VIOLATION.withReason("too many topics"));
                return;
            }
            subscriber
                    .session()
                    .sendMessage(new TextMessage(json.writeValueAsString(Map.of(
                            "type", "subscribed", "topics", requested.granted(), "refused", requested.refused()))));
        } else if (command.get("unsubscribe") instanceof String topics) {
            for (String topic : topics.split(",")) {
                subscriber.topics().remove(topic.strip());
            }
        }
    }

    @Override
    public void handleTransportError(WebSocketSession session, Throwable exception) {
        drop(session);
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        drop(session);
    }

    private void drop(WebSocketSession session) {
        Subscriber subscriber = sessions.remove(session.getId());
        if (subscriber != null) {
            subscribers.remove(subscriber);
        }
    }

    private final class Subscriber extends RealtimeSubscriber {

        private final WebSocketSession session;

        Subscriber(
                WebSocketSession session,
                AuthenticatedUser user,
                ClientInfo client,
                Set<String> topics,
                Instant checkAgainAt) {
            super(user, client, topics, checkAgainAt);
            this.session = session;
        }

        WebSocketSession session() {
            return session;
        }

        @Override
        public boolean deliver(String payload, RealtimeMessage message) {
            return send(payload);
        }

        @Override
        protected void unsubscribed(Set<String> topics, String reason) {
            send(json.writeValueAsString(RealtimeConnections.unsubscribed(topics, reason)));
        }

        private boolean send(String message) {
            if (!session.isOpen()) {
                return false;
            }
            try {
                session.sendMessage(new TextMessage(message));
                return true;
            } catch (IOException | IllegalStateException e) {
                return false;
            }
        }

        /**
         * Closes with 1008 (policy violation) and the reason's code, e.g. {@code session_ended}; or
         * with 1001 (going away) when the server stops, which a client may retry.
         */
        @Override
        protected void close(String reason) {
            CloseStatus status =
                    reason.equals("server_stopping") ? CloseStatus.GOING_AWAY : CloseStatus.POLICY_VIOLATION;
            try {
                session.close(status.withReason(reason));
            } catch (IOException | IllegalStateException gone) {
                // Already closed by the client.
            }
        }
    }
}
