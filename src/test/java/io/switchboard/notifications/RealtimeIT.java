package io.switchboard.notifications;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.support.ApiTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The hub delivers an organization's live updates to its own subscribers only, on both transports. */
class RealtimeIT extends ApiTest {

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void serverSentEventsCarryCallUpdatesToTheirOrganizationOnly() {
        Tenant owner = signUp();
        Tenant other = signUp();
        List<String> ownerLines = listen(owner.token(), "calls");
        List<String> otherLines = listen(other.token(), "calls");
        await().atMost(Duration.ofSeconds(10)).until(() -> subscribed(ownerLines) && subscribed(otherLines));

        String lead = api.post(
                        "/api/v1/leads",
                        Map.of(
                                "name",
                                "Rae",
                                "phone",
                                "+14155550501",
                                "timezone",
                                io.switchboard.telephony.TelephonyTestZones.noon()),
                        owner.token())
                .text("id");
        api.post("/api/v1/ai-agents", Map.of("name", "Ava"), owner.token());
        api.post("/api/v1/credits/top-ups", Map.of("amount", 10_000), owner.token());
        String call = api.post("/api/v1/calls", Map.of("lead_id", lead), owner.token())
                .text("id");

        await().atMost(Duration.ofSeconds(15))
                .until(() -> ownerLines.stream().anyMatch(l -> l.contains("call.updated") && l.contains(call)));
        assertThat(otherLines).noneMatch(l -> l.contains(call));
    }

    @Test
    void aWebSocketSubscribesOnlyToTopicsItMaySee() throws Exception {
        Tenant owner = signUp();
        // A manager reaches every call (an agent is refused the organization-wide calls stream: RecordReachIT).
        Member manager = join(owner, "manager");
        List<String> received = new CopyOnWriteArrayList<>();
        WebSocket socket = http.newWebSocketBuilder()
                .header("Authorization", "Bearer " + manager.token())
                .buildAsync(
                        URI.create("ws://localhost:" + port + "/api/v1/realtime?topics=calls,user:" + owner.adminId()
                                + ",nosuch"),
                        new Collector(received))
                .get(10, TimeUnit.SECONDS);

        await().atMost(Duration.ofSeconds(10)).until(() -> !received.isEmpty());
        assertThat(received.getFirst())
                .contains("\"topics\":[\"calls\"]")
                .contains("user:" + owner.adminId(), "nosuch");
        socket.abort();

        var anonymous = http.newWebSocketBuilder()
                .buildAsync(
                        URI.create("ws://localhost:" + port + "/api/v1/realtime?topics=calls"),
                        new Collector(received));
        assertThat(anonymous).failsWithin(Duration.ofSeconds(10));
        assertProblem(api.get("/api/v1/realtime/events?topics=nosuch", owner.token()), 400, "no_topics");
    }

    private List<String> listen(String token, String topics) {
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/realtime/events?topics=" + topics))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream")
                .build();
        // Never read on the test's thread (see LiveStream.events).
        http.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenAcceptAsync(response -> response.body().forEach(lines::add), LiveStream.READERS);
        return lines;
    }

    private static boolean subscribed(List<String> lines) {
        return lines.stream().anyMatch(l -> l.contains("\"topics\""));
    }

    private record Collector(List<String> received) implements WebSocket.Listener {
        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            received.add(data.toString());
            webSocket.request(1);
            return CompletableFuture.completedFuture(null);
        }
    }
}
