package io.switchboard.tenancy.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Starts each transaction by copying the thread's organization and caller into the transaction's
 * settings ({@link TenantSettings}), in the same network exchange as the driver's {@code BEGIN}.
 */
class TenantTransactionManager extends JdbcTransactionManager {

    TenantTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        try (PreparedStatement statement = connection.prepareStatement(TenantSettings.SQL)) {
            TenantSettings.bind(statement, 1);
            statement.execute();
        }
    }
}
