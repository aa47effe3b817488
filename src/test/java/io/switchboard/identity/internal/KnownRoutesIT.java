package io.switchboard.identity.internal;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.ApiTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Whether a route exists is worked out once per method and path shape, with the same answers. */
class KnownRoutesIT extends ApiTest {

    @Autowired
    KnownRoutes routes;

    @Test
    void theReadsOfEveryLeadShareOneAnswer() {
        int before = routes.remembered();
        for (int i = 0; i < 20; i++) {
            assertProblem(api.get("/api/v1/leads/" + UUID.randomUUID(), null), 401, "unauthenticated");
        }
        assertThat(routes.remembered() - before).isLessThanOrEqualTo(1);

        for (int i = 0; i < 3; i++) {
            assertProblem(api.get("/api/v1/no-such-thing/" + UUID.randomUUID(), null), 404, "route_not_found");
            assertProblem(
                    api.send("PUT", "/api/v1/teams", body("name", "x"), null, Map.of()), 405, "method_not_allowed");
        }

        Tenant tenant = signUp();
        assertProblem(api.get("/api/v1/leads/" + UUID.randomUUID(), tenant.token()), 404, "not_found");
        assertProblem(api.get("/api/v1/no-such-thing/" + UUID.randomUUID(), tenant.token()), 404, "route_not_found");
    }
}
