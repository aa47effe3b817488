package io.switchboard.shared.web;

import io.switchboard.shared.Problem;
import io.switchboard.shared.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Turns every failure into problem details with a stable {@code code} (console pages get the same
 * content as an error page). Bad input is always a 4xx naming the field that is wrong; only genuine
 * faults are 500s, and those never show internals.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemHandling {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

    @ExceptionHandler(Problem.class)
    Object problem(Problem problem, HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
        problem.headers().forEach(response::setHeader);
        return answer(ProblemResponses.of(problem), request);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    Object invalidBody(MethodArgumentNotValidException e, HttpServletRequest request) {
        List<Problem.FieldProblem> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.add(new Problem.FieldProblem(snakeCase(error.getField()), error.getDefaultMessage()));
        }
        e.getBindingResult()
                .getGlobalErrors()
                .forEach(error -> errors.add(new Problem.FieldProblem("", error.getDefaultMessage())));
        return answer(ProblemResponses.validation(summary(errors), errors), request);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    Object invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
        List<Problem.FieldProblem> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors()
                .forEach(error -> errors.add(new Problem.FieldProblem(
                        snakeCase(result.getMethodParameter().getParameterName()), error.getDefaultMessage()))));
        return answer(ProblemResponses.validation(summary(errors), errors), request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    Object constraintViolation(ConstraintViolationException e, HttpServletRequest request) {
        List<Problem.FieldProblem> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldProblem(
                        snakeCase(lastNode(v.getPropertyPath().toString())), v.getMessage()))
                .toList();
        return answer(ProblemResponses.validation(summary(errors), errors), request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return answer(UnreadableBodies.problem(e), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return answer(
                fieldProblem("invalid_parameter", snakeCase(e.getName()), Expectations.of(e.getRequiredType())),
                request);
    }

    /**
     * Spring Security's firewall checks parameter names and header values only when they are read,
     * i.e. in the handler, where a refusal would otherwise be a 500.
     */
    @ExceptionHandler(RequestRejectedException.class)
    Object rejected(RequestRejectedException e, HttpServletRequest request) {
        return answer(
                ProblemResponses.of(
                        HttpStatus.BAD_REQUEST,
                        "invalid_request",
                        "Invalid input",
                        "a parameter name or header value holds characters that are not allowed"),
                request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return answer(fieldProblem("missing_parameter", e.getParameterName(), "is required"), request);
    }

    @ExceptionHandler({MaxUploadSizeExceededException.class})
    Object uploadTooLarge(Exception e, HttpServletRequest request) {
        return answer(
                ProblemResponses.of(
                        HttpStatus.CONTENT_TOO_LARGE,
                        "payload_too_large",
                        "Payload too large",
                        "the upload exceeds the size limit"),
                request);
    }

    @ExceptionHandler(MultipartException.class)
    Object badMultipart(MultipartException e, HttpServletRequest request) {
        return answer(
                ProblemResponses.of(
                        HttpStatus.BAD_REQUEST,
                        "invalid_multipart",
                        "Invalid upload",
                        "the request is not a valid multipart upload"),
                request);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    Object integrity(DataIntegrityViolationException e, HttpServletRequest request) {
        return answer(DatabaseProblems.translate(e), request);
    }

    @ExceptionHandler(PessimisticLockingFailureException.class)
    Object busy(PessimisticLockingFailureException e, HttpServletRequest request) {
        return answer(
                ProblemResponses.of(
                        HttpStatus.CONFLICT,
                        "concurrent_update",
                        "Conflict",
                        "the record was changed concurrently; retry"),
                request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    Object denied(AccessDeniedException e, HttpServletRequest request) {
        return answer(
                ProblemResponses.of(
                        HttpStatus.FORBIDDEN,
                        "permission_denied",
                        "Forbidden",
                        "your role or API key scopes do not allow this action"),
                request);
    }

    @ExceptionHandler(AuthenticationException.class)
    Object unauthenticated(AuthenticationException e, HttpServletRequest request) {
        return answer(
                ProblemResponses.of(
                        HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthorized", "sign in or present a valid token"),
                request);
    }

    @ExceptionHandler({NoResourceFoundException.class})
    Object noRoute(Exception e, HttpServletRequest request) {
        return answer(
                ProblemResponses.of(HttpStatus.NOT_FOUND, "route_not_found", "Not found", "no such endpoint"), request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemResponses.of(
                HttpStatus.METHOD_NOT_ALLOWED,
                "method_not_allowed",
                "Method not allowed",
                request.getMethod() + " is not supported here");
        HttpHeaders headers = new HttpHeaders();
        if (e.getSupportedHttpMethods() != null) {
            headers.setAllow(e.getSupportedHttpMethods());
        }
        problem.setInstance(URI.create(request.getRequestURI()));
        if (!isApi(request)) {
            return answer(problem, request);
        }
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                .headers(headers)
                .body(problem);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        // The route's own types: an upload endpoint wants multipart/form-data, not JSON.
        String accepted = e.getSupportedMediaTypes().stream()
                .filter(type -> !type.isWildcardType() && !type.isWildcardSubtype())
                .map(type -> type.getType() + "/" + type.getSubtype())
                .distinct()
                .collect(Collectors.joining(" or "));
        return answer(
                ProblemResponses.of(
                        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        "unsupported_media_type",
                        "Unsupported media type",
                        "send " + (accepted.isEmpty() ? MediaType.APPLICATION_JSON_VALUE : accepted)),
                request);
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            HttpStatusCode status = known.getStatusCode();
            String code = HttpStatus.valueOf(status.value()).name().toLowerCase(Locale.ROOT);
            String detail =
                    known.getBody().getDetail() == null ? code : known.getBody().getDetail();
            return answer(
                    ProblemResponses.of(
                            HttpStatus.valueOf(status.value()),
                            code,
                            HttpStatus.valueOf(status.value()).getReasonPhrase(),
                            detail),
                    request);
        }
        if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
            // The browser went away (a closed tab, a canceled download): nobody is left to answer,
            // and nothing went wrong here.
            log.debug("Client gone during {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
            return null;
        }
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return answer(
                ProblemResponses.of(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "internal_error",
                        "Internal error",
                        "something went wrong on our side; quote the trace_id when reporting it"),
                request);
    }

    static Object answer(ProblemDetail problem, HttpServletRequest request) {
        problem.setInstance(URI.create(request.getRequestURI()));
        if (isApi(request)) {
            return ResponseEntity.status(problem.getStatus()).body(problem);
        }
        return ProblemPages.page(problem, request);
    }

    static boolean isApi(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return request.getRequestURI().startsWith("/api/")
                || (accept != null && accept.contains("json") && !accept.contains("text/html"));
    }

    static ProblemDetail fieldProblem(String code, String field, String message) {
        List<Problem.FieldProblem> errors = List.of(new Problem.FieldProblem(field, message));
        ProblemDetail problem =
                ProblemResponses.of(HttpStatus.BAD_REQUEST, code, "Invalid input", field + ": " + message);
        problem.setProperty("errors", errors);
        return problem;
    }

    private static String summary(List<Problem.FieldProblem> errors) {
        return errors.stream()
                .map(e -> e.field().isEmpty() ? e.message() : e.field() + ": " + e.message())
                .reduce((a, b) -> a + "; " + b)
                .orElse("the input is invalid");
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }

    static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
