package io.switchboard.shared;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A failure the caller can act on. Rendered as RFC 9457 problem details with a stable {@code code};
 * subclasses name the situation ({@code NotFound}, {@code Conflict}, …), never "Exception".
 */
public class Problem extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String title;
    private final Map<String, Object> properties;
    private final List<FieldProblem> fieldProblems;

    public Problem(HttpStatus status, String code, String title, String detail) {
        this(status, code, title, detail, Map.of(), List.of());
    }

    public Problem(
            HttpStatus status,
            String code,
            String title,
            String detail,
            Map<String, Object> properties,
            List<FieldProblem> fieldProblems) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
        this.properties = Map.copyOf(properties);
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public Map<String, Object> properties() {
        return properties;
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }

    /** HTTP headers the answer carries besides the body (e.g. {@code Retry-After}). */
    public Map<String, String> headers() {
        return Map.of();
    }

    /** One rejected input field: its JSON path and what is wrong with it. */
    public record FieldProblem(String field, String message) {}
}
