package io.switchboard.shared;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskDecorator;
import org.springframework.stereotype.Component;

/**
 * Counts the asynchronous work in flight on the application's executor (event listeners), so that a
 * stop lets it finish before the connection pools close: a listener cut off half-way fails on a
 * closed connection and says so at length. (Its event stays incomplete in the publication registry
 * either way, and runs again after a restart.) Spring Boot decorates the executor's tasks with this
 * bean; {@link InFlightWorkAtStop} waits on it while the executor still takes new work.
 */
@Component
public class InFlightWork implements TaskDecorator {

    private static final Logger log = LoggerFactory.getLogger(InFlightWork.class);

    private final AtomicInteger running = new AtomicInteger();

    @Override
    public Runnable decorate(Runnable task) {
        running.incrementAndGet();
        return () -> {
            try {
                task.run();
            } finally {
                running.decrementAndGet();
            }
        };
    }

    /** Waits until no asynchronous work runs any more (work it starts included), at most {@code limit}. */
    public void awaitQuiet(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (running.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        if (running.get() > 0) {
            log.info(
                    "Stopping with {} event listeners still running; their events run again after a restart",
                    running.get());
        }
    }
}
