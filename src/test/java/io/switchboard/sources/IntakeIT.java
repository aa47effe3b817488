package io.switchboard.sources;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.ApiTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntakeIT extends ApiTest {

    record Vendor(String id, String key) {}

    Vendor vendor(Tenant tenant) {
        var created = api.post(
                "/api/v1/vendors",
                body("name", "Vendor " + System.nanoTime(), "contact_email", "v@example.com"),
                tenant.token());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.text("api_key")).startsWith("vk_");
        return new Vendor(created.json().path("vendor").path("id").asString(), created.text("api_key"));
    }

    @Test
    void vendorsPostAttributedLeadsWithTheirKey() {
        Tenant tenant = signUp();
        Vendor vendor = vendor(tenant);
        var campaign = api.post(
                "/api/v1/marketing-campaigns",
                body(
                        "name",
                        "Spring",
                        "platform",
                        "facebook",
                        "vendor_id",
                        vendor.id(),
                        "budget",
                        Map.of("amount_minor", 150000, "currency", "USD")),
                tenant.token());
        assertThat(campaign.status()).as(campaign.toString()).isEqualTo(201);

        var lead = api.post(
                "/api/v1/intake/leads",
                body("name", "Vera Vendor", "phone", "(512) 555-0500", "marketing_campaign_id", campaign.text("id")),
                vendor.key());
        assertThat(lead.status()).as(lead.toString()).isEqualTo(201);
        assertThat(lead.text("source")).isEqualTo("vendor");
        assertThat(lead.text("vendor_id")).isEqualTo(vendor.id());
        assertThat(lead.text("marketing_campaign_id")).isEqualTo(campaign.text("id"));

        var viaHeader = api.send(
                "POST",
                "/api/v1/intake/leads",
                body("name", "Hugo Header", "email", "hugo@example.com"),
                null,
                Map.of("X-Api-Key", vendor.key()));
        assertThat(viaHeader.status()).isEqualTo(201);
        assertThat(api.get("/api/v1/leads?vendor_id=" + vendor.id(), tenant.token())
                        .json()
                        .path("data")
                        .size())
                .isEqualTo(2);
        assertThat(api.get("/api/v1/vendors/" + vendor.id(), tenant.token())
                        .json()
                        .path("key_last_used_at")
                        .isNull())
                .isFalse();
        assertProblem(
                api.post("/api/v1/intake/leads", body("name", "Vera again", "phone", "+15125550500"), vendor.key()),
                409,
                "duplicate_lead");
    }

    @Test
    void retriesWithAnIdempotencyKeyCreateOneLead() {
        Tenant tenant = signUp();
        Vendor vendor = vendor(tenant);
        var headers = Map.of("Authorization", "Bearer " + vendor.key(), "Idempotency-Key", "order-42");
        var first = api.send(
                "POST", "/api/v1/intake/leads", body("name", "Ida Idem", "phone", "(512) 555-0501"), null, headers);
        var retry = api.send(
                "POST", "/api/v1/intake/leads", body("name", "Ida Idem", "phone", "(512) 555-0501"), null, headers);
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.text("id")).isEqualTo(first.text("id"));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertProblem(
                api.send(
                        "POST",
                        "/api/v1/intake/leads",
                        body("name", "Other", "phone", "(512) 555-0502"),
                        null,
                        headers),
                422,
                "idempotency_key_reused");
        assertThat(api.get("/api/v1/leads/count", tenant.token())
                        .json()
                        .path("count")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void badKeysPausedVendorsAndForeignCampaignsAreRefused() {
        Tenant tenant = signUp();
        Tenant other = signUp();
        Vendor vendor = vendor(tenant);
        String foreignCampaign = api.post("/api/v1/marketing-campaigns", body("name", "Theirs"), other.token())
                .text("id");

        assertProblem(
                api.post("/api/v1/intake/leads", body("name", "N", "phone", "(512) 555-0503"), null),
                401,
                "invalid_vendor_key");
        assertProblem(
                api.post("/api/v1/intake/leads", body("name", "N", "phone", "(512) 555-0503"), "vk_forged"),
                401,
                "invalid_vendor_key");
        assertProblem(
                api.post("/api/v1/intake/leads", body("name", "N", "phone", "(512) 555-0503"), tenant.token()),
                401,
                "invalid_vendor_key");
        assertProblem(
                api.post(
                        "/api/v1/intake/leads",
                        body("name", "N", "phone", "(512) 555-0503", "marketing_campaign_id", foreignCampaign),
                        vendor.key()),
                400,
                "invalid_reference");

        String rotated = api.post("/api/v1/vendors/" + vendor.id() + "/key", null, tenant.token())
                .text("api_key");
        assertProblem(
                api.post("/api/v1/intake/leads", body("name", "N", "phone", "(512) 555-0503"), vendor.key()),
                401,
                "invalid_vendor_key");
        assertThat(api.post("/api/v1/intake/leads", body("name", "N", "phone", "(512) 555-0503"), rotated)
                        .status())
                .isEqualTo(201);
        api.patch("/api/v1/vendors/" + vendor.id(), body("active", false), tenant.token());
        assertProblem(
                api.post("/api/v1/intake/leads", body("name", "M", "phone", "(512) 555-0504"), rotated),
                401,
                "invalid_vendor_key");

        assertProblem(api.get("/api/v1/vendors/" + vendor.id(), other.token()), 404, "not_found");
        assertProblem(api.get("/api/v1/vendors", join(tenant, "agent").token()), 403, "permission_denied");
    }
}
