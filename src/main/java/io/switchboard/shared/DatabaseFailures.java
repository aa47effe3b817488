package io.switchboard.shared;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Telling "the database is out of reach" apart from a failure worth a stack trace. */
public final class DatabaseFailures {

    private DatabaseFailures() {}

    /**
     * Whether the failure only says that no connection could be had: the server restarting or gone,
     * the pool closed while Switchboard stops, or the wait for a connection interrupted by the stop.
     */
    public static boolean outOfReach(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof InterruptedException) {
                return true;
            }
            if (t instanceof SQLException sql
                    && ((sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
                            || String.valueOf(sql.getMessage()).endsWith("has been closed."))) {
                return true;
            }
        }
        return false;
    }
}
