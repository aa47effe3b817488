package io.switchboard.telephony;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.micrometer.core.instrument.MeterRegistry;
import io.switchboard.support.Api;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Twilio: the Calls API on WireMock, status callbacks signed with X-Twilio-Signature. */
class TwilioIT extends ProviderApiTest {

    static final String SID = "AC0123456789abcdef0123456789abcdef";
    static final String TOKEN = "twilio-auth-token-0123456789";
    static final String APP = "AP0123456789abcdef0123456789abcdef";
    static final String CALLS = "/2010-04-01/Accounts/" + SID + "/Calls.json";

    @Autowired
    MeterRegistry meters;

    String agent;
    String from;

    @BeforeEach
    void twilioAccount() {
        configure(
                "twilio",
                Map.of("account_sid", SID, "api_base_url", provider.baseUrl(), "machine_detection", "Enable"),
                TOKEN,
                null);
        agent = agent("twilio", APP);
        from = randomPhone();
        number("twilio", from, agent);
    }

    @Test
    void anOutboundCallFollowsTwiliosStatusCallbacks() {
        String sid = created();
        String leadPhone = randomPhone();
        String id = placeCall(lead(leadPhone), agent);

        var placed = awaitRequest(postRequestedFor(urlEqualTo(CALLS)));
        assertThat(placed.getHeader("Authorization"))
                .isEqualTo("Basic "
                        + Base64.getEncoder().encodeToString((SID + ":" + TOKEN).getBytes(StandardCharsets.UTF_8)));
        var sent = fields(placed.getBodyAsString());
        assertThat(sent.get("To")).containsExactly(leadPhone);
        assertThat(sent.get("From")).containsExactly(from);
        assertThat(sent.get("ApplicationSid")).containsExactly(APP);
        assertThat(sent.get("StatusCallbackEvent")).containsExactly("initiated", "ringing", "answered", "completed");
        assertThat(sent.get("MachineDetection")).containsExactly("Enable");
        String callback = sent.get("StatusCallback").getFirst();
        assertThat(callback).isEqualTo(webhookUrl("twilio") + "&call=" + id);
        assertThat(sent.get("AsyncAmdStatusCallback")).containsExactly(callback);
        awaitCall(id, c -> sid.equals(c.path("provider_call_id").asString()));

        for (String[] step : new String[][] {{"initiated", "0"}, {"ringing", "1"}, {"in-progress", "2"}}) {
            assertThat(status(callback, sid, step[0], step[1], Map.of()).status())
                    .isEqualTo(200);
        }
        var completed = status(
                callback,
                sid,
                "completed",
                "3",
                Map.of("CallDuration", "42", "RecordingUrl", "https://api.twilio.com/recordings/RE1"));
        assertThat(completed.status()).isEqualTo(200);

        JsonNode call = call(id);
        assertThat(call.path("status").asString()).isEqualTo("completed");
        assertThat(call.path("duration_seconds").asInt()).isEqualTo(42);
        assertThat(call.path("recording_url").asString()).isEqualTo("https://api.twilio.com/recordings/RE1");
        assertThat(statusEvents(call)).containsExactly("queued", "ringing", "in_progress", "completed");
        int events = call.path("events").size();

        // A redelivery, and a late "ringing", change nothing.
        status(callback, sid, "completed", "3", Map.of("CallDuration", "42"));
        status(callback, sid, "ringing", "1", Map.of());
        assertThat(call(id).path("events").size()).isEqualTo(events);
        assertThat(call(id).path("status").asString()).isEqualTo("completed");
    }

    @Test
    void anAnsweringMachineMakesTheCallVoicemail() {
        String sid = created();
        String id = placeCall(lead(randomPhone()), agent);
        String callback = fields(
                        awaitRequest(postRequestedFor(urlEqualTo(CALLS))).getBodyAsString())
                .get("StatusCallback")
                .getFirst();
        status(callback, sid, "in-progress", "2", Map.of());
        var amd = signedPost(callback, fieldsOf("CallSid", sid, "AccountSid", SID, "AnsweredBy", "machine_end_beep"));
        assertThat(amd.status()).isEqualTo(200);
        JsonNode call = awaitCall(id, c -> c.path("status").asString().equals("voicemail"));
        assertThat(call.path("hangup_reason").asString()).contains("machine_end_beep");
    }

    @Test
    void transferAndHangupUpdateTheLiveCall() {
        String sid = created();
        String id = placeCall(lead(randomPhone()), agent);
        String callback = fields(
                        awaitRequest(postRequestedFor(urlEqualTo(CALLS))).getBodyAsString())
                .get("StatusCallback")
                .getFirst();
        awaitCall(id, c -> sid.equals(c.path("provider_call_id").asString()));
        status(callback, sid, "in-progress", "2", Map.of());
        String update = "/2010-04-01/Accounts/" + SID + "/Calls/" + sid + ".json";
        provider.stubFor(post(urlEqualTo(update))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"sid\": \"" + sid + "\", \"status\": \"in-progress\"}")));

        var transferred = api.post(
                "/api/v1/calls/" + id + "/transfer",
                body("type", "cold", "to", "+14155550100", "reason", "asked for a person", "department", "sales"),
                tenant.token());
        assertThat(transferred.status()).as(transferred.toString()).isEqualTo(200);
        var twiml = fields(awaitRequest(postRequestedFor(urlEqualTo(update))).getBodyAsString())
                .get("Twiml");
        assertThat(twiml.getFirst()).contains("<Dial><Number>+14155550100</Number></Dial>");

        var hungUp = api.post("/api/v1/calls/" + id + "/hangup", null, tenant.token());
        assertThat(hungUp.status()).as(hungUp.toString()).isEqualTo(200);
        assertThat(provider.findAll(postRequestedFor(urlEqualTo(update))).stream()
                        .map(r -> fields(r.getBodyAsString()).get("Status")))
                .contains(java.util.List.of("completed"));
        status(callback, sid, "completed", "3", Map.of("CallDuration", "30"));
        JsonNode call = call(id);
        assertThat(call.path("status").asString()).isEqualTo("completed");
        assertThat(call.path("transfer").path("department").asString()).isEqualTo("sales");
    }

    @Test
    void aCallTransferredToAQueueIsHeldThenDialledToTheAgentWhoAcceptsIt() {
        configure(
                "twilio",
                Map.of(
                        "account_sid",
                        SID,
                        "api_base_url",
                        provider.baseUrl(),
                        "hold_music_url",
                        "https://example.com/hold.mp3"),
                TOKEN,
                null);
        Floor floor = floor("+15125550181");
        String sid = created();
        String id = placeCall(lead(randomPhone()), agent);
        String callback = fields(
                        awaitRequest(postRequestedFor(urlEqualTo(CALLS))).getBodyAsString())
                .get("StatusCallback")
                .getFirst();
        awaitCall(id, c -> sid.equals(c.path("provider_call_id").asString()));
        status(callback, sid, "in-progress", "2", Map.of());
        String update = "/2010-04-01/Accounts/" + SID + "/Calls/" + sid + ".json";
        provider.stubFor(post(urlEqualTo(update))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"sid\": \"" + sid + "\", \"status\": \"in-progress\"}")));

        var transferred = api.post(
                "/api/v1/calls/" + id + "/transfer",
                body("type", "warm", "to", "queue:" + floor.queue()),
                tenant.token());
        assertThat(transferred.status()).as(transferred.toString()).isEqualTo(200);
        String hold = fields(awaitRequest(postRequestedFor(urlEqualTo(update))).getBodyAsString())
                .get("Twiml")
                .getFirst();
        assertThat(hold)
                .isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Say>Thank you for holding. We are"
                        + " connecting you to the next available person.</Say>"
                        + "<Play loop=\"0\">https://example.com/hold.mp3</Play></Response>");

        String work = acceptOffer(floor.agent());
        awaitLine(work, "ringing");
        var updates = provider.findAll(postRequestedFor(urlEqualTo(update)));
        assertThat(updates).hasSize(2);
        assertThat(fields(updates.get(1).getBodyAsString()).get("Twiml").getFirst())
                .isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>"
                        + "<Dial><Number>+15125550181</Number></Dial></Response>");

        hangUpFromTheDesk(work, floor.agent());
        updates = provider.findAll(postRequestedFor(urlEqualTo(update)));
        assertThat(updates).hasSize(3);
        assertThat(fields(updates.get(2).getBodyAsString()).get("Status")).containsExactly("completed");
    }

    @Test
    void aWrongSignatureIsRefusedAndRecorded() {
        String url = webhookUrl("twilio");
        var refused = postWebhook(
                url,
                "application/x-www-form-urlencoded",
                form(fieldsOf(
                        "CallSid",
                        "CA1",
                        "CallStatus",
                        "ringing",
                        "Direction",
                        "inbound",
                        "From",
                        randomPhone(),
                        "To",
                        from)),
                Map.of("X-Twilio-Signature", "bm90IGEgc2lnbmF0dXJl"));
        assertProblem(refused, 403, "invalid_signature");
        var unsigned = postWebhook(
                url,
                "application/x-www-form-urlencoded",
                form(fieldsOf("CallSid", "CA1", "CallStatus", "ringing")),
                Map.of());
        assertProblem(unsigned, 403, "invalid_signature");
        assertThat(securityEventKinds()).contains("webhook_signature_invalid");
    }

    /**
     * Provider calls go through the application's RestClient.Builder, so they are timed as
     * http.client.requests, grouped by the URI template and the host, never by account or call id.
     */
    @Test
    void aProviderCallIsObservedByItsUriTemplateAndHost() {
        String sid = created();
        String id = placeCall(lead(randomPhone()), agent);
        awaitCall(id, c -> sid.equals(c.path("provider_call_id").asString()));

        var created = meters.find("http.client.requests")
                .tag("method", "POST")
                .tag("uri", "/2010-04-01/Accounts/{account}/Calls.json")
                .tag("client.name", "localhost")
                .tag("status", "201")
                .timer();
        assertThat(created).isNotNull();
        assertThat(created.count()).isPositive();
        assertThat(meters.find("http.client.requests").timers())
                .allSatisfy(timer -> assertThat(timer.getId().getTag("uri")).doesNotContain(SID));
    }

    @Test
    void aRefusalFailsTheCallWithTwiliosReason() {
        provider.stubFor(post(urlEqualTo(CALLS))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"code\": 21211, \"message\": \"The 'To' number is not a valid phone number.\","
                                + " \"more_info\": \"https://www.twilio.com/docs/errors/21211\", \"status\": 400}")));
        String id = placeCall(lead(randomPhone()), agent);
        JsonNode call = awaitCall(id, c -> c.path("status").asString().equals("failed"));
        assertThat(call.path("hangup_reason").asString())
                .contains("provider_refused")
                .contains("21211");
        assertThat(provider.findAll(postRequestedFor(urlEqualTo(CALLS)))).hasSize(1);
    }

    @Test
    void anUnavailableTwilioIsAskedAgain() {
        provider.stubFor(post(urlEqualTo(CALLS))
                .inScenario("retry")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503).withBody("{\"message\": \"Service Unavailable\"}"))
                .willSetStateTo("up"));
        String sid = "CA" + hex();
        provider.stubFor(post(urlEqualTo(CALLS))
                .inScenario("retry")
                .whenScenarioStateIs("up")
                .willReturn(created(sid)));
        String id = placeCall(lead(randomPhone()), agent);
        awaitCall(id, c -> sid.equals(c.path("provider_call_id").asString()));
        assertThat(provider.findAll(postRequestedFor(urlEqualTo(CALLS)))).hasSize(2);
        assertThat(call(id).path("status").asString()).isEqualTo("queued");
    }

    @Test
    void aBridgeTheProviderCouldNotTakeIsAskedAgainAndDialledOnce() {
        Floor floor = floor("+15125550185");
        String sid = created();
        String id = placeCall(lead(randomPhone()), agent);
        String callback = fields(
                        awaitRequest(postRequestedFor(urlEqualTo(CALLS))).getBodyAsString())
                .get("StatusCallback")
                .getFirst();
        awaitCall(id, c -> sid.equals(c.path("provider_call_id").asString()));
        status(callback, sid, "in-progress", "2", Map.of());
        String update = "/2010-04-01/Accounts/" + SID + "/Calls/" + sid + ".json";
        var updated = aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"sid\": \"" + sid + "\", \"status\": \"in-progress\"}");
        // The hold goes through; the first bridge meets a 503 (Twilio did not take it), the next one works.
        provider.stubFor(post(urlEqualTo(update))
                .inScenario("bridge")
                .whenScenarioStateIs(STARTED)
                .willReturn(updated)
                .willSetStateTo("held"));
        provider.stubFor(post(urlEqualTo(update))
                .inScenario("bridge")
                .whenScenarioStateIs("held")
                .willReturn(aResponse().withStatus(503).withBody("{\"message\": \"Service Unavailable\"}"))
                .willSetStateTo("up"));
        provider.stubFor(post(urlEqualTo(update))
                .inScenario("bridge")
                .whenScenarioStateIs("up")
                .willReturn(updated));

        api.post(
                "/api/v1/calls/" + id + "/transfer",
                body("type", "warm", "to", "queue:" + floor.queue()),
                tenant.token());
        awaitRequest(postRequestedFor(urlEqualTo(update)));
        String work = acceptOffer(floor.agent());
        awaitLine(work, "ringing");

        var twiml = provider.findAll(postRequestedFor(urlEqualTo(update))).stream()
                .map(r -> fields(r.getBodyAsString()).get("Twiml").getFirst())
                .toList();
        assertThat(twiml).hasSize(3);
        assertThat(twiml.get(0)).contains("<Say loop=\"0\">");
        assertThat(twiml.subList(1, 3)).allMatch(t -> t.contains("<Dial><Number>+15125550185</Number></Dial>"));
        assertThat(call(id).path("events")
                        .valueStream()
                        .filter(e ->
                                "bridge".equals(e.path("details").path("action").asString()))
                        .count())
                .as("one bridge recorded, the one Twilio took")
                .isOne();
    }

    @Test
    void anInboundCallCreatesALeadAndIsAnsweredWithTwiml() {
        String caller = randomPhone();
        String sid = "CA" + hex();
        var answered = signedPost(
                webhookUrl("twilio"),
                fieldsOf(
                        "CallSid", sid,
                        "AccountSid", SID,
                        "CallStatus", "ringing",
                        "Direction", "inbound",
                        "From", caller,
                        "To", from,
                        "ApiVersion", "2010-04-01"));
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(answered.contentType()).startsWith("application/xml");
        assertThat(answered.body())
                .startsWith("<?xml")
                .contains("<Response><Say>")
                .contains("<Hangup/>");

        JsonNode calls = api.get("/api/v1/calls?direction=inbound", tenant.token())
                .json()
                .path("data");
        assertThat(calls.size()).isEqualTo(1);
        JsonNode call = calls.get(0);
        assertThat(call.path("provider_call_id").asString()).isEqualTo(sid);
        assertThat(call.path("status").asString()).isEqualTo("ringing");
        assertThat(call.path("ai_agent_id").asString()).isEqualTo(agent);
        var lead = api.get("/api/v1/leads/" + call.path("lead_id").asString(), tenant.token());
        assertThat(lead.status()).isEqualTo(200);
        assertThat(lead.body()).contains(caller);
    }

    @Test
    void aRecordingPlaysThroughSwitchboardWithTheAccountsBasicAuthAndTheRangeForwarded() {
        String sid = created();
        String id = placeCall(lead(randomPhone()), agent);
        var placed = awaitRequest(postRequestedFor(urlEqualTo(CALLS)));
        String callback = fields(placed.getBodyAsString()).get("StatusCallback").getFirst();
        awaitCall(id, c -> sid.equals(c.path("provider_call_id").asString()));
        // Twilio's documented form: the RecordingUrl has no extension; the audio is at .mp3 (or .wav).
        String recording = "/2010-04-01/Accounts/" + SID + "/Recordings/RE" + hex();
        String basic =
                "Basic " + Base64.getEncoder().encodeToString((SID + ":" + TOKEN).getBytes(StandardCharsets.UTF_8));
        provider.stubFor(WireMock.get(urlEqualTo(recording + ".mp3"))
                .withHeader("Authorization", WireMock.equalTo(basic))
                .withHeader("Range", WireMock.equalTo("bytes=2-5"))
                .willReturn(aResponse()
                        .withStatus(206)
                        .withHeader("Content-Type", "audio/mpeg")
                        .withHeader("Content-Range", "bytes 2-5/10")
                        .withHeader("Accept-Ranges", "bytes")
                        .withBody("2345")));
        provider.stubFor(WireMock.get(urlEqualTo(recording + ".mp3"))
                .atPriority(10)
                .willReturn(aResponse().withStatus(401).withBody("{\"code\": 20003}")));
        status(
                callback,
                sid,
                "completed",
                "3",
                Map.of("CallDuration", "5", "RecordingUrl", provider.baseUrl() + recording));
        awaitCall(id, c -> c.path("status").asString().equals("completed"));

        var audio = api.send(
                "GET", "/api/v1/calls/" + id + "/recording", null, tenant.token(), Map.of("Range", "bytes=2-5"));
        assertThat(audio.status()).as(audio.toString()).isEqualTo(206);
        assertThat(audio.body()).isEqualTo("2345");
        assertThat(audio.header("Content-Range")).isEqualTo("bytes 2-5/10");
        assertThat(audio.contentType()).isEqualTo("audio/mpeg");

        Tenant other = signUp();
        assertProblem(api.get("/api/v1/calls/" + id + "/recording", other.token()), 404, "not_found");
        // Without the range the stub that checks it does not match: Twilio's refusal is a 502, not the provider's body.
        assertProblem(api.get("/api/v1/calls/" + id + "/recording", tenant.token()), 502, "recording_unavailable");
    }

    private String created() {
        String sid = "CA" + hex();
        provider.stubFor(post(urlEqualTo(CALLS)).willReturn(created(sid)));
        return sid;
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder created(String sid) {
        return aResponse()
                .withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody(
                        "{\"sid\": \"" + sid + "\", \"account_sid\": \"" + SID
                                + "\", \"status\": \"queued\", \"direction\": \"outbound-api\", \"api_version\": \"2010-04-01\"}");
    }

    /** A status callback as Twilio sends it. */
    private Api.Response status(String callback, String sid, String status, String sequence, Map<String, String> more) {
        Map<String, String> fields = fieldsOf(
                "AccountSid",
                SID,
                "ApiVersion",
                "2010-04-01",
                "CallSid",
                sid,
                "CallStatus",
                status,
                "CallbackSource",
                "call-progress-events",
                "Direction",
                "outbound-api",
                "From",
                from,
                "To",
                "+442070000000",
                "SequenceNumber",
                sequence,
                "Timestamp",
                DateTimeFormatter.RFC_1123_DATE_TIME.format(
                        ZonedDateTime.now(ZoneOffset.UTC).minusSeconds(60).plusSeconds(Integer.parseInt(sequence))));
        fields.putAll(more);
        return signedPost(callback, fields);
    }

    private Api.Response signedPost(String url, Map<String, String> fields) {
        return postWebhook(
                url,
                "application/x-www-form-urlencoded",
                form(fields),
                Map.of("X-Twilio-Signature", sign(url, fields)));
    }

    /** Twilio's scheme, written out independently of the adapter. */
    static String sign(String url, Map<String, String> fields) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(fields).forEach((name, value) -> data.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder()
                    .encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> fieldsOf(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    static String hex() {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static String uuid() {
        return UUID.randomUUID().toString();
    }
}
