package io.switchboard.tenancy.internal;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.aot.AbstractAotProcessor;

/**
 * Starts the embedded PostgreSQL as soon as the configuration is read, before the application
 * context refreshes: the first bean that needs the database (a servlet filter) comes a good third
 * into the refresh, and waited for initdb and the server's start there. Only contexts that serve
 * HTTP (the application, the end-to-end tests) warm it up; with {@code SWITCHBOARD_DB_URL} there is
 * nothing to start, and neither is there when the build's ahead-of-time processing runs the
 * configuration without running the application.
 */
class EmbeddedDatabaseWarmUp implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!(context instanceof WebServerApplicationContext)
                || Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING)) {
            return;
        }
        DatabaseProperties properties =
                Binder.get(context.getEnvironment()).bindOrCreate("switchboard.db", DatabaseProperties.class);
        if (properties.isEmbedded()) {
            EmbeddedPostgresServer.startInBackground(properties.embedded());
        }
    }
}
