package io.switchboard.tenancy.internal;

import io.switchboard.shared.CallerContext;
import io.switchboard.shared.TenantContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Starts each transaction by copying the thread's organization into {@code app.organization_id}
 * (transaction-local). Row-level security policies read it; an empty value matches no tenant row.
 * The caller (actor, client address, user agent) goes into {@code app.actor_type},
 * {@code app.actor_id}, {@code app.client_ip} and {@code app.user_agent} in the same round trip,
 * for the audit trail's triggers.
 */
class TenantTransactionManager extends JdbcTransactionManager {

    private static final String SETTINGS = "SELECT set_config('app.organization_id', ?, true),"
            + " set_config('app.actor_type', ?, true), set_config('app.actor_id', ?, true),"
            + " set_config('app.client_ip', ?, true), set_config('app.user_agent', ?, true)";

    TenantTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        String organization =
                TenantContext.current().map(id -> id.value().toString()).orElse("");
        CallerContext.Caller caller = CallerContext.current().orElse(null);
        try (PreparedStatement statement = connection.prepareStatement(SETTINGS)) {
            statement.setString(1, organization);
            statement.setString(2, caller == null ? "system" : caller.actorType());
            statement.setString(
                    3,
                    caller == null || caller.actorId() == null
                            ? ""
                            : caller.actorId().toString());
            statement.setString(4, text(caller == null ? null : caller.ipAddress()));
            statement.setString(5, text(caller == null ? null : caller.userAgent()));
            statement.execute();
        }
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
