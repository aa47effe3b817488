package io.switchboard.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseFailuresTest {

    @Test
    void aDatabaseOutOfReachIsToldApartFromOtherFailures() {
        assertThat(DatabaseFailures.outOfReach(new CannotCreateTransactionException(
                        "Could not open JDBC Connection for transaction",
                        new SQLTransientConnectionException("Connection is not available"))))
                .isTrue();
        assertThat(DatabaseFailures.outOfReach(
                        new IllegalStateException("wrapped", new SQLTransientConnectionException("timed out"))))
                .isTrue();
        // The job engine's poll when the pool closed under it, or its wait was interrupted by the stop.
        assertThat(DatabaseFailures.outOfReach(new RuntimeException(
                        "Failed to rollback.", new SQLException("HikariDataSource (switchboard) has been closed."))))
                .isTrue();
        assertThat(DatabaseFailures.outOfReach(new SQLException("Connection refused", "08001")))
                .isTrue();
        assertThat(DatabaseFailures.outOfReach(new RuntimeException(new InterruptedException())))
                .isTrue();
        assertThat(DatabaseFailures.outOfReach(new SQLException("syntax error", "42601")))
                .isFalse();
        assertThat(DatabaseFailures.outOfReach(new DataIntegrityViolationException("duplicate key")))
                .isFalse();
        assertThat(DatabaseFailures.outOfReach(new IllegalStateException("a bug")))
                .isFalse();
    }
}
