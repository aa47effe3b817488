package io.switchboard.tenancy;

import io.switchboard.tenancy.internal.TenantSettings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLExceptionSubclassTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A read of the current organization's rows in one network exchange with the database, for hot
 * point reads (issue 19). A read in a transaction costs four exchanges at least: {@code BEGIN} with
 * the tenant's settings, each select, and {@code COMMIT}; on a busy two-core machine each exchange
 * costs both processes a wake-up and was a third of a lead read's database time.
 *
 * <p>Here the settings ({@link TenantSettings}, plus {@code transaction_read_only}) and the read's
 * own selects go to the server as one pipeline of statements ended by a single Sync, on a connection
 * in auto-commit mode: PostgreSQL runs the statements of one pipeline, in order, in one implicit
 * transaction, so the tenant's setting is in force before any row-level security policy of the
 * read's selects is evaluated, and ends with that transaction (it is transaction-local), as it does
 * after {@code COMMIT}. Were the order or the transaction ever broken, the setting would be empty
 * and the policies would match no row: the read fails closed (TenantReadsIT checks both).
 *
 * <p>Inside a transaction already begun (its settings made), a read runs its selects on that
 * transaction's connection instead.
 */
@Component
public class TenantReads {

    private static final String SETTINGS = TenantSettings.SQL + ", set_config('transaction_read_only', 'on', true);\n";

    private final DataSource dataSource;
    private final SQLExceptionTranslator translator = new SQLExceptionSubclassTranslator();

    TenantReads(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A read's selects, separated by semicolons, with {@code ?} parameters; prepared once, run often. */
    public Read prepare(String selects) {
        return new Read(SETTINGS + selects, selects);
    }

    /** The SQL of a read, with and without the settings ahead of it. */
    public record Read(String pipelined, String selects) {}

    /** Binds the read's own parameters, numbered from {@code first}. */
    @FunctionalInterface
    public interface Binder {
        void bind(PreparedStatement statement, int first) throws SQLException;
    }

    /** Reads the result of each select, in order. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(Results results) throws SQLException;
    }

    public <T> T run(Read read, Binder binder, Reader<T> reader) {
        boolean inTransaction = TransactionSynchronizationManager.isActualTransactionActive();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            if (!inTransaction && !connection.getAutoCommit()) {
                throw new IllegalStateException("a one-exchange read needs a connection in auto-commit mode");
            }
            try (PreparedStatement statement =
                    connection.prepareStatement(inTransaction ? read.selects() : read.pipelined())) {
                int first = 1;
                if (!inTransaction) {
                    TenantSettings.bind(statement, 1);
                    first += TenantSettings.PARAMETERS;
                }
                binder.bind(statement, first);
                statement.execute();
                return reader.read(new Results(statement, !inTransaction));
            }
        } catch (SQLException e) {
            DataAccessException translated = translator.translate("tenant read", read.selects(), e);
            throw translated != null ? translated : new UncategorizedSQLException("tenant read", read.selects(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** The result sets of a read's selects, one after the other. */
    public static final class Results {

        private final PreparedStatement statement;
        private boolean skip;
        private boolean started;

        Results(PreparedStatement statement, boolean settingsFirst) {
            this.statement = statement;
            this.skip = settingsFirst;
        }

        /** The next select's rows (closed with the statement). */
        public ResultSet next() throws SQLException {
            if (started || skip) {
                skip = false;
                if (!statement.getMoreResults()) {
                    throw new IllegalStateException("the read returned fewer results than it has selects");
                }
            }
            started = true;
            return statement.getResultSet();
        }
    }
}
