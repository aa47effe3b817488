package io.switchboard.tenancy.internal;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the database is. Without a {@code url} Switchboard starts its own embedded PostgreSQL in
 * {@code embedded.dataDir}; with one ({@code SWITCHBOARD_DB_URL}) it uses that server.
 *
 * @param user the owner role: runs the migrations and owns the tables
 * @param appRole the role every application query runs as (no superuser, no BYPASSRLS, owns
 *     nothing): the application pool logs in as it
 * @param appUser with {@code appPassword}, the login of the application pool when an administrator
 *     manages it (the application role or a member of it); without them the owner gives the
 *     application role a generated password and keeps it sealed in {@code database_logins}
 * @param poolMinIdle connections the application pool keeps open while idle; it grows to {@code
 *     poolSize} under load and gives back what stays unused for {@code poolIdleTimeout}
 */
@ConfigurationProperties("switchboard.db")
record DatabaseProperties(
        @Nullable String url,
        @Nullable String user,
        @Nullable String password,
        @DefaultValue("switchboard_app") String appRole,
        @Nullable String appUser,
        @Nullable String appPassword,
        @DefaultValue("switchboard_definer") String definerRole,
        @DefaultValue("20") int poolSize,
        @DefaultValue("4") int poolMinIdle,
        @DefaultValue("PT10M") java.time.Duration poolIdleTimeout,
        @DefaultValue Embedded embedded) {

    boolean isEmbedded() {
        return url == null || url.isBlank();
    }

    /** Whether an administrator gave the application pool's login (else the owner manages it). */
    boolean appLoginConfigured() {
        boolean user = appUser != null && !appUser.isBlank();
        boolean password = appPassword != null && !appPassword.isEmpty();
        if (user != password) {
            throw new IllegalStateException(
                    "set both SWITCHBOARD_DB_APP_USER and SWITCHBOARD_DB_APP_PASSWORD, or neither");
        }
        return user;
    }

    record Embedded(
            @DefaultValue("./data/postgres") Path dataDir,
            @DefaultValue("switchboard") String database,
            @DefaultValue("0") int port,
            @DefaultValue("true") boolean durable) {}
}
