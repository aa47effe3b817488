package io.switchboard.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.task.SimpleAsyncTaskSchedulerCustomizer;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;

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
        if (DatabaseFailures.outOfReach(failure)) {
            log.warn(
                    "A scheduled job could not reach the database: {}",
                    NestedExceptionUtils.getMostSpecificCause(failure).toString());
        } else {
            log.error("A scheduled job failed", failure);
        }
    }
}
