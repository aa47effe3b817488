package io.switchboard.tenancy.internal;

import com.zaxxer.hikari.HikariDataSource;
import io.switchboard.shared.SecretBox;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * Two pools on one database: a small one for Flyway as the owner role, and the application pool,
 * which logs in as the restricted application role (its login is settled after the migrations,
 * see {@link ApplicationLogin}), so row-level security applies to every query the application
 * makes, in embedded mode too.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    DatabaseEndpoint databaseEndpoint(DatabaseProperties properties) {
        if (properties.isEmbedded()) {
            EmbeddedPostgresServer server = EmbeddedPostgresServer.acquire(properties.embedded());
            return new DatabaseEndpoint(server.jdbcUrl(), server.owner(), server.ownerPassword(), server);
        }
        return new DatabaseEndpoint(properties.url(), properties.user(), properties.password(), null);
    }

    @Bean(destroyMethod = "close")
    @FlywayDataSource
    HikariDataSource migrationDataSource(DatabaseEndpoint endpoint) {
        HikariDataSource pool = endpoint.ownerPool("switchboard-migrations");
        // Flyway holds two connections while it migrates and opens a third for the callback that
        // settles the application's login.
        pool.setMaximumPoolSize(3);
        pool.setMinimumIdle(0);
        return pool;
    }

    @Bean(destroyMethod = "close")
    @Primary
    HikariDataSource dataSource(DatabaseEndpoint endpoint, DatabaseProperties properties) {
        HikariDataSource pool = endpoint.pool("switchboard");
        pool.setMaximumPoolSize(properties.poolSize());
        // Not a fixed pool: twenty logins at every start cost seconds, and each idle connection
        // holds a server process.
        pool.setMinimumIdle(Math.min(properties.poolMinIdle(), properties.poolSize()));
        pool.setIdleTimeout(properties.poolIdleTimeout().toMillis());
        // Its login is set by ApplicationLogin after the migrations, before its first connection.
        return pool;
    }

    @Bean
    ApplicationLogin applicationLogin(
            @Qualifier("dataSource") HikariDataSource dataSource, DatabaseProperties properties, SecretBox secrets) {
        return new ApplicationLogin(dataSource, properties, secrets);
    }

    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource) {
        return new TenantTransactionManager(dataSource);
    }

    /** Stored records come back with every column (defaults, triggers) via RETURNING. */
    @Bean
    DefaultConfigurationCustomizer returnAllColumns() {
        return configuration -> configuration.settings().withReturnAllOnUpdatableRecord(true);
    }

    @Bean
    FlywayConfigurationCustomizer roleNamePlaceholders(DatabaseProperties properties) {
        return flyway -> flyway.placeholders(Map.of(
                "app_role", quoteIdentifier(properties.appRole()),
                "definer_role", quoteIdentifier(properties.definerRole())));
    }

    static String quoteIdentifier(String name) {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a plain role name: " + name);
        }
        return name;
    }
}
