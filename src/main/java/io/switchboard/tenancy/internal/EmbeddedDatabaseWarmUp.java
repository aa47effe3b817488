package io.switchboard.tenancy.internal;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the embedded PostgreSQL as soon as the configuration is read, before the application
 * context refreshes: the first bean that needs the database (a servlet filter) comes a good third
 * into the refresh, and waited for initdb and the server's start there. Only contexts that serve
 * HTTP (the application, the end-to-end tests) warm it up; with {@code SWITCHBOARD_DB_URL} there is
 * nothing to start.
 */
class EmbeddedDatabaseWarmUp implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!(context instanceof WebServerApplicationContext)) {
            return;
        }
        DatabaseProperties properties =
                Binder.get(context.getEnvironment()).bindOrCreate("switchboard.db", DatabaseProperties.class);
        if (properties.isEmbedded()) {
            EmbeddedPostgresServer.startInBackground(properties.embedded());
        }
    }
}
