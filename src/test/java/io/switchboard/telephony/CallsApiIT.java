package io.switchboard.telephony;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.ApiTest;
import io.switchboard.telephony.internal.webhooks.WebhookApplier;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class CallsApiIT extends ApiTest {

    @Autowired
    WebhookApplier applier;

    @Test
    void aCallRingsConnectsEndsAndTellsItsLead() {
        Tenant tenant = signUp();
        Telephony telephony = new Telephony(api, tenant).simulator(Telephony.FAST);
        telephony.agent("Ava");
        String lead = telephony.lead("Dana Whitfield", "+14155550101");

        String call = telephony.call(lead);
        JsonNode done = telephony.awaitStatus(call, "completed");

        assertThat(done.path("provider_call_id").asString()).startsWith("SIM");
        assertThat(done.path("answered_at").isNull()).isFalse();
        assertThat(done.path("duration_seconds").asInt()).isEqualTo(1);
        assertThat(done.path("recording_url").asString()).endsWith(".wav");
        assertThat(done.path("lead_id").asString()).isEqualTo(lead);
        List<String> history = done.path("events")
                .valueStream()
                .map(e -> e.path("kind").asString() + ":" + e.path("status").asString(""))
                .toList();
        assertThat(history)
                .containsSubsequence(
                        "status:queued", "dispatch:", "status:ringing", "status:in_progress", "status:completed");
        JsonNode updated =
                api.get("/api/v1/leads/" + lead, tenant.token()).json().path("lead");
        assertThat(updated.path("calling").path("status").asString()).isEqualTo("called");
        assertThat(updated.path("calling").path("last_call_id").asString()).isEqualTo(call);
        assertThat(updated.path("status").asString()).isEqualTo("contacted");
        assertThat(api.get("/api/v1/leads/" + lead + "/timeline", tenant.token())
                        .body())
                .contains("Call completed");
        assertThat(api.get("/api/v1/calls?lead_id=" + lead + "&status=completed", tenant.token())
                        .json()
                        .path("data")
                        .size())
                .isEqualTo(1);
    }

    @Test
    void webhooksAreSignedStoredAndAppliedOnceInOrder() {
        Tenant tenant = signUp();
        Telephony telephony = new Telephony(api, tenant).simulator(Telephony.SILENT);
        telephony.agent("Ava");
        String lead = telephony.lead("Eli Navarro", "+14155550102");
        String call = telephony.call(lead);
        String sid = telephony.providerId(call);

        Map<String, Object> ringing = Telephony.event("call.status", sid, "status", "ringing");
        Map<String, Object> completed = Telephony.event(
                "call.status", sid, "status", "completed", "duration_seconds", 42, "hangup_reason", "agent-hangup");
        assertThat(telephony.webhook(completed).status()).isEqualTo(200);
        assertThat(telephony.webhook(completed).status()).isEqualTo(200); // redelivered
        assertThat(telephony.webhook(ringing).status()).isEqualTo(200); // arrives late

        JsonNode done = telephony.get(call);
        assertThat(done.path("status").asString()).isEqualTo("completed");
        assertThat(done.path("duration_seconds").asInt()).isEqualTo(42);
        assertThat(done.path("ringing_at").isNull())
                .as("a late report still fills its time")
                .isFalse();
        List<JsonNode> statuses = done.path("events")
                .valueStream()
                .filter(e -> e.path("kind").asString().equals("status"))
                .toList();
        assertThat(statuses)
                .extracting(e ->
                        e.path("status").asString() + "/" + e.path("applied").asBoolean())
                .containsExactly("queued/true", "completed/true", "ringing/false");
        JsonNode updated =
                api.get("/api/v1/leads/" + lead, tenant.token()).json().path("lead");
        assertThat(updated.path("calling").path("status").asString()).isEqualTo("called");
    }

    @Test
    void unsignedOrForgedWebhooksAreRefusedAndReported() {
        Tenant tenant = signUp();
        Telephony telephony = new Telephony(api, tenant).simulator(Telephony.SILENT);
        telephony.agent("Ava");
        String call = telephony.call(telephony.lead("Fay", "+14155550103"));
        String sid = telephony.providerId(call);
        Map<String, Object> completed = Telephony.event("call.status", sid, "status", "completed");

        assertProblem(telephony.webhook(completed, false, "?org=" + tenant.organizationId()), 403, "invalid_signature");
        assertProblem(
                api.send(
                        "POST",
                        "/api/v1/webhooks/simulated?org=" + tenant.organizationId(),
                        Telephony.JSON.writeValueAsString(completed),
                        null,
                        Map.of(
                                "X-Switchboard-Signature",
                                "t=" + java.time.Instant.now().getEpochSecond() + ",v1=00ff")),
                403,
                "invalid_signature");
        assertProblem(telephony.webhook(completed, true, ""), 403, "unknown_organization");
        assertProblem(
                telephony.webhook(completed, true, "?org=" + java.util.UUID.randomUUID()), 403, "unknown_organization");
        assertProblem(api.post("/api/v1/webhooks/nosuch", Map.of(), null), 404, "not_found");
        assertThat(telephony.get(call).path("status").asString()).isEqualTo("queued");

        assertThat(telephony.webhook(completed).status()).isEqualTo(200);
        assertThat(telephony.get(call).path("status").asString()).isEqualTo("completed");
        // The two forged ones came from one address: one event counting both.
        var events = api.get("/api/v1/security-events?kind=webhook_signature_invalid", tenant.token());
        assertThat(events.json().path("data").size()).as(events.toString()).isEqualTo(1);
        assertThat(events.json().path("data").get(0).path("occurrences").asInt())
                .isEqualTo(2);
        assertThat(events.json().path("data").get(0).path("ip_address").asString())
                .isEqualTo("127.0.0.1");
    }

    @Test
    void anInboundCallFromAStrangerCreatesALeadAndACallerIsRecognizedNextTime() {
        Tenant tenant = signUp();
        Telephony telephony = new Telephony(api, tenant).simulator(Telephony.SILENT);
        String agent = telephony.agent("Leo");
        telephony.number("+15125550101", agent);

        for (String sid : List.of("SIM-in-1", "SIM-in-2")) {
            var response = telephony.webhook(
                    Telephony.event(
                            "call.status",
                            sid,
                            "status",
                            "ringing",
                            "direction",
                            "inbound",
                            "from",
                            "+14155550999",
                            "to",
                            "+15125550101"),
                    true,
                    ""); // no org: the called number tells whose call it is
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            telephony.webhook(Telephony.event("call.status", sid, "status", "completed", "duration_seconds", 30));
        }

        JsonNode calls = api.get("/api/v1/calls?direction=inbound", tenant.token())
                .json()
                .path("data");
        assertThat(calls.size()).isEqualTo(2);
        assertThat(calls.get(0).path("lead_id").asString())
                .isEqualTo(calls.get(1).path("lead_id").asString());
        assertThat(calls.get(0).path("ai_agent_id").asString()).isEqualTo(agent);
        assertThat(calls.get(0).path("status").asString()).isEqualTo("completed");
        JsonNode lead = api.get("/api/v1/leads/" + calls.get(0).path("lead_id").asString(), tenant.token())
                .json()
                .path("lead");
        assertThat(lead.path("source").asString()).isEqualTo("inbound_call");
        assertThat(lead.path("phone").asString()).isEqualTo("+14155550999");
        assertThat(lead.path("calling").path("source_call_id").asString())
                .isEqualTo(calls.get(1).path("id").asString());
    }

    @Test
    void unansweredAttemptsAreCountedUntilSomeoneAnswers() {
        Tenant tenant = signUp();
        Telephony telephony =
                new Telephony(api, tenant).simulator(Telephony.SILENT).callAsOftenAsNeeded();
        telephony.agent("Ava");
        String lead = telephony.lead("Gus", "+14155550104");
        for (String outcome : List.of("no_answer", "busy", "voicemail")) {
            String sid = telephony.providerId(telephony.call(lead));
            telephony.webhook(Telephony.event("call.status", sid, "status", outcome));
        }
        JsonNode calling = api.get("/api/v1/leads/" + lead, tenant.token())
                .json()
                .path("lead")
                .path("calling");
        assertThat(calling.path("not_connected").asInt()).isEqualTo(3);
        assertThat(calling.path("status").asString()).isEqualTo("voicemail");

        String sid = telephony.providerId(telephony.call(lead));
        telephony.webhook(Telephony.event("call.status", sid, "status", "completed", "duration_seconds", 5));
        calling = api.get("/api/v1/leads/" + lead, tenant.token())
                .json()
                .path("lead")
                .path("calling");
        assertThat(calling.path("not_connected").asInt()).isZero();
    }

    @Test
    void eventsAppliedTogetherInOneBatchCountALeadsCallsInOrder() {
        Tenant tenant = signUp();
        Telephony telephony =
                new Telephony(api, tenant).simulator(Telephony.SILENT).callAsOftenAsNeeded();
        telephony.agent("Ava");
        String lead = telephony.lead("Ida", "+14155550106");
        List<String> calls = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            calls.add(telephony.call(lead));
        }
        List<Map<String, Object>> events = new java.util.ArrayList<>();
        events.add(Telephony.event("call.status", telephony.providerId(calls.get(0)), "status", "no_answer"));
        events.add(Telephony.event("call.status", telephony.providerId(calls.get(1)), "status", "busy"));
        events.add(Telephony.event("call.status", telephony.providerId(calls.get(2)), "status", "ringing"));
        events.add(Telephony.event(
                "call.status", telephony.providerId(calls.get(2)), "status", "completed", "duration_seconds", 30));
        events.add(Telephony.event("call.status", telephony.providerId(calls.get(3)), "status", "no_answer"));
        // Stored while the applier is paused, so that one batch applies them all.
        applier.stop();
        try {
            for (Map<String, Object> event : events) {
                assertThat(telephony.webhookStored(event).status()).isEqualTo(200);
            }
        } finally {
            applier.start();
        }
        Telephony.awaitApplied(api, tenant, telephony.webhookStored(events.getFirst()));

        assertThat(calls.stream().map(c -> telephony.get(c).path("status").asString()))
                .containsExactly("no_answer", "busy", "completed", "no_answer");
        JsonNode updated =
                api.get("/api/v1/leads/" + lead, tenant.token()).json().path("lead");
        assertThat(updated.path("status").asString()).isEqualTo("contacted");
        JsonNode calling = updated.path("calling");
        assertThat(calling.path("not_connected").asInt())
                .as("reset by the conversation, then one more unanswered call")
                .isEqualTo(1);
        assertThat(calling.path("status").asString()).isEqualTo("no_answer");
        assertThat(calling.path("last_call_id").asString()).isEqualTo(calls.get(3));
        List<String> kinds = api.get("/api/v1/leads/" + lead + "/timeline", tenant.token())
                .json()
                .path("data")
                .findValuesAsString("kind");
        assertThat(kinds.stream().filter("call"::equals)).hasSize(4);
        assertThat(kinds.stream().filter("status_changed"::equals)).hasSize(1);
    }

    @Test
    void webhooksArrivingTogetherAreEachStoredOnceAndAllApplied() throws Exception {
        Tenant tenant = signUp();
        Telephony telephony =
                new Telephony(api, tenant).simulator(Telephony.SILENT).callAsOftenAsNeeded();
        telephony.agent("Ava");
        String lead = telephony.lead("Jo", "+14155550107");
        List<String> calls = new java.util.ArrayList<>();
        List<Map<String, Object>> events = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String call = telephony.call(lead);
            calls.add(call);
            events.add(Telephony.event(
                    "call.status", telephony.providerId(call), "status", i % 2 == 0 ? "busy" : "no_answer"));
        }
        // Every event three times, from 24 senders at once: many share a commit, redeliveries too.
        List<Map<String, Object>> deliveries = new java.util.ArrayList<>();
        for (int copy = 0; copy < 3; copy++) {
            deliveries.addAll(events);
        }
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try (var senders = java.util.concurrent.Executors.newFixedThreadPool(24)) {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (Map<String, Object> event : deliveries) {
                answers.add(senders.submit(() -> {
                    start.await();
                    return telephony.webhookStored(event).status();
                }));
            }
            start.countDown();
            for (var answer : answers) {
                assertThat(answer.get()).isEqualTo(200);
            }
        }
        Telephony.awaitApplied(api, tenant, telephony.webhookStored(events.getFirst()));

        for (int i = 0; i < calls.size(); i++) {
            assertThat(telephony.get(calls.get(i)).path("status").asString())
                    .isEqualTo(i % 2 == 0 ? "busy" : "no_answer");
        }
        JsonNode stored = api.get("/api/v1/webhook-events?limit=100", tenant.token())
                .json()
                .path("data");
        assertThat(stored.size()).as("each event stored once").isEqualTo(events.size());
        assertThat(stored.findValuesAsString("status")).containsOnly("processed");
        assertThat(api.get("/api/v1/leads/" + lead, tenant.token())
                        .json()
                        .path("lead")
                        .path("calling")
                        .path("not_connected")
                        .asInt())
                .as("each call counted once")
                .isEqualTo(12);
    }

    @Test
    void aWebhookWithAnOverlongEventIdIsRefusedAndKeptAsUnreadable() {
        Tenant tenant = signUp();
        Telephony telephony = new Telephony(api, tenant).simulator(Telephony.SILENT);
        telephony.agent("Ava");
        String call = telephony.call(telephony.lead("Kit", "+14155550108"));
        Map<String, Object> event = Telephony.event("call.status", telephony.providerId(call), "status", "busy");
        event.put("event_id", "e".repeat(301));

        assertProblem(telephony.webhookStored(event), 400, "invalid_webhook");
        assertThat(telephony.get(call).path("status").asString()).isEqualTo("queued");
        JsonNode failed = api.get("/api/v1/webhook-events?status=failed", tenant.token())
                .json()
                .path("data");
        assertThat(failed.size()).isEqualTo(1);
        assertThat(failed.get(0).path("last_error").asString()).contains("300 characters");
    }

    @Test
    void aCallInProgressIsTransferredToAHumanAndHungUp() {
        Tenant tenant = signUp();
        Telephony telephony = new Telephony(api, tenant).simulator(Telephony.SILENT);
        telephony.agent("Ava");
        String lead = telephony.lead("Hana", "+14155550105");
        String call = telephony.call(lead);
        String sid = telephony.providerId(call);

        assertProblem(
                api.post(
                        "/api/v1/calls/" + call + "/transfer",
                        Map.of("type", "warm", "to", "+15125550150"),
                        tenant.token()),
                409,
                "call_not_in_progress");
        telephony.webhook(Telephony.event("call.status", sid, "status", "in_progress"));
        var transferred = api.post(
                "/api/v1/calls/" + call + "/transfer",
                Map.of("type", "warm", "to", "+15125550150", "reason", "asked about financing", "department", "sales"),
                tenant.token());
        assertThat(transferred.status()).as(transferred.toString()).isEqualTo(200);
        assertThat(transferred.json().path("transfer").path("department").asString())
                .isEqualTo("sales");

        var hungUp = api.post("/api/v1/calls/" + call + "/hangup", null, tenant.token());
        assertThat(hungUp.status()).as(hungUp.toString()).isEqualTo(200);
        JsonNode ended = telephony.awaitStatus(call, "canceled");
        assertThat(ended.path("transfer").path("type").asString()).isEqualTo("warm");
        JsonNode updated =
                api.get("/api/v1/leads/" + lead, tenant.token()).json().path("lead");
        assertThat(updated.path("calling").path("transferred_to_human").asBoolean())
                .isTrue();
        assertThat(updated.path("calling").path("status").asString()).isEqualTo("transferred");
        assertThat(api.get("/api/v1/leads/" + lead + "/timeline", tenant.token())
                        .body())
                .contains("Transferred to a human (warm)");
        assertProblem(api.post("/api/v1/calls/" + call + "/hangup", null, tenant.token()), 409, "call_ended");
    }

    @Test
    void badRequestsAreRefusedClearlyAndChangeNothing() {
        Tenant tenant = signUp();
        Telephony telephony = new Telephony(api, tenant).simulator(Telephony.SILENT);
        String noPhone = api.post(
                        "/api/v1/leads", Map.of("name", "No Phone", "email", "nophone@example.com"), tenant.token())
                .text("id");

        String reachable = telephony.lead("Reachable", "+14155550107");
        assertProblem(api.post("/api/v1/calls", Map.of("lead_id", reachable), tenant.token()), 400, "no_ai_agent");
        telephony.agent("Ava");
        assertProblem(api.post("/api/v1/calls", Map.of("lead_id", noPhone), tenant.token()), 400, "lead_without_phone");
        assertProblem(api.post("/api/v1/calls", Map.of(), tenant.token()), 400, "validation_failed");
        assertProblem(api.post("/api/v1/calls", Map.of("lead_id", "nope"), tenant.token()), 400, "invalid_type");
        assertProblem(
                api.post("/api/v1/calls", Map.of("lead_id", java.util.UUID.randomUUID()), tenant.token()),
                404,
                "not_found");
        assertProblem(api.get("/api/v1/calls?status=ringing_loud", tenant.token()), 400, "invalid_parameter");

        assertThat(api.get("/api/v1/calls", tenant.token()).json().path("data").size())
                .isZero();
    }

    @Test
    void anotherOrganizationsCallsAreInvisibleAndUntouchable() {
        Tenant owner = signUp();
        Telephony telephony = new Telephony(api, owner).simulator(Telephony.SILENT);
        telephony.agent("Ava");
        String call = telephony.call(telephony.lead("Ivy", "+14155550106"));
        Tenant other = signUp();

        assertProblem(api.get("/api/v1/calls/" + call, other.token()), 404, "not_found");
        assertProblem(api.post("/api/v1/calls/" + call + "/hangup", null, other.token()), 404, "not_found");
        assertProblem(
                api.post(
                        "/api/v1/calls/" + call + "/transfer",
                        Map.of("type", "cold", "to", "+15125550150"),
                        other.token()),
                404,
                "not_found");
        assertThat(api.get("/api/v1/calls", other.token()).json().path("data").size())
                .isZero();
        // Another organization's webhook secret cannot move this call either.
        Telephony intruder = new Telephony(api, other).simulator(Telephony.SILENT);
        intruder.webhook(
                Telephony.event("call.status", telephony.providerId(call), "status", "failed", "reference", call));
        assertThat(telephony.get(call).path("status").asString()).isEqualTo("queued");
    }
}
