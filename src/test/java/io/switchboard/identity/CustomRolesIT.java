package io.switchboard.identity;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.ApiTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomRolesIT extends ApiTest {

    @Test
    void aCustomRoleGivesExactlyItsPermissions() {
        Tenant tenant = signUp();
        Member agent = join(tenant, "agent");
        var role = api.post(
                "/api/v1/roles",
                body(
                        "name",
                        "Team lead",
                        "description",
                        "runs a squad",
                        "permissions",
                        List.of("teams:read", "teams:write", "users:read")),
                tenant.token());
        assertThat(role.status()).as(role.toString()).isEqualTo(201);
        String roleId = role.text("id");

        var assigned = api.send(
                "PUT",
                "/api/v1/users/" + agent.id() + "/custom-role",
                Map.of("custom_role_id", roleId),
                tenant.token(),
                Map.of());
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        assertThat(assigned.text("custom_role_id")).isEqualTo(roleId);
        var me = api.get("/api/v1/me", agent.token()).json();
        assertThat(me.path("permissions").valueStream().map(p -> p.asString()).toList())
                .containsExactlyInAnyOrder("teams:read", "teams:write", "users:read");
        assertThat(api.post("/api/v1/teams", body("name", "Lead's squad", "team_type", "squad"), agent.token())
                        .status())
                .isEqualTo(201);
        assertProblem(api.get("/api/v1/projects", agent.token()), 403, "permission_denied");

        var catalog = api.get("/api/v1/roles", tenant.token()).json();
        assertThat(catalog.path("permissions").toString()).contains("audit:read", "api_keys:write");
        assertThat(catalog.path("built_in")).hasSize(5);
        assertThat(catalog.path("custom").get(0).path("name").asString()).isEqualTo("Team lead");

        // Changing the role changes its holders at once; unassigning restores the built-in role.
        api.patch("/api/v1/roles/" + roleId, body("permissions", List.of("teams:read")), tenant.token());
        assertProblem(
                api.post("/api/v1/teams", body("name", "Another", "team_type", "squad"), agent.token()),
                403,
                "permission_denied");
        assertProblem(api.delete("/api/v1/roles/" + roleId, tenant.token()), 409, "role_in_use");
        var body = new java.util.HashMap<String, Object>();
        body.put("custom_role_id", null);
        api.send("PUT", "/api/v1/users/" + agent.id() + "/custom-role", body, tenant.token(), Map.of());
        assertThat(api.get("/api/v1/projects", agent.token()).status()).isEqualTo(200);
        assertThat(api.delete("/api/v1/roles/" + roleId, tenant.token()).status())
                .isEqualTo(204);
    }

    @Test
    void nobodyGrantsWhatTheyDoNotHold() {
        Tenant tenant = signUp();
        Member manager = join(tenant, "manager");
        assertProblem(
                api.post(
                        "/api/v1/roles",
                        body("name", "Escalate", "permissions", List.of("users:write")),
                        manager.token()),
                403,
                "permission_denied");
        assertProblem(
                api.post(
                        "/api/v1/roles",
                        body("name", "Root", "permissions", List.of("platform:admin")),
                        tenant.token()),
                403,
                "permission_not_grantable");
        String role = api.post(
                        "/api/v1/roles", body("name", "Viewer", "permissions", List.of("users:read")), tenant.token())
                .text("id");
        Member admin = join(tenant, "admin");
        assertProblem(
                api.send(
                        "PUT",
                        "/api/v1/users/" + admin.id() + "/custom-role",
                        Map.of("custom_role_id", role),
                        tenant.token(),
                        Map.of()),
                409,
                "admin_keeps_built_in_role");
    }

    @Test
    void badInputAndOtherOrganizations() {
        Tenant a = signUp();
        Tenant b = signUp();
        String role = api.post(
                        "/api/v1/roles", body("name", "Auditor", "permissions", List.of("audit:read")), a.token())
                .text("id");
        assertProblem(
                api.post("/api/v1/roles", body("name", "auditor", "permissions", List.of("users:read")), a.token()),
                409,
                "duplicate");
        assertProblem(
                api.post("/api/v1/roles", body("name", "Typo", "permissions", List.of("users:raed")), a.token()),
                400,
                "invalid_type");
        assertProblem(
                api.post("/api/v1/roles", body("name", "", "permissions", List.of()), a.token()),
                400,
                "validation_failed");
        assertProblem(api.get("/api/v1/roles/" + role, b.token()), 404, "not_found");
        assertProblem(api.patch("/api/v1/roles/" + role, body("name", "Mine now"), b.token()), 404, "not_found");
        assertProblem(api.delete("/api/v1/roles/" + role, b.token()), 404, "not_found");
        Member agentB = join(b, "agent");
        assertProblem(
                api.send(
                        "PUT",
                        "/api/v1/users/" + agentB.id() + "/custom-role",
                        Map.of("custom_role_id", role),
                        b.token(),
                        Map.of()),
                400,
                "unknown_role");
        assertThat(api.get("/api/v1/roles", b.token()).body()).doesNotContain("Auditor");
        assertThat(api.get("/api/v1/roles/" + role, a.token()).text("name")).isEqualTo("Auditor");
    }
}
