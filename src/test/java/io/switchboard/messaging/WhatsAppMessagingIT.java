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
import io.switchboard.support.Api;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** WhatsApp Cloud API: Meta's messages endpoint on WireMock, webhooks signed with X-Hub-Signature-256. */
class WhatsAppMessagingIT extends MessagingTest {

    static final String PHONE_NUMBER_ID = "106540352242922";
    static final String BUSINESS_ACCOUNT_ID = "102290129340398";
    static final String ACCESS_TOKEN = "EAAG-whatsapp-access-token-0123456789";
    static final String APP_SECRET = "meta-app-secret-0123456789abcdef";
    static final String VERIFY_TOKEN = "switchboard-verify-4711";
    static final String MESSAGES = "/v23.0/" + PHONE_NUMBER_ID + "/messages";

    final JsonMapper json = JsonMapper.builder().build();
    WireMockServer meta;
    Tenant tenant;
    String webhookUrl;

    @BeforeEach
    void whatsAppAccount() {
        meta = new WireMockServer(options().dynamicPort());
        meta.start();
        tenant = organization();
        JsonNode account = provider(
                tenant,
                "whatsapp",
                "whatsapp_cloud",
                Map.of(
                        "phone_number_id", PHONE_NUMBER_ID,
                        "business_account_id", BUSINESS_ACCOUNT_ID,
                        "api_base_url", meta.baseUrl()),
                Map.of("access_token", ACCESS_TOKEN, "app_secret", APP_SECRET, "verify_token", VERIFY_TOKEN));
        webhookUrl = account.path("webhook_url").asString();
        assertThat(webhookUrl)
                .contains("/api/v1/webhooks/messaging/whatsapp_cloud?org=" + tenant.organizationId() + "&account=");
        assertThat(account.toString()).doesNotContain(ACCESS_TOKEN, APP_SECRET, VERIFY_TOKEN);
    }

    @AfterEach
    void stopMeta() {
        meta.stop();
    }

    @Test
    void metasSubscriptionCheckIsAnsweredOnlyWithTheAccountsVerifyToken() {
        var verified = api.get(
                path(webhookUrl) + "&hub.mode=subscribe&hub.verify_token=" + VERIFY_TOKEN + "&hub.challenge=1158201444",
                null);
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(verified.body()).isEqualTo("1158201444");
        assertProblem(
                api.get(path(webhookUrl) + "&hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1", null),
                403,
                "invalid_verify_token");
        assertProblem(
                api.get(
                        path(webhookUrl) + "&hub.mode=unsubscribe&hub.verify_token=" + VERIFY_TOKEN
                                + "&hub.challenge=1",
                        null),
                403,
                "invalid_verify_token");
        Tenant other = organization();
        assertProblem(
                api.get(
                        path(webhookUrl.replace(tenant.organizationId(), other.organizationId()))
                                + "&hub.mode=subscribe&hub.verify_token=" + VERIFY_TOKEN + "&hub.challenge=1",
                        null),
                404,
                "not_found");
    }

    @Test
    void anApprovedTemplateGoesByNameAndFollowsSignedStatuses() {
        accepted("wamid.HBgLMTUxMjU1NTAxMjEVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA");
        String lead = lead(tenant, "Dana Whatsapp", "61");
        consent(tenant, lead, "whatsapp");
        var template = api.post(
                "/api/v1/messaging/templates",
                body(
                        "name", "viewing_confirmed",
                        "channel", "whatsapp",
                        "language", "en-US",
                        "body", "Hi {{first_name}}, your viewing of {{unit}} is confirmed.",
                        "category", "utility",
                        "approval", "approved"),
                tenant.token());
        assertThat(template.status()).as(template.toString()).isEqualTo(201);
        var sent = api.post(
                "/api/v1/messages",
                body(
                        "lead_id",
                        lead,
                        "channel",
                        "whatsapp",
                        "template_id",
                        template.text("id"),
                        "variables",
                        Map.of("unit", "4B")),
                tenant.token());
        assertThat(sent.status()).as(sent.toString()).isEqualTo(202);
        String id = sent.text("id");

        LoggedRequest request = awaitRequests(1).getFirst();
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + ACCESS_TOKEN);
        JsonNode payload = json.readTree(request.getBodyAsString());
        assertThat(payload.path("messaging_product").asString()).isEqualTo("whatsapp");
        assertThat(payload.path("to").asString()).isEqualTo(phone(tenant, lead).substring(1));
        assertThat(payload.path("type").asString()).isEqualTo("template");
        assertThat(payload.path("template").path("name").asString()).isEqualTo("viewing_confirmed");
        assertThat(payload.path("template").path("language").path("code").asString())
                .isEqualTo("en_US");
        JsonNode parameters =
                payload.path("template").path("components").path(0).path("parameters");
        assertThat(parameters.path(0).path("parameter_name").asString()).isEqualTo("first_name");
        assertThat(parameters.path(0).path("text").asString()).isEqualTo("Dana");
        assertThat(parameters.path(1).path("parameter_name").asString()).isEqualTo("unit");
        assertThat(parameters.path(1).path("text").asString()).isEqualTo("4B");
        String wamid =
                awaitStatus(tenant, id, "sending").path("provider_message_id").asString();
        assertThat(wamid).isEqualTo("wamid.HBgLMTUxMjU1NTAxMjEVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA");

        String delivered = statusNotification(wamid, "delivered", null);
        assertProblem(webhook(delivered, "sha256=" + "0".repeat(64)), 403, "invalid_signature");
        assertProblem(webhook(delivered, null), 403, "invalid_signature");
        assertProblem(webhook(delivered, sign("another-app-secret", delivered)), 403, "invalid_signature");
        assertThat(message(tenant, id).path("status").asString()).isEqualTo("sending");

        var applied = webhook(delivered, sign(APP_SECRET, delivered));
        assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
        assertThat(applied.body()).contains("applied");
        assertThat(webhook(delivered, sign(APP_SECRET, delivered)).body()).contains("duplicate");
        String late = statusNotification(wamid, "sent", null);
        assertThat(webhook(late, sign(APP_SECRET, late)).body()).contains("ignored");
        String read = statusNotification(wamid, "read", null);
        webhook(read, sign(APP_SECRET, read));
        JsonNode done = message(tenant, id);
        assertThat(done.path("status").asString()).isEqualTo("read");
        assertThat(statuses(done)).containsExactly("sending", "delivered", "sent", "read");
    }

    @Test
    void error131026FailsTheMessageAndALaterDeliveredNeverHidesIt() {
        String lead = lead(tenant, "Una Undeliverable", "62");
        consent(tenant, lead, "whatsapp");
        openWindow(lead, "wamid.inbound-62", "Is the flat still available?");
        accepted("wamid.outbound-62");
        String id = send(tenant, lead, "whatsapp", "Yes, it is!").text("id");
        JsonNode payload = json.readTree(awaitRequests(1).getFirst().getBodyAsString());
        assertThat(payload.path("type").asString()).isEqualTo("text");
        assertThat(payload.path("text").path("body").asString()).isEqualTo("Yes, it is!");
        awaitStatus(tenant, id, "sending");

        String failed = statusNotification(
                "wamid.outbound-62",
                "failed",
                "{\"code\": 131026, \"title\": \"Message undeliverable\", \"message\": \"Message undeliverable\","
                        + " \"error_data\": {\"details\": \"Message Undeliverable.\"}}");
        assertThat(webhook(failed, sign(APP_SECRET, failed)).body()).contains("applied");
        String delivered = statusNotification("wamid.outbound-62", "delivered", null);
        assertThat(webhook(delivered, sign(APP_SECRET, delivered)).body()).contains("ignored");
        JsonNode message = message(tenant, id);
        assertThat(message.path("status").asString()).isEqualTo("failed");
        assertThat(message.path("provider_code").asString()).isEqualTo("131026");
        assertThat(message.path("reason").asString()).startsWith("Message undeliverable");
    }

    @Test
    void metasRefusalFailsTheMessageWithItsCodeAndA429IsAskedAgain() {
        meta.stubFor(post(urlEqualTo(MESSAGES))
                .inScenario("refused")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withBody("{\"error\": {\"code\": 130429}}"))
                .willSetStateTo("limited once"));
        meta.stubFor(post(urlEqualTo(MESSAGES))
                .inScenario("refused")
                .whenScenarioStateIs("limited once")
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\": {\"message\": \"(#131030) Recipient phone number not in allowed"
                                + " list\", \"type\": \"OAuthException\", \"code\": 131030, \"error_data\":"
                                + " {\"messaging_product\": \"whatsapp\", \"details\": \"Recipient phone number not"
                                + " in allowed list: Add recipient phone number to recipient list and try"
                                + " again.\"}, \"fbtrace_id\": \"AI5Ob2z72R0JAUB5zOF-nao\"}}")));
        String lead = lead(tenant, "Rex Refused", "63");
        consent(tenant, lead, "whatsapp");
        openWindow(lead, "wamid.inbound-63", "Hello?");
        String id = send(tenant, lead, "whatsapp", "Hello!").text("id");

        JsonNode failed = awaitStatus(tenant, id, "failed");
        assertThat(failed.path("provider_code").asString()).isEqualTo("131030");
        assertThat(failed.path("reason").asString()).contains("Recipient phone number not in allowed list");
        assertThat(meta.findAll(postRequestedFor(urlEqualTo(MESSAGES)))).hasSize(2);
    }

    @Test
    void aReplyOpensTheWindowAndStopOptsTheLeadOut() {
        String lead = lead(tenant, "Wendy Window", "64");
        consent(tenant, lead, "whatsapp");
        assertProblem(send(tenant, lead, "whatsapp", "Free text"), 409, "outside_whatsapp_window");
        String reply = inboundNotification(phone(tenant, lead).substring(1), "wamid.inbound-64", "Hi, any news?");
        assertProblem(webhook(reply, sign("forged", reply)), 403, "invalid_signature");
        assertProblem(send(tenant, lead, "whatsapp", "Free text"), 409, "outside_whatsapp_window");
        assertThat(webhook(reply, sign(APP_SECRET, reply)).body()).contains("applied");
        assertThat(webhook(reply, sign(APP_SECRET, reply)).body()).contains("duplicate");
        accepted("wamid.outbound-64");
        assertThat(send(tenant, lead, "whatsapp", "Free text").status()).isEqualTo(202);

        String stop = inboundNotification(phone(tenant, lead).substring(1), "wamid.inbound-64-stop", "STOP");
        webhook(stop, sign(APP_SECRET, stop));
        assertProblem(send(tenant, lead, "whatsapp", "One more"), 409, "opted_out");
    }

    @Test
    void wrongSettingsAre400AndNothingIsStored() {
        Tenant other = organization();
        assertProblem(
                api.post(
                        "/api/v1/messaging/providers",
                        body(
                                "channel",
                                "whatsapp",
                                "kind",
                                "whatsapp_cloud",
                                "config",
                                Map.of("phone_number_id", "+1 555", "business_account_id", "1023"),
                                "secrets",
                                Map.of("access_token", "t", "app_secret", "s", "verify_token", "v")),
                        other.token()),
                400,
                "invalid_config");
        assertProblem(
                api.post(
                        "/api/v1/messaging/providers",
                        body(
                                "channel",
                                "whatsapp",
                                "kind",
                                "whatsapp_cloud",
                                "config",
                                Map.of("phone_number_id", PHONE_NUMBER_ID, "business_account_id", BUSINESS_ACCOUNT_ID),
                                "secrets",
                                Map.of("access_token", "t")),
                        other.token()),
                400,
                "invalid_config");
        assertProblem(
                api.post(
                        "/api/v1/messaging/providers",
                        body("channel", "sms", "kind", "whatsapp_cloud", "config", Map.of()),
                        other.token()),
                400,
                "kind_not_for_channel");
        assertThat(api.get("/api/v1/messaging/providers", other.token()).body()).doesNotContain("whatsapp_cloud");
        String read = statusNotification("wamid.x", "read", null);
        String foreign = webhookUrl.replace(tenant.organizationId(), other.organizationId());
        assertProblem(
                api.postRaw(
                        path(foreign), "application/json", read, Map.of("X-Hub-Signature-256", sign(APP_SECRET, read))),
                404,
                "not_found");
        String broken = "{not json";
        assertProblem(webhook(broken, sign(APP_SECRET, broken)), 400, "invalid_webhook");
    }

    /** A reply from the lead: WhatsApp's 24-hour window opens. */
    private void openWindow(String lead, String wamid, String text) {
        String reply = inboundNotification(phone(tenant, lead).substring(1), wamid, text);
        var received = webhook(reply, sign(APP_SECRET, reply));
        assertThat(received.body()).as(received.toString()).contains("applied");
    }

    private void accepted(String wamid) {
        meta.stubFor(post(urlEqualTo(MESSAGES))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"messaging_product\": \"whatsapp\", \"contacts\": [{\"input\": \"+15125550161\","
                                + " \"wa_id\": \"15125550161\"}], \"messages\": [{\"id\": \"" + wamid + "\"}]}")));
    }

    private List<LoggedRequest> awaitRequests(int count) {
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        meta.findAll(postRequestedFor(urlEqualTo(MESSAGES))).size() >= count);
        return meta.findAll(postRequestedFor(urlEqualTo(MESSAGES)));
    }

    /** Meta's notification envelope around one value. */
    private static String notification(String value) {
        return "{\"object\": \"whatsapp_business_account\", \"entry\": [{\"id\": \"" + BUSINESS_ACCOUNT_ID
                + "\", \"changes\": [{\"value\": {\"messaging_product\": \"whatsapp\", \"metadata\":"
                + " {\"display_phone_number\": \"15550783881\", \"phone_number_id\": \"" + PHONE_NUMBER_ID + "\"}, "
                + value + "}, \"field\": \"messages\"}]}]}";
    }

    private static String statusNotification(String wamid, String status, String error) {
        return notification("\"statuses\": [{\"id\": \"" + wamid + "\", \"status\": \"" + status
                + "\", \"timestamp\": \"1750263773\", \"recipient_id\": \"15125550161\""
                + (error == null ? "" : ", \"errors\": [" + error + "]") + "}]");
    }

    private static String inboundNotification(String from, String wamid, String text) {
        return notification("\"contacts\": [{\"profile\": {\"name\": \"A lead\"}, \"wa_id\": \"" + from
                + "\"}], \"messages\": [{\"from\": \"" + from + "\", \"id\": \"" + wamid
                + "\", \"timestamp\": \"1750263773\", \"type\": \"text\", \"text\": {\"body\": \"" + text + "\"}}]");
    }

    private Api.Response webhook(String body, String signature) {
        return api.postRaw(
                path(webhookUrl),
                "application/json",
                body,
                signature == null ? Map.of() : Map.of("X-Hub-Signature-256", signature));
    }

    private static String path(String url) {
        URI target = URI.create(url);
        return target.getRawPath() + "?" + target.getRawQuery();
    }

    /** Meta's scheme, written out independently of the application's verifier. */
    static String sign(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
