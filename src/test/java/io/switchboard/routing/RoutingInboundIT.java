package io.switchboard.routing;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.telephony.Telephony;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Inbound calls to a queue, over HTTP through the simulator's signed webhook: a call to a number
 * bound to a queue becomes call work there, offered with the caller's lead (created for a
 * stranger); a call to another number makes no work; an unknown or another organization's number
 * is refused changing nothing.
 */
class RoutingInboundIT extends RoutingApiTest {

    @Test
    void aCallToANumberBoundToAQueueBecomesCallWorkWithTheCallersLead() {
        Tenant tenant = signUp();
        Member ana = join(tenant, "agent");
        // A live call is offered only to an agent the caller can be bridged to.
        var phone = api.patch("/api/v1/me", body("phone", "+15125550188"), ana.token());
        assertThat(phone.status()).as(phone.toString()).isEqualTo(200);
        Telephony telephony = new Telephony(api, tenant).simulator(Telephony.SILENT);
        String agent = telephony.agent("Leo");
        String bound = telephony.number("+15125550101", agent);
        telephony.number("+15125550102", agent);
        String queue = queue(tenant, body("name", "Inbound"));
        var bind = api.send(
                "PUT",
                "/api/v1/queues/" + queue,
                body("name", "Inbound", "phone_number_ids", List.of(bound), "reservation_timeout_seconds", 600),
                tenant.token(),
                Map.of());
        assertThat(bind.status()).as(bind.toString()).isEqualTo(200);
        assertThat(bind.json().path("phone_number_ids").get(0).asString()).isEqualTo(bound);
        available(ana);

        inbound(telephony, "SIM-in-1", "+15125550101");
        inbound(telephony, "SIM-in-2", "+15125550102");

        await().atMost(Duration.ofSeconds(30)).until(() -> offers(ana).size() == 1);
        JsonNode offer = offers(ana).get(0);
        assertThat(offer.path("kind").asString()).isEqualTo("call");
        assertThat(offer.path("queue_name").asString()).isEqualTo("Inbound");
        assertThat(offer.path("lead").path("phone").asString())
                .as("the stranger's new lead")
                .isEqualTo("+14155550999");
        JsonNode call = api.get("/api/v1/calls?direction=inbound", tenant.token())
                .json()
                .path("data")
                .valueStream()
                .filter(c -> c.path("to_number").asString().equals("+15125550101"))
                .findFirst()
                .orElseThrow();
        JsonNode work = api.get("/api/v1/work/" + offer.path("work_id").asString(), tenant.token())
                .json();
        assertThat(work.path("call_id").asString()).isEqualTo(call.path("id").asString());
        assertThat(work.path("lead_id").asString())
                .isEqualTo(call.path("lead_id").asString());
        assertThat(api.get("/api/v1/queues/stats", tenant.token())
                        .json()
                        .path("data")
                        .get(0)
                        .path("waiting")
                        .asInt())
                .as("the call to the unbound number made no work")
                .isOne();
    }

    @Test
    void anUnknownOrForeignNumberIsRefusedChangingNothing() {
        Tenant mine = signUp();
        Tenant theirs = signUp();
        Telephony their = new Telephony(api, theirs).simulator(Telephony.SILENT);
        String theirNumber = their.number("+15125550103", their.agent("Max"));
        String queue = queue(mine, body("name", "Inbound"));
        for (String number : List.of(theirNumber, UUID.randomUUID().toString())) {
            assertProblem(
                    api.send(
                            "PUT",
                            "/api/v1/queues/" + queue,
                            body("name", "Renamed", "phone_number_ids", List.of(number)),
                            mine.token(),
                            Map.of()),
                    400,
                    "unknown_phone_number");
        }
        JsonNode kept = api.get("/api/v1/queues/" + queue, mine.token()).json();
        assertThat(kept.path("name").asString()).isEqualTo("Inbound");
        assertThat(kept.path("phone_number_ids").size()).isZero();
    }

    private static void inbound(Telephony telephony, String sid, String to) {
        var response = telephony.webhook(Telephony.event(
                "call.status", sid, "status", "ringing", "direction", "inbound", "from", "+14155550999", "to", to));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }
}
