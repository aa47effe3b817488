package io.switchboard.tenancy.internal;

import io.switchboard.tenancy.TenantContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Starts each transaction by copying the thread's organization into {@code app.organization_id}
 * (transaction-local). Row-level security policies read it; an empty value matches no tenant row.
 */
class TenantTransactionManager extends JdbcTransactionManager {

    TenantTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        String organization =
                TenantContext.current().map(id -> id.value().toString()).orElse("");
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT set_config('app.organization_id', ?, true)")) {
            statement.setString(1, organization);
            statement.execute();
        }
    }
}
