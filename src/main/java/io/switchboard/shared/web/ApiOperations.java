package io.switchboard.shared.web;

import io.swagger.v3.core.util.AnnotationsUtils;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.switchboard.shared.ApiAccess;
import io.switchboard.shared.ApiAccess.Access;
import io.switchboard.shared.CursorPage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * What every operation really answers besides its success: the security the filter chains enforce
 * (from {@link ApiAccess}), RFC 9457 problem responses for the failures it can meet, and the
 * rate-limit headers every rate-limited answer carries.
 */
final class ApiOperations implements OpenApiCustomizer {

    static final String BEARER = "bearerToken";
    static final String API_KEY = "apiKey";
    static final String VENDOR_KEY = "vendorKey";
    static final String PROBLEM_JSON = "application/problem+json";
    static final String CSV = "text/csv";
    private static final Set<PathItem.HttpMethod> WRITES = Set.of(
            PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT, PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);
    private static final List<String> RATE_LIMIT_HEADERS =
            List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset");

    private final ApiAccess access;
    private final long maxUploadBytes;

    ApiOperations(ApiAccess access, long maxUploadBytes) {
        this.access = access;
        this.maxUploadBytes = maxUploadBytes;
    }

    @Override
    public void customise(OpenAPI api) {
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        api.setComponents(components);
        ApiComponents.addTo(components);
        if (api.getPaths() != null) {
            api.getPaths().forEach((path, item) -> item.readOperationsMap()
                    .forEach((method, operation) -> document(path, method, operation)));
        }
    }

    private void document(String path, PathItem.HttpMethod method, Operation operation) {
        Access rule = access.of(method.name(), path);
        secure(operation, rule);
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(ApiOperations::bound);
        }
        boolean secured = !operation.getSecurity().isEmpty();
        boolean write = WRITES.contains(method);
        if (isMultipart(operation)) {
            boundUploads(operation);
        } else if (write && secured) {
            if (operation.getParameters() == null
                    || operation.getParameters().stream().noneMatch(p -> "Idempotency-Key".equals(p.getName()))) {
                operation.addParametersItem(idempotencyKey());
            }
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        spreadsheets(operation, responses);
        problems(responses, path, rule, secured, write, !isMultipart(operation));
        boolean rateLimited = rule != Access.PROVIDER_SIGNATURE;
        responses.forEach((code, response) -> headers(code, response, rateLimited));
    }

    private static void secure(Operation operation, Access rule) {
        switch (rule) {
            case CREDENTIALS -> operation.setSecurity(credentials());
            case ANONYMOUS, PROVIDER_SIGNATURE -> operation.setSecurity(new ArrayList<>());
            case OWN_SCHEME -> {
                if (operation.getSecurity() == null) {
                    operation.setSecurity(credentials());
                }
            }
        }
    }

    /** The failures an operation can meet, each as problem details. */
    private static void problems(
            ApiResponses responses, String path, Access rule, boolean secured, boolean write, boolean idempotent) {
        add(
                responses,
                "400",
                "Invalid input: a malformed body, a field that fails validation (errors[] names each)"
                        + " or a bad query parameter");
        if (secured) {
            add(responses, "401", "No valid credentials: sign in, or send a valid access token or API key");
            add(
                    responses,
                    "403",
                    "Signed in, but the role, the API key's scopes or the IP allowlist do not allow this");
        } else if (rule == Access.PROVIDER_SIGNATURE) {
            add(responses, "403", "Unsigned, or the signature does not match the provider's");
        }
        if (path.contains("{")) {
            add(
                    responses,
                    "404",
                    "No such record in your organization (another organization's records answer 404 too)");
        }
        if (write) {
            add(
                    responses,
                    "409",
                    "Conflict with the current state (a duplicate, a concurrent change, a request with"
                            + " this Idempotency-Key still in progress)");
        }
        if (write && secured && idempotent) {
            add(responses, "422", "This Idempotency-Key was already used for a different request");
        }
        if (rule != Access.PROVIDER_SIGNATURE) {
            add(responses, "429", "Too many requests: wait Retry-After seconds");
        }
        add(responses, "500", "A fault on our side; quote the trace_id when reporting it");
    }

    private static List<SecurityRequirement> credentials() {
        return new ArrayList<>(
                List.of(new SecurityRequirement().addList(BEARER), new SecurityRequirement().addList(API_KEY)));
    }

    private static void add(ApiResponses responses, String code, String description) {
        ApiResponse response = responses.get(code);
        if (response == null) {
            response = new ApiResponse().description(description);
            responses.addApiResponse(code, response);
        }
        if (response.getContent() == null || response.getContent().isEmpty()) {
            response.setContent(new Content()
                    .addMediaType(
                            PROBLEM_JSON, new MediaType().schema(new JsonSchema().$ref(ApiComponents.PROBLEM_REF))));
        }
    }

    private static void headers(String code, ApiResponse response, boolean rateLimited) {
        if (!rateLimited || !(code.startsWith("2") || code.startsWith("4"))) {
            return;
        }
        Map<String, Header> headers = response.getHeaders() == null ? new LinkedHashMap<>() : response.getHeaders();
        RATE_LIMIT_HEADERS.forEach(
                name -> headers.putIfAbsent(name, new Header().$ref(ApiComponents.HEADERS_REF + name)));
        if (code.equals("429")) {
            headers.putIfAbsent("Retry-After", new Header().$ref(ApiComponents.HEADERS_REF + "Retry-After"));
        }
        response.setHeaders(headers);
    }

    /**
     * Limits the API enforces on parameters that their declarations do not carry: parsed formats,
     * the page size {@link CursorPage#limit} accepts, and the length of the cursors it hands out.
     */
    private static void bound(Parameter parameter) {
        if (parameter.getSchema() == null || !("query".equals(parameter.getIn()) || "path".equals(parameter.getIn()))) {
            return;
        }
        // springdoc hands out one schema instance to many parameters of the same type: bounding the
        // cursor's in place gave every plain String parameter (q, action, phone …) its 24 characters.
        Schema<?> schema = AnnotationsUtils.clone(parameter.getSchema(), true);
        parameter.setSchema(schema);
        TextFormats.bound(schema);
        if ("limit".equals(parameter.getName())) {
            // springdoc gives an Integer the whole int32 range; ParameterFilter accepts 1 to MAX_LIMIT.
            if (schema.getMinimum() == null || schema.getMinimum().compareTo(BigDecimal.ONE) < 0) {
                schema.setMinimum(BigDecimal.ONE);
            }
            BigDecimal max = BigDecimal.valueOf(CursorPage.MAX_LIMIT);
            if (schema.getMaximum() == null || schema.getMaximum().compareTo(max) > 0) {
                schema.setMaximum(max);
            }
        } else if ("cursor".equals(parameter.getName()) && schema.getMaxLength() == null) {
            // Base64 of a 16-byte id: 22 characters, 24 with padding; anything else is refused.
            schema.setMaxLength(24);
        }
    }

    /**
     * An operation with a {@code format} query parameter answers its figures as a spreadsheet with
     * {@code format=csv} (and refuses any other value than json or csv): a generated client must be
     * able to ask for it and read it.
     */
    private static void spreadsheets(Operation operation, ApiResponses responses) {
        if (operation.getParameters() == null) {
            return;
        }
        operation.getParameters().stream()
                .filter(p -> "format".equals(p.getName()) && "query".equals(p.getIn()))
                .findFirst()
                .ifPresent(format -> {
                    JsonSchema schema = new JsonSchema();
                    schema.types(new LinkedHashSet<>(List.of("string")));
                    schema.setEnum(new ArrayList<>(List.<Object>of("json", "csv")));
                    schema.setDefault("json");
                    format.setSchema(schema);
                    ApiResponse ok = responses.get("200");
                    if (ok != null && ok.getContent() != null) {
                        ok.getContent()
                                .addMediaType(
                                        CSV,
                                        new MediaType()
                                                .schema(new JsonSchema()
                                                        .types(new LinkedHashSet<>(List.of("string")))));
                    }
                });
    }

    /** A file part is at most the configured multipart file size (bigger uploads answer 413). */
    private void boundUploads(Operation operation) {
        operation.getRequestBody().getContent().values().forEach(media -> {
            Schema<?> form = media.getSchema();
            if (form != null && form.getProperties() != null) {
                form.getProperties().values().stream()
                        .filter(part -> "binary".equals(part.getFormat()) && part.getMaxLength() == null)
                        .forEach(part -> part.setMaxLength((int) Math.min(Integer.MAX_VALUE, maxUploadBytes)));
            }
        });
    }

    private static boolean isMultipart(Operation operation) {
        return operation.getRequestBody() != null
                && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().keySet().stream().anyMatch(t -> t.startsWith("multipart/"));
    }

    private static Parameter idempotencyKey() {
        Schema<?> schema = new JsonSchema()
                .types(new LinkedHashSet<>(List.of("string")))
                .minLength(1)
                .maxLength(255);
        return new Parameter()
                .in("header")
                .name("Idempotency-Key")
                .required(false)
                .description("Makes a retry safe: the same key and request within 24 hours answer the first response"
                        + " again (Idempotent-Replayed: true)")
                .schema(schema);
    }
}
