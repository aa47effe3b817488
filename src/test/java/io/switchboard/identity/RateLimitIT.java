package io.switchboard.identity;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.ApiTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** API rate limits, with small limits in a context of their own. */
@TestPropertySource(
        properties = {
            "switchboard.identity.security.rate-limit.per-user-per-minute=4",
            "switchboard.identity.security.rate-limit.per-key-per-minute=2"
        })
class RateLimitIT extends ApiTest {

    @Test
    void eachUserHasABucketAndAnswersCarryRateLimitHeaders() {
        Tenant tenant = signUp();
        Tenant other = signUp();
        var first = api.get("/api/v1/me", tenant.token());
        assertThat(first.header("RateLimit-Limit")).isEqualTo("4");
        assertThat(first.header("RateLimit-Remaining")).isEqualTo("3");
        assertThat(Long.parseLong(first.header("RateLimit-Reset"))).isBetween(1L, 60L);
        for (int i = 0; i < 3; i++) {
            assertThat(api.get("/api/v1/me", tenant.token()).status()).isEqualTo(200);
        }
        var limited = api.get("/api/v1/me", tenant.token());
        assertProblem(limited, 429, "rate_limited");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(limited.header("RateLimit-Remaining")).isEqualTo("0");
        assertThat(api.get("/api/v1/me", other.token()).status()).isEqualTo(200);
    }

    @Test
    void eachApiKeyHasABucketOfItsOwn() {
        Tenant tenant = signUp();
        String key = api.post("/api/v1/api-keys", body("name", "busy", "scopes", List.of("users:read")), tenant.token())
                .text("secret");
        assertThat(api.get("/api/v1/users", key).header("RateLimit-Limit")).isEqualTo("2");
        assertThat(api.get("/api/v1/users", key).status()).isEqualTo(200);
        assertProblem(api.get("/api/v1/users", key), 429, "rate_limited");
    }
}
