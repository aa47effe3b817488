package io.switchboard.shared;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

/**
 * At a stop, waits (at most 5 s) for the event listeners in flight before the application's
 * executor closes (it is destroyed after this bean) and so before the connection pools close:
 * work that a listener starts meanwhile is still taken. Beans that publish events until they stop
 * (the demo loader) depend on this one, so they stop first.
 */
@Component
@DependsOn("applicationTaskExecutor")
public class InFlightWorkAtStop {

    private static final Duration LIMIT = Duration.ofSeconds(5);

    private final InFlightWork work;

    InFlightWorkAtStop(InFlightWork work) {
        this.work = work;
    }

    @PreDestroy
    void stop() throws InterruptedException {
        work.awaitQuiet(LIMIT);
    }
}
