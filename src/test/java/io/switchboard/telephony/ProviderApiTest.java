package io.switchboard.telephony;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.switchboard.support.Api;
import io.switchboard.support.ApiTest;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;

/**
 * End-to-end tests of a real provider adapter: the provider's REST API is a WireMock server (the
 * account's {@code api_base_url}), and its webhooks are posted, signed as the provider signs them,
 * to the running application.
 */
abstract class ProviderApiTest extends ApiTest {

    protected WireMockServer provider;
    protected Tenant tenant;

    @BeforeEach
    void providerAndTenant() {
        provider = new WireMockServer(options().dynamicPort());
        provider.start();
        tenant = signUp();
        Telephony.topUp(api, tenant);
    }

    @AfterEach
    void stopProvider() {
        provider.stop();
    }

    /** {@code PATCH /api/v1/voice-providers/{provider}}. */
    protected void configure(String kind, Map<String, Object> config, String authToken, String webhookSecret) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("enabled", true);
        body.put("config", config);
        if (authToken != null) {
            body.put("auth_token", authToken);
        }
        if (webhookSecret != null) {
            body.put("webhook_secret", webhookSecret);
        }
        var response = api.patch("/api/v1/voice-providers/" + kind, body, tenant.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    /** The webhook URL GET /api/v1/voice-providers shows for a provider (what the provider is given). */
    protected String webhookUrl(String kind) {
        var providers = api.get("/api/v1/voice-providers", tenant.token()).json();
        for (JsonNode p : providers.path("data")) {
            if (p.path("provider").asString().equals(kind)) {
                return p.path("webhook_url").asString();
            }
        }
        throw new AssertionError("no " + kind + " in " + providers);
    }

    protected String agent(String kind, String providerAgentId) {
        var response = api.post(
                "/api/v1/ai-agents",
                body("name", "Agent " + kind, "provider", kind, "provider_agent_id", providerAgentId),
                tenant.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("id");
    }

    protected String number(String kind, String phone, String agentId) {
        var response = api.post(
                "/api/v1/phone-numbers",
                body(
                        "name",
                        kind + " line",
                        "phone_number",
                        phone,
                        "provider",
                        kind,
                        "provider_number_id",
                        "PN" + phone.substring(1),
                        "assigned_ai_agent_id",
                        agentId),
                tenant.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("id");
    }

    protected String lead(String phone) {
        // Living where it is about noon now, so the calling window never depends on the test's hour.
        var response = api.post(
                "/api/v1/leads",
                body("name", "Asha Patel", "phone", phone, "timezone", TelephonyTestZones.noon()),
                tenant.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().path("lead").isMissingNode()
                ? response.text("id")
                : response.json().path("lead").path("id").asString();
    }

    protected String placeCall(String leadId, String agentId) {
        var response = api.post("/api/v1/calls", body("lead_id", leadId, "ai_agent_id", agentId), tenant.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.text("status")).isEqualTo("queued");
        return response.text("id");
    }

    protected JsonNode call(String id) {
        return api.get("/api/v1/calls/" + id, tenant.token()).json();
    }

    protected JsonNode awaitCall(String id, Predicate<JsonNode> condition) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> condition.test(call(id)));
        return call(id);
    }

    protected List<String> statusEvents(JsonNode call) {
        List<String> statuses = new ArrayList<>();
        for (JsonNode event : call.path("events")) {
            if (event.path("kind").asString().equals("status")
                    && event.path("applied").asBoolean()) {
                statuses.add(event.path("status").asString());
            }
        }
        return statuses;
    }

    /** A routing queue and an agent with a phone, available: where a call transferred to the queue goes. */
    protected record Floor(String queue, Member agent) {}

    protected Floor floor(String agentPhone) {
        Member agent = join(tenant, "agent");
        var phone = api.patch("/api/v1/me", Map.of("phone", agentPhone), agent.token());
        assertThat(phone.status()).as(phone.toString()).isEqualTo(200);
        var queue =
                api.post("/api/v1/queues", Map.of("name", "Sales", "reservation_timeout_seconds", 600), tenant.token());
        assertThat(queue.status()).as(queue.toString()).isEqualTo(201);
        var available =
                api.send("PUT", "/api/v1/me/availability", Map.of("status", "available"), agent.token(), Map.of());
        assertThat(available.status()).as(available.toString()).isEqualTo(200);
        return new Floor(queue.text("id"), agent);
    }

    /** Waits for the agent's offer and accepts it; answers the work's id. */
    protected String acceptOffer(Member agent) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/v1/me/work", agent.token())
                                .json()
                                .path("offers")
                                .size()
                        == 1);
        JsonNode offer =
                api.get("/api/v1/me/work", agent.token()).json().path("offers").get(0);
        var accepted = api.post(
                "/api/v1/reservations/" + offer.path("reservation_id").asString() + "/accept", null, agent.token());
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        return offer.path("work_id").asString();
    }

    /** Waits for the work's caller to be where {@code line} says (held, ringing, …). */
    protected void awaitLine(String work, String line) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> line.equals(api.get("/api/v1/work/" + work, tenant.token())
                        .json()
                        .path("line")
                        .asString()));
    }

    /** The agent ends the live call from the desk; the work's line is ended at once. */
    protected void hangUpFromTheDesk(String work, Member agent) {
        var hungUp = api.post("/api/v1/work/" + work + "/hangup", null, agent.token());
        assertThat(hungUp.status()).as(hungUp.toString()).isEqualTo(200);
        assertThat(hungUp.json().path("line").asString()).isEqualTo("ended");
    }

    /** Waits for the provider to have received a request, and answers the first. */
    protected LoggedRequest awaitRequest(com.github.tomakehurst.wiremock.matching.RequestPatternBuilder pattern) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !provider.findAll(pattern).isEmpty());
        return provider.findAll(pattern).getFirst();
    }

    /** Posts a webhook to the application as the provider would, to the path and query of {@code url}. */
    protected Api.Response postWebhook(String url, String contentType, String body, Map<String, String> headers) {
        URI target = URI.create(url);
        return Telephony.awaitApplied(
                api,
                tenant,
                api.postRaw(
                        target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery()),
                        contentType,
                        body,
                        headers));
    }

    protected List<String> securityEventKinds() {
        List<String> kinds = new ArrayList<>();
        api.get("/api/v1/security-events", tenant.token())
                .json()
                .path("data")
                .forEach(e -> kinds.add(e.path("kind").asString()));
        return kinds;
    }

    protected static String form(Map<String, String> fields) {
        List<String> pairs = new ArrayList<>();
        fields.forEach((k, v) -> pairs.add(
                URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return String.join("&", pairs);
    }

    /** The decoded fields of a form-encoded body, every value of a repeated name kept. */
    protected static Map<String, List<String>> fields(String body) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            fields.computeIfAbsent(
                            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), k -> new ArrayList<>())
                    .add(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    /** A valid, random London number (the phone number registry allows each number once). */
    protected static String randomPhone() {
        return "+44207" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }
}
