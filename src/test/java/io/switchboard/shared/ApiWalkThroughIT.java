package io.switchboard.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.ApiDocument;
import io.switchboard.support.ApiDocument.Op;
import io.switchboard.support.ApiTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The walk-throughs of the README and docs/ live in the OpenAPI document too, so a client generated
 * from /v3/api-docs explains itself: each main operation says how it is used, and the request
 * examples are bodies the API accepts as they stand.
 */
class ApiWalkThroughIT extends ApiTest {

    private static final List<String> MAIN = List.of(
            "POST /api/v1/auth/signup",
            "POST /api/v1/auth/login",
            "POST /api/v1/leads",
            "POST /api/v1/lead-imports",
            "POST /api/v1/ai-agents",
            "POST /api/v1/calls",
            "POST /api/v1/campaigns",
            "POST /api/v1/campaigns/{id}/start",
            "GET /api/v1/calls",
            "GET /api/v1/calls/{id}/analysis");

    private static final List<String> WITH_EXAMPLE = List.of(
            "POST /api/v1/auth/signup",
            "POST /api/v1/auth/login",
            "POST /api/v1/leads",
            "POST /api/v1/ai-agents",
            "POST /api/v1/calls",
            "POST /api/v1/campaigns");

    // The sign-in example is the demo's admin; the call example names a lead no organization has.
    private static final Set<String> WITHOUT_TOKEN = Set.of("POST /api/v1/auth/signup", "POST /api/v1/auth/login");
    private static final String MADE_UP_LEAD = "POST /api/v1/calls";

    @Test
    void theMainOperationsSayHowTheyAreUsed() {
        ApiDocument doc = ApiDocument.read(api);
        for (String target : MAIN) {
            Op op = operation(doc, target);
            String description = op.node().path("description").asString("");
            assertThat(description).as(op + " description").hasSizeGreaterThan(60);
            assertThat(description)
                    .as(op + " says more than its summary")
                    .isNotEqualTo(op.node().path("summary").asString());
        }
    }

    @Test
    void theRequestExamplesAreBodiesTheApiAccepts() {
        ApiDocument doc = ApiDocument.read(api);
        Tenant tenant = signUp();
        for (String target : WITH_EXAMPLE) {
            Op op = operation(doc, target);
            JsonNode json = op.node().path("requestBody").path("content").path("application/json");
            JsonNode example = json.path("example");
            JsonNode schema = doc.requestSchema(op);
            assertThat(example.isObject()).as(op + " example " + json).isTrue();
            assertThat(schema.path("properties").isEmpty())
                    .as(op + " keeps its schema beside the example")
                    .isFalse();
            assertThat(doc.undeclared(example, schema, "$")).as(op + " example").isEmpty();
            if (!target.equals(MADE_UP_LEAD)) {
                var answer = api.send(
                        op.method().toUpperCase(),
                        op.path(),
                        example.toString(),
                        WITHOUT_TOKEN.contains(target) ? null : tenant.token(),
                        java.util.Map.of());
                assertThat(answer.status())
                        .as(op + " " + example + " → " + answer)
                        .isEqualTo(Integer.parseInt(doc.successCode(op)));
            }
        }
    }

    private static Op operation(ApiDocument doc, String target) {
        return doc.operation(target.substring(0, target.indexOf(' ')), target.substring(target.indexOf(' ') + 1));
    }
}
