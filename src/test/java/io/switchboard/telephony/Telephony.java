package io.switchboard.telephony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.support.Api;
import io.switchboard.support.ApiTest;
import io.switchboard.telephony.internal.simulated.SimulatorSignature;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test helpers for one organization's telephony: the simulator (with credit to call on), agents,
 * leads callable now, signed webhooks. Other modules' tests place calls through it too.
 */
public final class Telephony {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Answers at once, talks a second, no duplicates: a call ends within about a second. */
    public static final Map<String, Object> FAST = Map.ofEntries(
            Map.entry("answer_rate", 1),
            Map.entry("no_answer_rate", 0),
            Map.entry("busy_rate", 0),
            Map.entry("voicemail_rate", 0),
            Map.entry("failure_rate", 0),
            Map.entry("transfer_rate", 0),
            Map.entry("duplicate_rate", 0),
            Map.entry("out_of_order_rate", 0),
            Map.entry("ring_seconds", java.util.List.of(1, 1)),
            Map.entry("talk_seconds", java.util.List.of(1, 1)),
            Map.entry("speed", 5));

    /** The simulator accepts calls and sends nothing: the test plays the provider. */
    public static final Map<String, Object> SILENT = Map.of("send_webhooks", false);

    private final Api api;
    private final ApiTest.Tenant tenant;
    private String secret;

    public Telephony(Api api, ApiTest.Tenant tenant) {
        this.api = api;
        this.tenant = tenant;
    }

    /** Configures the simulator, gives it a webhook secret and tops up the organization's credit. */
    public Telephony simulator(Map<String, Object> config) {
        var response = api.patch("/api/v1/voice-providers/simulated", Map.of("config", config), tenant.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var rotated = api.post("/api/v1/voice-providers/simulated/webhook-secret", null, tenant.token());
        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
        secret = rotated.text("webhook_secret");
        topUp(api, tenant);
        return this;
    }

    /**
     * Credit to call on: an organization the tests sign up has none (the starting grant is off in
     * the tests), and a call it cannot cover is refused.
     */
    public static void topUp(Api api, ApiTest.Tenant tenant) {
        var topUp = api.post("/api/v1/credits/top-ups", Map.of("amount", 100_000), tenant.token());
        assertThat(topUp.status()).as(topUp.toString()).isLessThan(300);
    }

    /**
     * Lifts the contact-frequency limits (24 h after a conversation, 3 attempts a day) for a test
     * that calls one lead again and again on purpose: what it tests is not how often.
     */
    public Telephony callAsOftenAsNeeded() {
        var response = api.patch(
                "/api/v1/compliance/settings",
                Map.of("hours_after_conversation", 0, "max_attempts_per_day", 50, "max_attempts_per_week", 200),
                tenant.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return this;
    }

    public String agent(String name) {
        var response = api.post("/api/v1/ai-agents", Map.of("name", name), tenant.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("id");
    }

    /** A lead living where it is about noon now, so the calling window never depends on the test's hour. */
    public String lead(String name, String phone) {
        return lead(name, phone, null);
    }

    /** The same, owned by {@code owner} when given. */
    public String lead(String name, String phone, @Nullable String owner) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("phone", phone);
        body.put("timezone", TelephonyTestZones.noon());
        if (owner != null) {
            body.put("owner_id", owner);
        }
        var response = api.post("/api/v1/leads", body, tenant.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("id");
    }

    public String number(String phone, String agent) {
        var response = api.post(
                "/api/v1/phone-numbers",
                Map.of("name", "Line " + phone, "phone_number", phone, "assigned_ai_agent_id", agent),
                tenant.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("id");
    }

    public String call(String lead) {
        var response = api.post("/api/v1/calls", Map.of("lead_id", lead), tenant.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.text("status")).isEqualTo("queued");
        return response.text("id");
    }

    public JsonNode get(String call) {
        var response = api.get("/api/v1/calls/" + call, tenant.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    public JsonNode awaitStatus(String call, String status) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> get(call).path("status").asString().equals(status));
        return get(call);
    }

    /** The provider's id for a call, once the dispatcher placed it. */
    public String providerId(String call) {
        await().atMost(Duration.ofSeconds(15))
                .until(() -> !get(call).path("provider_call_id").isNull());
        return get(call).path("provider_call_id").asString();
    }

    public static Map<String, Object> event(String type, String providerCallId, Object... fields) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("event_id", "evt_" + UUID.randomUUID());
        event.put("type", type);
        event.put("call_id", providerCallId);
        event.put("timestamp", Instant.now().toString());
        for (int i = 0; i < fields.length; i += 2) {
            event.put((String) fields[i], fields[i + 1]);
        }
        return event;
    }

    public Api.Response webhook(Map<String, Object> event) {
        return webhook(event, true, "?org=" + tenant.organizationId());
    }

    Api.Response webhook(Map<String, Object> event, boolean signed, String query) {
        return awaitApplied(api, tenant, send(event, signed, query));
    }

    /** Sends a signed webhook and returns once it is stored (not yet applied). */
    Api.Response webhookStored(Map<String, Object> event) {
        return send(event, true, "?org=" + tenant.organizationId());
    }

    private Api.Response send(Map<String, Object> event, boolean signed, String query) {
        String body = JSON.writeValueAsString(event);
        Map<String, String> headers = signed
                ? Map.of(SimulatorSignature.HEADER, SimulatorSignature.sign(secret, body, Instant.now()))
                : Map.of();
        return api.send("POST", "/api/v1/webhooks/simulated" + query, body, null, headers);
    }

    /**
     * Webhooks are acknowledged once stored and applied moments later: waits until the organization
     * has no stored event that was not tried yet, so a test can look at the call right after.
     */
    static Api.Response awaitApplied(Api api, ApiTest.Tenant tenant, Api.Response response) {
        if (response.status() / 100 == 2) {
            await().atMost(Duration.ofSeconds(15)).until(() -> {
                JsonNode pending = api.get("/api/v1/webhook-events?status=pending&limit=100", tenant.token())
                        .json()
                        .path("data");
                for (JsonNode event : pending) {
                    if (event.path("attempts").asInt() == 0) {
                        return false;
                    }
                }
                return true;
            });
        }
        return response;
    }
}
