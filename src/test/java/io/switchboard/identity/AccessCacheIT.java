package io.switchboard.identity;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.ApiTest;
import org.junit.jupiter.api.Test;

/**
 * A session's access is remembered between requests, and every change that narrows it takes effect
 * on the very next request: the remembered access is forgotten when the change commits.
 */
class AccessCacheIT extends ApiTest {

    @Test
    void aRoleChangedDownTakesEffectOnTheNextRequest() {
        Tenant tenant = signUp();
        Member member = join(tenant, "admin");
        assertThat(api.get("/api/v1/audit", member.token()).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/audit", member.token()).status()).isEqualTo(200);

        var demoted = api.patch("/api/v1/users/" + member.id(), body("role", "agent"), tenant.token());
        assertThat(demoted.status()).as(demoted.toString()).isEqualTo(200);

        assertProblem(api.get("/api/v1/audit", member.token()), 403, "permission_denied");
    }

    @Test
    void aDeactivatedUserAndAnEndedSessionAreRefusedOnTheNextRequest() {
        Tenant tenant = signUp();
        Member member = join(tenant, "manager");
        assertThat(api.get("/api/v1/me", member.token()).status()).isEqualTo(200);
        assertThat(api.delete("/api/v1/users/" + member.id(), tenant.token()).status())
                .isBetween(200, 204);
        assertProblem(api.get("/api/v1/me", member.token()), 401, "unauthenticated");

        assertThat(api.get("/api/v1/me", tenant.token()).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/auth/logout", null, tenant.token()).status())
                .isEqualTo(204);
        assertProblem(api.get("/api/v1/me", tenant.token()), 401, "unauthenticated");
    }
}
