package io.switchboard.telephony;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.switchboard.support.ProblemAssert.assertProblem;
import static io.switchboard.telephony.BolnaIT.hmacHex;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.Api;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Asterisk: ARI's channels resource on WireMock, ARI events relayed and signed with the shared secret. */
class AsteriskIT extends ProviderApiTest {

    static final String PASSWORD = "ari-password-0123456789";
    static final String SECRET = "whsec_asterisk_0123456789abcdef";
    static final JsonMapper JSON = JsonMapper.builder().build();

    String agent;
    String from;

    @BeforeEach
    void asteriskAccount() {
        configure(
                "asterisk",
                Map.of(
                        "api_base_url", provider.baseUrl() + "/ari",
                        "username", "switchboard",
                        "app", "switchboard-ai",
                        "endpoint", "PJSIP/{to}@carrier"),
                PASSWORD,
                SECRET);
        agent = agent("asterisk", "sales-bot");
        from = randomPhone();
        number("asterisk", from, agent);
    }

    @Test
    void anOriginatedCallFollowsItsAriEvents() {
        originates();
        String leadPhone = randomPhone();
        String id = placeCall(lead(leadPhone), agent);

        var originated = awaitRequest(postRequestedFor(urlPathEqualTo("/ari/channels")));
        assertThat(originated.getHeader("Authorization"))
                .isEqualTo("Basic "
                        + Base64.getEncoder()
                                .encodeToString(("switchboard:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        assertThat(originated.queryParameter("endpoint").firstValue()).isEqualTo("PJSIP/" + leadPhone + "@carrier");
        assertThat(originated.queryParameter("app").firstValue()).isEqualTo("switchboard-ai");
        assertThat(originated.queryParameter("appArgs").firstValue()).isEqualTo(id);
        assertThat(originated.queryParameter("channelId").firstValue()).isEqualTo(id);
        assertThat(originated.queryParameter("callerId").firstValue()).isEqualTo(from);
        JsonNode variables = JSON.readTree(originated.getBodyAsString()).path("variables");
        assertThat(variables.path("SWITCHBOARD_CALL_ID").asString()).isEqualTo(id);
        assertThat(variables.path("SWITCHBOARD_AGENT_ID").asString()).isEqualTo("sales-bot");
        awaitCall(id, c -> id.equals(c.path("provider_call_id").asString()));

        assertThat(relay(event("ChannelStateChange", id, "Ringing", "09:59:01", ""))
                        .status())
                .isEqualTo(200);
        // The relay may batch events: an answered channel entering the app, and an unrelated one.
        String batch = "[" + event("StasisStart", id, "Up", "09:59:05", ", \"args\": [\"" + id + "\"]") + ","
                + event("ChannelVarset", id, "Up", "09:59:05", ", \"variable\": \"X\", \"value\": \"1\"") + "]";
        assertThat(relay(batch).status()).isEqualTo(200);
        String destroyed =
                event("ChannelDestroyed", id, "Up", "10:00:00", ", \"cause\": 16, \"cause_txt\": \"Normal Clearing\"");
        assertThat(relay(destroyed).status()).isEqualTo(200);

        JsonNode call = call(id);
        assertThat(call.path("status").asString()).isEqualTo("completed");
        assertThat(call.path("hangup_reason").asString()).isEqualTo("Normal Clearing (cause 16)");
        assertThat(call.path("duration_seconds").asInt()).isEqualTo(55);
        assertThat(statusEvents(call)).containsExactly("queued", "ringing", "in_progress", "completed");
        int events = call.path("events").size();
        relay(destroyed);
        assertThat(call(id).path("events").size()).isEqualTo(events);
    }

    @Test
    void aCallTransferredToAQueueGetsMusicOnHoldThenContinuesToTheAgentWhoAcceptsIt() {
        Floor floor = floor("+15125550183");
        originates();
        String id = placeCall(lead(randomPhone()), agent);
        awaitCall(id, c -> id.equals(c.path("provider_call_id").asString()));
        relay(event("StasisStart", id, "Up", "09:59:05", ", \"args\": [\"" + id + "\"]"));
        awaitCall(id, c -> c.path("status").asString().equals("in_progress"));
        provider.stubFor(post(urlPathEqualTo("/ari/channels/" + id + "/moh"))
                .willReturn(aResponse().withStatus(204)));
        provider.stubFor(post(urlPathEqualTo("/ari/channels/" + id + "/continue"))
                .willReturn(aResponse().withStatus(204)));

        var transferred = api.post(
                "/api/v1/calls/" + id + "/transfer",
                body("type", "warm", "to", "queue:" + floor.queue()),
                tenant.token());
        assertThat(transferred.status()).as(transferred.toString()).isEqualTo(200);
        var moh = awaitRequest(postRequestedFor(urlPathEqualTo("/ari/channels/" + id + "/moh")));
        assertThat(moh.queryParameter("mohClass").firstValue()).isEqualTo("default");

        String work = acceptOffer(floor.agent());
        awaitLine(work, "ringing");
        var continued = provider.findAll(postRequestedFor(urlPathEqualTo("/ari/channels/" + id + "/continue")));
        assertThat(continued).hasSize(1);
        assertThat(continued.get(0).queryParameter("context").firstValue()).isEqualTo("switchboard-transfer");
        assertThat(continued.get(0).queryParameter("extension").firstValue()).isEqualTo("+15125550183");

        provider.stubFor(delete(urlPathEqualTo("/ari/channels/" + id))
                .willReturn(aResponse().withStatus(204)));
        hangUpFromTheDesk(work, floor.agent());
        var deleted = provider.findAll(deleteRequestedFor(urlPathEqualTo("/ari/channels/" + id)));
        assertThat(deleted).hasSize(1);
        assertThat(deleted.get(0).queryParameter("reason").firstValue()).isEqualTo("normal");
    }

    @Test
    void aBusyCalleeEndsTheCallBusy() {
        originates();
        String id = placeCall(lead(randomPhone()), agent);
        awaitCall(id, c -> id.equals(c.path("provider_call_id").asString()));
        relay(event("ChannelDestroyed", id, "Ringing", "09:59:09", ", \"cause\": 17, \"cause_txt\": \"User busy\""));
        assertThat(call(id).path("status").asString()).isEqualTo("busy");
    }

    @Test
    void transferContinuesInTheDialplanAndHangupDeletesTheChannel() {
        originates();
        String id = placeCall(lead(randomPhone()), agent);
        awaitCall(id, c -> id.equals(c.path("provider_call_id").asString()));
        relay(event("StasisStart", id, "Up", "09:59:05", ", \"args\": [\"" + id + "\"]"));
        provider.stubFor(post(urlPathEqualTo("/ari/channels/" + id + "/continue"))
                .willReturn(aResponse().withStatus(204)));
        provider.stubFor(delete(urlPathEqualTo("/ari/channels/" + id))
                .willReturn(aResponse().withStatus(204)));

        var transferred = api.post(
                "/api/v1/calls/" + id + "/transfer",
                body("type", "cold", "to", "2001", "reason", "wants a person"),
                tenant.token());
        assertThat(transferred.status()).as(transferred.toString()).isEqualTo(200);
        var continued = awaitRequest(postRequestedFor(urlPathEqualTo("/ari/channels/" + id + "/continue")));
        assertThat(continued.queryParameter("context").firstValue()).isEqualTo("switchboard-transfer");
        assertThat(continued.queryParameter("extension").firstValue()).isEqualTo("2001");
        assertThat(continued.queryParameter("priority").firstValue()).isEqualTo("1");

        assertThat(api.post("/api/v1/calls/" + id + "/hangup", null, tenant.token())
                        .status())
                .isEqualTo(200);
        var deleted = awaitRequest(deleteRequestedFor(urlPathEqualTo("/ari/channels/" + id)));
        assertThat(deleted.queryParameter("reason").firstValue()).isEqualTo("normal");
    }

    @Test
    void aWrongSignatureIsRefusedAndRecorded() {
        String body = event("ChannelStateChange", "1736071145.42", "Ringing", "09:59:01", "");
        long t = Instant.now().getEpochSecond();
        var refused = postWebhook(
                webhookUrl("asterisk"),
                "application/json",
                body,
                Map.of("X-Switchboard-Signature", "t=" + t + ",v1=" + hmacHex("not-the-secret", t + "." + body)));
        assertProblem(refused, 403, "invalid_signature");
        assertThat(securityEventKinds()).contains("webhook_signature_invalid");
    }

    @Test
    void aRefusalFailsTheCallWithAsterisksReason() {
        provider.stubFor(post(urlPathEqualTo("/ari/channels"))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"message\": \"Invalid parameters for originating a channel.\"}")));
        String id = placeCall(lead(randomPhone()), agent);
        JsonNode call = awaitCall(id, c -> c.path("status").asString().equals("failed"));
        assertThat(call.path("hangup_reason").asString()).contains("Invalid parameters for originating a channel.");
    }

    @Test
    void aCallFromOutsideCreatesALead() {
        String caller = randomPhone();
        String channel = "1736071145.77";
        // Now, not a fixed date: a call that started long ago is closed by the overdue-call job.
        String now = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
                .withZone(ZoneOffset.UTC)
                .format(Instant.now());
        String started =
                """
                {"type": "StasisStart", "application": "switchboard-ai", "timestamp": "%s",
                 "args": ["inbound"],
                 "channel": {"id": "%s", "name": "PJSIP/carrier-0000002a", "state": "Ring",
                   "caller": {"name": "", "number": "%s"}, "connected": {"name": "", "number": ""},
                   "dialplan": {"context": "from-carrier", "exten": "%s", "priority": 2},
                   "creationtime": "%s", "language": "en"}}
                """
                        .formatted(now, channel, caller, from, now);
        assertThat(relay(started).status()).isEqualTo(200);
        JsonNode calls = api.get("/api/v1/calls?direction=inbound", tenant.token())
                .json()
                .path("data");
        assertThat(calls.size()).isEqualTo(1);
        assertThat(calls.get(0).path("provider_call_id").asString()).isEqualTo(channel);
        assertThat(calls.get(0).path("status").asString()).isEqualTo("ringing");
        assertThat(api.get("/api/v1/leads/" + calls.get(0).path("lead_id").asString(), tenant.token())
                        .body())
                .contains(caller);
    }

    /** ARI answers an originate with the new channel, whose id is the one Switchboard asked for. */
    private void originates() {
        provider.stubFor(post(urlPathEqualTo("/ari/channels"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"id\": \"{{request.query.channelId}}\", \"name\": \"PJSIP/carrier-00000001\","
                                + " \"state\": \"Down\", \"caller\": {\"name\": \"\", \"number\": \"\"},"
                                + " \"connected\": {\"name\": \"\", \"number\": \"\"}, \"accountcode\": \"\","
                                + " \"dialplan\": {\"context\": \"default\", \"exten\": \"s\", \"priority\": 1},"
                                + " \"creationtime\": \"2026-01-05T09:59:00.000+0000\", \"language\": \"en\"}")
                        .withTransformers("response-template")));
    }

    private Api.Response relay(String body) {
        long t = Instant.now().getEpochSecond();
        return postWebhook(
                webhookUrl("asterisk"),
                "application/json",
                body,
                Map.of("X-Switchboard-Signature", "t=" + t + ",v1=" + hmacHex(SECRET, t + "." + body)));
    }

    private static String event(String type, String channel, String state, String time, String more) {
        return """
                {"type": "%s", "application": "switchboard-ai", "timestamp": "2026-01-05T%s.000+0000",
                 "channel": {"id": "%s", "name": "PJSIP/carrier-00000001", "state": "%s",
                   "caller": {"name": "", "number": ""}, "connected": {"name": "", "number": ""},
                   "dialplan": {"context": "default", "exten": "s", "priority": 1},
                   "creationtime": "2026-01-05T09:59:00.000+0000", "language": "en"}%s}
                """
                .formatted(type, time, channel, state, more);
    }
}
