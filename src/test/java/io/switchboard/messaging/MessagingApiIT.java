package io.switchboard.messaging;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.messaging.internal.SimulatorSignature;
import io.switchboard.shared.OrganizationId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MessagingApiIT extends MessagingTest {

    @Autowired
    SimulatorSignature signature;

    @Autowired
    JsonMapper json;

    @Test
    void aTemplatedSmsIsQueuedSentAndDeliveredWithTheVersionItUsed() {
        Tenant tenant = organization();
        String lead = lead(tenant, "Dana Whitfield", "21");
        consent(tenant, lead, "sms");
        var template = api.post(
                "/api/v1/messaging/templates",
                body(
                        "name",
                        "Viewing",
                        "channel",
                        "sms",
                        "language",
                        "en",
                        "body",
                        "Hi {{first_name}}, unit {{unit}}?"),
                tenant.token());
        assertThat(template.status()).as(template.toString()).isEqualTo(201);
        assertThat(template.json().path("variables").toString()).isEqualTo("[\"first_name\",\"unit\"]");
        String templateId = template.text("id");
        var changed = api.send(
                "PUT",
                "/api/v1/messaging/templates/" + templateId,
                body(
                        "name",
                        "Viewing",
                        "channel",
                        "sms",
                        "language",
                        "en",
                        "body",
                        "Hello {{first_name}}: unit {{unit}}?"),
                tenant.token(),
                Map.of());
        assertThat(changed.json().path("version").asInt()).isEqualTo(2);

        var preview = api.post(
                "/api/v1/messaging/templates/" + templateId + "/preview",
                body("lead_id", lead, "variables", Map.of("unit", "4B")),
                tenant.token());
        assertThat(preview.text("body")).isEqualTo("Hello Dana: unit 4B?");

        var sent = api.post(
                "/api/v1/messages",
                body("lead_id", lead, "channel", "sms", "template_id", templateId, "variables", Map.of("unit", "4B")),
                tenant.token());
        assertThat(sent.status()).as(sent.toString()).isEqualTo(202);
        assertThat(sent.text("status")).isEqualTo("queued");
        JsonNode delivered = awaitStatus(tenant, sent.text("id"), "delivered");
        assertThat(delivered.path("template_version").asInt()).isEqualTo(2);
        assertThat(delivered.path("lead_id").asString()).isEqualTo(lead);
        assertThat(delivered.path("body").asString()).isEqualTo("Hello Dana: unit 4B?");
        assertThat(statuses(delivered)).containsSubsequence("sending", "sent", "delivered");

        var log = api.get("/api/v1/leads/" + lead + "/communications", tenant.token());
        assertThat(log.json().path("data").get(0).path("type").asString()).isEqualTo("message");
        assertThat(log.json().path("data").get(0).path("status").asString()).isEqualTo("delivered");
        assertThat(log.json().path("data").get(0).path("delivered_at").asString())
                .as("when it was delivered, for the conversation view")
                .isNotBlank();
    }

    @Test
    void aSimulatedAccountThatSendsNoWebhooksLeavesTheStatusToTheWebhooksPlayedToIt() {
        Tenant tenant = organization();
        var account = api.post(
                "/api/v1/messaging/providers",
                body("channel", "sms", "kind", "simulated", "config", Map.of("send_webhooks", false)),
                tenant.token());
        assertThat(account.status()).as(account.toString()).isBetween(200, 201);
        String lead = lead(tenant, "Quiet Simulator", "42");
        consent(tenant, lead, "sms");
        var sent =
                api.post("/api/v1/messages", body("lead_id", lead, "channel", "sms", "body", "Hello"), tenant.token());
        awaitStatus(tenant, sent.text("id"), "sending");
        // the simulator would report sent 0.7 s after the hand-over and delivered 0.7 s later
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> api.get(
                        "/api/v1/messages/" + sent.text("id"), tenant.token())
                .text("status")
                .equals("sending"));
    }

    @Test
    void aFailedDeliveryCarriesTheProvidersCodeAndReason() {
        Tenant tenant = organization();
        String lead = lead(tenant, "Marcus Lee", "13");
        consent(tenant, lead, "sms");
        var sent = api.post(
                "/api/v1/messages", body("lead_id", lead, "channel", "sms", "body", "Still keen?"), tenant.token());
        JsonNode failed = awaitStatus(tenant, sent.text("id"), "undelivered");
        assertThat(failed.path("provider_code").asString()).isEqualTo("30005");
        assertThat(failed.path("reason").asString()).isEqualTo("Unknown destination handset");
    }

    @Test
    void everyRefusalIsA409WithItsCodeAndStoresNothing() {
        Tenant tenant = organization();
        String lead = lead(tenant, "Priya Raman", "31");
        assertProblem(send(tenant, lead, "sms", "Hello"), 409, "no_consent");
        assertProblem(
                api.post(
                        "/api/v1/messages",
                        body("lead_id", lead, "channel", "email", "subject", "Hi", "body", "Hello"),
                        tenant.token()),
                409,
                "no_consent");

        consent(tenant, lead, "whatsapp");
        assertProblem(send(tenant, lead, "whatsapp", "Free-form"), 409, "outside_whatsapp_window");
        var pending = api.post(
                "/api/v1/messaging/templates",
                body(
                        "name",
                        "Open house",
                        "channel",
                        "whatsapp",
                        "language",
                        "en",
                        "body",
                        "Open house {{first_name}}"),
                tenant.token());
        assertThat(pending.text("approval")).isEqualTo("pending");
        assertProblem(
                api.post(
                        "/api/v1/messages",
                        body("lead_id", lead, "channel", "whatsapp", "template_id", pending.text("id")),
                        tenant.token()),
                409,
                "template_not_approved");

        consent(tenant, lead, "sms");
        var dnc = api.post("/api/v1/dnc", body("phone", phone(tenant, lead), "reason", "asked"), tenant.token());
        assertThat(dnc.status()).as(dnc.toString()).isEqualTo(201);
        assertProblem(send(tenant, lead, "sms", "Hello"), 409, "do_not_contact");

        String other = lead(tenant, "Oliver Bennett", "32");
        consent(tenant, other, "sms");
        ZonedDateTime chicago = ZonedDateTime.now(ZoneId.of("America/Chicago"));
        int now = chicago.getHour() * 60 + chicago.getMinute();
        // a window that ends before now, or starts after it
        Map<String, Object> closed =
                now >= 120 ? body("start_minute", 0, "end_minute", 60) : body("start_minute", 600, "end_minute", 700);
        api.send("PUT", "/api/v1/messaging/window", closed, tenant.token(), Map.of());
        var quiet = send(tenant, other, "sms", "Hello");
        assertProblem(quiet, 409, "quiet_hours");
        assertThat(quiet.json().path("reason").asString()).contains("messaging window");
        api.send(
                "PUT",
                "/api/v1/messaging/window",
                body("start_minute", 0, "end_minute", 1440),
                tenant.token(),
                Map.of());

        assertThat(api.get("/api/v1/leads/" + lead + "/communications", tenant.token())
                        .json()
                        .path("data")
                        .size())
                .isZero();
        assertThat(api.get("/api/v1/leads/" + other + "/communications", tenant.token())
                        .json()
                        .path("data")
                        .size())
                .isZero();
    }

    @Test
    void stopOptsTheNumberOutOfTheChannelAndStartOptsItBackIn() {
        Tenant tenant = organization();
        String lead = lead(tenant, "Sofia Alvarez", "41");
        consent(tenant, lead, "sms");
        String first = send(tenant, lead, "sms", "Viewing on Saturday?").text("id");
        awaitStatus(tenant, first, "delivered");

        for (String stop : List.of("STOP", " baja ", "Arret", "UNSUBSCRIBE")) {
            var reply = api.post(
                    "/api/v1/messaging/simulator/inbound",
                    body("from", phone(tenant, lead), "channel", "sms", "body", stop),
                    tenant.token());
            assertThat(reply.text("result")).as(reply.toString()).isEqualTo("applied");
            assertProblem(send(tenant, lead, "sms", "Still there?"), 409, "opted_out");
            api.post(
                    "/api/v1/messaging/simulator/inbound",
                    body("from", phone(tenant, lead), "channel", "sms", "body", "START"),
                    tenant.token());
            assertThat(send(tenant, lead, "sms", "Welcome back").status()).isEqualTo(202);
        }
        var log = api.get("/api/v1/leads/" + lead + "/communications?limit=200", tenant.token());
        long replies = 0;
        for (JsonNode entry : log.json().path("data")) {
            if (entry.path("direction").asString().equals("inbound")) {
                replies++;
                assertThat(entry.path("status").asString()).isEqualTo("received");
            }
        }
        assertThat(replies).isEqualTo(8);
        var timeline = api.get("/api/v1/leads/" + lead + "/timeline", tenant.token());
        assertThat(timeline.body()).contains("SMS from the lead: START");
    }

    @Test
    void aReplyOpensTheWhatsAppWindowAndNotifiesTheLeadsOwner() {
        Tenant tenant = organization();
        var created = api.post(
                "/api/v1/leads",
                body("name", "James O'Connor", "phone", "(512) 555-0151", "owner_id", tenant.adminId()),
                tenant.token());
        String lead = created.text("id");
        consent(tenant, lead, "whatsapp");
        assertProblem(send(tenant, lead, "whatsapp", "Hi"), 409, "outside_whatsapp_window");
        var reply = api.post(
                "/api/v1/messaging/simulator/inbound",
                body("from", created.text("phone"), "channel", "whatsapp", "body", "Is the condo still available?"),
                tenant.token());
        assertThat(reply.text("result")).isEqualTo("applied");
        var sent = send(tenant, lead, "whatsapp", "It is! Saturday at 10?");
        assertThat(sent.status()).as(sent.toString()).isEqualTo(202);
        assertThat(awaitStatus(tenant, sent.text("id"), "read").path("status").asString())
                .isEqualTo("read");
        var notifications = api.get("/api/v1/notifications", tenant.token());
        assertThat(notifications.body()).contains("Reply from James O'Connor");
    }

    @Test
    void forgedAndUnknownWebhooksChangeNothing() {
        Tenant tenant = organization();
        String lead = lead(tenant, "Wei Chen", "51");
        consent(tenant, lead, "sms");
        // scheduled a minute ahead: the simulator stays quiet while the test plays the provider
        String id = api.post(
                        "/api/v1/messages",
                        body(
                                "lead_id",
                                lead,
                                "channel",
                                "sms",
                                "body",
                                "Hi",
                                "send_at",
                                Instant.now().plusSeconds(60).toString()),
                        tenant.token())
                .text("id");
        assertThat(message(tenant, id).path("status").asString()).isEqualTo("queued");
        OrganizationId organization = OrganizationId.of(UUID.fromString(tenant.organizationId()));
        // the message is not handed over yet: a status for an unknown provider id changes nothing
        assertThat(webhook(organization, "e0", "SIMnone", "delivered")).isEqualTo("unknown_message");

        // forged: no signature, a wrong one, another organization's
        String body = statusBody("e1", "SIMx", "delivered");
        var unsigned = api.postRaw(
                "/api/v1/webhooks/messaging/simulated?org=" + organization.value(), "application/json", body, Map.of());
        assertProblem(unsigned, 403, "invalid_signature");
        OrganizationId other = OrganizationId.of(UUID.randomUUID());
        var foreign = api.postRaw(
                "/api/v1/webhooks/messaging/simulated?org=" + organization.value(),
                "application/json",
                body,
                Map.of(SimulatorSignature.HEADER, signature.sign(other, body, Instant.now())));
        assertProblem(foreign, 403, "invalid_signature");
        assertProblem(
                api.postRaw(
                        "/api/v1/webhooks/messaging/nosuch?org=" + organization.value(),
                        "application/json",
                        body,
                        Map.of()),
                404,
                "not_found");
    }

    @Test
    void theSimulatorsOwnReportsArriveTwiceAndLateWithoutHarm() {
        Tenant tenant = organization();
        String lead = lead(tenant, "Ana Souza", "61");
        consent(tenant, lead, "sms");
        String id = send(tenant, lead, "sms", "Hi").text("id");
        JsonNode delivered = awaitStatus(tenant, id, "delivered");
        OrganizationId organization = OrganizationId.of(UUID.fromString(tenant.organizationId()));
        String providerId = providerId(tenant, id);
        // a redelivery of the same event, then a late 'sent' and a late failure under new event ids
        assertThat(webhook(organization, providerId + ":delivered", providerId, "delivered"))
                .isEqualTo("duplicate");
        assertThat(webhook(organization, "late-sent", providerId, "sent")).isEqualTo("ignored");
        assertThat(webhook(organization, "late-sent", providerId, "sent")).isEqualTo("duplicate");
        assertThat(webhook(organization, "late-failed", providerId, "failed")).isEqualTo("ignored");
        JsonNode after = message(tenant, id);
        assertThat(after.path("status").asString()).isEqualTo("delivered");
        assertThat(after.path("events").size())
                .isEqualTo(delivered.path("events").size() + 2);
        assertThat(after.path("events")
                        .get(after.path("events").size() - 1)
                        .path("applied")
                        .asBoolean())
                .isFalse();
        assertThat(webhook(organization, "read-1", providerId, "read")).isEqualTo("applied");
        assertThat(message(tenant, id).path("status").asString()).isEqualTo("read");
    }

    @Test
    void anotherOrganizationsMessagesTemplatesAndLeadsAreNotFound() {
        Tenant a = organization();
        Tenant b = organization();
        String lead = lead(a, "Grace Kim", "71");
        consent(a, lead, "sms");
        String message = send(a, lead, "sms", "Hi").text("id");
        String template = api.post(
                        "/api/v1/messaging/templates",
                        body("name", "T", "channel", "sms", "language", "en", "body", "Hi {{first_name}}"),
                        a.token())
                .text("id");

        assertProblem(api.get("/api/v1/messages/" + message, b.token()), 404, "not_found");
        assertProblem(api.get("/api/v1/messaging/templates/" + template, b.token()), 404, "not_found");
        assertProblem(api.get("/api/v1/leads/" + lead + "/communications", b.token()), 404, "not_found");
        assertProblem(send(b, lead, "sms", "Hi"), 404, "not_found");
        assertProblem(
                api.post("/api/v1/messaging/templates/" + template + "/preview", body("lead_id", lead), b.token()),
                404,
                "not_found");
        var reply = api.post(
                "/api/v1/messaging/simulator/inbound",
                body("from", phone(a, lead), "channel", "sms", "body", "STOP"),
                b.token());
        assertThat(reply.text("result")).isEqualTo("unknown_sender");
        assertThat(send(a, lead, "sms", "Still yours").status()).isEqualTo(202);
    }

    @Test
    void badInputIsA400AndChangesNothing() {
        Tenant tenant = organization();
        String lead = lead(tenant, "Liam Walsh", "81");
        consent(tenant, lead, "sms");
        String template = api.post(
                        "/api/v1/messaging/templates",
                        body("name", "T", "channel", "sms", "language", "en", "body", "Hi {{first_name}} {{unit}}"),
                        tenant.token())
                .text("id");
        assertProblem(
                api.post("/api/v1/messages", body("channel", "sms", "body", "x"), tenant.token()),
                400,
                "validation_failed");
        assertProblem(
                api.post("/api/v1/messages", body("lead_id", lead, "channel", "fax", "body", "x"), tenant.token()),
                400,
                "invalid_type");
        assertProblem(
                api.post(
                        "/api/v1/messages",
                        body("lead_id", lead, "channel", "sms", "template_id", template, "body", "x"),
                        tenant.token()),
                400,
                "template_or_body");
        assertProblem(
                api.post("/api/v1/messages", body("lead_id", lead, "channel", "sms"), tenant.token()),
                400,
                "template_or_body");
        var missing = api.post(
                "/api/v1/messages", body("lead_id", lead, "channel", "sms", "template_id", template), tenant.token());
        assertProblem(missing, 400, "missing_variables");
        assertThat(missing.body()).contains("unit");
        assertProblem(
                api.post("/api/v1/messaging/templates/" + template + "/preview", body("lead_id", lead), tenant.token()),
                400,
                "missing_variables");
        assertProblem(
                api.post(
                        "/api/v1/messages",
                        body(
                                "lead_id",
                                lead,
                                "channel",
                                "sms",
                                "body",
                                "x",
                                "send_at",
                                Instant.now().minusSeconds(3600).toString()),
                        tenant.token()),
                400,
                "in_past");
        assertProblem(
                api.post(
                        "/api/v1/messages",
                        body("lead_id", lead, "channel", "email", "template_id", template),
                        tenant.token()),
                400,
                "template_channel_mismatch");
        assertProblem(
                api.post(
                        "/api/v1/messaging/templates",
                        body("name", "E", "channel", "email", "language", "en", "body", "no subject"),
                        tenant.token()),
                400,
                "subject_required");
        assertProblem(
                api.post(
                        "/api/v1/messaging/providers",
                        body("channel", "email", "kind", "twilio", "config", Map.of()),
                        tenant.token()),
                400,
                "kind_not_for_channel");
        assertProblem(
                api.send(
                        "PUT",
                        "/api/v1/messaging/window",
                        body("start_minute", 600, "end_minute", 500),
                        tenant.token(),
                        Map.of()),
                400,
                "invalid_window");
        assertThat(api.get("/api/v1/leads/" + lead + "/communications", tenant.token())
                        .json()
                        .path("data")
                        .size())
                .isZero();
        assertThat(api.get("/api/v1/messaging/templates", tenant.token())
                        .json()
                        .path("data")
                        .size())
                .isEqualTo(1);
    }

    @Test
    void providerSecretsAreWriteOnlyAndEveryChannelStartsSimulated() {
        Tenant tenant = organization();
        var list = api.get("/api/v1/messaging/providers", tenant.token());
        assertThat(list.json().path("data").size()).isEqualTo(4);
        for (JsonNode account : list.json().path("data")) {
            assertThat(account.path("kind").asString()).isEqualTo("simulated");
        }
        var set = api.post(
                "/api/v1/messaging/providers",
                body(
                        "channel",
                        "sms",
                        "kind",
                        "simulated",
                        "config",
                        Map.of("from", "+15125550100"),
                        "secrets",
                        Map.of("token", "s3cr3t-value")),
                tenant.token());
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().path("secrets_set").asBoolean()).isTrue();
        assertThat(set.body()).doesNotContain("s3cr3t-value");
        assertThat(api.get("/api/v1/messaging/providers", tenant.token()).body())
                .doesNotContain("s3cr3t-value");
        Member agent = join(tenant, "agent");
        assertProblem(api.get("/api/v1/messaging/providers", agent.token()), 403, "permission_denied");
    }

    @Test
    void aScheduledMessageWaitsForItsTimeOnTheJobEngine() {
        Tenant tenant = organization();
        String lead = lead(tenant, "Noah Fischer", "91");
        consent(tenant, lead, "sms");
        Instant at = Instant.now().plusSeconds(3);
        var sent = api.post(
                "/api/v1/messages",
                body("lead_id", lead, "channel", "sms", "body", "Reminder", "send_at", at.toString()),
                tenant.token());
        assertThat(sent.status()).as(sent.toString()).isEqualTo(202);
        assertThat(sent.text("status")).isEqualTo("queued");
        JsonNode delivered = awaitStatus(tenant, sent.text("id"), "delivered");
        Instant handed =
                Instant.parse(delivered.path("events").get(0).path("at").asString());
        assertThat(handed).isAfterOrEqualTo(at.minusMillis(1));
    }

    String providerId(Tenant tenant, String message) {
        // the simulator's event ids are "<provider id>:<status>"; its sent report is applied
        return message(tenant, message).path("provider_message_id").asString();
    }

    String statusBody(String eventId, String providerId, String status) {
        return json.writeValueAsString(Map.of(
                "type",
                "status",
                "event_id",
                eventId,
                "message_id",
                providerId,
                "status",
                status,
                "error_code",
                "",
                "error_message",
                ""));
    }

    String webhook(OrganizationId organization, String eventId, String providerId, String status) {
        String body = statusBody(eventId, providerId, status);
        var response = api.postRaw(
                "/api/v1/webhooks/messaging/simulated?org=" + organization.value(),
                "application/json",
                body,
                Map.of(SimulatorSignature.HEADER, signature.sign(organization, body, Instant.now())));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.text("result");
    }
}
