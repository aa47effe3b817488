package io.switchboard.telephony.internal.webhooks;

import io.switchboard.shared.Problem;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * Why a stored webhook was not applied, as an admin reads it in the webhook events' {@code
 * last_error}: a sentence of ours, never an exception's message (which names Java classes, and for
 * a database error carries the SQL and the row's values).
 *
 * @param permanent whether trying again can change anything (the stored payload cannot be read)
 */
public record ApplyFailure(String reason, boolean permanent) {

    /** A failure whose message is written for people, and whether it will pass by itself. */
    static final class NotApplicable extends RuntimeException {

        private final boolean permanent;

        NotApplicable(String reason, boolean permanent) {
            super(reason, null, false, false);
            this.permanent = permanent;
        }
    }

    public static ApplyFailure of(RuntimeException e) {
        if (e instanceof NotApplicable known) {
            return new ApplyFailure(known.getMessage(), known.permanent);
        }
        if (e instanceof Problem problem) {
            return new ApplyFailure(problem.detail(), false);
        }
        String state = sqlState(e);
        if (state == null) {
            return new ApplyFailure("an unexpected error stopped it; it will be tried again", false);
        }
        return new ApplyFailure(database(state), false);
    }

    /** For the logs: the failure's type and SQL state, never its message (it may hold personal data). */
    public static String technical(Throwable e) {
        String state = sqlState(e);
        return e.getClass().getName() + (state == null ? "" : " (SQL state " + state + ")");
    }

    /** The SQLSTATE of a database error among the causes, or null for any other failure. */
    static @Nullable String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static String database(String state) {
        if (state.startsWith("22")) {
            return "the database refused a value of the event as out of range or malformed";
        }
        if (state.startsWith("23")) {
            return "the event conflicts with a rule of the stored data";
        }
        if (state.startsWith("40") || state.equals("55P03") || state.equals("57014")) {
            return "the database was busy with concurrent work; it will be tried again";
        }
        if (state.startsWith("08") || state.startsWith("57") || state.startsWith("53")) {
            return "the database could not be reached; it will be tried again";
        }
        return "the database refused to store it";
    }
}
