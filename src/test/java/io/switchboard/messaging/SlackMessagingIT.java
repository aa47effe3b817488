package io.switchboard.messaging;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Slack incoming webhooks: internal alerts about a lead posted as {text}, retried, and in the lead's log. */
class SlackMessagingIT extends MessagingTest {

    static final String HOOK = "/services/T0123ABCD/B0456EFGH/xoxSecretPart0123456789";

    WireMockServer slack;
    Tenant tenant;

    @BeforeEach
    void slackAccount() {
        slack = new WireMockServer(options().dynamicPort());
        slack.start();
        tenant = organization();
        JsonNode account = provider(
                tenant,
                "slack",
                "slack_webhook",
                Map.of("channel", "#hot-leads"),
                Map.of("webhook_url", slack.baseUrl() + HOOK));
        assertThat(account.path("secrets_set").asBoolean()).isTrue();
        assertThat(account.toString()).doesNotContain("xoxSecretPart");
        assertThat(api.get("/api/v1/messaging/providers", tenant.token()).body())
                .contains("slack_webhook")
                .doesNotContain("xoxSecretPart");
    }

    @AfterEach
    void stopSlack() {
        slack.stop();
    }

    @Test
    void anAlertIsPostedAsTextRetriedAfterAnOutageAndLoggedWithTheLead() {
        slack.stubFor(post(urlEqualTo(HOOK))
                .inScenario("outage")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503))
                .willSetStateTo("back"));
        slack.stubFor(post(urlEqualTo(HOOK))
                .inScenario("outage")
                .whenScenarioStateIs("back")
                .willReturn(aResponse().withStatus(200).withBody("ok")));
        String lead = lead(tenant, "Hannah Hot", "71");
        String id = send(tenant, lead, "slack", "Hot lead: Hannah Hot asked for a viewing today")
                .text("id");

        awaitStatus(tenant, id, "sent");
        assertThat(slack.findAll(postRequestedFor(urlEqualTo(HOOK)))).hasSize(2);
        JsonNode posted = JsonMapper.builder()
                .build()
                .readTree(slack.findAll(postRequestedFor(urlEqualTo(HOOK)))
                        .getLast()
                        .getBodyAsString());
        assertThat(posted.path("text").asString()).isEqualTo("Hot lead: Hannah Hot asked for a viewing today");
        assertThat(slack.findAll(postRequestedFor(urlEqualTo(HOOK))).getLast().getHeader("Content-Type"))
                .startsWith("application/json");

        JsonNode log = api.get("/api/v1/leads/" + lead + "/communications", tenant.token())
                .json();
        JsonNode alert = log.path("data").path(0);
        assertThat(alert.path("channel").asString()).isEqualTo("slack");
        assertThat(alert.path("status").asString()).isEqualTo("sent");
        assertThat(alert.path("text").asString()).contains("Hannah Hot asked for a viewing");
    }

    @Test
    void aRefusalFailsTheAlertWithSlacksCode() {
        slack.stubFor(
                post(urlEqualTo(HOOK)).willReturn(aResponse().withStatus(404).withBody("channel_not_found")));
        String lead = lead(tenant, "Archie Archived", "72");
        String id = send(tenant, lead, "slack", "New lead: Archie").text("id");

        JsonNode failed = awaitStatus(tenant, id, "failed");
        assertThat(failed.path("provider_code").asString()).isEqualTo("channel_not_found");
        assertThat(failed.path("reason").asString()).contains("channel_not_found");
        assertThat(slack.findAll(postRequestedFor(urlEqualTo(HOOK)))).hasSize(1);
    }

    @Test
    void aWebhookUrlIsRequiredAndMustBeAnHttpUrl() {
        Tenant other = organization();
        for (Map<String, Object> secrets :
                java.util.List.<Map<String, Object>>of(Map.of(), Map.of("webhook_url", "ftp://hooks.example/x"))) {
            assertProblem(
                    api.post(
                            "/api/v1/messaging/providers",
                            body("channel", "slack", "kind", "slack_webhook", "config", Map.of(), "secrets", secrets),
                            other.token()),
                    400,
                    "invalid_config");
        }
        assertProblem(
                api.post(
                        "/api/v1/messaging/providers",
                        body("channel", "email", "kind", "slack_webhook", "config", Map.of()),
                        other.token()),
                400,
                "kind_not_for_channel");
        assertThat(api.get("/api/v1/messaging/providers", other.token()).body()).doesNotContain("slack_webhook");
    }
}
