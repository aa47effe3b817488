package io.switchboard.identity;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.ApiTest;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UsersApiIT extends ApiTest {

    @Test
    void adminsInviteChangeRolesAndDeactivate() {
        Tenant tenant = signUp();
        Member agent = join(tenant, "agent");

        var promoted = api.patch(
                "/api/v1/users/" + agent.id(), body("role", "supervisor", "timezone", "Europe/London"), tenant.token());
        assertThat(promoted.status()).as(promoted.toString()).isEqualTo(200);
        assertThat(promoted.text("role")).isEqualTo("supervisor");
        assertThat(promoted.text("timezone")).isEqualTo("Europe/London");

        assertThat(api.delete("/api/v1/users/" + agent.id(), tenant.token()).status())
                .isEqualTo(204);
        assertThat(api.get("/api/v1/users/" + agent.id(), tenant.token()).text("status"))
                .isEqualTo("deactivated");
        // Deactivation ends the user's sessions at once.
        assertProblem(api.get("/api/v1/me", agent.token()), 401, "unauthenticated");
        assertProblem(
                api.post("/api/v1/auth/login", body("email", agent.email(), "password", PASSWORD), null),
                401,
                "account_inactive");
    }

    @Test
    void anAgentCannotManageUsers() {
        Tenant tenant = signUp();
        Member agent = join(tenant, "agent");

        // Agents work their own leads: the people list and the role matrix are for those who manage them.
        assertProblem(api.get("/api/v1/users", agent.token()), 403, "permission_denied");
        assertProblem(
                api.post("/api/v1/users", body("email", "x@example.com", "name", "X", "role", "agent"), agent.token()),
                403,
                "permission_denied");
        assertProblem(
                api.patch("/api/v1/users/" + tenant.adminId(), body("role", "agent"), agent.token()),
                403,
                "permission_denied");
        assertProblem(api.delete("/api/v1/users/" + tenant.adminId(), agent.token()), 403, "permission_denied");
    }

    @Test
    void anAdminCannotMakeSuperAdminsOrLockThemselvesOut() {
        Tenant tenant = signUp();
        Member agent = join(tenant, "agent");

        assertProblem(
                api.patch("/api/v1/users/" + agent.id(), body("role", "super_admin"), tenant.token()),
                403,
                "role_not_assignable");
        assertProblem(
                api.patch("/api/v1/users/" + tenant.adminId(), body("role", "agent"), tenant.token()),
                403,
                "self_access_change");
        assertProblem(api.delete("/api/v1/users/" + tenant.adminId(), tenant.token()), 403, "self_access_change");
    }

    @Test
    void theOrganizationKeepsAnActiveAdmin() {
        Tenant tenant = signUp();
        Member second = join(tenant, "admin");

        // Another admin remains (the one acting), so demoting the first is fine...
        var demoted = api.patch("/api/v1/users/" + tenant.adminId(), body("role", "manager"), second.token());
        assertThat(demoted.status()).isEqualTo(200);
        // ...and the demoted one has lost user management at once.
        assertProblem(
                api.patch("/api/v1/users/" + second.id(), body("role", "agent"), tenant.token()),
                403,
                "permission_denied");
    }

    @Test
    void listsArePaginatedWithACursor() {
        Tenant tenant = signUp();
        for (int i = 0; i < 4; i++) {
            join(tenant, "agent");
        }

        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            var page = api.get("/api/v1/users?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), tenant.token());
            assertThat(page.status()).isEqualTo(200);
            page.json().path("data").forEach(u -> seen.add(u.path("id").asString()));
            cursor = page.json().path("next_cursor").isNull() ? null : page.text("next_cursor");
            pages++;
        } while (cursor != null);

        assertThat(seen).hasSize(5);
        assertThat(pages).isEqualTo(3);
        assertProblem(api.get("/api/v1/users?limit=0", tenant.token()), 400, "invalid_limit");
        assertProblem(api.get("/api/v1/users?cursor=%21%21", tenant.token()), 400, "invalid_cursor");
        assertThat(api.get("/api/v1/users?role=agent", tenant.token())
                        .json()
                        .path("data")
                        .size())
                .isEqualTo(4);
    }

    @Test
    void anotherOrganizationsUsersAreInvisibleAndUntouchable() {
        Tenant mine = signUp();
        Tenant theirs = signUp();
        Member theirAgent = join(theirs, "agent");

        assertProblem(api.get("/api/v1/users/" + theirAgent.id(), mine.token()), 404, "not_found");
        assertProblem(
                api.patch("/api/v1/users/" + theirAgent.id(), body("name", "Hijacked"), mine.token()),
                404,
                "not_found");
        assertProblem(api.delete("/api/v1/users/" + theirAgent.id(), mine.token()), 404, "not_found");
        assertThat(api.get("/api/v1/users", mine.token()).body()).doesNotContain(theirAgent.id());
        assertThat(api.get("/api/v1/users/" + theirAgent.id(), theirs.token()).text("name"))
                .isEqualTo("A agent");
    }

    @Test
    void badInputChangesNothing() {
        Tenant tenant = signUp();
        Member agent = join(tenant, "agent");

        assertProblem(
                api.patch("/api/v1/users/" + agent.id(), body("timezone", "Mars/Olympus"), tenant.token()),
                400,
                "invalid_timezone");
        assertProblem(
                api.patch("/api/v1/users/" + agent.id(), body("role", "pilot"), tenant.token()), 400, "invalid_type");
        assertProblem(
                api.patch("/api/v1/users/" + agent.id(), body("avatar_url", "javascript:alert(1)"), tenant.token()),
                400,
                "invalid_url");
        assertProblem(
                api.post("/api/v1/users", body("email", "not-an-email", "name", "N", "role", "agent"), tenant.token()),
                400,
                "validation_failed");

        var unchanged = api.get("/api/v1/users/" + agent.id(), tenant.token());
        // Never chosen: the user follows the organization's zone.
        assertThat(unchanged.json().path("timezone").isNull()).isTrue();
        assertThat(unchanged.text("role")).isEqualTo("agent");
        assertThat(unchanged.json().path("avatar_url").isNull()).isTrue();
    }

    @Test
    void usersKeepTheirOwnProfile() {
        Tenant tenant = signUp();
        Member agent = join(tenant, "agent");

        var updated = api.patch(
                "/api/v1/me",
                body(
                        "timezone",
                        "Asia/Kolkata",
                        "avatar_url",
                        "https://cdn.example.com/a.png",
                        "preferences",
                        java.util.Map.of("theme", "dark")),
                agent.token());
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.text("timezone")).isEqualTo("Asia/Kolkata");
        assertThat(updated.json().path("preferences").path("theme").asString()).isEqualTo("dark");
        assertProblem(api.patch("/api/v1/me", body("role", "admin"), agent.token()), 400, "unknown_field");

        var cleared = api.patch("/api/v1/me", "{\"avatar_url\": null}", agent.token());
        assertThat(cleared.json().path("avatar_url").isNull()).isTrue();
    }
}
