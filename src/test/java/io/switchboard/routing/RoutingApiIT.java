package io.switchboard.routing;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.TenantContext;
import io.switchboard.telephony.Call;
import io.switchboard.telephony.CallId;
import io.switchboard.telephony.CallTransferred;
import io.switchboard.telephony.Telephony;
import io.switchboard.telephony.TransferType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Routing over HTTP: work offered to an available agent with the lead's card, a rejection offered
 * to the next agent at once, an acceptance that makes the lead the agent's, every decision with
 * its reason; freed capacity offered at once; an unanswered offer timing out to the next agent;
 * bad input refused changing nothing; another organization's records not found.
 */
class RoutingApiIT extends RoutingApiTest {

    @Test
    void workIsOfferedRejectedToTheNextAgentAcceptedAndExplained() {
        Tenant tenant = signUp();
        Member ana = join(tenant, "agent");
        Member ben = join(tenant, "agent");
        String queue = queue(tenant, body("name", "Sales", "strategy", "longest_idle"));
        available(ana);
        available(ben);
        String lead = created(
                        api.post("/api/v1/leads", body("name", "Dana Buyer", "phone", "+14155550101"), tenant.token()))
                .path("id")
                .asString();

        var queued =
                api.post("/api/v1/queues/" + queue + "/work", body("kind", "lead", "lead_id", lead), tenant.token());
        assertThat(queued.status()).as(queued.toString()).isEqualTo(201);
        assertThat(queued.json().path("status").asString()).isEqualTo("waiting");
        String work = queued.text("id");

        Member first = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> offers(ana).size() + offers(ben).size() == 1
                                ? (offers(ana).isEmpty() ? ben : ana)
                                : null,
                        m -> m != null);
        Member second = first == ana ? ben : ana;
        JsonNode offer = offers(first).get(0);
        assertThat(offer.path("work_id").asString()).isEqualTo(work);
        assertThat(offer.path("kind").asString()).isEqualTo("lead");
        assertThat(offer.path("lead").path("name").asString()).isEqualTo("Dana Buyer");
        assertThat(offer.path("lead").path("status").asString()).isEqualTo("new");
        assertThat(offer.path("lead").path("last_call_id").isNull()).isTrue();
        assertThat(offer.path("lead").path("do_not_call").asBoolean()).isFalse();
        assertThat(offer.path("lead").path("consent").asBoolean()).isFalse();
        assertThat(offer.path("expires_at").asString()).isNotBlank();
        // The card tells the agent, before they pick up, that the number must not be called.
        assertThat(api.post("/api/v1/dnc", body("phone", "+14155550101", "reason", "asked"), tenant.token())
                        .status())
                .isEqualTo(201);
        assertThat(offers(first).get(0).path("lead").path("do_not_call").asBoolean())
                .isTrue();

        var rejected = api.post(
                "/api/v1/reservations/" + offer.path("reservation_id").asString() + "/reject", null, first.token());
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(204);
        assertThat(offers(first)).isEmpty();
        List<JsonNode> next = offers(second);
        assertThat(next).as("offered to the next agent in the same transaction").hasSize(1);

        var accepted = api.post(
                "/api/v1/reservations/" + next.get(0).path("reservation_id").asString() + "/accept",
                null,
                second.token());
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().path("status").asString()).isEqualTo("assigned");
        assertThat(accepted.json().path("agent_id").asString()).isEqualTo(second.id());
        assertProblem(
                api.post(
                        "/api/v1/reservations/"
                                + next.get(0).path("reservation_id").asString() + "/accept",
                        null,
                        second.token()),
                409,
                "offer_closed");

        JsonNode decisions =
                api.get("/api/v1/work/" + work, tenant.token()).json().path("decisions");
        assertThat(decisions.size()).isEqualTo(3);
        assertThat(decisions.get(0).path("agent_id").asString()).isEqualTo(first.id());
        assertThat(decisions.get(0).path("strategy").asString()).isEqualTo("longest_idle");
        assertThat(decisions.get(0).path("reason").asString()).startsWith("longest idle: idle for");
        assertThat(decisions.get(1).path("reason").asString()).isEqualTo("offer rejected: rejected the offer");
        assertThat(decisions.get(2).path("agent_id").asString()).isEqualTo(second.id());
        assertThat(decisions.get(2).path("reason").asString()).contains("the longest of 1 free agents");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(api.get("/api/v1/leads/" + lead, tenant.token())
                                .json()
                                .path("lead")
                                .path("owner_id")
                                .asString())
                        .as("an accepted lead becomes the agent's")
                        .isEqualTo(second.id()));

        JsonNode desk = api.get("/api/v1/me/work", second.token()).json();
        assertThat(desk.path("queue").get(0).path("work_id").asString()).isEqualTo(work);
        assertProblem(
                api.post("/api/v1/work/" + work + "/complete", body("disposition", "maybe"), second.token()),
                400,
                "invalid_type");
        assertProblem(
                api.post("/api/v1/work/" + work + "/complete", body("note", "x".repeat(2001)), second.token()),
                400,
                "validation_failed");
        assertThat(api.get("/api/v1/work/" + work, tenant.token()).text("status"))
                .as("a refused finish changes nothing")
                .isEqualTo("assigned");
        var done = api.post(
                "/api/v1/work/" + work + "/complete",
                body("disposition", "callback", "note", "Wants a call on Friday after five"),
                second.token());
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().path("status").asString()).isEqualTo("completed");
        assertThat(done.text("disposition")).isEqualTo("callback");
        assertThat(done.text("disposition_note")).isEqualTo("Wants a call on Friday after five");
        assertThat(api.get("/api/v1/leads/" + lead + "/notes", tenant.token())
                        .json()
                        .toString())
                .as("the disposition is on the lead's timeline")
                .contains("Call back: Wants a call on Friday after five");
        assertProblem(api.post("/api/v1/work/" + work + "/complete", null, first.token()), 409, "work_not_yours");
    }

    @Test
    void freedCapacityIsOfferedAtOnceAndACallMakesTheAgentBusy() {
        Tenant tenant = signUp();
        Member ana = join(tenant, "agent");
        String queue = queue(tenant, body("name", "Inbound", "strategy", "round_robin"));
        available(ana);
        String one = work(tenant, queue, body("kind", "call", "priority", 50));
        String two = work(tenant, queue, body("kind", "call"));

        await().atMost(Duration.ofSeconds(20)).until(() -> offers(ana).size() == 1);
        JsonNode offer = offers(ana).get(0);
        assertThat(offer.path("work_id").asString()).as("higher priority first").isEqualTo(one);
        assertThat(status(api.get("/api/v1/work/" + two, tenant.token()))).isEqualTo("waiting");
        api.post("/api/v1/reservations/" + offer.path("reservation_id").asString() + "/accept", null, ana.token());
        assertThat(api.get("/api/v1/me/availability", ana.token())
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("busy");
        assertProblem(
                api.send("PUT", "/api/v1/me/availability", body("status", "on_break"), ana.token(), Map.of()),
                409,
                "call_in_progress");
        JsonNode board = api.get("/api/v1/agents/availability", tenant.token())
                .json()
                .path("data")
                .get(0);
        assertThat(board.path("current_call").asString()).isEqualTo(one);
        assertThat(board.path("calls_today").asInt()).isOne();

        api.post("/api/v1/work/" + one + "/complete", null, ana.token());
        List<JsonNode> now = offers(ana);
        assertThat(now)
                .as("the finished call's capacity went to the backlog before the answer")
                .hasSize(1);
        assertThat(now.get(0).path("work_id").asString()).isEqualTo(two);
        JsonNode stats = api.get("/api/v1/queues/stats", tenant.token())
                .json()
                .path("data")
                .get(0);
        assertThat(stats.path("waiting").asInt()).isOne();
        assertThat(stats.path("sla_percent").asInt()).isEqualTo(100);
    }

    @Test
    void anUnansweredOfferTimesOutToTheNextAgent() {
        Tenant tenant = signUp();
        Member ana = join(tenant, "agent");
        Member ben = join(tenant, "agent");
        String queue = queue(tenant, body("name", "Quick", "strategy", "least_busy", "reservation_timeout_seconds", 5));
        available(ana);
        String work = work(tenant, queue, body("kind", "callback"));
        await().atMost(Duration.ofSeconds(20)).until(() -> offers(ana).size() == 1);
        available(ben);
        assertThat(offers(ben)).as("the work is Ana's to answer for now").isEmpty();

        await().atMost(Duration.ofSeconds(30)).until(() -> offers(ben).size() == 1);
        assertThat(offers(ana)).isEmpty();
        JsonNode decisions =
                api.get("/api/v1/work/" + work, tenant.token()).json().path("decisions");
        assertThat(decisions.get(1).path("agent_id").asString()).isEqualTo(ana.id());
        assertThat(decisions.get(1).path("reason").asString())
                .isEqualTo("offer timed out: did not answer within the offer's time");
        assertThat(decisions.get(2).path("agent_id").asString()).isEqualTo(ben.id());
    }

    @Test
    void anAgentGoingOnBreakHandsTheirOfferToTheNextAgentAtOnce() {
        Tenant tenant = signUp();
        Member ana = join(tenant, "agent");
        Member ben = join(tenant, "agent");
        String queue = queue(tenant, body("name", "Break", "strategy", "round_robin"));
        available(ana);
        String work = work(tenant, queue, body("kind", "callback"));
        await().atMost(Duration.ofSeconds(20)).until(() -> offers(ana).size() == 1);
        available(ben);

        var onBreak = api.send(
                "PUT", "/api/v1/me/availability", body("status", "on_break", "reason", "lunch"), ana.token(), Map.of());
        assertThat(onBreak.json().path("status").asString()).isEqualTo("on_break");
        assertThat(onBreak.json().path("reason").asString()).isEqualTo("lunch");
        assertThat(offers(ana)).isEmpty();
        List<JsonNode> bens = offers(ben);
        assertThat(bens)
                .as("offered to Ben in the transaction that released it")
                .hasSize(1);
        assertThat(bens.get(0).path("work_id").asString()).isEqualTo(work);
        JsonNode decisions =
                api.get("/api/v1/work/" + work, tenant.token()).json().path("decisions");
        assertThat(decisions.get(1).path("reason").asString()).isEqualTo("offer canceled: the agent went on_break");
    }

    @Test
    void anAgentWhoseConsoleFallsSilentGoesOfflineAndTheirOfferMovesOn() {
        Tenant tenant = signUp();
        Member ana = join(tenant, "agent");
        Member ben = join(tenant, "agent");
        String queue = queue(tenant, body("name", "Silent", "reservation_timeout_seconds", 600));
        Instant watched = Instant.now();
        available(ana);
        work(tenant, queue, body("kind", "callback"));
        await().atMost(Duration.ofSeconds(20)).until(() -> offers(ana).size() == 1);
        available(ben);
        // Ana's console says nothing from now on. The system watches her with a presence check due
        // 30 s after she was last seen; rather than sit through those 30 s, the test moves her last
        // heartbeat 31 s back and brings that check forward to now.
        // (On a machine so slow that the 30 s have already passed, the check has run and is gone.)
        jdbc.sql("SELECT execution_time FROM scheduled_tasks"
                        + " WHERE task_name = 'routing.presence-expiry' AND task_instance LIKE :agent")
                .param("agent", "%" + ana.id() + "%")
                .query((row, n) -> row.getTimestamp(1).toInstant())
                .optional()
                .ifPresent(due -> assertThat(due)
                        .as("the check waits for 30 s of silence")
                        .isBetween(watched.plusSeconds(29), Instant.now().plusSeconds(31)));
        OrganizationId org = OrganizationId.of(UUID.fromString(tenant.organizationId()));
        TenantContext.runAs(
                org,
                () -> tx.executeWithoutResult(status -> jdbc.sql(
                                "UPDATE agent_availability SET last_seen_at = last_seen_at - interval '31 seconds'"
                                        + " WHERE user_id = :agent")
                        .param("agent", UUID.fromString(ana.id()))
                        .update()));
        jdbc.sql("UPDATE scheduled_tasks SET execution_time = now()"
                        + " WHERE task_name = 'routing.presence-expiry' AND task_instance LIKE :agent")
                .param("agent", "%" + ana.id() + "%")
                .update();
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/v1/me/availability", ana.token())
                .json()
                .path("status")
                .asString()
                .equals("offline"));
        JsonNode me = api.get("/api/v1/me/availability", ana.token()).json();
        assertThat(me.path("reason").asString()).isEqualTo("no heartbeat from the console for 30 s");
        assertThat(offers(ana)).isEmpty();
        assertThat(offers(ben))
                .as("the silent agent's offer went on at once, not after 600 s")
                .hasSize(1);
    }

    @Test
    void badInputIs400AndChangesNothing() {
        Tenant tenant = signUp();
        Member ana = join(tenant, "agent");
        assertThat(api.post("/api/v1/queues", body("name", "Sales", "strategy", "fastest"), tenant.token())
                        .status())
                .isEqualTo(400);
        assertProblem(
                api.post("/api/v1/queues", body("name", "Sales", "reservation_timeout_seconds", 1), tenant.token()),
                400,
                "out_of_range");
        assertProblem(
                api.post(
                        "/api/v1/queues",
                        body("name", "Sales", "required_skills", List.of(Map.of("skill", "Spanish!", "level", 3))),
                        tenant.token()),
                400,
                "validation_failed");
        assertThat(api.get("/api/v1/queues", tenant.token()).json().path("data").size())
                .isZero();

        String queue = queue(tenant, body("name", "Sales"));
        assertProblem(
                api.post("/api/v1/queues/" + queue + "/work", body("kind", "call", "priority", 500), tenant.token()),
                400,
                "out_of_range");
        assertThat(api.post("/api/v1/queues/" + queue + "/work", body("kind", "email"), tenant.token())
                        .status())
                .isEqualTo(400);
        assertProblem(
                api.post(
                        "/api/v1/queues/" + queue + "/work",
                        body("kind", "lead", "lead_id", "0190f000-0000-7000-8000-000000000000"),
                        tenant.token()),
                400,
                "unknown_lead");
        assertThat(api.get("/api/v1/queues/stats", tenant.token())
                        .json()
                        .path("data")
                        .get(0)
                        .path("waiting")
                        .asInt())
                .isZero();
        assertProblem(
                api.send(
                        "PUT",
                        "/api/v1/users/" + ana.id() + "/skills",
                        List.of(Map.of("skill", "spanish", "level", 9)),
                        tenant.token(),
                        Map.of()),
                400,
                "validation_failed");
        assertThat(api.get("/api/v1/users/" + ana.id() + "/skills", tenant.token())
                        .json()
                        .size())
                .isZero();
        assertThat(api.send("PUT", "/api/v1/me/availability", body("status", "napping"), ana.token(), Map.of())
                        .status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/me/availability", ana.token())
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("offline");
        assertProblem(
                api.send("PUT", "/api/v1/me/availability", body("status", "wrap_up"), ana.token(), Map.of()),
                409,
                "invalid_transition");
    }

    @Test
    void anotherOrganizationsQueuesWorkReservationsAndUsersAreNotFound() {
        Tenant mine = signUp();
        Tenant theirs = signUp();
        Member theirAgent = join(theirs, "agent");
        String queue = queue(theirs, body("name", "Theirs"));
        available(theirAgent);
        String work = work(theirs, queue, body("kind", "callback"));
        await().atMost(Duration.ofSeconds(20)).until(() -> offers(theirAgent).size() == 1);
        String reservation = offers(theirAgent).get(0).path("reservation_id").asString();
        Member myAgent = join(mine, "agent");

        assertProblem(api.get("/api/v1/queues/" + queue, mine.token()), 404, "not_found");
        assertProblem(
                api.send("PUT", "/api/v1/queues/" + queue, body("name", "Mine now"), mine.token(), Map.of()),
                404,
                "not_found");
        assertProblem(api.delete("/api/v1/queues/" + queue, mine.token()), 404, "not_found");
        assertProblem(
                api.post("/api/v1/queues/" + queue + "/work", body("kind", "call"), mine.token()), 404, "not_found");
        assertProblem(api.get("/api/v1/work/" + work, mine.token()), 404, "not_found");
        assertProblem(
                api.post("/api/v1/reservations/" + reservation + "/accept", null, myAgent.token()), 404, "not_found");
        assertProblem(
                api.post("/api/v1/reservations/" + reservation + "/reject", null, myAgent.token()), 404, "not_found");
        assertProblem(
                api.send(
                        "PUT",
                        "/api/v1/users/" + theirAgent.id() + "/skills",
                        List.of(Map.of("skill", "spanish", "level", 3)),
                        mine.token(),
                        Map.of()),
                404,
                "not_found");
        assertThat(api.get("/api/v1/agents/availability", mine.token())
                        .json()
                        .path("data")
                        .size())
                .isZero();
        assertThat(offers(theirAgent)).as("their offer is untouched").hasSize(1);
    }

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAiCallTransferredToAQueueBecomesCallWorkOfferedFirst() {
        Tenant tenant = signUp();
        Member ana = join(tenant, "agent");
        // A live call is offered only to an agent the caller can be bridged to.
        var phone = api.patch("/api/v1/me", body("phone", "+15125550187"), ana.token());
        assertThat(phone.status()).as(phone.toString()).isEqualTo(200);
        String queue = queue(tenant, body("name", "Transfers"));
        work(tenant, queue, body("kind", "callback", "due_at", "2099-01-01T00:00:00Z"));
        available(ana);
        Telephony telephony = new Telephony(api, tenant).simulator(RoutingLiveCallIT.simulator(3600));
        telephony.agent("Leo");
        String call = telephony.call(telephony.lead("Dana Reyes", "+15125550123"));
        telephony.awaitStatus(call, "in_progress");
        var transferred = api.post(
                "/api/v1/calls/" + call + "/transfer",
                body("type", "warm", "to", "queue:" + queue, "reason", "wants a person"),
                tenant.token());
        assertThat(transferred.status()).as(transferred.toString()).isEqualTo(200);
        // A transfer to a phone number is the provider's business: it makes no work.
        OrganizationId org = OrganizationId.of(UUID.fromString(tenant.organizationId()));
        TenantContext.runAs(
                org,
                () -> tx.executeWithoutResult(status -> events.publishEvent(new CallTransferred(
                        org.value(),
                        CallId.of(UUID.randomUUID()),
                        null,
                        null,
                        new Call.Transfer(TransferType.COLD, null, null, "+14155550100", Instant.now())))));

        await().atMost(Duration.ofSeconds(30)).until(() -> offers(ana).size() == 1);
        JsonNode offer = offers(ana).get(0);
        assertThat(offer.path("kind").asString()).isEqualTo("call");
        JsonNode work = api.get("/api/v1/work/" + offer.path("work_id").asString(), tenant.token())
                .json();
        assertThat(work.path("call_id").asString()).isEqualTo(call);
        assertThat(work.path("priority").asInt()).isEqualTo(80);
        assertThat(api.get("/api/v1/queues/stats", tenant.token())
                        .json()
                        .path("data")
                        .get(0)
                        .path("waiting")
                        .asInt())
                .as("the transfer and the callback not due yet; the phone-number transfer made no work")
                .isEqualTo(2);
    }

    @Test
    void anAgentMayNotManageQueuesNorSeeTheWallboard() {
        Tenant tenant = signUp();
        Member ana = join(tenant, "agent");
        assertThat(api.post("/api/v1/queues", body("name", "Mine"), ana.token()).status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/agents/availability", ana.token()).status()).isEqualTo(403);
        assertThat(api.send("PUT", "/api/v1/users/" + ana.id() + "/skills", List.of(), ana.token(), Map.of())
                        .status())
                .isEqualTo(403);
    }
}
