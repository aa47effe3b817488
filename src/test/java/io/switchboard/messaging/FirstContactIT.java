package io.switchboard.messaging;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.jobs.Job;
import io.switchboard.jobs.Jobs;
import io.switchboard.messaging.internal.FirstContacts;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.TenantContext;
import io.switchboard.support.Api;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Automatic first contact end to end over HTTP: a lead that arrives is queued for its first contact
 * on the job engine at the organization's delay; when it is due the lead gets the template through
 * the send job, unless someone messaged it first or the send policy refuses, and its timeline says
 * which. The setting refuses bad input, changing nothing, and is per organization.
 */
class FirstContactIT extends MessagingTest {

    @Autowired
    Jobs jobs;

    @Autowired
    Job<FirstContacts.Due> firstContactJob;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aLeadThatArrivesGetsTheTemplateWhenItsFirstContactIsDue() {
        Tenant tenant = organization();
        String template = template(tenant, "sms", "Hi {{first_name}}, thanks for asking about Acme homes!");
        JsonNode setting = put(
                        tenant, body("enabled", true, "channel", "sms", "template_id", template, "delay_minutes", 5))
                .json();
        assertThat(setting.path("enabled").asBoolean()).isTrue();
        assertThat(setting.path("template_id").asString()).isEqualTo(template);

        String lead = lead(tenant, "Nina Newcomb", "41");
        consent(tenant, lead, "sms");
        await().atMost(Duration.ofSeconds(30)).until(() -> queued(tenant, lead));
        assertThat(communications(tenant, lead).size())
                .as("nothing goes before the five minutes")
                .isZero();

        dueNow(tenant, lead);

        JsonNode sent = await().atMost(Duration.ofSeconds(30))
                .until(() -> communications(tenant, lead), log -> log.size() == 1)
                .get(0);
        assertThat(sent.path("channel").asString()).isEqualTo("sms");
        assertThat(sent.path("direction").asString()).isEqualTo("outbound");
        assertThat(sent.path("text").asString()).isEqualTo("Hi Nina, thanks for asking about Acme homes!");
        assertThat(queued(tenant, lead)).isFalse();
    }

    @Test
    void aLeadSomeoneMessagedFirstIsLeftAloneAndOneWithoutConsentIsToldWhy() {
        Tenant tenant = organization();
        String template = template(tenant, "sms", "Hi {{first_name}}, this is Acme Realty.");
        put(tenant, body("enabled", true, "channel", "sms", "template_id", template, "delay_minutes", 10));
        String quick = lead(tenant, "Quentin Quick", "42");
        consent(tenant, quick, "sms");
        assertThat(send(tenant, quick, "sms", "Hello from your agent").status()).isEqualTo(202);
        String silent = lead(tenant, "Sasha Silent", "43");
        await().atMost(Duration.ofSeconds(30)).until(() -> queued(tenant, quick) && queued(tenant, silent));

        dueNow(tenant, quick);
        dueNow(tenant, silent);

        await().atMost(Duration.ofSeconds(30)).until(() -> timeline(tenant, quick)
                .contains("First contact not sent: the lead was already called or" + " messaged"));
        assertThat(communications(tenant, quick).size())
                .as("only the agent's message")
                .isOne();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> timeline(tenant, silent).contains("First contact by SMS not sent:"));
        assertThat(timeline(tenant, silent)).contains("no_consent");
        assertThat(communications(tenant, silent).size()).isZero();
    }

    @Test
    void nothingIsQueuedWhileItIsOff() {
        Tenant tenant = organization();
        assertThat(api.get("/api/v1/messaging/first-contact", tenant.token())
                        .json()
                        .path("enabled")
                        .asBoolean())
                .isFalse();
        String lead = lead(tenant, "Oscar Off", "44");
        // every listener of the lead's arrival has finished
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE :id"
                                        + " AND completion_date IS NULL")
                                .param("id", "%" + lead + "%")
                                .query(Long.class)
                                .single()
                        == 0);
        assertThat(queued(tenant, lead)).isFalse();
    }

    @Test
    void badInputIs400AndChangesNothingAndTheSettingIsPerOrganization() {
        Tenant tenant = organization();
        String sms = template(tenant, "sms", "Hi {{first_name}}");
        String email = template(tenant, "email", "Hello {{first_name}}");
        put(tenant, body("enabled", true, "channel", "sms", "template_id", sms, "delay_minutes", 3));
        Tenant other = organization();
        String theirs = template(other, "sms", "Hola {{first_name}}");

        assertProblem(
                put(tenant, body("enabled", true, "channel", "sms", "delay_minutes", 3)), 400, "template_required");
        assertProblem(
                put(tenant, body("enabled", true, "channel", "sms", "template_id", email, "delay_minutes", 3)),
                400,
                "template_channel_mismatch");
        assertProblem(
                put(tenant, body("enabled", true, "channel", "sms", "template_id", theirs, "delay_minutes", 3)),
                400,
                "unknown_template");
        assertProblem(
                put(tenant, body("enabled", true, "channel", "slack", "template_id", sms, "delay_minutes", 3)),
                400,
                "invalid_channel");
        assertProblem(
                put(tenant, body("enabled", true, "channel", "sms", "template_id", sms, "delay_minutes", 2000)),
                400,
                "validation_failed");

        JsonNode kept =
                api.get("/api/v1/messaging/first-contact", tenant.token()).json();
        assertThat(kept.path("template_id").asString()).isEqualTo(sms);
        assertThat(kept.path("delay_minutes").asInt()).isEqualTo(3);
        assertThat(api.get("/api/v1/messaging/first-contact", other.token())
                        .json()
                        .path("enabled")
                        .asBoolean())
                .isFalse();
    }

    private Api.Response put(Tenant tenant, Map<String, Object> setting) {
        return api.send("PUT", "/api/v1/messaging/first-contact", setting, tenant.token(), Map.of());
    }

    private String template(Tenant tenant, String channel, String text) {
        var created = api.post(
                "/api/v1/messaging/templates",
                body(
                        "name",
                        "First contact " + UUID.randomUUID(),
                        "channel",
                        channel,
                        "language",
                        "en",
                        "subject",
                        channel.equals("email") ? "Welcome" : null,
                        "body",
                        text),
                tenant.token());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }

    private boolean queued(Tenant tenant, String lead) {
        OrganizationId organization = organizationOf(tenant);
        return TenantContext.callAs(organization, () -> jobs.isScheduled(firstContactJob, organization, lead));
    }

    /** The first contact's time comes now (instead of minutes from now). */
    private void dueNow(Tenant tenant, String lead) {
        TenantContext.runAs(
                organizationOf(tenant),
                () -> jobs.schedule(
                        firstContactJob, lead, new FirstContacts.Due(UUID.fromString(lead)), Instant.now()));
    }

    private static OrganizationId organizationOf(Tenant tenant) {
        return OrganizationId.of(UUID.fromString(tenant.organizationId()));
    }

    private JsonNode communications(Tenant tenant, String lead) {
        return api.get("/api/v1/leads/" + lead + "/communications", tenant.token())
                .json()
                .path("data");
    }

    private String timeline(Tenant tenant, String lead) {
        return api.get("/api/v1/leads/" + lead + "/timeline", tenant.token()).body();
    }
}
