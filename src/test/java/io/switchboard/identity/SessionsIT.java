package io.switchboard.identity;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.ApiTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SessionsIT extends ApiTest {

    @Test
    void usersSeeAndEndTheirOwnSessions() {
        Tenant tenant = signUp();
        var phone = api.send(
                "POST",
                "/api/v1/auth/login",
                body("email", tenant.email(), "password", PASSWORD),
                null,
                Map.of("User-Agent", "PhoneApp/2.0"));
        var sessions = api.get("/api/v1/sessions", tenant.token()).json();
        assertThat(sessions).hasSize(2);
        var other = sessions.valueStream()
                .filter(s -> !s.path("current").asBoolean())
                .findFirst()
                .orElseThrow();
        assertThat(other.path("user_agent").asString()).isEqualTo("PhoneApp/2.0");
        assertThat(other.path("ip_address").asString()).isEqualTo("127.0.0.1");
        assertThat(other.path("last_seen_at").asString()).isNotBlank();

        assertThat(api.delete("/api/v1/sessions/" + other.path("id").asString(), tenant.token())
                        .status())
                .isEqualTo(204);
        assertProblem(api.get("/api/v1/me", phone.text("access_token")), 401, "unauthenticated");
        assertProblem(
                api.post("/api/v1/auth/refresh", body("refresh_token", phone.text("refresh_token")), null),
                401,
                "invalid_refresh_token");
        assertThat(api.get("/api/v1/sessions", tenant.token()).json()).hasSize(1);
        assertProblem(api.delete("/api/v1/sessions/" + UUID.randomUUID(), tenant.token()), 404, "not_found");
    }

    @Test
    void adminsEndAnotherUsersSessions() {
        Tenant tenant = signUp();
        Member agent = join(tenant, "agent");
        var list = api.get("/api/v1/users/" + agent.id() + "/sessions", tenant.token());
        assertThat(list.json()).hasSize(1);
        String session = list.json().get(0).path("id").asString();
        assertThat(api.delete("/api/v1/users/" + agent.id() + "/sessions/" + session, tenant.token())
                        .status())
                .isEqualTo(204);
        assertProblem(api.get("/api/v1/me", agent.token()), 401, "unauthenticated");

        String again = apiSignIn(agent.email(), PASSWORD);
        assertThat(api.delete("/api/v1/users/" + agent.id() + "/sessions", tenant.token())
                        .status())
                .isEqualTo(204);
        assertProblem(api.get("/api/v1/me", again), 401, "unauthenticated");
        assertThat(api.get("/api/v1/audit?action=auth.sessions_revoked", tenant.token())
                        .json()
                        .path("data"))
                .hasSize(1);
    }

    @Test
    void onlyAdminsAndOnlyInTheirOwnOrganization() {
        Tenant a = signUp();
        Tenant b = signUp();
        Member agent = join(a, "agent");
        assertProblem(api.get("/api/v1/users/" + agent.id() + "/sessions", b.token()), 404, "not_found");
        assertProblem(api.delete("/api/v1/users/" + agent.id() + "/sessions", b.token()), 404, "not_found");
        assertProblem(api.get("/api/v1/users/" + a.adminId() + "/sessions", agent.token()), 403, "permission_denied");
        String mine =
                api.get("/api/v1/sessions", a.token()).json().get(0).path("id").asString();
        assertProblem(api.delete("/api/v1/sessions/" + mine, b.token()), 404, "not_found");
        assertProblem(
                api.delete("/api/v1/users/" + a.adminId() + "/sessions/not-a-uuid", a.token()),
                400,
                "invalid_parameter");
        assertThat(api.get("/api/v1/me", a.token()).status()).isEqualTo(200);
    }
}
