package io.switchboard.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.notifications.RealtimeMessage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Access orders survive the trip through the bus's JSON, and nothing else passes for one. */
class AccessOrderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final UUID ORGANIZATION = UUID.randomUUID();

    @Test
    void everyOrderCrossesTheBusUnchanged() {
        List<AccessOrder> orders = List.of(
                new AccessOrder.CloseCredentials(List.of(UUID.randomUUID(), UUID.randomUUID()), "session_ended"),
                new AccessOrder.CloseUser(UUID.randomUUID(), "user_deactivated"),
                new AccessOrder.Recheck(UUID.randomUUID()),
                new AccessOrder.Recheck(null));

        for (AccessOrder order : orders) {
            RealtimeMessage received = overTheBus(order.message(ORGANIZATION, Instant.now()));
            assertThat(AccessOrder.of(received)).contains(order);
            assertThat(received.organizationId()).isEqualTo(ORGANIZATION);
        }
    }

    @Test
    void messagesAndMalformedOrdersAreNoOrders() {
        Instant now = Instant.now();
        assertThat(AccessOrder.of(new RealtimeMessage(ORGANIZATION, "calls", "close_user", Map.of(), now)))
                .isEmpty();
        assertThat(AccessOrder.of(
                        new RealtimeMessage(ORGANIZATION, AccessOrder.TOPIC, "close_user", Map.of("user", "x"), now)))
                .isEmpty();
        assertThat(AccessOrder.of(
                        new RealtimeMessage(ORGANIZATION, AccessOrder.TOPIC, "close_everyone", Map.of(), now)))
                .isEmpty();
    }

    private static RealtimeMessage overTheBus(RealtimeMessage message) {
        String payload = JSON.writeValueAsString(List.of(message));
        return JSON.readValue(payload, new TypeReference<List<RealtimeMessage>>() {})
                .getFirst();
    }
}
