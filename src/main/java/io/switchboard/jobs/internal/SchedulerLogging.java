package io.switchboard.jobs.internal;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import io.switchboard.shared.DatabaseFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.core.NestedExceptionUtils;

/**
 * db-scheduler logs every failed poll and every failed heartbeat with its stack trace ("Unhandled
 * exception. Will keep running.", "Failed to update heartbeat."). While the database is out of
 * reach (restarting, or gone while Switchboard stops) every one of them fails the same way, so that
 * case is said in one line instead; any other failure keeps its stack trace.
 */
final class SchedulerLogging extends TurboFilter {

    private static final Logger log = LoggerFactory.getLogger(JobScheduler.class);
    private static final String ENGINE_LOGGERS = "com.github.kagkarlsson.";
    private static final String NAME = "switchboard-job-engine-polls";

    /** Installs the filter once per logging context (test contexts share one). */
    static void install() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        synchronized (context) {
            if (context.getTurboFilterList().stream().noneMatch(f -> NAME.equals(f.getName()))) {
                SchedulerLogging filter = new SchedulerLogging();
                filter.setName(NAME);
                filter.start();
                context.addTurboFilter(filter);
            }
        }
    }

    @Override
    public FilterReply decide(
            Marker marker,
            ch.qos.logback.classic.Logger logger,
            Level level,
            String format,
            Object[] params,
            Throwable failure) {
        // log.info("… {}", value, e) reaches a turbo filter with the exception as the last
        // parameter, not as the failure (logback sorts them out later). Every level check of every
        // logger comes here too (with neither), so that is ruled out before the logger's name.
        Throwable thrown = failure != null
                ? failure
                : params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last
                        ? last
                        : null;
        if (thrown == null || !logger.getName().startsWith(ENGINE_LOGGERS) || !DatabaseFailures.outOfReach(thrown)) {
            return FilterReply.NEUTRAL;
        }
        log.warn(
                "The job engine could not reach the database ({}): {}",
                format,
                NestedExceptionUtils.getMostSpecificCause(thrown).toString());
        return FilterReply.DENY;
    }
}
