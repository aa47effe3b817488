package io.switchboard.shared;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.ApiTest;
import io.switchboard.support.Multipart;
import io.switchboard.support.ProblemAssert;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every failure is RFC 9457 problem details with a stable code; bad input is never a 500. */
class ProblemDetailsIT extends ApiTest {

    @Test
    void malformedJson() {
        Tenant tenant = signUp();
        assertProblem(api.post("/api/v1/teams", "{\"name\": ", tenant.token()), 400, "malformed_json");
        assertProblem(api.post("/api/v1/teams", "[1, 2", tenant.token()), 400, "malformed_json");
        assertProblem(api.post("/api/v1/teams", "{\"name\": \"a\"} trailing", tenant.token()), 400, "malformed_json");
    }

    @Test
    void wrongFieldTypesNameTheField() {
        Tenant tenant = signUp();
        var response = api.post(
                "/api/v1/teams",
                "{\"name\": \"Ok\", \"budget\": {\"amount_minor\": \"lots\", \"currency\": \"USD\"}}",
                tenant.token());
        assertProblem(response, 400, "invalid_type");
        assertThat(response.json().path("errors").get(0).path("field").asString())
                .isEqualTo("budget.amount_minor");
        assertProblem(api.post("/api/v1/teams", "{\"name\": [\"a\"]}", tenant.token()), 400, "invalid_type");
        assertProblem(
                api.post("/api/v1/auth/login", "{\"email\": true, \"password\": \"x\"}", null), 400, "invalid_type");
    }

    @Test
    void missingFieldsAndBodies() {
        Tenant tenant = signUp();
        var missing = api.post("/api/v1/auth/signup", body("organization_name", "Only this"), null);
        assertProblem(missing, 400, "validation_failed");
        assertThat(missing.json().path("errors").toString()).contains("email", "password", "name");
        assertProblem(api.post("/api/v1/teams", null, tenant.token()), 400, "unreadable_body");
        assertProblem(
                api.post("/api/v1/teams", "{\"name\": \"x\", \"surprise\": 1}", tenant.token()), 400, "unknown_field");
    }

    @Test
    void oversizedBodies() {
        Tenant tenant = signUp();
        String huge = "{\"name\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        assertProblem(api.post("/api/v1/teams", huge, tenant.token()), 413, "payload_too_large");
        assertThat(api.get("/api/v1/teams", tenant.token()).json().path("data").size())
                .isZero();
    }

    @Test
    void unknownRoutesAndWrongMethods() {
        Tenant tenant = signUp();
        assertProblem(api.get("/api/v1/no-such-thing", tenant.token()), 404, "route_not_found");
        assertProblem(api.get("/api/v1/no-such-thing", null), 404, "route_not_found");
        var wrongMethod = api.send("PUT", "/api/v1/teams", body("name", "x"), tenant.token(), Map.of());
        assertProblem(wrongMethod, 405, "method_not_allowed");
        assertThat(wrongMethod.header("Allow")).contains("GET", "POST");
        assertProblem(api.send("DELETE", "/api/v1/auth/login", null, null, Map.of()), 405, "method_not_allowed");
    }

    @Test
    void wrongContentTypeAndBadParameters() {
        Tenant tenant = signUp();
        var form = api.sendBytes("POST", "/api/v1/teams", "name=x".getBytes(), "text/plain", tenant.token());
        assertProblem(form, 415, "unsupported_media_type");
        assertProblem(api.get("/api/v1/teams/not-a-uuid", tenant.token()), 400, "invalid_parameter");
        assertProblem(api.get("/api/v1/teams?team_type=tribe", tenant.token()), 400, "invalid_parameter");
    }

    @Test
    void strangersGet401BeforeTheirContentTypeIsLookedAt() {
        Multipart upload = Multipart.file("file", "leads.csv", "name,phone\nAda,+14155550100\n");
        assertProblem(
                api.sendBytes("POST", "/api/v1/teams", upload.body(), upload.contentType(), null),
                401,
                "unauthenticated");
        assertProblem(
                api.sendBytes("POST", "/api/v1/lead-imports", upload.body(), upload.contentType(), null),
                401,
                "unauthenticated");
        assertProblem(api.post("/api/v1/lead-imports", body("name", "x"), null), 401, "unauthenticated");

        Tenant tenant = signUp();
        var json = api.post("/api/v1/lead-imports", body("name", "x"), tenant.token());
        assertProblem(json, 415, "unsupported_media_type");
        assertThat(json.text("detail")).isEqualTo("send multipart/form-data");
        var multipart = api.sendBytes("POST", "/api/v1/teams", upload.body(), upload.contentType(), tenant.token());
        assertProblem(multipart, 415, "unsupported_media_type");
        assertThat(multipart.text("detail")).contains("application/json").doesNotContain("*");
    }

    @Test
    void detailsNeverNameJavaClassesOrSettings() {
        Tenant tenant = signUp();
        for (String bad : List.of(
                "[]",
                "\"Closers\"",
                "42",
                "{\"name\": ",
                "[1, 2",
                "{\"name\": \"a\"} trailing",
                "{\"name\": {\"x\": }")) {
            var response = api.post("/api/v1/teams", bad, tenant.token());
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.text("detail")).as(bad).doesNotContainPattern(ProblemAssert.JAVA_INTERNALS);
        }
        assertThat(api.post("/api/v1/teams", "[]", tenant.token()).text("detail"))
                .isEqualTo("the request body must be an object");
        assertThat(api.post("/api/v1/teams", "{\"name\": ", tenant.token()).text("detail"))
                .startsWith("the request body is not valid JSON (line 1, column");
    }

    @Test
    void requestIdsAreEchoedAndReported() {
        var response = api.send("GET", "/api/v1/me", null, null, Map.of("X-Request-Id", "test-request-0001"));
        assertThat(response.header("X-Request-Id")).isEqualTo("test-request-0001");
        assertThat(response.text("trace_id")).isEqualTo("test-request-0001");
    }
}
