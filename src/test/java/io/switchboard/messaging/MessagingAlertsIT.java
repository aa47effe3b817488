package io.switchboard.messaging;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Automatic alerts end to end over HTTP: a lead turning hot posts to the organization's Slack webhook
 * (WireMock) with its name, score, reason and link, through the send job and into the lead's
 * communications log; a reply alerts a team address by e-mail without the lead's consent (the alert
 * is not to the lead); the settings API refuses bad input and is per organization.
 */
class MessagingAlertsIT extends MessagingTest {

    static final String HOOK = "/services/T0123ABCD/B0456EFGH/alertsSecret0123456789";

    WireMockServer slack;

    @BeforeEach
    void startSlack() {
        slack = new WireMockServer(options().dynamicPort());
        slack.start();
        slack.stubFor(
                post(urlEqualTo(HOOK)).willReturn(aResponse().withStatus(200).withBody("ok")));
    }

    @AfterEach
    void stopSlack() {
        slack.stop();
    }

    @Test
    void aLeadTurningHotIsAlertedOnSlackWithItsNameScoreReasonAndLink() {
        Tenant tenant = organization();
        provider(
                tenant,
                "slack",
                "slack_webhook",
                Map.of("channel", "#hot-leads"),
                Map.of("webhook_url", slack.baseUrl() + HOOK));
        JsonNode rules = put(tenant, List.of(Map.of("event", "lead_hot", "channel", "slack")));
        assertThat(rules.path("data").size()).isOne();
        String lead = lead(tenant, "Harriet Hotwell", "81");

        var scored = api.patch("/api/v1/leads/" + lead, body("score", 85), tenant.token());
        assertThat(scored.status()).as(scored.toString()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> !slack.findAll(postRequestedFor(urlEqualTo(HOOK))).isEmpty());
        String text = JsonMapper.builder()
                .build()
                .readTree(slack.findAll(postRequestedFor(urlEqualTo(HOOK)))
                        .getFirst()
                        .getBodyAsString())
                .path("text")
                .asString();
        assertThat(text)
                .contains("*Harriet Hotwell* turned hot (was cold), score 85.")
                .contains("Why: Set by hand to 85")
                .contains("/leads/" + lead + "|Open the lead>");

        JsonNode alert = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> slackAlert(tenant, lead),
                        a -> a != null && "sent".equals(a.path("status").asString()));
        assertThat(alert.path("alert").asString()).isEqualTo("lead_hot");
        assertThat(alert.path("text").asString()).isEqualTo(text);
        assertThat(api.get("/api/v1/leads/" + lead + "/timeline", tenant.token())
                        .body())
                .contains("Slack alert to the team: Hot lead: Harriet Hotwell (score 85)");
        assertThat(slack.findAll(postRequestedFor(urlEqualTo(HOOK)))).hasSize(1);
    }

    @Test
    void aRecomputeMovingLeadsIntoHotAlertsNobody() {
        Tenant tenant = organization();
        provider(
                tenant,
                "slack",
                "slack_webhook",
                Map.of("channel", "#hot-leads"),
                Map.of("webhook_url", slack.baseUrl() + HOOK));
        put(tenant, List.of(Map.of("event", "lead_hot", "channel", "slack")));
        String quiet = lead(tenant, "Rita Recompute", "83");
        // A new rule rescoring every lead (a recompute) makes Rita hot: the team is not told lead by lead.
        var rule = api.post(
                "/api/v1/scoring/rules",
                body(
                        "name",
                        "Has an e-mail",
                        "category",
                        "demographic",
                        "criteria",
                        Map.of("field", "email", "op", "exists"),
                        "points",
                        90),
                tenant.token());
        assertThat(rule.status()).as(rule.toString()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> api.get("/api/v1/leads/" + quiet, tenant.token()).json(),
                        read -> read.path("lead").path("temperature").asString().equals("hot"));

        // Another recompute takes her out again; a lead a person then makes hot still alerts: the one
        // post is about him, not Rita.
        api.patch("/api/v1/scoring/rules/" + rule.text("id"), body("active", false), tenant.token());
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> api.get("/api/v1/leads/" + quiet, tenant.token()).json(),
                        read -> read.path("lead").path("temperature").asString().equals("cold"));
        String loud = lead(tenant, "Lou Later", "84");
        assertThat(api.patch("/api/v1/leads/" + loud, body("score", 88), tenant.token())
                        .status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !slack.findAll(postRequestedFor(urlEqualTo(HOOK))).isEmpty());
        assertThat(slack.findAll(postRequestedFor(urlEqualTo(HOOK))))
                .singleElement()
                .satisfies(post -> assertThat(post.getBodyAsString()).contains("Lou Later"));
        assertThat(slackAlert(tenant, quiet)).isNull();
    }

    @Test
    void aReplyAlertsTheTeamByEmailWithoutTheLeadsConsent() {
        Tenant tenant = organization();
        put(tenant, List.of(Map.of("event", "lead_replied", "channel", "email", "recipient", " Sales@Acme.example ")));
        String lead = lead(tenant, "Rory Replies", "82");

        var reply = api.post(
                "/api/v1/messaging/simulator/inbound",
                body("from", phone(tenant, lead), "channel", "sms", "body", "Could we see the flat on Friday?"),
                tenant.token());
        assertThat(reply.text("result")).as(reply.toString()).isEqualTo("applied");

        JsonNode alert = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> entries(tenant, lead, "email").stream()
                                .findFirst()
                                .orElse(null),
                        a -> a != null && "delivered".equals(a.path("status").asString()));
        assertThat(alert.path("alert").asString()).isEqualTo("lead_replied");
        assertThat(alert.path("direction").asString()).isEqualTo("outbound");
        assertThat(alert.path("text").asString())
                .contains("Rory Replies replied by SMS (score 0, cold):")
                .contains("> Could we see the flat on Friday?")
                .contains("Open the lead: ")
                .contains("/leads/" + lead);
        JsonNode message = message(tenant, alert.path("id").asString());
        assertThat(message.path("subject").asString()).isEqualTo("Reply from Rory Replies (SMS)");
        assertThat(message.path("alert").asString()).isEqualTo("lead_replied");
        // the lead has no e-mail consent: a message to the lead would have been refused no_consent
        assertProblem(send(tenant, lead, "email", "Hello"), 400, "subject_required");
        assertProblem(
                api.post(
                        "/api/v1/messages",
                        body("lead_id", lead, "channel", "email", "subject", "Hi", "body", "Hello"),
                        tenant.token()),
                409,
                "no_consent");
    }

    @Test
    void badRulesAre400AndChangeNothingAndEachOrganizationSeesOnlyItsOwn() {
        Tenant tenant = organization();
        put(
                tenant,
                List.of(
                        Map.of("event", "lead_hot", "channel", "slack"),
                        Map.of("event", "lead_hot", "channel", "email", "recipient", "team@example.com")));

        List<Object> bad = List.of(
                List.of(Map.of("event", "lead_hot", "channel", "email")),
                List.of(Map.of("event", "lead_hot", "channel", "email", "recipient", "not an address")),
                List.of(Map.of("event", "lead_hot", "channel", "slack", "recipient", "team@example.com")),
                List.of(Map.of("event", "lead_replied", "channel", "sms")),
                List.of(
                        Map.of("event", "lead_hot", "channel", "slack"),
                        Map.of("event", "lead_hot", "channel", "slack")));
        List<String> codes = List.of(
                "invalid_alert_recipient",
                "invalid_alert_recipient",
                "invalid_alert_recipient",
                "invalid_alert_channel",
                "duplicate_alert");
        for (int i = 0; i < bad.size(); i++) {
            var refused =
                    api.send("PUT", "/api/v1/messaging/alerts", body("rules", bad.get(i)), tenant.token(), Map.of());
            assertProblem(refused, 400, codes.get(i));
            assertThat(refused.json().path("errors").path(0).path("message").asString())
                    .isNotBlank();
            assertThat(refused.json().path("errors").path(0).path("field").asString())
                    .as("the rule named by its place")
                    .startsWith(i == 4 ? "rules[1]" : "rules[0]");
        }
        var unknown = api.send(
                "PUT",
                "/api/v1/messaging/alerts",
                body("rules", List.of(Map.of("event", "lead_cold", "channel", "slack"))),
                tenant.token(),
                Map.of());
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        JsonNode kept = api.get("/api/v1/messaging/alerts", tenant.token()).json();
        assertThat(kept.path("data").size()).isEqualTo(2);
        assertThat(kept.toString()).contains("team@example.com");

        Tenant other = organization();
        assertThat(api.get("/api/v1/messaging/alerts", other.token())
                        .json()
                        .path("data")
                        .size())
                .isZero();
        put(other, List.of());
        assertThat(api.get("/api/v1/messaging/alerts", tenant.token())
                        .json()
                        .path("data")
                        .size())
                .as("another organization's change leaves ours")
                .isEqualTo(2);
        Member agent = join(tenant, "agent");
        assertThat(api.get("/api/v1/messaging/alerts", agent.token()).status()).isEqualTo(403);
    }

    private JsonNode put(Tenant tenant, List<Map<String, String>> rules) {
        var saved = api.send("PUT", "/api/v1/messaging/alerts", body("rules", rules), tenant.token(), Map.of());
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        return saved.json();
    }

    private JsonNode slackAlert(Tenant tenant, String lead) {
        return entries(tenant, lead, "slack").stream().findFirst().orElse(null);
    }

    private List<JsonNode> entries(Tenant tenant, String lead, String channel) {
        List<JsonNode> found = new ArrayList<>();
        api.get("/api/v1/leads/" + lead + "/communications", tenant.token())
                .json()
                .path("data")
                .forEach(e -> {
                    if (channel.equals(e.path("channel").asString())) {
                        found.add(e);
                    }
                });
        return found;
    }
}
