package io.switchboard.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds every error answer as RFC 9457 problem details: {@code type}, {@code title},
 * {@code status}, {@code detail}, a stable {@code code}, the {@code trace_id} of the request, and
 * {@code errors[]} for rejected fields. Used by the MVC advice and by filters that answer before
 * MVC (authentication, rate limits, body size).
 */
@Component
public class ProblemResponses {

    public static final String REQUEST_ID = "request_id";

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    public static ProblemDetail of(Problem problem) {
        ProblemDetail detail = of(problem.status(), problem.code(), problem.title(), problem.detail());
        problem.properties().forEach(detail::setProperty);
        if (!problem.fieldProblems().isEmpty()) {
            detail.setProperty("errors", problem.fieldProblems());
        }
        return detail;
    }

    public static ProblemDetail of(HttpStatus status, String code, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("/problems/" + code.replace('_', '-')));
        problem.setProperty("code", code);
        problem.setProperty("trace_id", MDC.get(REQUEST_ID));
        return problem;
    }

    public static ProblemDetail validation(String detail, List<Problem.FieldProblem> errors) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "validation_failed", "Invalid input", detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    /** Writes a problem from a filter, with the headers it carries (e.g. {@code Retry-After}). */
    public void write(HttpServletRequest request, HttpServletResponse response, Problem problem) throws IOException {
        if (!response.isCommitted()) {
            problem.headers().forEach(response::setHeader);
        }
        write(request, response, of(problem));
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", request.getRequestURI());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        json.writeValue(response.getOutputStream(), body);
    }
}
