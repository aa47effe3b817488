package io.switchboard.identity;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.ApiTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The platform operator (created with the demo data) works across organizations. */
class SuperAdminIT extends ApiTest {

    String operator() {
        var login = api.post(
                "/api/v1/auth/login",
                body("email", "operator@switchboard.example", "password", "switchboard-demo"),
                null);
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return login.text("access_token");
    }

    @Test
    void listsOrganizationsAndActsInAnyOfThem() {
        Tenant tenant = signUp();
        String operator = operator();

        var organizations = api.get("/api/v1/organizations", operator);
        assertThat(organizations.status()).isEqualTo(200);
        assertThat(organizations.body()).contains(tenant.organizationId(), "Acme Realty");

        var teams = api.send(
                "POST",
                "/api/v1/teams",
                body("name", "Set up by support"),
                operator,
                Map.of("X-Organization-Id", tenant.organizationId()));
        assertThat(teams.status()).as(teams.toString()).isEqualTo(201);
        assertThat(api.get("/api/v1/teams", tenant.token()).body()).contains("Set up by support");

        var me = api.send("GET", "/api/v1/me", null, operator, Map.of("X-Organization-Id", tenant.organizationId()));
        assertThat(me.text("acting_organization_id")).isEqualTo(tenant.organizationId());
    }

    @Test
    void evenASuperAdminCannotRemoveTheLastAdmin() {
        Tenant tenant = signUp();
        var demote = api.send(
                "PATCH",
                "/api/v1/users/" + tenant.adminId(),
                body("role", "agent"),
                operator(),
                Map.of("X-Organization-Id", tenant.organizationId()));
        assertProblem(demote, 409, "last_admin");
    }

    @Test
    void anUnknownOrganizationIsRefused() {
        var response = api.send(
                "GET",
                "/api/v1/teams",
                null,
                operator(),
                Map.of("X-Organization-Id", "01930000-0000-7000-8000-000000000000"));
        assertProblem(response, 403, "organization_forbidden");
    }
}
