package io.switchboard.campaigns;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.leads.LeadId;
import io.switchboard.messaging.CampaignSend;
import io.switchboard.messaging.Channel;
import io.switchboard.messaging.Messaging;
import io.switchboard.messaging.TemplateId;
import io.switchboard.shared.OrganizationId;
import io.switchboard.support.ApiTest;
import io.switchboard.tenancy.TenantTransactions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Message campaigns over HTTP on the simulated provider: the send policy per member, the funnel, bad input, tenants. */
class MessageCampaignsIT extends ApiTest {

    private static final AtomicInteger NUMBERS = new AtomicInteger(40);

    @Autowired
    Messaging messaging;

    @Autowired
    TenantTransactions tenants;

    @Test
    void anSmsCampaignMessagesEachMemberOnceReportsRefusalsAndCountsTheFunnel() {
        Tenant tenant = organization();
        String template = template(tenant, "Spring offer", "sms", "Hi {{first_name}}, spring viewings are open!");
        String ana = lead(tenant, "Ana Reyes", "21", true);
        String ben = lead(tenant, "Ben Undelivered", "13", true); // the simulator: a number ending 13 is undelivered
        String cy = lead(tenant, "Cy Noconsent", "22", true);
        String dee = lead(tenant, "Dee Stopped", "23", true);
        String eve = api.post("/api/v1/leads", body("name", "Eve Mailonly", "email", "eve@example.com"), tenant.token())
                .text("id");
        consent(tenant, ana);
        consent(tenant, ben);
        consent(tenant, dee);
        var stop = api.post(
                "/api/v1/messaging/simulator/inbound",
                body("from", phone(tenant, dee), "channel", "sms", "body", "STOP"),
                tenant.token());
        assertThat(stop.text("result")).as(stop.toString()).isEqualTo("applied");

        var created = api.post(
                "/api/v1/campaigns",
                body("name", "Spring SMS", "type", "sms", "template_id", template),
                tenant.token());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.text("type")).isEqualTo("sms");
        assertThat(created.text("template_id")).isEqualTo(template);
        String campaign = created.text("id");
        var added = api.post(
                CampaignSteps.path(campaign, "/members"),
                body("lead_ids", List.of(ana, ben, cy, dee, eve)),
                tenant.token());
        assertThat(added.json().path("added").asInt()).as(added.toString()).isEqualTo(5);
        var started = api.post(CampaignSteps.path(campaign, "/start"), null, tenant.token());
        assertThat(started.status()).as(started.toString()).isEqualTo(200);

        CampaignSteps steps = new CampaignSteps(api, tenant);
        JsonNode stats = steps.awaitStats(
                campaign,
                s -> s.path("messages").path("delivered").asInt() == 1
                        && s.path("messages").path("failed").asInt() == 1);
        JsonNode funnel = stats.path("messages");
        assertThat(funnel.path("members").asInt()).isEqualTo(5);
        assertThat(funnel.path("sent").asInt()).isEqualTo(2);
        assertThat(funnel.path("refused").asInt()).isEqualTo(3);
        assertThat(funnel.path("pending").asInt()).isZero();
        assertThat(stats.path("exclusions").path("no_consent").asInt()).isEqualTo(1);
        assertThat(stats.path("exclusions").path("opted_out").asInt()).isEqualTo(1);
        assertThat(stats.path("exclusions").path("no_address").asInt()).isEqualTo(1);
        // Its progress is in messages: the funnel's figures and how far it is, no calling figures.
        var progress = api.get(CampaignSteps.path(campaign, "/progress"), tenant.token());
        assertThat(progress.status()).as(progress.toString()).isEqualTo(200);
        JsonNode messages = progress.json();
        assertThat(messages.path("type").asString()).isEqualTo("sms");
        for (String figure : List.of("members", "sent", "delivered", "read", "failed", "refused", "pending")) {
            assertThat(messages.path(figure).asInt())
                    .as(figure)
                    .isEqualTo(funnel.path(figure).asInt());
        }
        assertThat(messages.path("percent_done").asInt()).isEqualTo(100);
        assertThat(messages.has("calls_per_hour") || messages.has("activity") || messages.has("answered"))
                .as(messages.toString())
                .isFalse();
        JsonNode refusals = api.get(CampaignSteps.path(campaign, "/exclusions?reason=opted_out"), tenant.token())
                .json()
                .path("data");
        assertThat(refusals.size()).isEqualTo(1);
        assertThat(refusals.get(0).path("lead_id").asString()).isEqualTo(dee);
        assertThat(refusals.get(0).path("outcome").asString()).isEqualTo("excluded");

        var reply = api.post(
                "/api/v1/messaging/simulator/inbound",
                body("from", phone(tenant, ana), "channel", "sms", "body", "Saturday works for me"),
                tenant.token());
        assertThat(reply.text("result")).as(reply.toString()).isEqualTo("applied");
        assertThat(steps.awaitStats(
                                campaign,
                                s -> s.path("messages").path("replied").asInt() == 1)
                        .path("messages")
                        .path("replied")
                        .asInt())
                .isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> "completed"
                .equals(api.get("/api/v1/campaigns/" + campaign, tenant.token()).text("status")));
        assertThat(api.get("/api/v1/campaigns/" + campaign, tenant.token()).text("completion_reason"))
                .isEqualTo("all_messaged");

        JsonNode members = api.get(CampaignSteps.path(campaign, "/members?status=messaged"), tenant.token())
                .json()
                .path("data");
        assertThat(members.valueStream().map(m -> m.path("lead_id").asString())).containsExactlyInAnyOrder(ana, ben);
        assertThat(members.valueStream().map(m -> m.path("message_status").asString()))
                .containsExactlyInAnyOrder("delivered", "undelivered");
        assertThat(outbound(tenant, ana)).isEqualTo(1);
        assertThat(outbound(tenant, ben)).isEqualTo(1);
        assertThat(outbound(tenant, cy)).isZero();
        assertThat(outbound(tenant, dee)).isZero();

        // Asked again for a member it messaged, messaging answers the first message and sends none.
        UUID message = UUID.fromString(members.valueStream()
                .filter(m -> m.path("lead_id").asString().equals(ana))
                .findFirst()
                .orElseThrow()
                .path("message_id")
                .asString());
        CampaignSend again = tenants.call(
                OrganizationId.of(UUID.fromString(tenant.organizationId())),
                () -> messaging.sendForCampaign(
                        UUID.fromString(campaign),
                        LeadId.of(UUID.fromString(ana)),
                        Channel.SMS,
                        TemplateId.of(UUID.fromString(template))));
        assertThat(again).isInstanceOf(CampaignSend.Sent.class);
        assertThat(((CampaignSend.Sent) again).message().value()).isEqualTo(message);
        assertThat(outbound(tenant, ana)).isEqualTo(1);
    }

    @Test
    void theDemoOrganizationsSmsCampaignRanOnFirstStart() {
        String token = apiSignIn("admin@acme.example", "switchboard-demo");
        JsonNode campaign = api.get("/api/v1/campaigns", token)
                .json()
                .path("data")
                .valueStream()
                .filter(c -> c.path("type").asString().equals("sms"))
                .findFirst()
                .orElseThrow();
        assertThat(campaign.path("name").asString()).isEqualTo("Viewing reminder by SMS");
        JsonNode stats = new CampaignSteps(api, new Tenant("", "", "", token, ""))
                .awaitStats(
                        campaign.path("id").asString(),
                        s -> s.path("messages").path("delivered").asInt() == 4);
        assertThat(stats.path("messages").path("members").asInt()).isEqualTo(10);
        assertThat(stats.path("messages").path("sent").asInt()).isEqualTo(4);
        assertThat(stats.path("messages").path("refused").asInt()).isEqualTo(6);
        assertThat(stats.path("exclusions").path("opted_out").asInt()).isEqualTo(1);
        assertThat(stats.path("exclusions").path("do_not_contact").asInt()).isEqualTo(1); // Noah's number is listed
        assertThat(stats.path("exclusions").path("no_consent").asInt()).isEqualTo(4);
    }

    @Test
    void aWhatsAppCampaignStartsOnlyWithAnApprovedTemplate() {
        Tenant tenant = organization();
        String pending = template(tenant, "Open house", "whatsapp", "Open house, {{first_name}}!");
        String lead = lead(tenant, "Wen Whatsapp", "31", true);
        String campaign = new CampaignSteps(api, tenant)
                .create(body("name", "Open house WhatsApp", "type", "whatsapp", "template_id", pending));
        api.post(CampaignSteps.path(campaign, "/members"), body("lead_ids", List.of(lead)), tenant.token());
        assertProblem(
                api.post(CampaignSteps.path(campaign, "/start"), null, tenant.token()), 409, "template_not_approved");
        assertThat(api.get("/api/v1/campaigns/" + campaign, tenant.token()).text("status"))
                .isEqualTo("draft");
    }

    @Test
    void badInputIsA400AndChangesNothing() {
        Tenant tenant = organization();
        String sms = template(tenant, "Reminder", "sms", "Hi {{first_name}}");
        String email = emailTemplate(tenant);
        assertProblem(create(tenant, body("name", "No template", "type", "sms")), 400, "template_required");
        assertProblem(
                create(tenant, body("name", "Wrong channel", "type", "sms", "template_id", email)),
                400,
                "template_channel_mismatch");
        assertProblem(
                create(tenant, body("name", "Calls only", "type", "sms", "template_id", sms, "max_attempts", 2)),
                400,
                "not_for_messages");
        assertProblem(
                create(
                        tenant,
                        body("name", "Agent", "type", "email", "template_id", email, "ai_agent_id", UUID.randomUUID())),
                400,
                "not_for_messages");
        assertProblem(
                create(tenant, body("name", "Call with template", "type", "ai_calling", "template_id", sms)),
                400,
                "not_for_calls");
        var fax = create(tenant, body("name", "Bad type", "type", "fax", "template_id", sms));
        assertThat(fax.status()).as(fax.toString()).isEqualTo(400);
        assertThat(fax.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/campaigns", tenant.token())
                        .json()
                        .path("data")
                        .size())
                .isZero();

        String campaign =
                new CampaignSteps(api, tenant).create(body("name", "Fine", "type", "sms", "template_id", sms));
        assertProblem(
                api.patch("/api/v1/campaigns/" + campaign, body("max_concurrent_calls", 5), tenant.token()),
                400,
                "not_for_messages");
        assertProblem(
                api.patch("/api/v1/campaigns/" + campaign, body("template_id", email), tenant.token()),
                400,
                "template_channel_mismatch");
        JsonNode unchanged =
                api.get("/api/v1/campaigns/" + campaign, tenant.token()).json();
        assertThat(unchanged.path("template_id").asString()).isEqualTo(sms);
        assertThat(unchanged.path("max_concurrent_calls").asInt()).isEqualTo(10);
        var changed = api.patch("/api/v1/campaigns/" + campaign, body("name", "Fine, renamed"), tenant.token());
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    }

    @Test
    void anotherOrganizationsCampaignAndTemplateAreNotFound() {
        Tenant ours = organization();
        Tenant theirs = organization();
        String template = template(ours, "Ours", "sms", "Hi {{first_name}}");
        String campaign =
                new CampaignSteps(api, ours).create(body("name", "Ours", "type", "sms", "template_id", template));
        assertProblem(create(theirs, body("name", "Theirs", "type", "sms", "template_id", template)), 404, "not_found");
        assertProblem(api.get("/api/v1/campaigns/" + campaign, theirs.token()), 404, "not_found");
        assertProblem(api.get(CampaignSteps.path(campaign, "/stats"), theirs.token()), 404, "not_found");
        assertProblem(api.get(CampaignSteps.path(campaign, "/progress"), theirs.token()), 404, "not_found");
        var before =
                api.get(CampaignSteps.path(campaign, "/progress"), ours.token()).json();
        assertThat(before.path("members").asInt()).isZero();
        assertThat(before.path("percent_done").isNull()).as(before.toString()).isTrue();
        assertProblem(api.post(CampaignSteps.path(campaign, "/start"), null, theirs.token()), 404, "not_found");
        assertProblem(
                api.patch("/api/v1/campaigns/" + campaign, body("name", "Taken"), theirs.token()), 404, "not_found");
        assertThat(api.get("/api/v1/campaigns", theirs.token())
                        .json()
                        .path("data")
                        .size())
                .isZero();
        assertThat(api.get("/api/v1/campaigns/" + campaign, ours.token()).text("name"))
                .isEqualTo("Ours");
    }

    private io.switchboard.support.Api.Response create(Tenant tenant, Map<String, Object> body) {
        return api.post("/api/v1/campaigns", body, tenant.token());
    }

    /** A fresh organization whose messaging window is the whole day (the hour the test runs at does not matter). */
    private Tenant organization() {
        Tenant tenant = signUp();
        var window = api.send(
                "PUT",
                "/api/v1/messaging/window",
                body("start_minute", 0, "end_minute", 1440),
                tenant.token(),
                Map.of());
        assertThat(window.status()).as(window.toString()).isEqualTo(200);
        return tenant;
    }

    private String template(Tenant tenant, String name, String channel, String text) {
        var created = api.post(
                "/api/v1/messaging/templates",
                body("name", name, "channel", channel, "language", "en", "body", text),
                tenant.token());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }

    private String emailTemplate(Tenant tenant) {
        var created = api.post(
                "/api/v1/messaging/templates",
                body("name", "Listings", "channel", "email", "language", "en", "subject", "New homes", "body", "Hi"),
                tenant.token());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }

    /** A lead in Chicago (the 512 area code) whose phone ends in the two digits given. */
    private String lead(Tenant tenant, String name, String lastTwo, boolean withPhone) {
        String phone = "(512) 555-" + String.format("%02d", NUMBERS.getAndIncrement() % 100) + lastTwo;
        var created = api.post(
                "/api/v1/leads", withPhone ? body("name", name, "phone", phone) : body("name", name), tenant.token());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }

    private void consent(Tenant tenant, String lead) {
        var recorded = api.post(
                "/api/v1/leads/" + lead + "/consents",
                body("source", "web_form", "evidence", "Ticked the SMS box", "channel", "sms", "purpose", "marketing"),
                tenant.token());
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    }

    private String phone(Tenant tenant, String lead) {
        return api.get("/api/v1/leads/" + lead, tenant.token())
                .json()
                .path("lead")
                .path("phone")
                .asString();
    }

    /** The messages sent to the lead (its communications log's outbound messages). */
    private long outbound(Tenant tenant, String lead) {
        return api.get("/api/v1/leads/" + lead + "/communications?limit=100", tenant.token())
                .json()
                .path("data")
                .valueStream()
                .filter(e -> e.path("type").asString().equals("message")
                        && e.path("direction").asString().equals("outbound"))
                .count();
    }
}
