package io.switchboard.shared;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A background loop on its own virtual thread: runs a round of work every interval, or at once when
 * {@link #wake() woken} (work was just committed on this node; other nodes find it at their next
 * round). A failed round is logged and the loop goes on. It can be stopped and started again (the
 * test framework pauses and resumes cached application contexts this way).
 */
public final class WorkLoop {

    /** One round of work; it should return when there is nothing left to do right now. */
    @FunctionalInterface
    public interface Round {
        void run() throws InterruptedException;
    }

    private static final Logger log = LoggerFactory.getLogger(WorkLoop.class);

    private final String name;
    private final Supplier<Duration> interval;
    private final Round round;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private @Nullable Thread thread;

    public WorkLoop(String name, Supplier<Duration> interval, Round round) {
        this.name = name;
        this.interval = interval;
        this.round = round;
    }

    /** Runs a round now rather than at the next tick. */
    public void wake() {
        if (wakeUp.availablePermits() == 0) {
            wakeUp.release();
        }
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = Thread.ofVirtual().name(name).start(this::loop);
    }

    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread = null;
        }
    }

    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            try {
                wakeUp.tryAcquire(interval.get().toMillis(), TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
                if (running) {
                    round.run();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("{} round failed: {}", name, e.toString());
            }
        }
    }
}
