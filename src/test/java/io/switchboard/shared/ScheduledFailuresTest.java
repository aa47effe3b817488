package io.switchboard.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;

class ScheduledFailuresTest {

    @Test
    void aDatabaseOutOfReachIsToldApartFromOtherFailures() {
        assertThat(ScheduledFailures.databaseOutOfReach(new CannotCreateTransactionException(
                        "Could not open JDBC Connection for transaction",
                        new SQLTransientConnectionException("Connection is not available"))))
                .isTrue();
        assertThat(ScheduledFailures.databaseOutOfReach(
                        new IllegalStateException("wrapped", new SQLTransientConnectionException("timed out"))))
                .isTrue();
        assertThat(ScheduledFailures.databaseOutOfReach(new DataIntegrityViolationException("duplicate key")))
                .isFalse();
        assertThat(ScheduledFailures.databaseOutOfReach(new IllegalStateException("a bug")))
                .isFalse();
    }
}
