package io.switchboard.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** The shared parts of the document: security schemes, the problem schema, rate-limit headers. */
final class ApiComponents {

    static final String PROBLEM_REF = "#/components/schemas/Problem";
    static final String HEADERS_REF = "#/components/headers/";

    private ApiComponents() {}

    static void addTo(Components components) {
        components.addSecuritySchemes(
                ApiOperations.BEARER,
                new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description(
                                "A user's access token (POST /api/v1/auth/login), valid 15 minutes, renewed with"
                                        + " the single-use refresh token. JWTs checked per RFC8725: HS256 only, every other"
                                        + " algorithm ('none' included) refused. An API key also works here: 'Authorization: Bearer sk_…'."));
        components.addSecuritySchemes(
                ApiOperations.API_KEY, keyHeader("An API key (sk_…), scoped to permissions, shown once at creation."));
        components.addSecuritySchemes(
                ApiOperations.VENDOR_KEY,
                keyHeader("A lead vendor's intake key (vk_…); 'Authorization: Bearer vk_…' works too."));
        components.addSchemas("Problem", problem());
        components.addSchemas("FieldProblem", fieldProblem());
        components.addHeaders("RateLimit-Limit", integerHeader("Requests allowed per minute to this caller"));
        components.addHeaders("RateLimit-Remaining", integerHeader("Requests left in the current window"));
        components.addHeaders("RateLimit-Reset", integerHeader("Seconds until the allowance is full again"));
        components.addHeaders("Retry-After", integerHeader("Seconds to wait before trying again"));
    }

    /** What {@code ProblemResponses} writes: RFC 9457 members plus code, trace_id and errors. */
    private static Schema<?> problem() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", string("A URI reference naming the problem type").format("uri-reference"));
        properties.put("title", string("A short summary of the problem type"));
        properties.put(
                "status",
                integer("The HTTP status code").minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599)));
        properties.put("detail", string("What went wrong, for a person to read"));
        properties.put("instance", string("The path of the request").format("uri-reference"));
        properties.put("code", string("A stable, machine-readable code (e.g. validation_failed, not_found)"));
        properties.put(
                "trace_id", TypeUseFacts.nullable(string("The request's id, also in X-Request-Id and the logs")));
        properties.put(
                "errors",
                new JsonSchema()
                        .types(new LinkedHashSet<>(List.of("array")))
                        .maxItems(1000)
                        .description("For input errors: each rejected field")
                        .items(new JsonSchema().$ref("#/components/schemas/FieldProblem")));
        properties.put("retry_after", integer("For 429: seconds to wait (also in Retry-After)"));
        Schema<?> schema = new JsonSchema()
                .types(new LinkedHashSet<>(List.of("object")))
                .description("RFC 9457 problem details. Some problems add members of their own (e.g."
                        + " existing_lead_id on a duplicate lead).");
        schema.setProperties(properties);
        schema.setRequired(List.of("type", "title", "status", "code"));
        return schema;
    }

    private static Schema<?> fieldProblem() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("field", string("The JSON path of the field, in snake_case (empty for the whole body)"));
        properties.put("message", string("What is wrong with it"));
        Schema<?> schema = new JsonSchema().types(new LinkedHashSet<>(List.of("object")));
        schema.setProperties(properties);
        schema.setRequired(List.of("field", "message"));
        return schema;
    }

    private static SecurityScheme keyHeader(String description) {
        return new SecurityScheme()
                .type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER)
                .name("X-Api-Key")
                .description(description);
    }

    private static Header integerHeader(String description) {
        return new Header().description(description).schema(integer(null).minimum(BigDecimal.ZERO));
    }

    private static Schema<?> string(String description) {
        return new JsonSchema().types(new LinkedHashSet<>(List.of("string"))).description(description);
    }

    private static Schema<?> integer(String description) {
        Schema<?> schema =
                new JsonSchema().types(new LinkedHashSet<>(List.of("integer"))).format("int64");
        return description == null ? schema : schema.description(description);
    }
}
