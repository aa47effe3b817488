package io.switchboard.identity;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.ApiTest;
import io.switchboard.support.Totp;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

class TwoFactorIT extends ApiTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    @Test
    void enrolThenSignInNeedsTheSecondFactor() {
        Tenant tenant = signUp();
        String secret = enrol(tenant.token());

        var login = api.post("/api/v1/auth/login", body("email", tenant.email(), "password", PASSWORD), null);
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().has("access_token")).isFalse();
        assertThat(login.text("two_factor")).isEqualTo("two_factor");
        String challenge = login.text("challenge");
        assertThat(challenge).startsWith("mfa_");

        assertProblem(verify(challenge, "000000"), 401, "invalid_two_factor_code");
        String code = Totp.code(secret, 1);
        var verified = verify(challenge, code);
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(api.get("/api/v1/me", verified.text("access_token")).status())
                .isEqualTo(200);

        // A challenge works once, and a code cannot be replayed in a new one.
        assertProblem(verify(challenge, Totp.code(secret, 1)), 401, "invalid_challenge");
        String second = api.post("/api/v1/auth/login", body("email", tenant.email(), "password", PASSWORD), null)
                .text("challenge");
        assertProblem(verify(second, code), 401, "invalid_two_factor_code");
    }

    @Test
    void recoveryCodesWorkOnceEach() {
        Tenant tenant = signUp();
        String secret = api.post("/api/v1/me/2fa", null, tenant.token()).text("secret");
        var confirmed = api.post("/api/v1/me/2fa/confirm", body("code", Totp.code(secret, 0)), tenant.token());
        List<String> codes = confirmed
                .json()
                .path("recovery_codes")
                .valueStream()
                .map(JsonNode::asString)
                .toList();
        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}"));

        String challenge = login(tenant.email());
        assertThat(verify(challenge, codes.get(3)).status()).isEqualTo(200);
        assertProblem(verify(login(tenant.email()), codes.get(3)), 401, "invalid_two_factor_code");
        assertThat(api.get("/api/v1/me/2fa", tenant.token())
                        .json()
                        .path("recovery_codes_left")
                        .asInt())
                .isEqualTo(9);
    }

    @Test
    void theSecretIsEncryptedAtRestAndCodesHashed() {
        Tenant tenant = signUp();
        String secret = enrol(tenant.token());
        var organization = io.switchboard.shared.OrganizationId.of(UUID.fromString(tenant.organizationId()));
        byte[] stored = io.switchboard.shared.TenantContext.callAs(
                organization,
                () -> tx.execute(status -> new JdbcTemplate(dataSource)
                        .queryForObject(
                                "SELECT secret_ciphertext FROM user_totp WHERE user_id = ?::uuid",
                                byte[].class,
                                tenant.adminId())));
        assertThat(stored).isNotEmpty();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(secret);
        Integer hashed = io.switchboard.shared.TenantContext.callAs(
                organization,
                () -> tx.execute(status -> new JdbcTemplate(dataSource)
                        .queryForObject(
                                "SELECT count(*) FROM user_recovery_codes WHERE octet_length(code_hash) = 32",
                                Integer.class)));
        assertThat(hashed).isEqualTo(10);
    }

    @Test
    void anOrganizationCanRequireEveryoneToEnrolBeforeGettingTokens() {
        Tenant tenant = signUp();
        Member agent = join(tenant, "agent");
        var policy = api.patch("/api/v1/organization/security", body("two_factor_policy", "everyone"), tenant.token());
        assertThat(policy.status()).as(policy.toString()).isEqualTo(200);

        var login = api.post("/api/v1/auth/login", body("email", agent.email(), "password", PASSWORD), null);
        assertThat(login.text("two_factor")).isEqualTo("enrolment_required");
        assertThat(login.json().has("access_token")).isFalse();
        String challenge = login.text("challenge");
        assertProblem(verify(challenge, "123456"), 401, "invalid_challenge"); // not a 2FA challenge

        var enrolment = api.post("/api/v1/auth/2fa/enrol", body("challenge", challenge), null);
        assertThat(enrolment.text("otpauth_uri")).startsWith("otpauth://totp/").contains("issuer=Switchboard");
        assertThat(enrolment.text("qr_code")).startsWith("data:image/png;base64,");
        var done = api.post(
                "/api/v1/auth/2fa/enrol/confirm",
                body("challenge", challenge, "code", Totp.code(enrolment.text("secret"), 0)),
                null);
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().path("recovery_codes")).hasSize(10);
        assertThat(api.get("/api/v1/me", done.text("access_token")).status()).isEqualTo(200);
        assertProblem(
                api.post(
                        "/api/v1/me/2fa/disable",
                        body("code", Totp.code(enrolment.text("secret"), 1)),
                        done.text("access_token")),
                409,
                "two_factor_required");
    }

    @Test
    void turningItOffNeedsACurrentCode() {
        Tenant tenant = signUp();
        String secret = enrol(tenant.token());
        assertProblem(
                api.post("/api/v1/me/2fa/disable", body("code", "999999"), tenant.token()),
                400,
                "invalid_two_factor_code");
        assertThat(api.post("/api/v1/me/2fa/disable", body("code", Totp.code(secret, 1)), tenant.token())
                        .status())
                .isEqualTo(204);
        assertThat(api.post("/api/v1/auth/login", body("email", tenant.email(), "password", PASSWORD), null)
                        .json()
                        .has("access_token"))
                .isTrue();
    }

    @Test
    void badInputIsAProblemAndChangesNothing() {
        Tenant tenant = signUp();
        assertProblem(verify("mfa_garbage", "123456"), 401, "invalid_challenge");
        assertProblem(api.post("/api/v1/auth/2fa/verify", body("challenge", "x"), null), 400, "validation_failed");
        String pending = api.post("/api/v1/me/2fa", null, tenant.token()).text("secret");
        assertProblem(
                api.post("/api/v1/me/2fa/confirm", body("code", "abc"), tenant.token()),
                400,
                "invalid_two_factor_code");
        assertThat(api.get("/api/v1/me/2fa", tenant.token())
                        .json()
                        .path("enabled")
                        .asBoolean())
                .isFalse();
        // Another organization's forged challenge id decodes to that organization and is simply unknown.
        String foreign =
                "mfa_" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[48]);
        assertProblem(verify(foreign, "123456"), 401, "invalid_challenge");

        // None of it changed the account: the password alone still signs in (no second factor, no
        // lockout), and the pending enrolment survived the wrong code and still takes the right one.
        assertThat(api.post("/api/v1/auth/login", body("email", tenant.email(), "password", PASSWORD), null)
                        .json()
                        .has("access_token"))
                .isTrue();
        var confirmed = api.post("/api/v1/me/2fa/confirm", body("code", Totp.code(pending, 0)), tenant.token());
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
    }

    private String enrol(String token) {
        var enrolment = api.post("/api/v1/me/2fa", null, token);
        assertThat(enrolment.status()).as(enrolment.toString()).isEqualTo(200);
        String secret = enrolment.text("secret");
        var confirmed = api.post("/api/v1/me/2fa/confirm", body("code", Totp.code(secret, 0)), token);
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        return secret;
    }

    private String login(String email) {
        return api.post("/api/v1/auth/login", body("email", email, "password", PASSWORD), null)
                .text("challenge");
    }

    private io.switchboard.support.Api.Response verify(String challenge, String code) {
        return api.post("/api/v1/auth/2fa/verify", body("challenge", challenge, "code", code), null);
    }
}
