package io.switchboard.telephony;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.Api;
import io.switchboard.support.ProblemAssert;
import io.switchboard.telephony.internal.simulated.SimulatorSignature;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What strangers and broken senders can send to the webhook endpoints of every provider: each is a
 * 4xx at the edge, and nothing that could never be applied is stored for the applier.
 */
class WebhookEdgeIT extends ProviderApiTest {

    static final String SECRET = "whsec_edge_0123456789abcdef";
    static final List<String> SIGNED_JSON = List.of("simulated", "bolna", "asterisk");

    @BeforeEach
    void everyProvider() {
        configure("simulated", Map.of(), null, SECRET);
        configure("twilio", Map.of("account_sid", TwilioIT.SID), TwilioIT.TOKEN, null);
        configure("plivo", Map.of("auth_id", PlivoIT.AUTH_ID), PlivoIT.TOKEN, null);
        configure("bolna", Map.of(), BolnaIT.API_KEY, SECRET);
        configure("asterisk", Map.of("username", "switchboard"), AsteriskIT.PASSWORD, SECRET);
    }

    @Test
    void timestampsBeyondAnyClockAreAWrongSignatureNotAFailure() {
        for (String kind : SIGNED_JSON) {
            for (String t : List.of("9223372036854775807", "-9223372036854775808", "-1", "99999999999999999999")) {
                var response =
                        raw(kind, "application/json", "{}", Map.of(SimulatorSignature.HEADER, "t=" + t + ",v1=00"));
                assertProblem(response, 403, "invalid_signature");
            }
        }
    }

    @Test
    void signedPayloadsThatCanNeverBeAppliedAreRefusedAndNothingIsLeftPending() {
        List<String> simulated = List.of(
                "null",
                "[]",
                "\"call.status\"",
                "42",
                "{\"event_id\":\"evt_1\",\"type\":\"call.status\",\"call_id\":\"SIM-\\u0000\",\"status\":\"ringing\"}",
                "{\"event_id\":\"evt_2\",\"type\":\"call.status\",\"call_id\":\"SIM-2\",\"status\":\"completed\","
                        + "\"cost\":{\"amount_minor\":-5,\"currency\":\"USD\"}}",
                "{\"event_id\":\"evt_3\",\"type\":\"call.status\",\"call_id\":\"SIM-3\",\"status\":\"ringing\",\"x\":\"\u0000\"}");
        List<String> bolna = List.of(
                "null",
                "[]",
                "\"x\"",
                "7",
                "{\"id\":\"exec-\\u0000\",\"status\":\"ringing\"}",
                "{\"id\":\"e\",\"status\":\"\u0000\"}");
        List<String> asterisk = List.of(
                "null",
                "\"x\"",
                "7",
                "[1]",
                "{\"type\":\"ChannelStateChange\",\"channel\":{\"id\":\"chan-\\u0000\",\"state\":\"Ringing\"}}");
        Map<String, List<String>> bodies = Map.of("simulated", simulated, "bolna", bolna, "asterisk", asterisk);
        bodies.forEach((kind, list) -> list.forEach(body -> {
            var response = raw(kind, "application/json", body, signature(body));
            assertProblem(response, 400, "invalid_webhook");
            assertThat(response.text("detail")).doesNotContainPattern(ProblemAssert.JAVA_INTERNALS);
        }));

        // A NUL character decoded from %00 where the event uses it, or sent raw anywhere in the body.
        assertProblem(twilio(Map.of("CallSid", "CA\u00001", "CallStatus", "ringing"), null), 400, "invalid_webhook");
        assertProblem(twilio(Map.of("null", ""), "null"), 400, "invalid_webhook");
        assertProblem(
                twilio(
                        Map.of("CallSid", "CA2", "CallStatus", "ringing", "Junk", "\u0000"),
                        "CallSid=CA2&CallStatus=ringing&Junk=\u0000"),
                400,
                "invalid_webhook");
        assertProblem(plivo(Map.of("CallUUID", "u\u00001", "CallStatus", "ringing"), null), 400, "invalid_webhook");
        assertProblem(
                plivo(
                        Map.of("CallUUID", "u2", "CallStatus", "ringing", "Junk", "\u0000"),
                        "CallUUID=u2&CallStatus=ringing&Junk=\u0000"),
                400,
                "invalid_webhook");
        assertProblem(
                raw("twilio", "application/x-www-form-urlencoded", "CallSid=%zz", Map.of()), 400, "invalid_webhook");
        assertProblem(raw("plivo", "application/x-www-form-urlencoded", "a=1&b=%", Map.of()), 400, "invalid_webhook");

        assertThat(events("pending")).isEmpty();
        for (JsonNode kept : events("failed")) {
            assertThat(kept.path("last_error").asString()).doesNotContainPattern(ProblemAssert.JAVA_INTERNALS);
        }
    }

    @Test
    void aFloodOfForgedWebhooksIsOneCountedSecurityEventThenTooManyRequests() {
        int refused = 0;
        String retryAfter = null;
        for (int i = 0; i < 200; i++) {
            var response = raw("simulated", "application/json", "{}", Map.of(SimulatorSignature.HEADER, "t=1,v1=00"));
            if (response.status() == 403) {
                refused++;
            } else {
                assertProblem(response, 429, "rate_limited");
                retryAfter = response.header("Retry-After");
            }
        }
        // 20 a minute, refilled continuously: a few more slip through while the loop runs.
        assertThat(refused).isBetween(20, 30);
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 60L);
        JsonNode events = api.get("/api/v1/security-events?kind=webhook_signature_invalid", tenant.token())
                .json()
                .path("data");
        assertThat(events.size()).isBetween(1, 3);
        int counted = 0;
        for (JsonNode event : events) {
            counted += event.path("occurrences").asInt();
            assertThat(event.path("ip_address").asString()).isEqualTo("127.0.0.1");
        }
        assertThat(counted).isEqualTo(refused);

        // The flood's budget is its own: another organization's webhooks from the address go on.
        Tenant other = signUp();
        assertProblem(
                api.postRaw(
                        "/api/v1/webhooks/simulated?org=" + other.organizationId(),
                        "application/json",
                        "{}",
                        Map.of(SimulatorSignature.HEADER, "t=1,v1=00")),
                403,
                "invalid_signature");
    }

    /** A webhook signed over {@code fields}; its body is {@code raw} when given, else the fields encoded. */
    private Api.Response twilio(Map<String, String> fields, String raw) {
        String url = webhookUrl("twilio");
        return post(url, raw == null ? form(fields) : raw, Map.of("X-Twilio-Signature", TwilioIT.sign(url, fields)));
    }

    private Api.Response plivo(Map<String, String> fields, String raw) {
        String url = webhookUrl("plivo");
        return post(
                url,
                raw == null ? form(fields) : raw,
                Map.of("X-Plivo-Signature-V3", PlivoIT.sign(url, fields, "7"), "X-Plivo-Signature-V3-Nonce", "7"));
    }

    private Api.Response post(String url, String body, Map<String, String> headers) {
        URI target = URI.create(url);
        return api.postRaw(
                target.getRawPath() + "?" + target.getRawQuery(), "application/x-www-form-urlencoded", body, headers);
    }

    static Map<String, String> signature(String body) {
        return Map.of(SimulatorSignature.HEADER, SimulatorSignature.sign(SECRET, body, Instant.now()));
    }

    Api.Response raw(String kind, String contentType, String body, Map<String, String> headers) {
        return api.postRaw("/api/v1/webhooks/" + kind + "?org=" + tenant.organizationId(), contentType, body, headers);
    }

    List<JsonNode> events(String status) {
        List<JsonNode> events = new ArrayList<>();
        api.get("/api/v1/webhook-events?limit=100&status=" + status, tenant.token())
                .json()
                .path("data")
                .forEach(events::add);
        return events;
    }
}
