package io.switchboard.conversations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.support.Api;
import io.switchboard.telephony.CallId;
import io.switchboard.telephony.TranscriptReceived;
import io.switchboard.tenancy.TenantTransactions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Places calls through the simulated provider over the API, configured to answer at once and
 * talk for a second (twenty times faster than real time), and waits for what follows.
 */
final class CallFlow {

    static final Map<String, Object> ANSWER_AT_ONCE = map(
            "answer_rate", 1,
            "no_answer_rate", 0,
            "busy_rate", 0,
            "voicemail_rate", 0,
            "failure_rate", 0,
            "transfer_rate", 0,
            "duplicate_rate", 0,
            "out_of_order_rate", 0,
            "ring_seconds", List.of(0, 0),
            "talk_seconds", List.of(1, 1),
            "speed", 20);

    static final Map<String, Object> NEVER_ANSWER = map(
            "answer_rate", 0,
            "no_answer_rate", 1,
            "busy_rate", 0,
            "voicemail_rate", 0,
            "failure_rate", 0,
            "ring_seconds", List.of(0, 0),
            "speed", 1000);

    private final Api api;
    private final String token;

    CallFlow(Api api, String token) {
        this.api = api;
        this.token = token;
    }

    /** Configures the simulator and creates an AI agent to call with. */
    CallFlow ready(Map<String, Object> simulator) {
        var configured = api.patch("/api/v1/voice-providers/simulated", Map.of("config", simulator), token);
        assertThat(configured.status()).as(configured.toString()).isEqualTo(200);
        // Configuring the simulator before its first call leaves it without a webhook secret; this sets one.
        var secret = api.post("/api/v1/voice-providers/simulated/webhook-secret", null, token);
        assertThat(secret.status()).as(secret.toString()).isEqualTo(200);
        var agent = api.post("/api/v1/ai-agents", Map.of("name", "Maya"), token);
        assertThat(agent.status()).as(agent.toString()).isEqualTo(201);
        return this;
    }

    /** A lead with a fresh phone number, owned by {@code owner} when given. */
    String lead(String name, @Nullable String owner) {
        Map<String, Object> body = map(
                "name",
                name,
                "phone",
                "+1415555" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000)),
                "timezone",
                "America/New_York",
                "allow_duplicate",
                true);
        if (owner != null) {
            body.put("owner_id", owner);
        }
        var lead = api.post("/api/v1/leads", body, token);
        assertThat(lead.status()).as(lead.toString()).isEqualTo(201);
        return lead.text("id");
    }

    String call(String lead) {
        var call = api.post("/api/v1/calls", Map.of("lead_id", lead), token);
        assertThat(call.status()).as(call.toString()).isEqualTo(201);
        return call.text("id");
    }

    /** Waits until the call's transcript has reached {@code status}. */
    JsonNode transcript(String call, String status) {
        await().atMost(Duration.ofSeconds(40))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    var transcript = api.get("/api/v1/calls/" + call + "/transcript", token);
                    assertThat(transcript.status()).as(transcript.toString()).isEqualTo(200);
                    assertThat(transcript.text("analysis_status")).isEqualTo(status);
                });
        return api.get("/api/v1/calls/" + call + "/transcript", token).json();
    }

    JsonNode analysis(String call) {
        transcript(call, "completed");
        var analysis = api.get("/api/v1/calls/" + call + "/analysis", token);
        assertThat(analysis.status()).as(analysis.toString()).isEqualTo(200);
        return analysis.json();
    }

    /** Waits until the call has ended (without a transcript when nobody answered). */
    void ended(String call) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    JsonNode ended =
                            api.get("/api/v1/calls/" + call, token).json().path("ended_at");
                    assertThat(ended.isMissingNode() || ended.isNull()).isFalse();
                });
    }

    /**
     * A call nobody answers (so the simulator sends no transcript) that then gets {@code turns} as
     * its transcript, delivered as telephony delivers one: agent and lead taking turns.
     */
    String unansweredCallWithTranscript(
            String lead, String organization, TranscriptIntake intake, TenantTransactions tenants, String... turns) {
        String call = call(lead);
        ended(call);
        deliver(intake, tenants, organization, call, lead, turns);
        return call;
    }

    static void deliver(
            TranscriptIntake intake,
            TenantTransactions tenants,
            String organization,
            String call,
            String lead,
            String... turns) {
        List<TranscriptReceived.Segment> segments = new ArrayList<>();
        for (int i = 0; i < turns.length; i++) {
            segments.add(
                    new TranscriptReceived.Segment(i % 2 == 0 ? "agent" : "lead", i * 4.0, i * 4.0 + 3.5, turns[i]));
        }
        TranscriptReceived event = new TranscriptReceived(
                UUID.fromString(organization),
                CallId.of(UUID.fromString(call)),
                UUID.fromString(lead),
                null,
                "en",
                segments);
        tenants.run(event, () -> intake.store(event));
    }

    static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
