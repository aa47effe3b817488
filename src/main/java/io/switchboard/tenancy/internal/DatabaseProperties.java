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
 * @param appRole the role every application query runs as (no superuser, no BYPASSRLS); the
 *     owner switches to it with {@code SET ROLE} on each pooled connection
 */
@ConfigurationProperties("switchboard.db")
record DatabaseProperties(
        @Nullable String url,
        @Nullable String user,
        @Nullable String password,
        @DefaultValue("switchboard_app") String appRole,
        @DefaultValue("switchboard_definer") String definerRole,
        @DefaultValue("20") int poolSize,
        @DefaultValue Embedded embedded) {

    boolean isEmbedded() {
        return url == null || url.isBlank();
    }

    record Embedded(
            @DefaultValue("./data/postgres") Path dataDir,
            @DefaultValue("switchboard") String database,
            @DefaultValue("0") int port,
            @DefaultValue("true") boolean durable) {}
}
