package io.switchboard.identity;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.Api;
import io.switchboard.support.ApiTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiKeysIT extends ApiTest {

    @Test
    void aKeyIsShownOnceStoredHashedAndWorksInBothHeaders() {
        Tenant tenant = signUp();
        var created = create(tenant.token(), "CRM sync", List.of("users:read", "teams:read"), null);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String secret = created.text("secret");
        assertThat(secret).startsWith("sk_").hasSize(75);
        String id = created.json().path("key").path("id").asString();
        assertThat(created.json().path("key").path("prefix").asString()).isEqualTo(secret.substring(0, 11));

        var list = api.get("/api/v1/api-keys", tenant.token());
        assertThat(list.body()).doesNotContain(secret).contains("CRM sync", "users:read");
        assertThat(list.json().path("data").get(0).path("created_by").asString())
                .isEqualTo(tenant.adminId());

        assertThat(api.get("/api/v1/users", secret).status()).isEqualTo(200);
        var viaHeader = api.send("GET", "/api/v1/teams", null, null, Map.of("X-Api-Key", secret));
        assertThat(viaHeader.status()).as(viaHeader.toString()).isEqualTo(200);
        assertThat(api.get("/api/v1/api-keys/" + id, tenant.token())
                        .json()
                        .path("last_used_at")
                        .isNull())
                .isFalse();
    }

    @Test
    void scopesOverTheirLimitsAreRefusedNamingTheFieldAndIssueNothing() {
        Tenant tenant = signUp();
        var longScope = create(tenant.token(), "long", List.of("users:read", "x".repeat(65)), null);
        assertProblem(longScope, 400, "validation_failed");
        assertThat(longScope.json().path("errors").findValuesAsString("field")).containsExactly("scopes[1]");
        var manyScopes = create(tenant.token(), "many", java.util.Collections.nCopies(101, "users:read"), null);
        assertProblem(manyScopes, 400, "validation_failed");
        assertThat(manyScopes.json().path("errors").findValuesAsString("field")).containsExactly("scopes");
        assertThat(api.get("/api/v1/api-keys", tenant.token())
                        .json()
                        .path("data")
                        .size())
                .as("no key was issued")
                .isZero();
    }

    @Test
    void scopesAreEnforcedOnEveryEndpoint() {
        Tenant tenant = signUp();
        String readOnly =
                create(tenant.token(), "reader", List.of("users:read"), null).text("secret");
        assertThat(api.get("/api/v1/users", readOnly).status()).isEqualTo(200);
        assertProblem(
                api.post("/api/v1/teams", body("name", "Nope", "team_type", "team"), readOnly),
                403,
                "permission_denied");
        assertProblem(api.get("/api/v1/teams", readOnly), 403, "permission_denied");
        assertProblem(api.get("/api/v1/audit", readOnly), 403, "permission_denied");
        // Account and session management need a person, not a key.
        assertProblem(api.post("/api/v1/me/2fa", null, readOnly), 403, "not_for_api_keys");
        assertProblem(api.post("/api/v1/auth/logout", null, readOnly), 403, "not_for_api_keys");
    }

    @Test
    void aKeyNeverExceedsItsCreator() {
        Tenant tenant = signUp();
        Member manager = join(tenant, "manager");
        assertProblem(create(manager.token(), "too much", List.of("users:write"), null), 403, "scope_not_grantable");
        String key = create(manager.token(), "teams", List.of("teams:write", "teams:read"), null)
                .text("secret");
        assertThat(api.get("/api/v1/teams", key).status()).isEqualTo(200);

        // Demoted to agent: the key keeps only what the creator still holds.
        api.patch("/api/v1/users/" + manager.id(), body("role", "agent"), tenant.token());
        assertThat(api.get("/api/v1/teams", key).status()).isEqualTo(200);
        assertProblem(
                api.post("/api/v1/teams", body("name", "Nope", "team_type", "team"), key), 403, "permission_denied");
        // Deactivated: the key stops working.
        api.delete("/api/v1/users/" + manager.id(), tenant.token());
        assertProblem(api.get("/api/v1/teams", key), 401, "unauthenticated");
    }

    @Test
    void rotationKeepsTheOldSecretForTheGracePeriodAndRevocationEndsBoth() {
        Tenant tenant = signUp();
        var created = create(tenant.token(), "rotating", List.of("users:read"), null);
        String id = created.json().path("key").path("id").asString();
        String old = created.text("secret");
        var rotated = api.post("/api/v1/api-keys/" + id + "/rotate", null, tenant.token());
        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
        String fresh = rotated.text("secret");
        assertThat(fresh).isNotEqualTo(old);
        assertThat(rotated.json().path("key").path("previous_valid_until").asString())
                .isNotBlank();
        assertThat(api.get("/api/v1/users", fresh).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/users", old).status()).isEqualTo(200);

        assertThat(api.delete("/api/v1/api-keys/" + id, tenant.token()).status())
                .isEqualTo(204);
        assertProblem(api.get("/api/v1/users", fresh), 401, "unauthenticated");
        assertProblem(api.get("/api/v1/users", old), 401, "unauthenticated");
        assertProblem(api.post("/api/v1/api-keys/" + id + "/rotate", null, tenant.token()), 409, "api_key_inactive");
    }

    @Test
    void anExpiredKeyIsRefused() {
        Tenant tenant = signUp();
        assertProblem(
                create(
                        tenant.token(),
                        "past",
                        List.of("users:read"),
                        Instant.now().minus(1, ChronoUnit.DAYS)),
                400,
                "invalid_expiry");
        var soon = create(
                tenant.token(), "soon", List.of("users:read"), Instant.now().plus(30, ChronoUnit.DAYS));
        assertThat(soon.json().path("key").path("expires_at").asString()).isNotBlank();
    }

    @Test
    void anotherOrganizationsKeyAnswers404() {
        Tenant a = signUp();
        Tenant b = signUp();
        String id = create(a.token(), "mine", List.of("users:read"), null)
                .json()
                .path("key")
                .path("id")
                .asString();
        assertProblem(api.get("/api/v1/api-keys/" + id, b.token()), 404, "not_found");
        assertProblem(api.post("/api/v1/api-keys/" + id + "/rotate", null, b.token()), 404, "not_found");
        assertProblem(api.delete("/api/v1/api-keys/" + id, b.token()), 404, "not_found");
        assertThat(api.get("/api/v1/api-keys", b.token()).body()).doesNotContain(id);
    }

    @Test
    void badInputIsAProblemAndCreatesNothing() {
        Tenant tenant = signUp();
        assertProblem(create(tenant.token(), "bad", List.of("users:fly"), null), 400, "invalid_scope");
        assertProblem(create(tenant.token(), "none", List.of(), null), 400, "validation_failed");
        assertProblem(
                api.post("/api/v1/api-keys", body("scopes", List.of("users:read")), tenant.token()),
                400,
                "validation_failed");
        assertProblem(create(tenant.token(), "root", List.of("platform:admin"), null), 403, "scope_not_grantable");
        assertThat(api.get("/api/v1/api-keys", tenant.token()).json().path("data"))
                .isEmpty();
        assertProblem(api.get("/api/v1/users", "sk_not-a-real-key"), 401, "unauthenticated");
        Member agent = join(tenant, "agent");
        assertProblem(create(agent.token(), "agent key", List.of("leads:read"), null), 403, "permission_denied");
    }

    private Api.Response create(String token, String name, List<String> scopes, Instant expiresAt) {
        var body = new java.util.LinkedHashMap<String, Object>(Map.of("name", name, "scopes", scopes));
        if (expiresAt != null) {
            body.put("expires_at", expiresAt.toString());
        }
        return api.post("/api/v1/api-keys", body, token);
    }
}
