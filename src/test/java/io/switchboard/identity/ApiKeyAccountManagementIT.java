package io.switchboard.identity;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.identity.internal.OpenToApiKeys;
import io.switchboard.support.Api;
import io.switchboard.support.ApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * An API key, however many scopes it holds, never manages accounts: a leaked key must not become a
 * permanent admin by inviting one, promoting its creator's colleagues, ending sessions, minting keys
 * or switching 2FA off.
 */
class ApiKeyAccountManagementIT extends ApiTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void aKeyWithEveryScopeIsRefusedAccountManagementAndChangesNothing() {
        Tenant tenant = signUp();
        Member manager = join(tenant, "manager");
        assertThat(api.patch("/api/v1/organization/security", body("two_factor_policy", "admins"), tenant.token())
                        .status())
                .isEqualTo(200);
        String role = api.post(
                        "/api/v1/roles", body("name", "Reviewer", "permissions", List.of("leads:read")), tenant.token())
                .text("id");
        var other =
                api.post("/api/v1/api-keys", body("name", "other", "scopes", List.of("leads:read")), tenant.token());
        String otherKey = other.json().path("key").path("id").asString();
        String session = api.get("/api/v1/sessions", tenant.token())
                .json()
                .get(0)
                .path("id")
                .asString();
        String key = keyWithEveryScope(tenant);
        List<String> before = snapshot(tenant);

        List<Api.Response> refused = List.of(
                api.post("/api/v1/users", body("email", "mallory@example.com", "name", "M", "role", "admin"), key),
                api.patch("/api/v1/users/" + manager.id(), body("role", "admin"), key),
                api.delete("/api/v1/users/" + manager.id(), key),
                api.post("/api/v1/users/" + manager.id() + "/invitation", null, key),
                api.send(
                        "PUT",
                        "/api/v1/users/" + manager.id() + "/custom-role",
                        body("custom_role_id", role),
                        key,
                        Map.of()),
                api.post("/api/v1/roles", body("name", "Backdoor", "permissions", List.of("users:write")), key),
                api.patch("/api/v1/roles/" + role, body("permissions", List.of("users:write")), key),
                api.delete("/api/v1/roles/" + role, key),
                api.get("/api/v1/users/" + tenant.adminId() + "/sessions", key),
                api.delete("/api/v1/users/" + tenant.adminId() + "/sessions", key),
                api.delete("/api/v1/users/" + tenant.adminId() + "/sessions/" + session, key),
                api.get("/api/v1/organization/security", key),
                api.patch("/api/v1/organization/security", body("two_factor_policy", "off"), key),
                api.patch("/api/v1/organization/security", body("ip_allowlist", List.of("203.0.113.0/24")), key),
                api.get("/api/v1/api-keys", key),
                api.post("/api/v1/api-keys", body("name", "spare", "scopes", List.of("users:write")), key),
                api.post("/api/v1/api-keys/" + otherKey + "/rotate", null, key),
                api.delete("/api/v1/api-keys/" + otherKey, key),
                api.patch("/api/v1/me", body("name", "Mallory"), key),
                api.post(
                        "/api/v1/me/password", body("current_password", PASSWORD, "new_password", "x".repeat(20)), key),
                api.post("/api/v1/me/2fa", null, key),
                api.get("/api/v1/sessions", key),
                api.delete("/api/v1/sessions/" + session, key),
                api.post("/api/v1/auth/logout", null, key));
        refused.forEach(response -> assertProblem(response, 403, "not_for_api_keys"));

        assertThat(snapshot(tenant)).isEqualTo(before);
        assertThat(api.get("/api/v1/users", key).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/users/" + manager.id(), key).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/roles", key).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/me", key).status()).isEqualTo(200);
    }

    /** Every identity endpoint, current or added later, is closed to keys unless it opens itself. */
    @Test
    void everyIdentityEndpointNotOpenedToKeysRefusesThem() {
        Tenant tenant = signUp();
        String key = keyWithEveryScope(tenant);
        List<String> checked = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!method.getBeanType().getName().startsWith("io.switchboard.identity.")
                    || method.hasMethodAnnotation(OpenToApiKeys.class)) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                String path = pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                for (RequestMethod verb : info.getMethodsCondition().getMethods()) {
                    Object body = verb == RequestMethod.GET || verb == RequestMethod.DELETE ? null : Map.of();
                    var response = api.send(verb.name(), path, body, key, Map.of());
                    assertProblem(response, 403, "not_for_api_keys");
                    checked.add(verb + " " + pattern);
                }
            }
        });
        assertThat(checked)
                .hasSizeGreaterThan(25)
                .contains("POST /api/v1/users", "PATCH /api/v1/organization/security");
    }

    private String keyWithEveryScope(Tenant tenant) {
        List<String> scopes = StreamSupport.stream(
                        api.get("/api/v1/me", tenant.token())
                                .json()
                                .path("permissions")
                                .spliterator(),
                        false)
                .map(p -> p.asString())
                .toList();
        assertThat(scopes).contains("users:write", "organization:write", "api_keys:write");
        var created = api.post("/api/v1/api-keys", body("name", "everything", "scopes", scopes), tenant.token());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("secret");
    }

    private List<String> snapshot(Tenant tenant) {
        return List.of(
                api.get("/api/v1/users?limit=100", tenant.token()).body(),
                api.get("/api/v1/roles", tenant.token()).body(),
                api.get("/api/v1/organization/security", tenant.token()).body(),
                api.get("/api/v1/api-keys", tenant.token()).body().replaceAll("\"last_used_at\":(\"[^\"]*\"|null)", ""),
                api.get("/api/v1/users/" + tenant.adminId() + "/sessions", tenant.token())
                        .body()
                        .replaceAll("\"last_seen_at\":\"[^\"]*\"", ""));
    }
}
