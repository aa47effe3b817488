package io.switchboard.shared.web;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.ApiTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/** Controllers are looked up among the mappings of the path's shape only, with MVC's own answers. */
class ShapeIndexedHandlerMappingIT extends ApiTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyRouteIsAmongTheCandidatesOfItsOwnPathsWhateverTheIds() {
        ShapeIndexedHandlerMapping indexed = (ShapeIndexedHandlerMapping) mappings;
        int routes = 0;
        for (RequestMappingInfo info : indexed.getHandlerMethods().keySet()) {
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                String path = sample(pattern.getPatternString());
                assertThat(pattern.matches(PathContainer.parsePath(path)))
                        .as("the sample path %s of %s", path, pattern)
                        .isTrue();
                assertThat(indexed.candidates(path))
                        .as("the candidates of %s (route %s)", path, pattern)
                        .containsKey(info);
                routes++;
            }
        }
        assertThat(routes).isGreaterThan(100);
    }

    @Test
    void answersAreMvcsOwnForKnownUnknownAndWrongMethodRoutes() {
        Tenant tenant = signUp();
        String lead = api.post("/api/v1/leads", body("name", "Shape Lead", "phone", "+14155550123"), tenant.token())
                .text("id");
        for (int i = 0; i < 3; i++) {
            assertThat(api.get("/api/v1/leads/" + lead, tenant.token())
                            .json()
                            .path("lead")
                            .path("name")
                            .asString())
                    .isEqualTo("Shape Lead");
            assertProblem(api.get("/api/v1/leads/" + UUID.randomUUID(), tenant.token()), 404, "not_found");
            assertThat(api.get("/api/v1/leads/count", tenant.token())
                            .json()
                            .path("count")
                            .asInt())
                    .isEqualTo(1);
            assertProblem(
                    api.get("/api/v1/no-such-thing/" + UUID.randomUUID(), tenant.token()), 404, "route_not_found");
            assertProblem(
                    api.send("PUT", "/api/v1/leads/" + lead + "/notes", body("body", "x"), tenant.token(), Map.of()),
                    405,
                    "method_not_allowed");
        }
    }

    @Test
    void aPathNoRouteMatchesHasNoCandidatesAndIsStillServedOrRefused() {
        ShapeIndexedHandlerMapping indexed = (ShapeIndexedHandlerMapping) mappings;

        assertThat(indexed.candidates("/css/console.css")).isEmpty();
        assertThat(api.get("/css/console.css", null).status()).isEqualTo(200);
        assertThat(indexed.candidates("/no-such-page/" + UUID.randomUUID())).isEmpty();
        assertThat(api.get("/no-such-page/" + UUID.randomUUID(), null).status()).isEqualTo(404);
    }

    /**
     * A path the pattern matches: each variable a fresh UUID, a variable with a list of words the first
     * word, a capture-all two segments.
     */
    private static String sample(String pattern) {
        return pattern.replaceAll("\\{\\*[^}]+}", "a/b")
                .replaceAll("\\{\\w+:\\(?(\\w+)[^}]*}", "$1")
                .replaceAll("\\{[^}]+}", UUID.randomUUID().toString())
                .replace("**", "a/b")
                .replace("*", "a");
    }
}
