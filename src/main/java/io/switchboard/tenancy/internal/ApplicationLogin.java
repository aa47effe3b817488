package io.switchboard.tenancy.internal;

import com.zaxxer.hikari.HikariDataSource;
import io.switchboard.shared.SecretBox;
import io.switchboard.shared.SecretFile;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application pool's login, settled right after the migrations on the owner's connection. The
 * pool logs in as the application role itself, never as the owner: a connection that only
 * {@code SET ROLE}s away from the owner can {@code RESET ROLE} and own every table. An
 * administrator's login ({@code SWITCHBOARD_DB_APP_USER}) is used as given; otherwise the owner
 * gives the application role LOGIN and a generated password, kept sealed with the master key in
 * {@code database_logins}, so that every node and every restart finds the same one. Either way a
 * login that could act as the owner, a superuser or past row-level security is refused.
 */
final class ApplicationLogin implements Callback {

    private static final Logger log = LoggerFactory.getLogger(ApplicationLogin.class);
    private static final String SEAL_CONTEXT = "database-login/";

    private final HikariDataSource pool;
    private final DatabaseProperties properties;
    private final SecretBox secrets;

    ApplicationLogin(HikariDataSource pool, DatabaseProperties properties, SecretBox secrets) {
        this.pool = pool;
        this.properties = properties;
        this.secrets = secrets;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public String getCallbackName() {
        return "switchboard-application-login";
    }

    @Override
    public void handle(Event event, Context context) {
        Connection owner = context.getConnection();
        try {
            String user;
            String password;
            if (properties.appLoginConfigured()) {
                user = Objects.requireNonNull(properties.appUser());
                password = Objects.requireNonNull(properties.appPassword());
            } else {
                user = DatabaseConfiguration.quoteIdentifier(properties.appRole());
                password = inTransaction(owner, () -> ownerManagedPassword(owner, user));
            }
            refuseIfPrivileged(owner, user);
            pool.setUsername(user);
            pool.setPassword(password);
        } catch (SQLException e) {
            throw new IllegalStateException("could not settle the application's database login", e);
        }
    }

    /** The stored password of the application role; a new one when there is none or it does not open. */
    private String ownerManagedPassword(Connection owner, String role) throws SQLException {
        try (Statement statement = owner.createStatement()) {
            // Nodes starting together agree on one password.
            statement.execute("SELECT pg_advisory_xact_lock(hashtext('switchboard:database_logins'))");
        }
        String stored = stored(owner, role);
        if (stored != null && canLogIn(owner, role)) {
            return stored;
        }
        String password = SecretFile.random(32);
        try (Statement statement = owner.createStatement()) {
            statement.execute("ALTER ROLE " + role + " LOGIN PASSWORD '" + password + "'");
        } catch (SQLException e) {
            throw new SQLException(
                    "the owner cannot give " + role + " a login (it needs CREATEROLE and ADMIN on the role);"
                            + " create the login yourself and set SWITCHBOARD_DB_APP_USER and SWITCHBOARD_DB_APP_PASSWORD",
                    e);
        }
        try (PreparedStatement upsert =
                owner.prepareStatement("INSERT INTO database_logins (role_name, sealed_password)"
                        + " VALUES (?, ?) ON CONFLICT (role_name) DO UPDATE"
                        + " SET sealed_password = excluded.sealed_password, updated_at = now()")) {
            upsert.setString(1, role);
            upsert.setBytes(2, secrets.seal(password, SEAL_CONTEXT + role));
            upsert.executeUpdate();
        }
        log.info("Gave the database role {} a new generated password", role);
        return password;
    }

    private @Nullable String stored(Connection owner, String role) throws SQLException {
        try (PreparedStatement query =
                owner.prepareStatement("SELECT sealed_password FROM database_logins WHERE role_name = ?")) {
            query.setString(1, role);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return null;
                }
                try {
                    return secrets.open(rows.getBytes(1), SEAL_CONTEXT + role);
                } catch (IllegalStateException e) {
                    log.warn(
                            "The stored password of {} does not open (was the master key changed?); a new one is set",
                            role);
                    return null;
                }
            }
        }
    }

    private static boolean canLogIn(Connection owner, String role) throws SQLException {
        try (PreparedStatement query = owner.prepareStatement("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?")) {
            query.setString(1, role);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() && rows.getBoolean(1);
            }
        }
    }

    /** Row-level security binds the application only if its login cannot step around it. */
    private static void refuseIfPrivileged(Connection owner, String user) throws SQLException {
        try (PreparedStatement query = owner.prepareStatement(
                """
                SELECT r.rolsuper OR r.rolbypassrls OR pg_has_role(r.oid, o.oid, 'MEMBER')
                       OR EXISTS (SELECT FROM pg_class c WHERE c.relowner = r.oid)
                FROM pg_roles r, pg_roles o WHERE r.rolname = ? AND o.rolname = current_user""")) {
            query.setString(1, user);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("the application's database login " + user + " does not exist");
                }
                if (rows.getBoolean(1)) {
                    throw new IllegalStateException("the application's database login " + user
                            + " is a superuser, bypasses row-level security, owns tables or may act as the owner;"
                            + " give the application a login of its own");
                }
            }
        }
    }

    private interface Work {
        String run() throws SQLException;
    }

    /** In Flyway's transaction when it opened one, else in one of its own. */
    private static String inTransaction(Connection connection, Work work) throws SQLException {
        if (!connection.getAutoCommit()) {
            return work.run();
        }
        connection.setAutoCommit(false);
        try {
            String result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }
}
