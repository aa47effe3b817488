package io.switchboard.shared;

import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.task.SimpleAsyncTaskSchedulerCustomizer;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * How a scheduled job's failure is logged. The database being out of reach (restarting, gone while
 * Switchboard stops) fails every job the same way and is said in one line each; anything else is
 * unexpected and keeps its stack trace.
 */
@Configuration(proxyBeanMethods = false)
class ScheduledFailures {

    private static final Logger log = LoggerFactory.getLogger(ScheduledFailures.class);

    @Bean
    SimpleAsyncTaskSchedulerCustomizer simpleSchedulerFailures() {
        return scheduler -> scheduler.setErrorHandler(ScheduledFailures::handle);
    }

    @Bean
    ThreadPoolTaskSchedulerCustomizer poolSchedulerFailures() {
        return scheduler -> scheduler.setErrorHandler(ScheduledFailures::handle);
    }

    static void handle(Throwable failure) {
        if (databaseOutOfReach(failure)) {
            log.warn(
                    "A scheduled job could not reach the database: {}",
                    NestedExceptionUtils.getMostSpecificCause(failure).toString());
        } else {
            log.error("A scheduled job failed", failure);
        }
    }

    static boolean databaseOutOfReach(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }
}
