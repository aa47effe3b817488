package io.switchboard.shared;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
    private static final Duration ROUND_GRACE = Duration.ofSeconds(3);

    private final String name;
    private final Supplier<Duration> interval;
    private final Round round;
    private final boolean platformThread;
    private final Supplier<Duration> wakeDelay;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private volatile boolean started;
    private @Nullable Thread thread;

    public WorkLoop(String name, Supplier<Duration> interval, Round round) {
        this(name, interval, round, false, () -> Duration.ZERO);
    }

    private WorkLoop(
            String name,
            Supplier<Duration> interval,
            Round round,
            boolean platformThread,
            Supplier<Duration> wakeDelay) {
        this.name = name;
        this.interval = interval;
        this.round = round;
        this.platformThread = platformThread;
        this.wakeDelay = wakeDelay;
    }

    /** The same loop on a platform thread, whose CPU time can be measured (benchmarks report it). */
    public WorkLoop onPlatformThread() {
        return new WorkLoop(name, interval, round, true, wakeDelay);
    }

    /** The same loop waiting {@code delay} after a wake-up, so that wake-ups close together make one round. */
    public WorkLoop gatheringWakeUpsFor(Supplier<Duration> delay) {
        return new WorkLoop(name, interval, round, platformThread, delay);
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
        started = true;
        wakeUp.drainPermits();
        thread = platformThread
                ? Thread.ofPlatform().daemon().name(name).start(this::loop)
                : Thread.ofVirtual().name(name).start(this::loop);
    }

    public void stop() {
        stopAll(List.of(this));
    }

    /** Stops several loops at once: all are told first, then each round under way is waited for. */
    public static void stopAll(List<WorkLoop> loops) {
        List<Thread> threads = new ArrayList<>();
        for (WorkLoop loop : loops) {
            Thread thread = loop.halt();
            if (thread != null) {
                threads.add(thread);
            }
        }
        long deadline = System.nanoTime() + ROUND_GRACE.toNanos();
        try {
            for (Thread thread : threads) {
                long left = Math.max(1, deadline - System.nanoTime());
                if (!thread.join(Duration.ofNanos(left))) {
                    // Waiting for a connection that will not come (the database is gone), most likely.
                    log.info("{} still busy after {}; interrupted", thread.getName(), ROUND_GRACE);
                    thread.interrupt();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Ends the loop after its current round. Not by interrupting it at once: an interrupted virtual
     * thread loses the socket it reads, and with it the database connection of its transaction.
     */
    private synchronized @Nullable Thread halt() {
        running = false;
        wakeUp.release();
        Thread stopping = thread;
        thread = null;
        return stopping;
    }

    public boolean isRunning() {
        return running;
    }

    /** Whether the loop was started and has been told to stop: a long round should end early. */
    public boolean isStopping() {
        return started && !running;
    }

    private void loop() {
        while (running) {
            try {
                if (wakeUp.tryAcquire(interval.get().toMillis(), TimeUnit.MILLISECONDS) && running) {
                    Duration gather = wakeDelay.get();
                    if (gather.isPositive()) {
                        Thread.sleep(gather);
                    }
                }
                wakeUp.drainPermits();
                if (running) {
                    round.run();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (running) {
                    log.warn("{} round failed: {}", name, e.toString());
                }
            }
        }
    }
}
