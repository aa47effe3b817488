package io.switchboard.routing;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.telephony.Telephony;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The live call of a call work, end to end over HTTP on the simulator: an AI call transferred to a
 * queue is held at the provider (its script stops), offered, and bridged to the accepting agent's
 * phone once (the call's events say so); a caller who hangs up while waiting closes the work and
 * nobody is offered it; an agent without a phone is not offered a live call and cannot accept one; another organization's
 * work and call are 404; a bad transfer is 400 and queues nothing.
 */
class RoutingLiveCallIT extends RoutingApiTest {

    /** The AI talks long enough for the test to transfer the call (300 s at five times the speed). */
    static Map<String, Object> simulator(int holdPatienceSeconds) {
        Map<String, Object> config = new HashMap<>(Telephony.FAST);
        config.put("talk_seconds", List.of(300, 300));
        config.put("hold_patience_seconds", holdPatienceSeconds);
        return config;
    }

    @Test
    void aCallTransferredToAQueueIsHeldThenBridgedToTheAcceptingAgentsPhone() {
        Tenant tenant = signUp();
        Member ana = join(tenant, "agent");
        phone(ana, "+15125550177");
        Telephony telephony = new Telephony(api, tenant).simulator(simulator(3600));
        telephony.agent("Leo");
        String call = telephony.call(telephony.lead("Dana Reyes", "+15125550123"));
        telephony.awaitStatus(call, "in_progress");
        String queue = queue(tenant, body("name", "Sales", "reservation_timeout_seconds", 600));
        available(ana);

        var transferred = api.post(
                "/api/v1/calls/" + call + "/transfer",
                body("type", "warm", "to", "queue:" + queue, "reason", "wants to talk to a person"),
                tenant.token());
        assertThat(transferred.status()).as(transferred.toString()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).until(() -> offers(ana).size() == 1);
        JsonNode offer = offers(ana).get(0);
        String work = offer.path("work_id").asString();
        assertThat(offer.path("kind").asString()).isEqualTo("call");
        assertThat(work(tenant, work).path("line").asString()).isEqualTo("held");
        assertThat(actions(telephony.get(call))).containsExactly("hold");

        var accepted = api.post(
                "/api/v1/reservations/" + offer.path("reservation_id").asString() + "/accept", null, ana.token());
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> work(tenant, work).path("line").asString().equals("ringing"));
        JsonNode bridged = work(tenant, work);
        assertThat(bridged.path("decisions")
                        .valueStream()
                        .filter(d -> d.path("agent_id").asString().equals(ana.id()))
                        .map(d -> d.path("reason").asString()))
                .contains("bridged: the provider rings the agent's phone");
        JsonNode events = telephony.get(call);
        assertThat(actions(events)).containsExactly("hold", "bridge");
        JsonNode bridge = events.path("events")
                .valueStream()
                .filter(e -> "bridge".equals(e.path("details").path("action").asString()))
                .findFirst()
                .orElseThrow();
        assertThat(bridge.path("details").path("reason").asString()).isEqualTo("accepted by A agent from Sales");
        assertThat(bridge.path("details").toString())
                .as("the agent's number is not kept")
                .doesNotContain("5550177");
        assertThat(telephony.get(call).path("status").asString())
                .as("still talking, not ended by the AI's script")
                .isEqualTo("in_progress");
        var desk = api.get("/api/v1/me/work", ana.token()).json();
        assertThat(desk.path("queue").get(0).path("line").asString()).isEqualTo("ringing");

        var hungUp = api.post("/api/v1/calls/" + call + "/hangup", null, tenant.token());
        assertThat(hungUp.status()).as(hungUp.toString()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> work(tenant, work).path("line").asString().equals("ended"));
        assertThat(actions(telephony.get(call))).as("bridged once").containsExactly("hold", "bridge");
    }

    @Test
    void theAgentHangsUpFromTheDeskAndFinishesTheWorkWithADisposition() {
        Tenant tenant = signUp();
        Tenant theirs = signUp();
        Member ana = join(tenant, "agent");
        Member ben = join(tenant, "agent");
        phone(ana, "+15125550186");
        Telephony telephony = new Telephony(api, tenant).simulator(simulator(3600));
        telephony.agent("Leo");
        String call = telephony.call(telephony.lead("Ray Moss", "+15125550128"));
        telephony.awaitStatus(call, "in_progress");
        String queue = queue(tenant, body("name", "Sales", "reservation_timeout_seconds", 600));
        available(ana);
        api.post("/api/v1/calls/" + call + "/transfer", body("type", "warm", "to", "queue:" + queue), tenant.token());
        await().atMost(Duration.ofSeconds(30)).until(() -> offers(ana).size() == 1);
        JsonNode offer = offers(ana).get(0);
        String work = offer.path("work_id").asString();
        assertProblem(api.post("/api/v1/work/" + work + "/hangup", null, tenant.token()), 409, "no_live_call");

        api.post("/api/v1/reservations/" + offer.path("reservation_id").asString() + "/accept", null, ana.token());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> work(tenant, work).path("line").asString().equals("ringing"));
        assertProblem(api.post("/api/v1/work/" + work + "/hangup", null, ben.token()), 403, "work_not_yours");
        assertProblem(api.post("/api/v1/work/" + work + "/hangup", null, theirs.token()), 404, "not_found");
        assertProblem(
                api.post("/api/v1/work/" + java.util.UUID.randomUUID() + "/hangup", null, ana.token()),
                404,
                "not_found");
        assertThat(work(tenant, work).path("line").asString())
                .as("nothing changed")
                .isEqualTo("ringing");

        var hungUp = api.post("/api/v1/work/" + work + "/hangup", null, ana.token());
        assertThat(hungUp.status()).as(hungUp.toString()).isEqualTo(200);
        assertThat(hungUp.json().path("line").asString()).isEqualTo("ended");
        assertThat(hungUp.json().path("status").asString())
                .as("waits for its disposition")
                .isEqualTo("assigned");
        assertThat(hungUp.json().path("decisions").valueStream().map(d -> d.path("reason")
                        .asString()))
                .contains("hung up from the desk by the agent");
        // The simulator ends a call Switchboard hangs up as canceled ("hung-up-by-switchboard").
        telephony.awaitStatus(call, "canceled");
        assertThat(telephony.get(call).path("hangup_reason").asString()).isEqualTo("hung-up-by-switchboard");
        assertProblem(api.post("/api/v1/work/" + work + "/hangup", null, ana.token()), 409, "no_live_call");

        var finished = api.post(
                "/api/v1/work/" + work + "/complete",
                body("disposition", "interested", "note", "wants a quote"),
                ana.token());
        assertThat(finished.status()).as(finished.toString()).isEqualTo(200);
        assertThat(finished.json().path("status").asString()).isEqualTo("completed");
        assertThat(actions(telephony.get(call))).as("bridged once").containsExactly("hold", "bridge");
    }

    @Test
    void aCallerWhoHangsUpWhileWaitingClosesTheWorkAndNobodyIsOfferedIt() {
        Tenant tenant = signUp();
        Member ana = join(tenant, "agent");
        Member ben = join(tenant, "agent");
        phone(ana, "+15125550178");
        phone(ben, "+15125550179");
        // The caller gives up after 10 s on hold (2 s at five times the speed).
        Telephony telephony = new Telephony(api, tenant).simulator(simulator(10));
        telephony.agent("Leo");
        String call = telephony.call(telephony.lead("Sam Ortiz", "+15125550124"));
        telephony.awaitStatus(call, "in_progress");
        String queue = queue(tenant, body("name", "Sales", "reservation_timeout_seconds", 600));
        available(ana);

        var transferred = api.post(
                "/api/v1/calls/" + call + "/transfer", body("type", "warm", "to", "queue:" + queue), tenant.token());
        assertThat(transferred.status()).as(transferred.toString()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> offers(ana).size() == 1);
        String work = offers(ana).get(0).path("work_id").asString();

        await().atMost(Duration.ofSeconds(30))
                .until(() -> work(tenant, work).path("status").asString().equals("canceled"));
        JsonNode closed = work(tenant, work);
        assertThat(closed.path("line").asString()).isEqualTo("caller_hung_up");
        assertThat(closed.path("decisions").valueStream().map(d -> d.path("reason")
                        .asString()))
                .anyMatch(
                        r -> r.startsWith("closed: the caller hung up after") && r.endsWith("the offer was withdrawn"));
        assertThat(telephony.get(call).path("hangup_reason").asString()).isEqualTo("caller-hung-up-on-hold");
        assertThat(offers(ana)).as("the offer withdrawn").isEmpty();
        available(ben);
        assertThat(offers(ben)).as("nobody is offered it").isEmpty();
        assertThat(api.get("/api/v1/queues/stats", tenant.token())
                        .json()
                        .path("data")
                        .get(0)
                        .path("waiting")
                        .asInt())
                .isZero();
    }

    @Test
    void anAgentWithoutAPhoneIsNotOfferedALiveCallAndCannotAcceptOne() {
        Tenant tenant = signUp();
        Member ana = join(tenant, "agent");
        Member ben = join(tenant, "agent");
        Telephony telephony = new Telephony(api, tenant).simulator(simulator(3600));
        telephony.agent("Leo");
        String call = telephony.call(telephony.lead("Kim Lee", "+15125550125"));
        telephony.awaitStatus(call, "in_progress");
        String queue = queue(tenant, body("name", "Sales", "reservation_timeout_seconds", 600));
        available(ana);
        api.post("/api/v1/calls/" + call + "/transfer", body("type", "cold", "to", "queue:" + queue), tenant.token());
        await().atMost(Duration.ofSeconds(30)).until(() -> waiting(tenant) == 1);
        // A round that offers this lesser work to Ana has passed the call over first (most urgent first).
        String sentinel = work(tenant, queue, body("kind", "callback", "priority", 0));
        await().atMost(Duration.ofSeconds(30)).until(() -> offers(ana).size() == 1);
        assertThat(offers(ana).get(0).path("work_id").asString())
                .as("Ana has no phone: offered the callback, not the caller")
                .isEqualTo(sentinel);

        phone(ben, "+15125550181");
        available(ben);
        await().atMost(Duration.ofSeconds(30)).until(() -> offers(ben).size() == 1);
        JsonNode offer = offers(ben).get(0);
        JsonNode work = work(tenant, offer.path("work_id").asString());
        assertThat(work.path("kind").asString()).isEqualTo("call");
        assertThat(work.path("decisions").valueStream().map(d -> d.path("reason")
                        .asString()))
                .contains("waiting: the caller is bridged to the agent's phone, and the free agent who could take it"
                        + " has no phone on their profile");

        // The accept still guards: a phone removed after the offer was made.
        phone(ben, null);
        assertProblem(
                api.post(
                        "/api/v1/reservations/" + offer.path("reservation_id").asString() + "/accept",
                        null,
                        ben.token()),
                409,
                "no_phone");
        assertThat(offers(ben)).hasSize(1);
        JsonNode still = work(tenant, offer.path("work_id").asString());
        assertThat(still.path("status").asString()).isEqualTo("offered");
        assertThat(still.path("line").asString()).isEqualTo("held");
        assertThat(actions(telephony.get(call))).containsExactly("hold");
        api.post("/api/v1/calls/" + call + "/hangup", null, tenant.token());
    }

    private int waiting(Tenant tenant) {
        return api.get("/api/v1/queues/stats", tenant.token())
                .json()
                .path("data")
                .get(0)
                .path("waiting")
                .asInt();
    }

    @Test
    void anotherOrganizationsWorkAndCallAre404AndABadTransferQueuesNothing() {
        Tenant mine = signUp();
        Tenant theirs = signUp();
        Member ana = join(mine, "agent");
        phone(ana, "+15125550180");
        Telephony telephony = new Telephony(api, mine).simulator(simulator(3600));
        telephony.agent("Leo");
        String call = telephony.call(telephony.lead("Lou Park", "+15125550126"));
        telephony.awaitStatus(call, "in_progress");
        String queue = queue(mine, body("name", "Sales", "reservation_timeout_seconds", 600));

        assertProblem(
                api.post("/api/v1/calls/" + call + "/transfer", body("type", "warm", "to", ""), mine.token()),
                400,
                "validation_failed");
        assertProblem(
                api.post(
                        "/api/v1/calls/" + call + "/transfer",
                        body("type", "later", "to", "queue:" + queue),
                        mine.token()),
                400,
                "invalid_type");
        assertThat(telephony.get(call).path("transfer").isNull())
                .as("nothing transferred")
                .isTrue();
        assertThat(actions(telephony.get(call))).as("nothing held").isEmpty();
        assertProblem(
                api.post(
                        "/api/v1/calls/" + call + "/transfer",
                        body("type", "warm", "to", "queue:" + queue),
                        theirs.token()),
                404,
                "not_found");

        available(ana);
        api.post("/api/v1/calls/" + call + "/transfer", body("type", "warm", "to", "queue:" + queue), mine.token());
        await().atMost(Duration.ofSeconds(30)).until(() -> offers(ana).size() == 1);
        JsonNode offer = offers(ana).get(0);
        assertProblem(api.get("/api/v1/work/" + offer.path("work_id").asString(), theirs.token()), 404, "not_found");
        assertProblem(api.get("/api/v1/calls/" + call, theirs.token()), 404, "not_found");
        api.post("/api/v1/calls/" + call + "/hangup", null, mine.token());
    }

    private void phone(Member member, @Nullable String phone) {
        var set = api.patch("/api/v1/me", body("phone", phone), member.token());
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
    }

    private JsonNode work(Tenant tenant, String id) {
        var response = api.get("/api/v1/work/" + id, tenant.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    /** The hold and bridge actions on the call's events, in order. */
    private static List<String> actions(JsonNode call) {
        return call.path("events")
                .valueStream()
                .map(e -> e.path("details").path("action").asString(""))
                .filter(a -> !a.isEmpty())
                .toList();
    }
}
