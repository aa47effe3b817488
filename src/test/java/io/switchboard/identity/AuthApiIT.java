package io.switchboard.identity;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.ApiTest;
import org.junit.jupiter.api.Test;

class AuthApiIT extends ApiTest {

    @Test
    void signUpCreatesAnOrganizationWithItsAdminAndTokens() {
        var response = api.post(
                "/api/v1/auth/signup",
                body(
                        "organization_name",
                        "Northwind Homes",
                        "name",
                        "Nora",
                        "email",
                        "Nora@Northwind.example",
                        "password",
                        PASSWORD),
                null);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().path("organization").path("name").asString()).isEqualTo("Northwind Homes");
        assertThat(response.json().path("user").path("role").asString()).isEqualTo("admin");
        assertThat(response.json().path("user").path("email").asString()).isEqualTo("nora@northwind.example");
        assertThat(response.json().path("user").has("password_hash")).isFalse();
        assertThat(response.text("token_type")).isEqualTo("Bearer");
        assertThat(response.json().path("expires_in").asInt()).isEqualTo(900);
        assertThat(response.text("refresh_token")).startsWith("rt_");

        var me = api.get("/api/v1/me", response.text("access_token"));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("user").path("email").asString()).isEqualTo("nora@northwind.example");
        assertThat(me.json().path("permissions").toString()).contains("users:write");
    }

    @Test
    void anEmailAddressBelongsToOneUserOnThePlatform() {
        Tenant first = signUp();

        var again = api.post(
                "/api/v1/auth/signup",
                body(
                        "organization_name",
                        "Other",
                        "name",
                        "Copy",
                        "email",
                        first.email().toUpperCase(),
                        "password",
                        PASSWORD),
                null);

        assertProblem(again, 409, "duplicate");
        assertThat(again.json().path("errors").get(0).path("field").asString()).isEqualTo("email");
    }

    @Test
    void signInWithTheRightPasswordOnly() {
        Tenant tenant = signUp();

        var ok = api.post("/api/v1/auth/login", body("email", tenant.email(), "password", PASSWORD), null);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.text("token_type")).isEqualTo("Bearer");
        assertThat(ok.json().path("expires_in").asInt()).isEqualTo(900);
        assertThat(api.get("/api/v1/me", ok.text("access_token")).status()).isEqualTo(200);

        assertProblem(
                api.post("/api/v1/auth/login", body("email", tenant.email(), "password", "wrong-password-1"), null),
                401,
                "invalid_credentials");
        assertProblem(
                api.post("/api/v1/auth/login", body("email", "nobody@nowhere.example", "password", PASSWORD), null),
                401,
                "invalid_credentials");
    }

    @Test
    void refreshRotatesAndReuseRevokesTheWholeFamily() {
        Tenant tenant = signUp();

        var first = api.post("/api/v1/auth/refresh", body("refresh_token", tenant.refreshToken()), null);
        assertThat(first.status()).isEqualTo(200);
        String second = first.text("refresh_token");
        assertThat(second).isNotEqualTo(tenant.refreshToken());

        // The old token no longer works, and presenting it revokes the family: its successor dies too.
        assertProblem(
                api.post("/api/v1/auth/refresh", body("refresh_token", tenant.refreshToken()), null),
                401,
                "invalid_refresh_token");
        assertProblem(
                api.post("/api/v1/auth/refresh", body("refresh_token", second), null), 401, "invalid_refresh_token");
        // ...and so do the session's access tokens.
        assertProblem(api.get("/api/v1/me", first.text("access_token")), 401, "unauthenticated");
    }

    @Test
    void logoutEndsTheSession() {
        Tenant tenant = signUp();

        assertThat(api.post("/api/v1/auth/logout", null, tenant.token()).status())
                .isEqualTo(204);

        assertProblem(api.get("/api/v1/me", tenant.token()), 401, "unauthenticated");
        assertProblem(
                api.post("/api/v1/auth/refresh", body("refresh_token", tenant.refreshToken()), null),
                401,
                "invalid_refresh_token");
    }

    @Test
    void garbageTokensAreUnauthenticated() {
        assertProblem(api.get("/api/v1/me", null), 401, "unauthenticated");
        assertProblem(api.get("/api/v1/me", "not-a-jwt"), 401, "unauthenticated");
        assertProblem(
                api.post("/api/v1/auth/refresh", body("refresh_token", "rt_garbage"), null),
                401,
                "invalid_refresh_token");
    }

    @Test
    void weakPasswordsAreRefusedAndNothingIsCreated() {
        String email = "weak-" + System.nanoTime() + "@example.com";
        var response = api.post(
                "/api/v1/auth/signup",
                body("organization_name", "Weak", "name", "W", "email", email, "password", "short"),
                null);

        assertProblem(response, 400, "weak_password");
        assertProblem(
                api.post("/api/v1/auth/login", body("email", email, "password", "short"), null),
                401,
                "invalid_credentials");
    }

    @Test
    void anInvitationIsSingleUse() {
        Tenant tenant = signUp();
        var invited = api.post(
                "/api/v1/users",
                body("email", "once@" + tenant.organizationId() + ".example", "name", "Once", "role", "agent"),
                tenant.token());
        String token = invited.text("invitation_token");
        assertThat(invited.json().path("user").path("status").asString()).isEqualTo("invited");
        assertThat(invited.text("invitation_url")).contains("/invitations/" + token);

        assertThat(api.post("/api/v1/auth/invitations/accept", body("token", token, "password", PASSWORD), null)
                        .status())
                .isEqualTo(200);
        assertProblem(
                api.post("/api/v1/auth/invitations/accept", body("token", token, "password", PASSWORD), null),
                400,
                "invalid_invitation");
    }
}
