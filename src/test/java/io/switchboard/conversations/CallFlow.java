package io.switchboard.conversations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.support.Api;
import io.switchboard.support.ApiTest;
import io.switchboard.telephony.CallId;
import io.switchboard.telephony.Telephony;
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
 * Places calls through the simulated provider over the API (telephony's {@link Telephony} fixture),
 * configured to answer at once and talk for a second (twenty times faster than real time), and
 * waits for what follows.
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
    private final Telephony telephony;

    CallFlow(Api api, ApiTest.Tenant tenant) {
        this.api = api;
        this.token = tenant.token();
        this.telephony = new Telephony(api, tenant);
    }

    /** Configures the simulator (and credit to call on) and creates an AI agent to call with. */
    CallFlow ready(Map<String, Object> simulator) {
        telephony.simulator(simulator).agent("Maya");
        return this;
    }

    /** A lead with a fresh phone number, where it is midday now, owned by {@code owner} when given. */
    String lead(String name, @Nullable String owner) {
        String phone =
                "+1415555" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
        return telephony.lead(name, phone, owner);
    }

    String call(String lead) {
        return telephony.call(lead);
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
