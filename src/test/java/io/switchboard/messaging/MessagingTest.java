package io.switchboard.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.support.Api;
import io.switchboard.support.ApiTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/** End-to-end messaging tests: organizations with an all-day window, leads with consent, and messages. */
abstract class MessagingTest extends ApiTest {

    static final AtomicInteger NUMBERS = new AtomicInteger(20);

    /** A lead in Chicago (the 512 area code) with the phone's last two digits given. */
    String lead(Tenant tenant, String name, String lastTwo) {
        var created = api.post(
                "/api/v1/leads",
                body(
                        "name", name,
                        "phone", "(512) 555-" + String.format("%02d", NUMBERS.getAndIncrement() % 100) + lastTwo,
                        "email", name.toLowerCase().replace(' ', '.') + "@example.com"),
                tenant.token());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }

    void consent(Tenant tenant, String lead, String channel) {
        var recorded = api.post(
                "/api/v1/leads/" + lead + "/consents",
                body(
                        "source",
                        "web_form",
                        "evidence",
                        "Ticked the SMS box",
                        "channel",
                        channel,
                        "purpose",
                        "marketing"),
                tenant.token());
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(recorded.text("channel")).isEqualTo(channel);
    }

    /** The whole day is the messaging window, so that the hour the tests run at does not matter. */
    Tenant organization() {
        Tenant tenant = signUp();
        var window = api.send(
                "PUT",
                "/api/v1/messaging/window",
                body("start_minute", 0, "end_minute", 1440),
                tenant.token(),
                Map.of());
        assertThat(window.status()).as(window.toString()).isEqualTo(200);
        return tenant;
    }

    JsonNode awaitStatus(Tenant tenant, String message, String status) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() ->
                        status.equals(message(tenant, message).path("status").asString()));
        return message(tenant, message);
    }

    JsonNode message(Tenant tenant, String id) {
        var got = api.get("/api/v1/messages/" + id, tenant.token());
        assertThat(got.status()).as(got.toString()).isEqualTo(200);
        return got.json();
    }

    String phone(Tenant tenant, String lead) {
        return api.get("/api/v1/leads/" + lead, tenant.token())
                .json()
                .path("lead")
                .path("phone")
                .asString();
    }

    Api.Response send(Tenant tenant, String lead, String channel, String text) {
        return api.post("/api/v1/messages", body("lead_id", lead, "channel", channel, "body", text), tenant.token());
    }

    /** Sets the channel's provider account; answers it as the API shows it. */
    JsonNode provider(
            Tenant tenant, String channel, String kind, Map<String, Object> config, Map<String, Object> secrets) {
        var account = api.post(
                "/api/v1/messaging/providers",
                body("channel", channel, "kind", kind, "config", config, "secrets", secrets),
                tenant.token());
        assertThat(account.status()).as(account.toString()).isBetween(200, 201);
        return account.json();
    }

    static List<String> statuses(JsonNode message) {
        List<String> statuses = new ArrayList<>();
        message.path("events").forEach(e -> statuses.add(e.path("status").asString()));
        return statuses;
    }
}
