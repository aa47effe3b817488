package io.switchboard.tenancy;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.ApiTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrganizationApiIT extends ApiTest {

    @Test
    void adminsChangeTheirOrganizationsSettings() {
        Tenant tenant = signUp();

        var updated = api.patch(
                "/api/v1/organization",
                body(
                        "billing_email",
                        "billing@example.com",
                        "default_region",
                        "gb",
                        "timezone",
                        "Europe/London",
                        "settings",
                        Map.of("calling_window", "08:00-21:00")),
                tenant.token());
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.text("default_region")).isEqualTo("GB");
        assertThat(updated.json().path("settings").path("calling_window").asString())
                .isEqualTo("08:00-21:00");

        assertProblem(
                api.patch("/api/v1/organization", body("default_region", "XX"), tenant.token()), 400, "invalid_region");
        assertProblem(
                api.patch("/api/v1/organization", body("subscription_tier", "enterprise"), tenant.token()),
                403,
                "tier_change_forbidden");
        assertThat(api.get("/api/v1/organization", tenant.token()).text("subscription_tier"))
                .isEqualTo("free");
    }

    @Test
    void onlyPlatformSuperAdminsListOrganizations() {
        Tenant tenant = signUp();
        assertProblem(api.get("/api/v1/organizations", tenant.token()), 403, "permission_denied");
        Member agent = join(tenant, "agent");
        assertProblem(
                api.patch("/api/v1/organization", body("name", "Agent's org"), agent.token()),
                403,
                "permission_denied");
    }

    @Test
    void onlySuperAdminsActInAnotherOrganization() {
        Tenant mine = signUp();
        Tenant theirs = signUp();

        var refused = api.send(
                "GET", "/api/v1/teams", null, mine.token(), Map.of("X-Organization-Id", theirs.organizationId()));
        assertProblem(refused, 403, "organization_forbidden");
    }
}
