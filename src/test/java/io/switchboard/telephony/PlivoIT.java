package io.switchboard.telephony;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.switchboard.support.ProblemAssert.assertProblem;
import static io.switchboard.telephony.TwilioIT.fieldsOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.Api;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plivo: the Call API on WireMock, callbacks signed with X-Plivo-Signature-V3. */
class PlivoIT extends ProviderApiTest {

    /** Plivo reports times in UTC as "2026-01-05 09:59:00". */
    private static final DateTimeFormatter PLIVO_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    static final String AUTH_ID = "MAZDQ1ZDIXNDAXODE5MT";
    static final String TOKEN = "plivo-auth-token-0123456789";
    static final String CALLS = "/v1/Account/" + AUTH_ID + "/Call/";
    static final JsonMapper JSON = JsonMapper.builder().build();

    String agent;
    String from;

    @BeforeEach
    void plivoAccount() {
        configure(
                "plivo",
                Map.of("auth_id", AUTH_ID, "api_base_url", provider.baseUrl(), "machine_detection", "true"),
                TOKEN,
                null);
        agent = agent("plivo", "plivo-sales-agent");
        from = randomPhone();
        number("plivo", from, agent);
    }

    @Test
    void anOutboundCallFollowsPlivosCallbacks() {
        String requestUuid = fired();
        String leadPhone = randomPhone();
        String id = placeCall(lead(leadPhone), agent);

        var placed = awaitRequest(postRequestedFor(urlEqualTo(CALLS)));
        assertThat(placed.getHeader("Authorization"))
                .isEqualTo("Basic "
                        + Base64.getEncoder().encodeToString((AUTH_ID + ":" + TOKEN).getBytes(StandardCharsets.UTF_8)));
        JsonNode sent = JSON.readTree(placed.getBodyAsString());
        String callback = webhookUrl("plivo") + "&call=" + id;
        assertThat(sent.path("from").asString()).isEqualTo(from);
        assertThat(sent.path("to").asString()).isEqualTo(leadPhone);
        assertThat(sent.path("answer_url").asString()).isEqualTo(callback);
        assertThat(sent.path("hangup_url").asString()).isEqualTo(callback);
        assertThat(sent.path("ring_url").asString()).isEqualTo(callback);
        assertThat(sent.path("machine_detection").asString()).isEqualTo("true");
        awaitCall(id, c -> requestUuid.equals(c.path("provider_execution_id").asString()));

        String callUuid = UUID.randomUUID().toString();
        assertThat(callback(callback, callUuid, requestUuid, "Ring", "ringing", Map.of())
                        .status())
                .isEqualTo(200);
        var answer = callback(callback, callUuid, requestUuid, "StartApp", "in-progress", Map.of());
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/xml");
        assertThat(answer.body()).contains("<Response>").contains("<Speak>");
        var hangup = callback(
                callback,
                callUuid,
                requestUuid,
                "Hangup",
                "completed",
                Map.of(
                        "Duration", "42",
                        "BillDuration", "60",
                        "TotalCost", "0.01200",
                        "HangupCause", "NORMAL_CLEARING",
                        "HangupCauseName", "Normal Hangup",
                        "HangupSource", "Callee"));
        assertThat(hangup.status()).isEqualTo(200);
        assertThat(hangup.body()).isEmpty();

        JsonNode call = call(id);
        assertThat(call.path("status").asString()).isEqualTo("completed");
        assertThat(call.path("provider_call_id").asString()).isEqualTo(callUuid);
        assertThat(call.path("duration_seconds").asInt()).isEqualTo(42);
        assertThat(call.path("hangup_reason").asString()).isEqualTo("Normal Hangup");
        assertThat(call.path("cost").path("amount_minor").asLong()).isEqualTo(1);
        assertThat(statusEvents(call)).containsExactly("queued", "ringing", "in_progress", "completed");
        int events = call.path("events").size();
        callback(callback, callUuid, requestUuid, "Hangup", "completed", Map.of("Duration", "42"));
        assertThat(call(id).path("events").size()).isEqualTo(events);
    }

    @Test
    void aMachineAnsweringMakesTheCallVoicemail() {
        String requestUuid = fired();
        String id = placeCall(lead(randomPhone()), agent);
        awaitRequest(postRequestedFor(urlEqualTo(CALLS)));
        String callback = webhookUrl("plivo") + "&call=" + id;
        String callUuid = UUID.randomUUID().toString();
        callback(callback, callUuid, requestUuid, "StartApp", "in-progress", Map.of());
        var machine = signedPost(
                callback,
                fieldsOf("CallUUID", callUuid, "RequestUUID", requestUuid, "Machine", "true", "To", "+15550001"));
        assertThat(machine.status()).isEqualTo(200);
        assertThat(awaitCall(id, c -> c.path("status").asString().equals("voicemail")))
                .isNotNull();
    }

    @Test
    void transferPointsTheCallerAtADialDocumentAndHangupDeletesTheCall() {
        String requestUuid = fired();
        String id = placeCall(lead(randomPhone()), agent);
        awaitRequest(postRequestedFor(urlEqualTo(CALLS)));
        String callback = webhookUrl("plivo") + "&call=" + id;
        String callUuid = UUID.randomUUID().toString();
        callback(callback, callUuid, requestUuid, "StartApp", "in-progress", Map.of());
        String live = CALLS + callUuid + "/";
        provider.stubFor(post(urlEqualTo(live))
                .willReturn(aResponse()
                        .withStatus(202)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"message\": \"call transferred\", \"api_id\": \"a1\"}")));
        provider.stubFor(delete(urlEqualTo(live)).willReturn(aResponse().withStatus(204)));

        var transferred = api.post(
                "/api/v1/calls/" + id + "/transfer",
                body("type", "warm", "to", "+14155550100", "department", "support"),
                tenant.token());
        assertThat(transferred.status()).as(transferred.toString()).isEqualTo(200);
        JsonNode sent =
                JSON.readTree(awaitRequest(postRequestedFor(urlEqualTo(live))).getBodyAsString());
        assertThat(sent.path("legs").asString()).isEqualTo("aleg");
        String alegUrl = sent.path("aleg_url").asString();
        assertThat(alegUrl).startsWith(webhookUrl("plivo")).contains("transfer=%2B14155550100");
        var document =
                signedPost(alegUrl, fieldsOf("CallUUID", callUuid, "Event", "Redirect", "CallStatus", "in-progress"));
        assertThat(document.status()).as(document.toString()).isEqualTo(200);
        assertThat(document.body()).contains("<Dial><Number>+14155550100</Number></Dial>");

        var hungUp = api.post("/api/v1/calls/" + id + "/hangup", null, tenant.token());
        assertThat(hungUp.status()).as(hungUp.toString()).isEqualTo(200);
        awaitRequest(deleteRequestedFor(urlEqualTo(live)));
        assertThat(call(id).path("transfer").path("type").asString()).isEqualTo("warm");
    }

    @Test
    void aCallTransferredToAQueueIsHeldThenDialledToTheAgentWhoAcceptsIt() {
        Floor floor = floor("+15125550182");
        String requestUuid = fired();
        String id = placeCall(lead(randomPhone()), agent);
        awaitRequest(postRequestedFor(urlEqualTo(CALLS)));
        String callback = webhookUrl("plivo") + "&call=" + id;
        String callUuid = UUID.randomUUID().toString();
        callback(callback, callUuid, requestUuid, "StartApp", "in-progress", Map.of());
        awaitCall(id, c -> callUuid.equals(c.path("provider_call_id").asString()));
        String live = CALLS + callUuid + "/";
        provider.stubFor(post(urlEqualTo(live))
                .willReturn(aResponse()
                        .withStatus(202)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"message\": \"call transferred\", \"api_id\": \"a1\"}")));

        var transferred = api.post(
                "/api/v1/calls/" + id + "/transfer",
                body("type", "warm", "to", "queue:" + floor.queue()),
                tenant.token());
        assertThat(transferred.status()).as(transferred.toString()).isEqualTo(200);
        JsonNode hold =
                JSON.readTree(awaitRequest(postRequestedFor(urlEqualTo(live))).getBodyAsString());
        assertThat(hold.path("legs").asString()).isEqualTo("aleg");
        String holdUrl = hold.path("aleg_url").asString();
        assertThat(holdUrl).startsWith(webhookUrl("plivo")).contains("&hold=");
        var holdXml =
                signedPost(holdUrl, fieldsOf("CallUUID", callUuid, "Event", "Redirect", "CallStatus", "in-progress"));
        assertThat(holdXml.status()).as(holdXml.toString()).isEqualTo(200);
        assertThat(holdXml.body())
                .contains("<Speak loop=\"0\">Thank you for holding. We are connecting you to the next available"
                        + " person.</Speak>");

        String work = acceptOffer(floor.agent());
        awaitLine(work, "ringing");
        var moves = provider.findAll(postRequestedFor(urlEqualTo(live)));
        assertThat(moves).hasSize(2);
        String dialUrl =
                JSON.readTree(moves.get(1).getBodyAsString()).path("aleg_url").asString();
        assertThat(dialUrl).contains("transfer=%2B15125550182");
        var dial =
                signedPost(dialUrl, fieldsOf("CallUUID", callUuid, "Event", "Redirect", "CallStatus", "in-progress"));
        assertThat(dial.body()).contains("<Dial><Number>+15125550182</Number></Dial>");

        provider.stubFor(delete(urlEqualTo(live)).willReturn(aResponse().withStatus(204)));
        hangUpFromTheDesk(work, floor.agent());
        assertThat(provider.findAll(deleteRequestedFor(urlEqualTo(live)))).hasSize(1);
    }

    @Test
    void aWrongSignatureIsRefusedAndRecorded() {
        String url = webhookUrl("plivo");
        var fields =
                fieldsOf("CallUUID", UUID.randomUUID().toString(), "CallStatus", "ringing", "Direction", "inbound");
        var refused = postWebhook(
                url,
                "application/x-www-form-urlencoded",
                form(fields),
                // Signed for another nonce than the one sent: always wrong.
                Map.of("X-Plivo-Signature-V3", sign(url, fields, "123"), "X-Plivo-Signature-V3-Nonce", "124"));
        assertProblem(refused, 403, "invalid_signature");
        assertThat(securityEventKinds()).contains("webhook_signature_invalid");
    }

    @Test
    void aRefusalFailsTheCallWithPlivosReason() {
        provider.stubFor(post(urlEqualTo(CALLS))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"api_id\": \"a1\", \"error\": \"invalid destination number\"}")));
        String id = placeCall(lead(randomPhone()), agent);
        JsonNode call = awaitCall(id, c -> c.path("status").asString().equals("failed"));
        assertThat(call.path("hangup_reason").asString()).contains("invalid destination number");
    }

    @Test
    void anInboundCallCreatesALeadAndIsAnsweredWithPlivoXml() {
        String caller = randomPhone();
        String callUuid = UUID.randomUUID().toString();
        var answered = signedPost(
                webhookUrl("plivo"),
                fieldsOf(
                        "CallUUID",
                        callUuid,
                        "Direction",
                        "inbound",
                        "From",
                        caller,
                        "To",
                        from,
                        "CallStatus",
                        "ringing",
                        "Event",
                        "StartApp"));
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(answered.body()).contains("<Response><Speak>").contains("<Hangup/>");
        JsonNode calls = api.get("/api/v1/calls?direction=inbound", tenant.token())
                .json()
                .path("data");
        assertThat(calls.size()).isEqualTo(1);
        assertThat(calls.get(0).path("provider_call_id").asString()).isEqualTo(callUuid);
        String leadId = calls.get(0).path("lead_id").asString();
        assertThat(api.get("/api/v1/leads/" + leadId, tenant.token()).body()).contains(caller);
    }

    private String fired() {
        String requestUuid = UUID.randomUUID().toString();
        provider.stubFor(post(urlEqualTo(CALLS))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"api_id\": \"97ceeb52\", \"message\": \"call fired\", \"request_uuid\": \""
                                + requestUuid + "\"}")));
        return requestUuid;
    }

    private Api.Response callback(
            String url, String callUuid, String requestUuid, String event, String status, Map<String, String> more) {
        Map<String, String> fields = fieldsOf(
                "CallUUID", callUuid,
                "RequestUUID", requestUuid,
                "Direction", "outbound",
                "From", from,
                "To", "+442070000000",
                "Event", event,
                "CallStatus", status,
                "StartTime", PLIVO_TIME.format(Instant.now().minusSeconds(60)));
        fields.putAll(more);
        return signedPost(url, fields);
    }

    private Api.Response signedPost(String url, Map<String, String> fields) {
        String nonce = String.valueOf(System.nanoTime());
        return postWebhook(
                url,
                "application/x-www-form-urlencoded",
                form(fields),
                Map.of("X-Plivo-Signature-V3", sign(url, fields, nonce), "X-Plivo-Signature-V3-Nonce", nonce));
    }

    /** Plivo's V3 scheme as its SDKs compute it, written out independently of the adapter. */
    static String sign(String url, Map<String, String> fields, String nonce) {
        URI uri = URI.create(url);
        StringBuilder base = new StringBuilder(uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath());
        TreeMap<String, String> query = new TreeMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(
                        URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
            }
        }
        List<String> pairs = new ArrayList<>();
        query.forEach((k, v) -> pairs.add(k + "=" + v));
        base.append('?').append(String.join("&", pairs));
        if (!query.isEmpty()) {
            base.append('.');
        }
        new TreeMap<>(fields).forEach((k, v) -> base.append(k).append(v));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder()
                    .encodeToString(mac.doFinal((base + "." + nonce).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
