package io.switchboard.tenancy.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import org.postgresql.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When Switchboard stops after its database went away, every piece of work still asking for a
 * connection (a job's last round, the event registry counting what is left) would wait the pools'
 * whole connection timeout, 30 s, and so would the stop. So the moment the application starts
 * closing, the database is asked once, briefly, whether it is there; if not, the pools close at
 * once and such requests fail at once.
 */
@Component
class PoolsAtShutdown {

    private static final Logger log = LoggerFactory.getLogger(PoolsAtShutdown.class);
    private static final String PROBE_TIMEOUT_SECONDS = "2";

    private final DatabaseEndpoint endpoint;
    private final List<HikariDataSource> pools;

    PoolsAtShutdown(DatabaseEndpoint endpoint, List<HikariDataSource> pools) {
        this.endpoint = endpoint;
        this.pools = pools;
    }

    @EventListener(ContextClosedEvent.class)
    void closing() {
        if (databaseAnswers()) {
            return;
        }
        log.warn("The database is out of reach; its connection pools close now rather than wait for it");
        pools.forEach(HikariDataSource::close);
    }

    private boolean databaseAnswers() {
        Properties login = new Properties();
        if (endpoint.user() != null) {
            login.setProperty("user", endpoint.user());
        }
        if (endpoint.password() != null) {
            login.setProperty("password", endpoint.password());
        }
        login.setProperty("connectTimeout", PROBE_TIMEOUT_SECONDS);
        login.setProperty("loginTimeout", PROBE_TIMEOUT_SECONDS);
        login.setProperty("socketTimeout", PROBE_TIMEOUT_SECONDS);
        try (Connection connection = new Driver().connect(endpoint.url(), login)) {
            return connection != null && connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
