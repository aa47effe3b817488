package io.switchboard.messaging;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.switchboard.shared.FormEncoding;
import io.switchboard.support.Api;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Twilio SMS: the Messages API on WireMock, status callbacks and replies signed with X-Twilio-Signature. */
class TwilioMessagingIT extends MessagingTest {

    static final String SID = "AC0123456789abcdef0123456789abcdef";
    static final String TOKEN = "twilio-sms-auth-token-0123456789";
    static final String FROM = "+14155550100";
    static final String MESSAGES = "/2010-04-01/Accounts/" + SID + "/Messages.json";

    WireMockServer twilio;
    Tenant tenant;
    String webhookUrl;

    @BeforeEach
    void twilioAccount() {
        twilio = new WireMockServer(options().dynamicPort());
        twilio.start();
        tenant = organization();
        JsonNode account = provider(
                tenant,
                "sms",
                "twilio",
                Map.of("account_sid", SID, "from", FROM, "api_base_url", twilio.baseUrl()),
                Map.of("auth_token", TOKEN));
        webhookUrl = account.path("webhook_url").asString();
        assertThat(webhookUrl).contains("/api/v1/webhooks/messaging/twilio?org=" + tenant.organizationId());
        assertThat(account.path("secrets_set").asBoolean()).isTrue();
        assertThat(account.toString()).doesNotContain(TOKEN);
    }

    @AfterEach
    void stopTwilio() {
        twilio.stop();
    }

    @Test
    void aSmsGoesThroughTwiliosApiAndFollowsItsSignedStatusCallbacks() {
        accepted("SM00000000000000000000000000000001");
        String lead = lead(tenant, "Dana Twilio", "21");
        consent(tenant, lead, "sms");
        String id = send(tenant, lead, "sms", "Viewing on Saturday?").text("id");

        LoggedRequest sent = awaitRequest(1).getFirst();
        assertThat(sent.getHeader("Authorization"))
                .isEqualTo("Basic "
                        + Base64.getEncoder().encodeToString((SID + ":" + TOKEN).getBytes(StandardCharsets.UTF_8)));
        assertThat(sent.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        Map<String, List<String>> form = FormEncoding.decode(sent.getBodyAsString());
        assertThat(form.get("To")).containsExactly(phone(tenant, lead));
        assertThat(form.get("From")).containsExactly(FROM);
        assertThat(form.get("Body")).containsExactly("Viewing on Saturday?");
        String callback = form.get("StatusCallback").getFirst();
        assertThat(callback).isEqualTo(webhookUrl + "&message=" + id);
        JsonNode sending = awaitStatus(tenant, id, "sending");
        assertThat(sending.path("provider_message_id").asString()).isEqualTo("SM00000000000000000000000000000001");

        Map<String, String> delivered = callbackFields("SM00000000000000000000000000000001", "delivered");
        var forged = postWebhook(callback, delivered, "bm90IHRoZSBzaWduYXR1cmU=");
        assertProblem(forged, 403, "invalid_signature");
        var wrongKey = postWebhook(callback, delivered, sign("another-token", callback, delivered));
        assertProblem(wrongKey, 403, "invalid_signature");
        assertThat(message(tenant, id).path("status").asString()).isEqualTo("sending");
        assertThat(statuses(message(tenant, id))).doesNotContain("delivered");

        var applied = signed(callback, delivered);
        assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
        assertThat(applied.body()).contains("<Response/>");
        JsonNode done = awaitStatus(tenant, id, "delivered");
        // Twilio's "sent" arriving after "delivered" is stored but moves nothing; a redelivery is not stored again.
        assertThat(signed(callback, callbackFields("SM00000000000000000000000000000001", "sent"))
                        .status())
                .isEqualTo(200);
        signed(callback, delivered);
        JsonNode after = message(tenant, id);
        assertThat(after.path("status").asString()).isEqualTo("delivered");
        assertThat(after.path("events").size()).isEqualTo(done.path("events").size() + 1);
        assertThat(statuses(after)).containsExactly("sending", "delivered", "sent");
        assertThat(after.path("events").get(2).path("applied").asBoolean()).isFalse();
    }

    @Test
    void anInvalidNumberFailsTheMessageWithTwiliosCodeAndMessage() {
        twilio.stubFor(post(urlEqualTo(MESSAGES))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"code\": 21211, \"message\": \"The 'To' number +15125550199 is not a valid"
                                + " phone number.\", \"more_info\": \"https://www.twilio.com/docs/errors/21211\","
                                + " \"status\": 400}")));
        String lead = lead(tenant, "Ivan Invalid", "22");
        consent(tenant, lead, "sms");
        String id = send(tenant, lead, "sms", "Hello").text("id");

        JsonNode failed = awaitStatus(tenant, id, "failed");
        assertThat(failed.path("provider_code").asString()).isEqualTo("21211");
        assertThat(failed.path("reason").asString()).contains("is not a valid phone number");
        assertThat(twilio.findAll(postRequestedFor(urlEqualTo(MESSAGES)))).hasSize(1);
    }

    @Test
    void aStatusCallbackWithAnErrorCodeCarriesAReasonAPersonCanRead() {
        accepted("SM00000000000000000000000000000003");
        String lead = lead(tenant, "Una Delivered", "23");
        consent(tenant, lead, "sms");
        String id = send(tenant, lead, "sms", "Hello").text("id");
        String callback = FormEncoding.decode(awaitRequest(1).getFirst().getBodyAsString())
                .get("StatusCallback")
                .getFirst();
        awaitStatus(tenant, id, "sending");
        Map<String, String> undelivered = callbackFields("SM00000000000000000000000000000003", "undelivered");
        undelivered.put("ErrorCode", "30005");
        assertThat(signed(callback, undelivered).status()).isEqualTo(200);
        JsonNode failed = awaitStatus(tenant, id, "undelivered");
        assertThat(failed.path("provider_code").asString()).isEqualTo("30005");
        assertThat(failed.path("reason").asString()).isEqualTo("Unknown destination handset");
    }

    @Test
    void aTwilioOutageIsRetriedUntilTheMessageIsTaken() {
        twilio.stubFor(post(urlEqualTo(MESSAGES))
                .inScenario("outage")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503).withBody("Service Unavailable"))
                .willSetStateTo("recovered"));
        twilio.stubFor(post(urlEqualTo(MESSAGES))
                .inScenario("outage")
                .whenScenarioStateIs("recovered")
                .willReturn(created("SM00000000000000000000000000000004")));
        String lead = lead(tenant, "Rita Retry", "24");
        consent(tenant, lead, "sms");
        String id = send(tenant, lead, "sms", "Hello again").text("id");

        JsonNode sending = awaitStatus(tenant, id, "sending");
        assertThat(sending.path("provider_message_id").asString()).isEqualTo("SM00000000000000000000000000000004");
        assertThat(twilio.findAll(postRequestedFor(urlEqualTo(MESSAGES)))).hasSize(2);
        assertThat(statuses(sending)).doesNotContain("failed");
    }

    @Test
    void aStopSentToTheTwilioNumberOptsTheLeadOut() {
        accepted("SM00000000000000000000000000000005");
        String lead = lead(tenant, "Sofia Stop", "25");
        consent(tenant, lead, "sms");
        String first = send(tenant, lead, "sms", "Viewing on Saturday?").text("id");
        awaitStatus(tenant, first, "sending");

        Map<String, String> inbound = new LinkedHashMap<>();
        inbound.put("MessageSid", "SM00000000000000000000000000000099");
        inbound.put("SmsSid", "SM00000000000000000000000000000099");
        inbound.put("AccountSid", SID);
        inbound.put("From", phone(tenant, lead));
        inbound.put("To", FROM);
        inbound.put("Body", "STOP");
        inbound.put("NumMedia", "0");
        inbound.put("SmsStatus", "received");
        inbound.put("ApiVersion", "2010-04-01");
        assertProblem(postWebhook(webhookUrl, inbound, "bm90IHRoZSBzaWduYXR1cmU="), 403, "invalid_signature");
        assertThat(send(tenant, lead, "sms", "Still there?").status()).isEqualTo(202);

        var reply = signed(webhookUrl, inbound);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/xml");
        assertProblem(send(tenant, lead, "sms", "Last chance?"), 409, "opted_out");
        var log = api.get("/api/v1/leads/" + lead + "/communications", tenant.token());
        assertThat(log.body()).contains("\"direction\":\"inbound\"").contains("STOP");
    }

    @Test
    void aTwilioAccountNeedsItsSidSenderAndTokenAndIsAnotherTenantsNot() {
        Map<String, Object> noFrom = Map.of("account_sid", SID);
        assertProblem(
                api.post(
                        "/api/v1/messaging/providers",
                        body(
                                "channel",
                                "sms",
                                "kind",
                                "twilio",
                                "config",
                                noFrom,
                                "secrets",
                                Map.of("auth_token", "x")),
                        tenant.token()),
                400,
                "invalid_config");
        Tenant other = organization();
        assertProblem(
                api.post(
                        "/api/v1/messaging/providers",
                        body("channel", "sms", "kind", "twilio", "config", Map.of("account_sid", SID, "from", FROM)),
                        other.token()),
                400,
                "invalid_config");
        // the other organization cannot post as this one's account, even with a valid signature for its URL
        String foreign = webhookUrl.replace(tenant.organizationId(), other.organizationId());
        Map<String, String> fields = callbackFields("SM00000000000000000000000000000006", "delivered");
        assertProblem(signed(foreign, fields), 404, "not_found");
        var account = api.get("/api/v1/messaging/providers", tenant.token());
        assertThat(account.body()).contains("\"kind\":\"twilio\"").doesNotContain(TOKEN);
    }

    private void accepted(String sid) {
        twilio.stubFor(post(urlEqualTo(MESSAGES)).willReturn(created(sid)));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder created(String sid) {
        return aResponse()
                .withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"sid\": \"" + sid + "\", \"status\": \"queued\", \"account_sid\": \"" + SID
                        + "\", \"error_code\": null}");
    }

    private List<LoggedRequest> awaitRequest(int count) {
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        twilio.findAll(postRequestedFor(urlEqualTo(MESSAGES))).size() >= count);
        return twilio.findAll(postRequestedFor(urlEqualTo(MESSAGES)));
    }

    private static Map<String, String> callbackFields(String sid, String status) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("SmsSid", sid);
        fields.put("SmsStatus", status);
        fields.put("MessageStatus", status);
        fields.put("To", "+15125550121");
        fields.put("MessageSid", sid);
        fields.put("AccountSid", SID);
        fields.put("From", FROM);
        fields.put("ApiVersion", "2010-04-01");
        return fields;
    }

    private Api.Response signed(String url, Map<String, String> fields) {
        return postWebhook(url, fields, sign(TOKEN, url, fields));
    }

    private Api.Response postWebhook(String url, Map<String, String> fields, String signature) {
        URI target = URI.create(url);
        Map<String, List<String>> form = new LinkedHashMap<>();
        fields.forEach((k, v) -> form.put(k, List.of(v)));
        return api.postRaw(
                target.getRawPath() + "?" + target.getRawQuery(),
                "application/x-www-form-urlencoded",
                FormEncoding.encode(form),
                Map.of("X-Twilio-Signature", signature));
    }

    /** Twilio's scheme, written out independently of the application's verifier. */
    static String sign(String token, String url, Map<String, String> fields) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(fields).forEach((name, value) -> data.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder()
                    .encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
