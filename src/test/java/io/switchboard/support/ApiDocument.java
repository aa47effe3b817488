package io.switchboard.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API document as a generated client reads it: operations, their schemas with {@code $ref}s
 * resolved, example request bodies built from a schema (required properties and enums, values by
 * type) and a check that an answer uses only the properties its schema declares.
 */
public final class ApiDocument {

    private final JsonNode root;

    private ApiDocument(JsonNode root) {
        this.root = root;
    }

    /** Reads {@code /v3/api-docs}; generating it takes a while on a busy machine, hence its own timeout. */
    public static ApiDocument read(Api api) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(api.base() + "/v3/api-docs"))
                                    .timeout(Duration.ofMinutes(3))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET /v3/api-docs answered " + response.statusCode());
            }
            java.nio.file.Path target = java.nio.file.Path.of("target");
            if (java.nio.file.Files.isDirectory(target)) {
                // Kept for bin/api-lint, which lints a saved document.
                java.nio.file.Files.writeString(target.resolve("openapi.json"), response.body());
            }
            return new ApiDocument(JsonMapper.builder().build().readTree(response.body()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public JsonNode root() {
        return root;
    }

    public record Op(String path, String method, JsonNode node) {
        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    public List<Op> operations() {
        List<Op> ops = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                ops.add(new Op(path.getKey(), method.getKey(), method.getValue()));
            }
        }
        return ops;
    }

    public Op operation(String method, String path) {
        JsonNode node = root.path("paths").path(path).path(method.toLowerCase());
        if (node.isMissingNode()) {
            throw new AssertionError("the document has no " + method + " " + path);
        }
        return new Op(path, method.toLowerCase(), node);
    }

    public JsonNode schema(String name) {
        return root.path("components").path("schemas").path(name);
    }

    /** Follows a {@code $ref}, and a nullable {@code anyOf: [{$ref}, {type: null}]}, to the schema. */
    public JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            String ref = schema.path("$ref").asString();
            return resolve(schema(ref.substring(ref.lastIndexOf('/') + 1)));
        }
        if (schema.has("anyOf")) {
            for (JsonNode option : schema.path("anyOf")) {
                if (!types(option).equals(Set.of("null"))) {
                    return resolve(option);
                }
            }
        }
        return schema;
    }

    public JsonNode requestSchema(Op op) {
        return resolve(op.node()
                .path("requestBody")
                .path("content")
                .path("application/json")
                .path("schema"));
    }

    public @Nullable String successCode(Op op) {
        for (String code : op.node().path("responses").propertyNames()) {
            if (code.startsWith("2")) {
                return code;
            }
        }
        return null;
    }

    public JsonNode responseSchema(Op op) {
        String code = successCode(op);
        return resolve(op.node()
                .path("responses")
                .path(code)
                .path("content")
                .path("application/json")
                .path("schema"));
    }

    public static Set<String> types(JsonNode schema) {
        JsonNode type = schema.path("type");
        Set<String> types = new TreeSet<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asString()));
        } else if (type.isString()) {
            types.add(type.asString());
        }
        return types;
    }

    /** A body a client would send: every required property, and each optional one with an enum. */
    public Object example(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        JsonNode values = resolved.path("enum");
        if (values.isArray() && !values.isEmpty()) {
            return values.get(0).asString();
        }
        Set<String> types = types(resolved);
        if (types.contains("object") || resolved.has("properties")) {
            Map<String, Object> body = new LinkedHashMap<>();
            Set<String> required = new TreeSet<>();
            resolved.path("required").forEach(r -> required.add(r.asString()));
            for (Map.Entry<String, JsonNode> property :
                    resolved.path("properties").properties()) {
                JsonNode target = resolve(property.getValue());
                if (required.contains(property.getKey()) || target.path("enum").isArray()) {
                    body.put(property.getKey(), example(property.getValue()));
                }
            }
            return body;
        }
        if (types.contains("array")) {
            return List.of(example(resolved.path("items")));
        }
        if (types.contains("integer") || types.contains("number")) {
            return resolved.has("minimum") ? resolved.path("minimum").asLong() : 1;
        }
        if (types.contains("boolean")) {
            return true;
        }
        return exampleText(resolved);
    }

    private static String exampleText(JsonNode schema) {
        String text =
                switch (schema.path("format").asString("")) {
                    case "email" -> "someone@example.com";
                    case "date" -> LocalDate.now().plusDays(1).toString();
                    case "date-time" -> "2030-01-01T09:00:00Z";
                    case "uuid" -> "0190a0a0-0000-7000-8000-000000000000";
                    default -> "Example text";
                };
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        return text.length() > max ? text.substring(0, max) : text;
    }

    /** Property paths of an answer that its schema does not declare (nested objects and arrays too). */
    public List<String> undeclared(JsonNode value, JsonNode schema, String at) {
        List<String> found = new ArrayList<>();
        JsonNode resolved = resolve(schema);
        if (value.isObject() && resolved.has("properties")) {
            for (Map.Entry<String, JsonNode> property : value.properties()) {
                JsonNode declared = resolved.path("properties").path(property.getKey());
                if (declared.isMissingNode()) {
                    found.add(at + "." + property.getKey());
                } else {
                    found.addAll(undeclared(property.getValue(), declared, at + "." + property.getKey()));
                }
            }
        } else if (value.isArray() && resolved.has("items")) {
            for (JsonNode item : value) {
                found.addAll(undeclared(item, resolved.path("items"), at + "[]"));
            }
        }
        return found;
    }
}
