package io.switchboard.tenancy.internal;

import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;

/**
 * The server and owner credentials the pools connect with. Closing it (when its application context
 * closes, after the pools) lets go of an embedded server, which stops once nothing uses it.
 */
record DatabaseEndpoint(
        String url, @Nullable String user, @Nullable String password, @Nullable EmbeddedPostgresServer embedded)
        implements AutoCloseable {

    @Override
    public void close() {
        if (embedded != null) {
            embedded.release();
        }
    }

    /** A pool that logs in as the owner. */
    HikariDataSource ownerPool(String name) {
        HikariDataSource pool = pool(name);
        pool.setUsername(user);
        pool.setPassword(password);
        return pool;
    }

    /** A pool without credentials yet: whoever settles them does so before its first connection. */
    HikariDataSource pool(String name) {
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName(name);
        pool.setJdbcUrl(url);
        // Validated lazily so that Flyway, which may create the application role, runs first.
        pool.setInitializationFailTimeout(-1);
        return pool;
    }
}
