package io.switchboard.shared.web;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The access log: one line per API call. Its lines reach the root logger's appenders through a queue
 * and a thread of their own, so a request does not wait for its line to be encoded and written (one
 * JSON line, flushed, per request was a visible share of a point read). Nothing is dropped: when the
 * queue is full a request waits for room, as it did for the write before; lines still queued when the
 * process is killed outright (kill -9) are lost, as unflushed output always was.
 */
final class AccessLog {

    static final Logger log = LoggerFactory.getLogger("io.switchboard.access");

    private static final String NAME = "switchboard-access-queue";

    private AccessLog() {}

    /** Puts the queue between the access logger and the root's appenders, once per logging context. */
    static void install() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        synchronized (context) {
            ch.qos.logback.classic.Logger access = context.getLogger(log.getName());
            if (access.getAppender(NAME) != null) {
                return;
            }
            List<Appender<ILoggingEvent>> targets = new ArrayList<>();
            Iterator<Appender<ILoggingEvent>> root =
                    context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).iteratorForAppenders();
            root.forEachRemaining(targets::add);
            if (targets.isEmpty()) {
                return;
            }
            AsyncAppender queue = new AsyncAppender();
            queue.setContext(context);
            queue.setName(NAME);
            queue.setQueueSize(8192);
            queue.setDiscardingThreshold(0); // never drop a line, whatever its level
            queue.setNeverBlock(false);
            queue.setIncludeCallerData(false);
            targets.forEach(queue::addAppender);
            queue.start();
            access.addAppender(queue);
            access.setAdditive(false);
        }
    }
}
