package io.switchboard.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A real client of the hub over HTTP: a server-sent-events stream or a WebSocket, remembering what
 * it received and whether (and why) the server ended it.
 */
final class LiveStream {

    static final Duration QUICKLY = Duration.ofSeconds(10);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Where streams are read (shared with RealtimeIT). */
    static final ExecutorService READERS = Executors.newCachedThreadPool(
            Thread.ofPlatform().daemon().name("live-stream-reader-", 0).factory());

    final String name;
    final List<String> received = new CopyOnWriteArrayList<>();
    private volatile boolean closed;
    private volatile @Nullable String closeReason;

    private LiveStream(String name) {
        this.name = name;
    }

    /** {@code GET /api/v1/realtime/events?topics=…} with a bearer token (session or API key). */
    static LiveStream events(int port, String token, String topics) {
        LiveStream stream = new LiveStream("events " + topics);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/realtime/events?topics=" + URLEncoder.encode(topics, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream")
                .build();
        // Read on a thread of its own, never the caller's: a response already complete when the
        // stage is attached would otherwise be read, forever, by the test's own thread (seen: a
        // loaded machine hung the suite in StreamAccessIT this way).
        HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenAcceptAsync(
                        response -> {
                            if (response.statusCode() == 200) {
                                response.body().forEach(stream.received::add);
                            }
                        },
                        READERS)
                .whenComplete((done, error) -> stream.closed = true);
        return stream;
    }

    /** {@code ws://…/api/v1/realtime?topics=…} with a bearer token (session or API key). */
    static LiveStream webSocket(int port, String token, String topics) throws Exception {
        LiveStream stream = new LiveStream("websocket " + topics);
        HTTP.newWebSocketBuilder()
                .header("Authorization", "Bearer " + token)
                .buildAsync(
                        URI.create("ws://localhost:" + port + "/api/v1/realtime?topics="
                                + URLEncoder.encode(topics, StandardCharsets.UTF_8)),
                        stream.new Listener())
                .get(10, TimeUnit.SECONDS);
        return stream;
    }

    /** A server-sent-events stream and a WebSocket on the topics, both greeted by the hub. */
    static List<LiveStream> both(int port, String token, String topics) throws Exception {
        List<LiveStream> streams =
                new ArrayList<>(List.of(events(port, token, topics), webSocket(port, token, topics)));
        await().atMost(QUICKLY).until(() -> streams.stream().allMatch(LiveStream::subscribed));
        return streams;
    }

    /** Publishes a message with a unique marker on the topic; answers the marker. */
    static String probe(RealtimeHub hub, String organization, String topic) {
        String marker = "probe-" + UUID.randomUUID();
        hub.publish(UUID.fromString(organization), topic, "test.probe", Map.of("marker", marker));
        return marker;
    }

    /**
     * The ended streams are closed, and a message published afterwards reaches the streams still
     * allowed to see it but not the ended ones.
     */
    static void assertEndedAndDeaf(
            RealtimeHub hub, String organization, String topic, List<LiveStream> ended, List<LiveStream> open) {
        await().atMost(QUICKLY).untilAsserted(() -> assertThat(ended)
                .allSatisfy(stream ->
                        assertThat(stream.closed()).as(stream.toString()).isTrue()));
        String afterwards = probe(hub, organization, topic);
        await().atMost(QUICKLY).untilAsserted(() -> assertThat(open)
                .allSatisfy(stream ->
                        assertThat(stream.got(afterwards)).as(stream.toString()).isTrue()));
        assertThat(ended).noneMatch(stream -> stream.got(afterwards));
        assertThat(open).noneMatch(LiveStream::closed);
    }

    boolean subscribed() {
        return received.stream().anyMatch(line -> line.contains("\"topics\""));
    }

    boolean closed() {
        return closed;
    }

    @Nullable
    String closeReason() {
        return closeReason;
    }

    boolean got(String marker) {
        return received.stream().anyMatch(line -> line.contains(marker));
    }

    @Override
    public String toString() {
        return name + (closed ? " (closed: " + closeReason + ")" : " (open)") + " received " + received;
    }

    /** The session id ({@code sid}) inside an access token. */
    static String sessionOf(String accessToken) {
        String claims = new String(Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]), StandardCharsets.UTF_8);
        int at = claims.indexOf("\"sid\":\"") + 7;
        return claims.substring(at, claims.indexOf('"', at));
    }

    private final class Listener implements WebSocket.Listener {

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            received.add(data.toString());
            socket.request(1);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
            closeReason = status + " " + reason;
            closed = true;
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            closeReason = String.valueOf(error);
            closed = true;
        }
    }
}
