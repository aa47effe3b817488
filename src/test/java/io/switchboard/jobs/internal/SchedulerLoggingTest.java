package io.switchboard.jobs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class SchedulerLoggingTest {

    private final LoggerContext context = new LoggerContext();
    private final SchedulerLogging filter = new SchedulerLogging();

    @Test
    void aHeartbeatThatFailsBecauseThePoolIsClosedIsSaidInOneLine() {
        // As logback hands over log.info("… {}.", retries, e): the exception is the last parameter.
        var failure = new RuntimeException(
                "Failed to rollback.",
                new SQLException("HikariDataSource HikariDataSource (switchboard) has been closed."));

        FilterReply reply = filter.decide(
                null,
                context.getLogger("com.github.kagkarlsson.scheduler.jdbc.JdbcTaskRepository"),
                Level.INFO,
                "Failed to update heartbeat. Remaining retries={}.",
                new Object[] {2, failure},
                null);

        assertThat(reply).isEqualTo(FilterReply.DENY);
    }

    @Test
    void anyOtherFailureOfTheEngineKeepsItsStackTrace() {
        FilterReply reply = filter.decide(
                null,
                context.getLogger("com.github.kagkarlsson.scheduler.RunUntilShutdown"),
                Level.ERROR,
                "Unhandled exception. Will keep running.",
                null,
                new IllegalStateException("a bug"));

        assertThat(reply).isEqualTo(FilterReply.NEUTRAL);
    }

    @Test
    void otherLibrariesAreLeftAlone() {
        FilterReply reply = filter.decide(
                null,
                context.getLogger("com.zaxxer.hikari.pool.HikariPool"),
                Level.ERROR,
                "x",
                null,
                new SQLException("pool has been closed."));

        assertThat(reply).isEqualTo(FilterReply.NEUTRAL);
    }
}
