package io.switchboard.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A provider account's per-minute limit: messages above it wait for their send slot, none fails. */
class MessagingRateLimitIT extends MessagingTest {

    /** 120 a minute: one send slot every 500 ms. */
    static final int PER_MINUTE = 120;

    static final Duration SPACING = Duration.ofMillis(500);

    @Test
    void thirtySendsAboveTheLimitAreSpreadOverTheirSlotsAndAllGo() throws Exception {
        Tenant tenant = organization();
        var account = api.post(
                "/api/v1/messaging/providers",
                body(
                        "channel",
                        "sms",
                        "kind",
                        "simulated",
                        "config",
                        Map.of("send_webhooks", false),
                        "per_minute",
                        PER_MINUTE),
                tenant.token());
        assertThat(account.status()).as(account.toString()).isBetween(200, 201);
        String lead = lead(tenant, "Rita Ratelimit", "31");
        consent(tenant, lead, "sms");

        List<String> ids = sendAtOnce(tenant, lead, 30);

        // While it waits, a message says why and until when.
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> ids.stream()
                        .map(id -> message(tenant, id))
                        .anyMatch(m -> "queued".equals(m.path("status").asString())
                                && !m.path("waits_until").isMissingNode()
                                && !m.path("waits_until").isNull()));
        JsonNode waiting = ids.stream()
                .map(id -> message(tenant, id))
                .filter(m -> "queued".equals(m.path("status").asString())
                        && m.path("waits_until").isString())
                .findFirst()
                .orElseThrow();
        assertThat(waiting.path("reason").asString())
                .isEqualTo("waits its turn: the SMS account sends at most 120 messages a minute");

        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> ids.stream().allMatch(id -> !"queued"
                        .equals(message(tenant, id).path("status").asString())));
        List<Instant> slots = new ArrayList<>();
        for (String id : ids) {
            JsonNode m = message(tenant, id);
            assertThat(m.path("status").asString()).as(m.toString()).isEqualTo("sending");
            assertThat(statuses(m)).containsExactly("sending");
            assertThat(m.path("reason").isMissingNode() || m.path("reason").isNull())
                    .as("no longer waiting: " + m)
                    .isTrue();
            if (m.path("waits_until").isString()) {
                Instant slot = Instant.parse(m.path("waits_until").asString());
                slots.add(slot);
                Instant handedOver =
                        Instant.parse(m.path("events").get(0).path("at").asString());
                assertThat(handedOver).as("sent no earlier than its slot").isAfterOrEqualTo(slot);
            }
        }
        // Posting 30 messages takes far less than the 15 s their slots span: most of them waited.
        assertThat(slots).hasSizeGreaterThanOrEqualTo(20);
        slots.sort(null);
        for (int i = 1; i < slots.size(); i++) {
            assertThat(Duration.between(slots.get(i - 1), slots.get(i)))
                    .as("slot %d after slot %d", i, i - 1)
                    .isGreaterThanOrEqualTo(SPACING.minusMillis(1));
        }
    }

    private List<String> sendAtOnce(Tenant tenant, String lead, int count) throws Exception {
        try (var pool = Executors.newFixedThreadPool(8)) {
            List<Future<String>> sent = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String text = "Open house, reminder " + i;
                sent.add(pool.submit(() -> {
                    var queued = send(tenant, lead, "sms", text);
                    assertThat(queued.status()).as(queued.toString()).isEqualTo(202);
                    return queued.text("id");
                }));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> f : sent) {
                ids.add(f.get());
            }
            return ids;
        }
    }
}
