package io.switchboard.shared.web;

import io.switchboard.shared.Problem;
import io.switchboard.shared.ProblemResponses;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Constraint violations the database caught (a foreign key to a missing record, a duplicate name)
 * become field-level problems. Only column names go out, never the rejected values.
 */
final class DatabaseProblems {

    private static final Pattern KEY_COLUMNS = Pattern.compile("Key \\(([^)]*(?:\\([^)]*\\))?[^)]*)\\)=");

    private DatabaseProblems() {}

    static ProblemDetail translate(DataIntegrityViolationException e) {
        ServerErrorMessage message = serverMessage(e);
        if (message == null) {
            return ProblemResponses.of(
                    HttpStatus.BAD_REQUEST, "constraint_violated", "Invalid input", "the change breaks a data rule");
        }
        String state = message.getSQLState() == null ? "" : message.getSQLState();
        String field = constraintField(message.getConstraint(), message.getTable(), message.getDetail());
        return switch (state) {
            case "23503" ->
                String.valueOf(message.getMessage()).startsWith("update or delete")
                        ? ProblemResponses.of(
                                HttpStatus.CONFLICT,
                                "still_referenced",
                                "Conflict",
                                "other records still refer to this one")
                        : field(
                                HttpStatus.BAD_REQUEST,
                                "invalid_reference",
                                field,
                                "refers to a record that does not exist");
            case "23505" -> field(HttpStatus.CONFLICT, "duplicate", field, "is already taken");
            case "23502" -> field(HttpStatus.BAD_REQUEST, "required", orEmpty(message.getColumn()), "must not be null");
            case "23514" ->
                field(
                        HttpStatus.BAD_REQUEST,
                        "constraint_violated",
                        checkField(message.getConstraint(), message.getTable()),
                        "is not an allowed value");
            default ->
                state.startsWith("22")
                        ? ProblemResponses.of(
                                HttpStatus.BAD_REQUEST,
                                "invalid_value",
                                "Invalid input",
                                "a value is out of range or malformed")
                        : ProblemResponses.of(
                                HttpStatus.BAD_REQUEST,
                                "constraint_violated",
                                "Invalid input",
                                "the change breaks a data rule");
        };
    }

    private static ProblemDetail field(HttpStatus status, String code, String field, String message) {
        ProblemDetail problem = ProblemResponses.of(
                status, code, status == HttpStatus.CONFLICT ? "Conflict" : "Invalid input", field + ": " + message);
        problem.setProperty("errors", List.of(new Problem.FieldProblem(field, message)));
        return problem;
    }

    /**
     * The field a violated key is about. PostgreSQL hides key values (and so the column list) of
     * tables under row-level security, so the constraint's name is read first:
     * {@code teams_organization_id_manager_id_fkey} is about {@code manager_id}.
     */
    static String constraintField(@Nullable String constraint, @Nullable String table, @Nullable String detail) {
        if (constraint != null && table != null && constraint.startsWith(table + "_")) {
            String field = constraint
                    .substring(table.length() + 1)
                    .replaceAll("_(fkey|key|pkey|idx)$", "")
                    .replaceFirst("^organization_id_", "");
            if (!field.isEmpty()) {
                return field;
            }
        }
        return detail == null ? "" : keyField(detail);
    }

    /** The meaningful column of a key: organization_id is in every key and says nothing. */
    static String keyField(String detail) {
        Matcher matcher = KEY_COLUMNS.matcher(detail);
        if (!matcher.find()) {
            return "";
        }
        List<String> columns = Arrays.stream(matcher.group(1).split(","))
                .map(String::trim)
                .map(c -> c.replaceAll("^\\w+\\((.*)\\)$", "$1"))
                .filter(c -> !c.equals("organization_id"))
                .toList();
        return columns.isEmpty() ? "organization_id" : String.join(",", columns);
    }

    private static String checkField(@Nullable String constraint, @Nullable String table) {
        if (constraint == null) {
            return "";
        }
        String field = constraint;
        if (table != null && field.startsWith(table + "_")) {
            field = field.substring(table.length() + 1);
        }
        return field.replaceAll("_check\\d*$", "");
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static @Nullable ServerErrorMessage serverMessage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
                return psql.getServerErrorMessage();
            }
        }
        return null;
    }
}
