package io.switchboard.shared.web;

import io.switchboard.shared.ProblemResponses;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * What went wrong reading a request body, as a problem that names the field and what it expects,
 * never Jackson's own wording (its classes and settings mean nothing to a caller).
 */
final class UnreadableBodies {

    private UnreadableBodies() {}

    static ProblemDetail problem(HttpMessageNotReadableException e) {
        if (hasCause(e, BodySizeLimitFilter.BodyTooLarge.class)) {
            return BodySizeLimitFilter.tooLarge();
        }
        // The outermost Jackson exception knows the field's path; its causes (e.g. a
        // DateTimeParseException) do not.
        JacksonException jackson = firstCause(e, JacksonException.class);
        if (jackson == null) {
            return ProblemResponses.of(
                    HttpStatus.BAD_REQUEST,
                    "unreadable_body",
                    "Unreadable body",
                    "the request body is missing or unreadable");
        }
        ProblemDetail field = field(jackson);
        return field != null ? field : malformed(jackson);
    }

    /** A value that could not be read into its field, named by its path; null for the body as a whole. */
    private static @Nullable ProblemDetail field(JacksonException jackson) {
        if (jackson instanceof UnrecognizedPropertyException upe) {
            return ProblemHandling.fieldProblem("unknown_field", path(upe), "is not a field of this request");
        }
        if (jackson instanceof StrictJson.Refused refused) {
            return ProblemHandling.fieldProblem(refused.code(), path(refused), refused.reason());
        }
        if (jackson instanceof ValueInstantiationException vie && vie.getCause() != null) {
            return ProblemHandling.fieldProblem("invalid_value", path(vie), rootMessage(vie));
        }
        if (jackson instanceof InvalidFormatException ife) {
            return ProblemHandling.fieldProblem("invalid_type", path(ife), Expectations.of(ife.getTargetType()));
        }
        if (jackson instanceof MismatchedInputException mie && !mie.getPath().isEmpty()) {
            return ProblemHandling.fieldProblem("invalid_type", path(mie), Expectations.of(mie.getTargetType()));
        }
        if (!jackson.getPath().isEmpty()) {
            return ProblemHandling.fieldProblem("invalid_value", path(jackson), "is not a valid value");
        }
        return null;
    }

    private static ProblemDetail malformed(JacksonException jackson) {
        if (jackson instanceof MismatchedInputException mie) {
            return ProblemResponses.of(
                    HttpStatus.BAD_REQUEST,
                    "malformed_json",
                    "Malformed JSON",
                    "the request body " + Expectations.of(mie.getTargetType()));
        }
        // Jackson's own message names its classes and settings: say where, not what it thought.
        var at = jackson.getLocation();
        return ProblemResponses.of(
                HttpStatus.BAD_REQUEST,
                "malformed_json",
                "Malformed JSON",
                "the request body is not valid JSON"
                        + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
    }

    private static <T extends Throwable> @Nullable T firstCause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** A value's own refusal (a record's check); any other failure's message is Java's, not the caller's. */
    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root instanceof IllegalArgumentException && root.getMessage() != null ? root.getMessage() : "is invalid";
    }
}
