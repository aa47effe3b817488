package io.switchboard.compliance;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.ApiTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class ConsentApiIT extends ApiTest {

    static final java.util.concurrent.atomic.AtomicInteger NUMBERS = new java.util.concurrent.atomic.AtomicInteger(10);

    String lead(Tenant tenant, String name) {
        var created = api.post(
                "/api/v1/leads",
                body("name", name, "phone", "(512) 555-01" + NUMBERS.getAndIncrement()),
                tenant.token());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }

    @Test
    void consentIsRecordedListedAndRevoked() {
        Tenant tenant = signUp();
        String lead = lead(tenant, "Dana Whitfield");
        String path = "/api/v1/leads/" + lead + "/consents";
        assertThat(api.get(path, tenant.token()).json().path("has_consent").asBoolean())
                .isFalse();

        Instant given = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        var recorded = api.post(
                path,
                body(
                        "source", "web_form",
                        "obtained_at", given.toString(),
                        "evidence", "Ticked the consent box on the enquiry form",
                        "evidence_url", "https://acme.example/forms/8812"),
                tenant.token());
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(recorded.text("lead_id")).isEqualTo(lead);
        assertThat(recorded.text("source")).isEqualTo("web_form");
        assertThat(Instant.parse(recorded.text("obtained_at"))).isEqualTo(given);
        assertThat(recorded.text("recorded_by")).isEqualTo(tenant.adminId());
        assertThat(recorded.json().path("revoked_at").isNull()).isTrue();

        var list = api.get(path, tenant.token());
        assertThat(list.json().path("has_consent").asBoolean()).isTrue();
        assertThat(list.json().path("data").size()).isEqualTo(1);

        String consent = recorded.text("id");
        var revoked = api.post(path + "/" + consent + "/revoke", body("reason", "asked by e-mail"), tenant.token());
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        assertThat(revoked.text("revocation_reason")).isEqualTo("asked by e-mail");
        assertThat(revoked.text("revoked_by")).isEqualTo(tenant.adminId());
        assertProblem(api.post(path + "/" + consent + "/revoke", null, tenant.token()), 409, "already_revoked");

        var after = api.get(path, tenant.token());
        assertThat(after.json().path("has_consent").asBoolean()).isFalse();
        assertThat(after.json().path("data").get(0).path("evidence").asString()).contains("consent box");
    }

    @Test
    void aMessagingConsentDoesNotCountForAiCalls() {
        Tenant tenant = signUp();
        String path = "/api/v1/leads/" + lead(tenant, "Elena Petrova") + "/consents";
        var sms = api.post(
                path, body("source", "web_form", "evidence", "SMS box ticked", "channel", "sms"), tenant.token());
        assertThat(sms.status()).as(sms.toString()).isEqualTo(201);
        assertThat(sms.text("channel")).isEqualTo("sms");
        assertThat(sms.text("purpose")).isEqualTo("marketing");
        assertThat(api.get(path, tenant.token()).json().path("has_consent").asBoolean())
                .isFalse();
        var voice = api.post(path, body("source", "verbal", "evidence", "said yes on the call"), tenant.token());
        assertThat(voice.text("channel")).isEqualTo("voice");
        assertThat(voice.text("purpose")).isEqualTo("ai_calls");
        assertThat(api.get(path, tenant.token()).json().path("has_consent").asBoolean())
                .isTrue();
        assertProblem(
                api.post(path, body("source", "verbal", "evidence", "x", "channel", "fax"), tenant.token()),
                400,
                "invalid_type");
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        Tenant tenant = signUp();
        String path = "/api/v1/leads/" + lead(tenant, "Marcus Lee") + "/consents";
        assertProblem(api.post(path, body("source", "verbal"), tenant.token()), 400, "evidence_required");
        assertProblem(
                api.post(
                        path,
                        body(
                                "source",
                                "verbal",
                                "evidence",
                                "said yes",
                                "obtained_at",
                                Instant.now().plus(1, ChronoUnit.DAYS).toString()),
                        tenant.token()),
                400,
                "in_future");
        assertProblem(api.post(path, body("source", "fax", "evidence", "x"), tenant.token()), 400, "invalid_type");
        assertProblem(
                api.post(path, body("source", "other", "evidence_url", "javascript:alert(1)"), tenant.token()),
                400,
                "invalid_url");
        assertProblem(api.post(path, body("evidence", "no source"), tenant.token()), 400, "validation_failed");
        assertProblem(
                api.post(path, body("source", "sms", "evidence", "x", "obtained_at", "yesterday"), tenant.token()),
                400,
                "invalid_type");
        assertThat(api.get(path, tenant.token()).json().path("data").size()).isZero();
    }

    @Test
    void anotherOrganizationsLeadsAndConsentsAreNotFound() {
        Tenant a = signUp();
        Tenant b = signUp();
        String lead = lead(a, "Priya Raman");
        String path = "/api/v1/leads/" + lead + "/consents";
        String consent = api.post(path, body("source", "verbal", "evidence", "said yes"), a.token())
                .text("id");

        assertProblem(api.get(path, b.token()), 404, "not_found");
        assertProblem(api.post(path, body("source", "verbal", "evidence", "forged"), b.token()), 404, "not_found");
        assertProblem(api.post(path + "/" + consent + "/revoke", null, b.token()), 404, "not_found");
        // a consent id under another of the organization's own leads is not found either
        String other = lead(a, "Oliver Bennett");
        assertProblem(
                api.post("/api/v1/leads/" + other + "/consents/" + consent + "/revoke", null, a.token()),
                404,
                "not_found");
        assertThat(api.get(path, a.token()).json().path("has_consent").asBoolean())
                .isTrue();
    }

    @Test
    void agentsReadConsentButDoNotRecordIt() {
        Tenant tenant = signUp();
        Member agent = join(tenant, "agent");
        // the agent's own lead: an agent reaches only their own leads and their team's pool
        var created = api.post(
                "/api/v1/leads",
                body("name", "Sofia Alvarez", "phone", "(512) 555-0199", "owner_id", agent.id()),
                tenant.token());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String path = "/api/v1/leads/" + created.text("id") + "/consents";
        assertThat(api.get(path, agent.token()).status()).isEqualTo(200);
        assertProblem(
                api.post(path, body("source", "verbal", "evidence", "said yes"), agent.token()),
                403,
                "permission_denied");
    }

    @Test
    void aDeletedLeadTakesNoNewConsent() {
        Tenant tenant = signUp();
        String lead = lead(tenant, "James O'Connor");
        assertThat(api.delete("/api/v1/leads/" + lead, tenant.token()).status()).isEqualTo(204);
        assertProblem(
                api.post(
                        "/api/v1/leads/" + lead + "/consents",
                        body("source", "written", "evidence", "signed"),
                        tenant.token()),
                409,
                "lead_deleted");
    }
}
