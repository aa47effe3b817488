package io.switchboard.telephony;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.Api;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Bolna: POST /call on WireMock, execution webhooks authenticated by the URL token (or a relay's signature). */
class BolnaIT extends ProviderApiTest {

    static final String API_KEY = "bn-0123456789abcdef0123";
    static final String SECRET = "whsec_bolna_0123456789abcdef";
    static final String AGENT_ID = "123e4567-e89b-12d3-a456-426655440000";
    static final JsonMapper JSON = JsonMapper.builder().build();

    String agent;
    String from;
    String webhook;

    @BeforeEach
    void bolnaAccount() {
        configure("bolna", Map.of("api_base_url", provider.baseUrl()), API_KEY, SECRET);
        agent = agent("bolna", AGENT_ID);
        from = randomPhone();
        number("bolna", from, agent);
        webhook = webhookUrl("bolna") + "&token=" + hmacHex(SECRET, tenant.organizationId());
    }

    @Test
    void anOutboundCallFollowsBolnasExecutionWebhooks() {
        String execution = queued();
        String leadPhone = randomPhone();
        String id = placeCall(lead(leadPhone), agent);

        var placed = awaitRequest(postRequestedFor(urlEqualTo("/call")));
        assertThat(placed.getHeader("Authorization")).isEqualTo("Bearer " + API_KEY);
        JsonNode sent = JSON.readTree(placed.getBodyAsString());
        assertThat(sent.path("agent_id").asString()).isEqualTo(AGENT_ID);
        assertThat(sent.path("recipient_phone_number").asString()).isEqualTo(leadPhone);
        assertThat(sent.path("from_phone_number").asString()).isEqualTo(from);
        assertThat(sent.path("user_data").path("switchboard_call_id").asString())
                .isEqualTo(id);
        awaitCall(id, c -> execution.equals(c.path("provider_execution_id").asString()));

        for (String status : new String[] {"initiated", "ringing", "in-progress", "call-disconnected"}) {
            assertThat(deliver(execution(execution, id, leadPhone, status, "")).status())
                    .isEqualTo(200);
        }
        assertThat(call(id).path("status").asString()).isEqualTo("in_progress");
        String completed = execution(
                execution,
                id,
                leadPhone,
                "completed",
                """
                , "conversation_duration": 42.0, "total_cost": 12.6, "answered_by_voice_mail": false,
                "transcript": "assistant: Hello, is this Asha?\\nuser: Yes, who's this?\\nassistant: Calling about your enquiry.",
                "telephony_data": {"to_number": "%s", "from_number": "%s", "call_type": "outbound",
                  "provider": "plivo", "provider_call_id": "pl-1", "recording_url": "https://bolna.example/rec.mp3",
                  "hangup_by": "User", "hangup_reason": "Normal hangup", "hangup_provider_code": 4000, "duration": "42"}
                """
                        .formatted(leadPhone, from));
        assertThat(deliver(completed).status()).isEqualTo(200);

        JsonNode call = call(id);
        assertThat(call.path("status").asString()).isEqualTo("completed");
        assertThat(call.path("duration_seconds").asInt()).isEqualTo(42);
        assertThat(call.path("recording_url").asString()).isEqualTo("https://bolna.example/rec.mp3");
        assertThat(call.path("hangup_reason").asString()).isEqualTo("Normal hangup");
        assertThat(call.path("cost").path("amount_minor").asLong()).isEqualTo(13);
        assertThat(statusEvents(call)).containsExactly("queued", "ringing", "in_progress", "completed");
        assertThat(call.path("events")
                        .valueStream()
                        .filter(e -> e.path("kind").asString().equals("transcript"))
                        .map(e -> e.path("details").path("segments").asInt()))
                .containsExactly(3);
        int events = call.path("events").size();
        deliver(completed);
        assertThat(call(id).path("events").size()).isEqualTo(events);
    }

    @Test
    void hangingUpStopsAQueuedExecution() {
        String execution = queued();
        String leadPhone = randomPhone();
        String id = placeCall(lead(leadPhone), agent);
        awaitCall(id, c -> execution.equals(c.path("provider_call_id").asString()));
        provider.stubFor(post(urlEqualTo("/call/" + execution + "/stop"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"message\": \"done\", \"status\": \"stopped\", \"execution_id\": \"" + execution
                                + "\"}")));
        var hungUp = api.post("/api/v1/calls/" + id + "/hangup", null, tenant.token());
        assertThat(hungUp.status()).as(hungUp.toString()).isEqualTo(200);
        awaitRequest(postRequestedFor(urlEqualTo("/call/" + execution + "/stop")));
        deliver(execution(execution, id, leadPhone, "stopped", ""));
        assertThat(call(id).path("status").asString()).isEqualTo("canceled");
    }

    @Test
    void aRelayMaySignWithTheSharedSecretInstead() {
        String execution = queued();
        String leadPhone = randomPhone();
        String id = placeCall(lead(leadPhone), agent);
        awaitCall(id, c -> execution.equals(c.path("provider_execution_id").asString()));
        String body = execution(execution, id, leadPhone, "ringing", "");
        long t = Instant.now().getEpochSecond();
        var relayed = postWebhook(
                webhookUrl("bolna"),
                "application/json",
                body,
                Map.of("X-Switchboard-Signature", "t=" + t + ",v1=" + hmacHex(SECRET, t + "." + body)));
        assertThat(relayed.status()).as(relayed.toString()).isEqualTo(200);
        assertThat(call(id).path("status").asString()).isEqualTo("ringing");
    }

    @Test
    void aWrongTokenIsRefusedAndRecorded() {
        var refused = postWebhook(
                webhookUrl("bolna") + "&token=" + hmacHex("another-secret-entirely", tenant.organizationId()),
                "application/json",
                execution(UUID.randomUUID().toString(), UUID.randomUUID().toString(), randomPhone(), "ringing", ""),
                Map.of());
        assertProblem(refused, 403, "invalid_signature");
        var unsigned = postWebhook(webhookUrl("bolna"), "application/json", "{}", Map.of());
        assertProblem(unsigned, 403, "invalid_signature");
        assertThat(securityEventKinds()).contains("webhook_signature_invalid");
    }

    @Test
    void aRefusalFailsTheCallWithBolnasReason() {
        provider.stubFor(post(urlEqualTo("/call"))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"message\": \"Agent not found\"}")));
        String id = placeCall(lead(randomPhone()), agent);
        JsonNode call = awaitCall(id, c -> c.path("status").asString().equals("failed"));
        assertThat(call.path("hangup_reason").asString()).contains("Agent not found");
    }

    @Test
    void anInboundExecutionCreatesALead() {
        String caller = randomPhone();
        String execution = UUID.randomUUID().toString();
        // Now, not a fixed date: a call that started long ago is closed by the overdue-call job.
        String body =
                """
                {"id": "%s", "agent_id": "%s", "status": "in-progress", "updated_at": "%s",
                 "telephony_data": {"to_number": "%s", "from_number": "%s", "call_type": "inbound", "provider": "twilio"}}
                """
                        .formatted(execution, AGENT_ID, Instant.now().truncatedTo(ChronoUnit.SECONDS), from, caller);
        assertThat(deliver(body).status()).isEqualTo(200);
        JsonNode calls = api.get("/api/v1/calls?direction=inbound", tenant.token())
                .json()
                .path("data");
        assertThat(calls.size()).isEqualTo(1);
        assertThat(calls.get(0).path("status").asString()).isEqualTo("in_progress");
        assertThat(api.get("/api/v1/leads/" + calls.get(0).path("lead_id").asString(), tenant.token())
                        .body())
                .contains(caller);
    }

    private String queued() {
        String execution = UUID.randomUUID().toString();
        provider.stubFor(post(urlEqualTo("/call"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"message\": \"done\", \"status\": \"queued\", \"execution_id\": \"" + execution
                                + "\"}")));
        return execution;
    }

    private Api.Response deliver(String body) {
        return postWebhook(webhook, "application/json", body, Map.of());
    }

    /** An execution as Bolna pushes it; {@code more} adds or replaces top-level fields. */
    private String execution(String execution, String callId, String to, String status, String more) {
        String telephony = more.contains("\"telephony_data\"")
                ? ""
                : ", \"telephony_data\": {\"to_number\": \"%s\", \"from_number\": \"%s\", \"call_type\": \"outbound\", \"provider\": \"plivo\"}"
                        .formatted(to, from);
        return """
                {"id": "%s", "agent_id": "%s", "batch_id": null, "status": "%s",
                 "created_at": "2026-01-05T09:58:00Z", "updated_at": "2026-01-05T09:59:00Z",
                 "context_details": {"recipient_phone_number": "%s", "recipient_data": {"switchboard_call_id": "%s"}}%s%s}
                """
                .formatted(execution, AGENT_ID, status, to, callId, telephony, more);
    }

    static String hmacHex(String secret, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
