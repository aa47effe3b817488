package io.switchboard.identity;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.ApiTest;
import io.switchboard.support.TestMailServer;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** E-mail verification, password reset and invitations, delivered over real SMTP (GreenMail). */
class AccountMailsIT extends ApiTest {

    @Test
    void signUpMailsAVerificationLinkThatWorksOnce() {
        Tenant tenant = signUp();
        assertThat(api.get("/api/v1/me", tenant.token())
                        .json()
                        .path("user")
                        .path("email_verified")
                        .asBoolean())
                .isFalse();
        String token = TestMailServer.awaitToken(tenant.email(), "Confirm your e-mail address", "ev_");

        assertThat(api.post("/api/v1/auth/verify-email", body("token", token), null)
                        .status())
                .isEqualTo(204);
        assertThat(api.get("/api/v1/me", tenant.token())
                        .json()
                        .path("user")
                        .path("email_verified")
                        .asBoolean())
                .isTrue();
        assertProblem(api.post("/api/v1/auth/verify-email", body("token", token), null), 400, "invalid_token");
        assertProblem(api.post("/api/v1/me/email-verification", null, tenant.token()), 409, "already_verified");
    }

    @Test
    void aPasswordResetLinkWorksOnceAndEndsEverySession() {
        Tenant tenant = signUp();
        String other = apiSignIn(tenant.email(), PASSWORD);
        assertThat(api.post("/api/v1/auth/password-reset", body("email", tenant.email()), null)
                        .status())
                .isEqualTo(202);
        String token = TestMailServer.awaitToken(tenant.email(), "Reset your Switchboard password", "pr_");

        assertProblem(
                api.post("/api/v1/auth/password-reset/complete", body("token", token, "password", "short"), null),
                400,
                "weak_password");
        var done = api.post(
                "/api/v1/auth/password-reset/complete", body("token", token, "password", "a-brand-new-password"), null);
        assertThat(done.status()).as(done.toString()).isEqualTo(204);

        assertProblem(api.get("/api/v1/me", tenant.token()), 401, "unauthenticated");
        assertProblem(api.get("/api/v1/me", other), 401, "unauthenticated");
        assertProblem(
                api.post("/api/v1/auth/refresh", body("refresh_token", tenant.refreshToken()), null),
                401,
                "invalid_refresh_token");
        assertProblem(
                api.post("/api/v1/auth/login", body("email", tenant.email(), "password", PASSWORD), null),
                401,
                "invalid_credentials");
        String fresh = apiSignIn(tenant.email(), "a-brand-new-password");
        assertProblem(
                api.post(
                        "/api/v1/auth/password-reset/complete",
                        body("token", token, "password", "yet-another-password"),
                        null),
                400,
                "invalid_token");
        assertThat(api.get("/api/v1/audit?action=auth.password_reset", fresh)
                        .json()
                        .path("data"))
                .hasSize(1);
        assertThat(api.get("/api/v1/security-events?kind=password_reset_requested", fresh)
                        .json()
                        .path("data"))
                .hasSize(1);
    }

    @Test
    void aResetRequestNeverTellsWhetherAnAccountExists() {
        String nobody = "nobody-" + UUID.randomUUID() + "@example.com";
        assertThat(api.post("/api/v1/auth/password-reset", body("email", nobody), null)
                        .status())
                .isEqualTo(202);
        assertProblem(
                api.post("/api/v1/auth/password-reset", body("email", "not-an-address"), null), 400, "invalid_email");
        assertProblem(
                api.post(
                        "/api/v1/auth/password-reset/complete",
                        body("token", "pr_forged", "password", "a-long-password"),
                        null),
                400,
                "invalid_token");
        assertThat(TestMailServer.to(nobody)).isEmpty();
    }

    @Test
    void anInvitationIsMailedAndAcceptingItVerifiesTheAddress() {
        Tenant tenant = signUp();
        String email = "invitee-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var invited = api.post("/api/v1/users", body("email", email, "name", "Ivy", "role", "agent"), tenant.token());
        String token = TestMailServer.awaitToken(email, "You are invited", "inv_");
        assertThat(token).isEqualTo(invited.text("invitation_token"));

        var accepted = api.post("/api/v1/auth/invitations/accept", body("token", token, "password", PASSWORD), null);
        var me = api.get("/api/v1/me", accepted.text("access_token")).json();
        assertThat(me.path("user").path("email_verified").asBoolean()).isTrue();
    }
}
