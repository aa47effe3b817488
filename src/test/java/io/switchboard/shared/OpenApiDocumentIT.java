package io.switchboard.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.ApiDocument;
import io.switchboard.support.ApiDocument.Op;
import io.switchboard.support.ApiTest;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsonFormatVisitors.JsonFormatVisitable;
import tools.jackson.databind.jsonFormatVisitors.JsonFormatVisitorWrapper;
import tools.jackson.databind.jsonFormatVisitors.JsonObjectFormatVisitor;

/** The document at /v3/api-docs describes the API a client really talks to. */
class OpenApiDocumentIT extends ApiTest {

    private static final Pattern SNAKE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JsonMapper json;

    @Test
    void propertiesAndQueryParametersAreSnakeCase() {
        ApiDocument doc = ApiDocument.read(api);
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, JsonNode> schema :
                doc.root().path("components").path("schemas").properties()) {
            for (String property : schema.getValue().path("properties").propertyNames()) {
                if (!SNAKE.matcher(property).matches()) {
                    wrong.add(schema.getKey() + "." + property);
                }
            }
        }
        for (Op op : doc.operations()) {
            for (JsonNode parameter : op.node().path("parameters")) {
                String in = parameter.path("in").asString();
                if (in.equals("query")
                        && !SNAKE.matcher(parameter.path("name").asString()).matches()) {
                    wrong.add(op + " ?" + parameter.path("name").asString());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void parameterLimitsAreTheOnesTheApiEnforces() {
        ApiDocument doc = ApiDocument.read(api);
        List<String> wrong = new ArrayList<>();
        for (Op op : doc.operations()) {
            for (JsonNode parameter : op.node().path("parameters")) {
                JsonNode schema = parameter.path("schema");
                if (parameter.path("name").asString().equals("limit")
                        && (schema.path("minimum").asInt() != 1
                                || schema.path("maximum").asInt() != 200)) {
                    wrong.add(op + " ?limit " + schema);
                }
            }
        }
        assertThat(wrong).as("ParameterFilter accepts a page size of 1 to 200").isEmpty();

        // One String parameter's bound (the cursor's 24 characters) once leaked into every other's.
        List<Integer> qLength = new ArrayList<>();
        for (JsonNode parameter : doc.operation("GET", "/api/v1/users").node().path("parameters")) {
            if (parameter.path("name").asString().equals("q")) {
                qLength.add(parameter.path("schema").path("maxLength").asInt());
            }
        }
        assertThat(qLength).containsExactly(200);
        Tenant tenant = signUp();
        assertThat(api.get("/api/v1/users?q=" + "x".repeat(200), tenant.token()).status())
                .isEqualTo(200);
        var tooLong = api.get("/api/v1/users?q=" + "x".repeat(201), tenant.token());
        io.switchboard.support.ProblemAssert.assertProblem(tooLong, 400, "validation_failed");
        assertThat(tooLong.json().path("errors").findValuesAsString("field")).containsExactly("q");
    }

    @Test
    void aFigureAskedForAsASpreadsheetIsDocumentedAsOne() {
        ApiDocument doc = ApiDocument.read(api);
        List<String> wrong = new ArrayList<>();
        int spreadsheets = 0;
        for (Op op : doc.operations()) {
            for (JsonNode parameter : op.node().path("parameters")) {
                if (!parameter.path("name").asString().equals("format")) {
                    continue;
                }
                spreadsheets++;
                if (!parameter.path("schema").path("enum").toString().equals("[\"json\",\"csv\"]")
                        || !op.node()
                                .path("responses")
                                .path("200")
                                .path("content")
                                .has("text/csv")) {
                    wrong.add(op.toString());
                }
            }
        }
        assertThat(spreadsheets).as("the analytics breakdowns take format=csv").isPositive();
        assertThat(wrong)
                .as("format is json or csv, and csv is a 200's content type")
                .isEmpty();
        Tenant tenant = signUp();
        var sheet = api.get("/api/v1/analytics/sources?format=csv", tenant.token());
        assertThat(sheet.status()).isEqualTo(200);
        assertThat(sheet.header("Content-Type")).startsWith("text/csv");
        io.switchboard.support.ProblemAssert.assertProblem(
                api.get("/api/v1/analytics/sources?format=xml", tenant.token()), 400, "invalid_format");
    }

    @Test
    void everyOperationDeclaresItsProblemResponses() {
        ApiDocument doc = ApiDocument.read(api);
        assertThat(doc.schema("Problem").path("properties").propertyNames())
                .contains("type", "title", "status", "detail", "code", "trace_id", "errors");
        for (Op op : doc.operations()) {
            JsonNode responses = op.node().path("responses");
            boolean secured = !op.node().path("security").isEmpty();
            List<String> expected = new ArrayList<>(List.of("400", "500"));
            if (secured) {
                expected.addAll(List.of("401", "403"));
            }
            if (op.path().contains("{")) {
                expected.add("404");
            }
            if (!op.method().equals("get")) {
                expected.add("409");
            }
            if (!op.path().startsWith("/api/v1/webhooks/")) {
                expected.add("429");
                assertThat(responses.path("429").path("headers").has("Retry-After"))
                        .as(op.toString())
                        .isTrue();
                String success = doc.successCode(op);
                assertThat(responses.path(success).path("headers").has("RateLimit-Limit"))
                        .as(op + " " + success)
                        .isTrue();
            }
            for (String code : expected) {
                assertThat(responses
                                .path(code)
                                .path("content")
                                .path("application/problem+json")
                                .path("schema")
                                .path("$ref")
                                .asString())
                        .as(op + " " + code)
                        .isEqualTo("#/components/schemas/Problem");
            }
        }
    }

    /** Each operation says whether it needs credentials, and the API agrees: without them, 401 exactly there. */
    @Test
    void declaredSecurityIsWhatTheApiEnforces() {
        ApiDocument doc = ApiDocument.read(api);
        Set<String> schemes = new TreeSet<>(
                doc.root().path("components").path("securitySchemes").propertyNames());
        assertThat(schemes).containsExactlyInAnyOrder("bearerToken", "apiKey", "vendorKey");
        List<String> wrong = new ArrayList<>();
        for (Op op : doc.operations()) {
            JsonNode security = op.node().path("security");
            assertThat(security.isArray()).as(op + " declares its security").isTrue();
            security.forEach(requirement -> requirement
                    .propertyNames()
                    .forEach(name -> assertThat(schemes).as(op.toString()).contains(name)));
            String path = op.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            String method = op.method().toUpperCase(Locale.ROOT);
            int status = op.node().path("requestBody").path("content").has("multipart/form-data")
                    ? api.sendBytes(method, path, new byte[0], "multipart/form-data; boundary=x", null)
                            .status()
                    : api.send(method, path, "{}", null, Map.of()).status();
            if (!security.isEmpty() != (status == 401)) {
                wrong.add(op + " declares " + security + " but answers " + status + " without credentials");
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** Every request and answer record is described by its own schema, not a same-named one. */
    @Test
    void schemasAreThoseOfTheJavaTypesOfTheirOperations() {
        ApiDocument doc = ApiDocument.read(api);
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping :
                mappings.getHandlerMethods().entrySet()) {
            for (String path : mapping.getKey().getPatternValues()) {
                if (!doc.root().path("paths").has(path)) {
                    continue;
                }
                for (var method : mapping.getKey().getMethodsCondition().getMethods()) {
                    Op op = doc.operation(method.name(), path);
                    HandlerMethod handler = mapping.getValue();
                    for (MethodParameter parameter : handler.getMethodParameters()) {
                        if (parameter.hasParameterAnnotation(RequestBody.class)) {
                            checked += compare(
                                    op + " request", parameter.getParameterType(), doc.requestSchema(op), wrong);
                        }
                    }
                    if (doc.successCode(op) != null) {
                        Class<?> answer = answerType(handler.getReturnType().getGenericParameterType());
                        checked += compare(op + " answer", answer, doc.responseSchema(op), wrong);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(checked).as("records compared").isGreaterThan(100);
    }

    @Test
    void nullableFieldsAreMarked() {
        ApiDocument doc = ApiDocument.read(api);
        assertThat(ApiDocument.types(doc.schema("Lead").path("properties").path("email")))
                .containsExactlyInAnyOrder("string", "null");
        assertThat(ApiDocument.types(doc.schema("Lead").path("properties").path("name")))
                .containsExactly("string");
        assertThat(ApiDocument.types(
                        doc.schema("CursorPageTeam").path("properties").path("next_cursor")))
                .containsExactlyInAnyOrder("string", "null");
        JsonNode budget = doc.schema("TenancyCreateTeam").path("properties").path("budget");
        assertThat(budget.path("anyOf").toString()).contains("#/components/schemas/Money", "\"null\"");
    }

    @Test
    void successCodesAreTheOnesTheApiAnswers() {
        ApiDocument doc = ApiDocument.read(api);
        Tenant tenant = signUp();
        var team = api.post("/api/v1/teams", body("name", "Closers"), tenant.token());
        assertThat(team.status()).isEqualTo(201).isEqualTo(code(doc, "POST", "/api/v1/teams"));
        var removed = api.delete("/api/v1/teams/" + team.text("id"), tenant.token());
        assertThat(removed.status()).isEqualTo(204).isEqualTo(code(doc, "DELETE", "/api/v1/teams/{id}"));
        var entry = api.post("/api/v1/dnc", body("phone", "+14155550199", "reason", "asked"), tenant.token());
        assertThat(entry.status()).as(entry.toString()).isEqualTo(201).isEqualTo(code(doc, "POST", "/api/v1/dnc"));
        var reset = api.post("/api/v1/auth/password-reset", body("email", tenant.email()), null);
        assertThat(reset.status()).isEqualTo(202).isEqualTo(code(doc, "POST", "/api/v1/auth/password-reset"));
        var team2 = api.get("/api/v1/teams", tenant.token());
        assertThat(team2.status()).isEqualTo(200).isEqualTo(code(doc, "GET", "/api/v1/teams"));
    }

    /** A client built from the document: bodies from the schemas are accepted, answers match theirs. */
    @Test
    void requestBodiesBuiltFromTheDocumentRoundTripThroughTheApi() {
        ApiDocument doc = ApiDocument.read(api);
        Tenant tenant = signUp();
        // What the schema cannot say (a cross-field rule: a lead needs a phone or an e-mail) is added,
        // under property names the schema must declare.
        Map<String, Map<String, Object>> operations = new java.util.LinkedHashMap<>();
        operations.put("POST /api/v1/leads", Map.of("email", "rae@example.com"));
        operations.put("POST /api/v1/campaigns", Map.of());
        operations.put("POST /api/v1/marketing-campaigns", Map.of());
        operations.put("POST /api/v1/analysis/preview", Map.of());
        operations.put("PATCH /api/v1/analysis/settings", Map.of());
        operations.put("POST /api/v1/teams", Map.of());
        operations.put("POST /api/v1/ai-agents", Map.of());
        operations.forEach((target, extra) -> {
            String method = target.substring(0, target.indexOf(' '));
            String path = target.substring(target.indexOf(' ') + 1);
            Op op = doc.operation(method, path);
            JsonNode schema = doc.requestSchema(op);
            @SuppressWarnings("unchecked")
            Map<String, Object> body = new java.util.LinkedHashMap<>((Map<String, Object>) doc.example(schema));
            extra.forEach((name, value) -> {
                assertThat(schema.path("properties").has(name))
                        .as(op + " declares " + name)
                        .isTrue();
                body.put(name, value);
            });
            var answer = api.send(method, path, body, tenant.token(), Map.of());
            assertThat(answer.status())
                    .as(op + " " + body + " → " + answer)
                    .isEqualTo(Integer.parseInt(doc.successCode(op)));
            assertThat(doc.undeclared(answer.json(), doc.responseSchema(op), "$"))
                    .as(op + " answer " + answer.body())
                    .isEmpty();
        });
        var problem = api.post("/api/v1/teams", body("name", 7), tenant.token());
        assertThat(problem.contentType()).startsWith("application/problem+json");
        assertThat(doc.undeclared(problem.json(), doc.schema("Problem"), "$")).isEmpty();
        var settings = api.get("/api/v1/compliance/settings", tenant.token());
        assertThat(doc.undeclared(
                        settings.json(), doc.responseSchema(doc.operation("GET", "/api/v1/compliance/settings")), "$"))
                .isEmpty();
    }

    private static int code(ApiDocument doc, String method, String path) {
        return Integer.parseInt(doc.successCode(doc.operation(method, path)));
    }

    private static Class<?> answerType(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == ResponseEntity.class) {
            return answerType(parameterized.getActualTypeArguments()[0]);
        }
        return type instanceof Class<?> c ? c : Object.class;
    }

    /**
     * Compares the properties the application's own mapper writes for a record with its schema's;
     * answers 1 when a record was compared.
     */
    private int compare(String what, Class<?> type, JsonNode schema, List<String> wrong) {
        if (!type.isRecord()) {
            return 0;
        }
        Set<String> expected = new TreeSet<>();
        json.acceptJsonFormatVisitor(type, new JsonFormatVisitorWrapper.Base() {
            @Override
            public JsonObjectFormatVisitor expectObjectFormat(JavaType type) {
                return new JsonObjectFormatVisitor.Base(getContext()) {
                    @Override
                    public void property(BeanProperty property) {
                        expected.add(property.getName());
                    }

                    @Override
                    public void optionalProperty(BeanProperty property) {
                        expected.add(property.getName());
                    }

                    @Override
                    public void property(String name, JsonFormatVisitable handler, JavaType type) {
                        expected.add(name);
                    }

                    @Override
                    public void optionalProperty(String name, JsonFormatVisitable handler, JavaType type) {
                        expected.add(name);
                    }
                };
            }
        });
        Set<String> documented = new TreeSet<>(schema.path("properties").propertyNames());
        if (!expected.equals(documented)) {
            wrong.add(what + " " + type.getName() + ": " + expected + " but documented " + documented);
        }
        return 1;
    }
}
