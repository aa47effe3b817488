package io.switchboard.identity;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.Api;
import io.switchboard.support.ApiTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Lockouts and the IP allowlist, with client addresses taken from X-Forwarded-For (as behind a
 * load balancer) so that each test speaks from addresses of its own.
 */
@TestPropertySource(
        properties = {"server.forward-headers-strategy=native", "switchboard.identity.security.ip-failures=8"})
class SignInProtectionIT extends ApiTest {

    @Test
    void fiveFailuresLockTheAccountWith429AndRetryAfter() {
        Tenant tenant = signUp();
        String ip = randomAddress();
        for (int i = 0; i < 5; i++) {
            assertProblem(login(tenant.email(), "wrong-password-" + i, ip), 401, "invalid_credentials");
        }
        var locked = login(tenant.email(), PASSWORD, randomAddress());
        assertProblem(locked, 429, "too_many_sign_in_attempts");
        long retryAfter = Long.parseLong(locked.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 300L);

        var events = api.get("/api/v1/security-events", tenant.token()).json().path("data");
        assertThat(events.valueStream().map(e -> e.path("kind").asString()).toList())
                .contains("account_locked", "sign_in_failed");
        assertThat(events.get(0).path("ip_address").asString()).isEqualTo(ip);
    }

    @Test
    void manyFailuresFromOneAddressLockThatAddress() {
        Tenant tenant = signUp();
        String ip = randomAddress();
        for (int i = 0; i < 8; i++) {
            login("nobody-" + UUID.randomUUID() + "@example.com", "whatever-password", ip);
        }
        assertProblem(login(tenant.email(), PASSWORD, ip), 429, "too_many_sign_in_attempts");
        assertThat(login(tenant.email(), PASSWORD, randomAddress()).status()).isEqualTo(200);
    }

    @Test
    void theAllowlistAdmitsOnlyItsAddressesIpv4AndIpv6() {
        Tenant tenant = signUp();
        Tenant other = signUp();
        String inside = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 250);
        var saved = as(
                inside,
                "PATCH",
                "/api/v1/organization/security",
                body("ip_allowlist", List.of("203.0.113.0/24", "2001:db8::/32")),
                tenant.token());
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().path("ip_allowlist").toString()).contains("203.0.113.0/24", "2001:db8:0:0:0:0:0:0/32");

        assertThat(as("203.0.113.77", "GET", "/api/v1/me", null, tenant.token()).status())
                .isEqualTo(200);
        assertThat(as("2001:db8::5", "GET", "/api/v1/me", null, tenant.token()).status())
                .isEqualTo(200);
        assertProblem(as("198.51.100.7", "GET", "/api/v1/me", null, tenant.token()), 403, "ip_not_allowed");
        assertProblem(as("2001:db9::5", "GET", "/api/v1/me", null, tenant.token()), 403, "ip_not_allowed");
        assertProblem(login(tenant.email(), PASSWORD, "198.51.100.8"), 403, "ip_not_allowed");
        assertThat(as("198.51.100.7", "GET", "/api/v1/me", null, other.token()).status())
                .isEqualTo(200);

        var denied = as(inside, "GET", "/api/v1/security-events?kind=ip_denied", null, tenant.token())
                .json()
                .path("data");
        assertThat(denied.valueStream()
                        .map(e -> e.path("ip_address").asString())
                        .toList())
                .contains("198.51.100.7", "198.51.100.8");
    }

    @Test
    void anAllowlistThatIsBrokenOrLocksTheAdminOutIsRefused() {
        Tenant tenant = signUp();
        String me = "192.0.2." + ThreadLocalRandom.current().nextInt(1, 250);
        assertProblem(
                as(
                        me,
                        "PATCH",
                        "/api/v1/organization/security",
                        body("ip_allowlist", List.of("300.1.1.1/8")),
                        tenant.token()),
                400,
                "invalid_cidr");
        assertProblem(
                as(
                        me,
                        "PATCH",
                        "/api/v1/organization/security",
                        body("ip_allowlist", List.of("example.com")),
                        tenant.token()),
                400,
                "invalid_cidr");
        assertProblem(
                as(
                        me,
                        "PATCH",
                        "/api/v1/organization/security",
                        body("ip_allowlist", List.of("10.0.0.0/33")),
                        tenant.token()),
                400,
                "invalid_cidr");
        assertProblem(
                as(
                        me,
                        "PATCH",
                        "/api/v1/organization/security",
                        body("ip_allowlist", List.of("198.51.100.0/24")),
                        tenant.token()),
                409,
                "allowlist_excludes_you");
        assertProblem(
                as(
                        me,
                        "PATCH",
                        "/api/v1/organization/security",
                        body("two_factor_policy", "sometimes"),
                        tenant.token()),
                400,
                "invalid_type");
        assertThat(as(me, "GET", "/api/v1/organization/security", null, tenant.token())
                        .json()
                        .path("ip_allowlist"))
                .isEmpty();
        Member agent = join(tenant, "agent");
        assertProblem(
                as(me, "PATCH", "/api/v1/organization/security", body("two_factor_policy", "everyone"), agent.token()),
                403,
                "permission_denied");
    }

    private Api.Response login(String email, String password, String ip) {
        return as(ip, "POST", "/api/v1/auth/login", body("email", email, "password", password), null);
    }

    private Api.Response as(String ip, String method, String path, Object body, String token) {
        return api.send(method, path, body, token, Map.of("X-Forwarded-For", ip));
    }

    private static String randomAddress() {
        var r = ThreadLocalRandom.current();
        return "100." + r.nextInt(64, 128) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }
}
