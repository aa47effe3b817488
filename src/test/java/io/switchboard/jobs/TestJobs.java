package io.switchboard.jobs;

import io.switchboard.shared.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Jobs that record what they see, for {@link JobsIT} and the node it starts in another process.
 * Runs are kept in static lists: the two application contexts of one JVM share them.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestJobs {

    /** Set in a node that must never finish a blocking job (it gets killed while running it). */
    static final String DOOMED_NODE = "switchboard.test.doomed-node";

    public record Probe(String id, int failFirst) {}

    /** A run as the job saw it: its organization setting and whether a transaction was open. */
    record Run(String id, String organization, boolean inTransaction, String node, Instant at) {}

    static final List<Run> RUNS = new CopyOnWriteArrayList<>();
    static final List<Run> RECURRING = new CopyOnWriteArrayList<>();
    static final Map<String, Throwable> GIVEN_UP = new ConcurrentHashMap<>();
    static final Map<String, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();
    static final Map<String, Instant> FINISHED = new ConcurrentHashMap<>();
    /** Runs of {@code test.hold} under way: the test counts a run's latch down to let it finish. */
    static final Map<String, CountDownLatch> HELD = new ConcurrentHashMap<>();

    static void reset() {
        RUNS.clear();
        RECURRING.clear();
        GIVEN_UP.clear();
        ATTEMPTS.clear();
        FINISHED.clear();
        HELD.values().forEach(CountDownLatch::countDown);
        HELD.clear();
    }

    @Bean
    Job<Probe> recordingJob(JdbcClient jdbc, @Value("${switchboard.test.node:first}") String node) {
        return Job.once(
                        "test.record",
                        Probe.class,
                        RetryPolicy.doubling(Duration.ofMillis(300), Duration.ofSeconds(1))
                                .giveUpAfter(3),
                        probe -> {
                            int attempt = ATTEMPTS.computeIfAbsent(probe.id(), id -> new AtomicInteger())
                                    .incrementAndGet();
                            if (attempt <= probe.failFirst()) {
                                throw new IllegalStateException("attempt " + attempt + " fails on purpose");
                            }
                            RUNS.add(new Run(
                                    probe.id(),
                                    jdbc.sql("SELECT current_setting('app.organization_id')")
                                            .query(String.class)
                                            .single(),
                                    TransactionSynchronizationManager.isActualTransactionActive(),
                                    node,
                                    Instant.now()));
                        })
                .onGiveUp((probe, failure) -> GIVEN_UP.put(probe.id(), failure));
    }

    /** Works through {@code failFirst} steps, asking after each to run again at once. */
    @Bean
    Job<Probe> steppingJob() {
        return Job.repeating(
                "test.steps",
                Probe.class,
                RetryPolicy.doubling(Duration.ofMillis(300), Duration.ofSeconds(1)),
                probe -> {
                    int step = ATTEMPTS.computeIfAbsent(probe.id(), id -> new AtomicInteger())
                            .incrementAndGet();
                    if (step < probe.failFirst()) {
                        return Instant.now();
                    }
                    FINISHED.put(probe.id(), Instant.now());
                    return null;
                });
    }

    /** Blocks forever in a doomed node (which is then killed), completes anywhere else. */
    @Bean
    Job<Probe> blockingJob(@Value("${switchboard.test.node:first}") String node) {
        return Job.once(
                "test.block",
                Probe.class,
                RetryPolicy.doubling(Duration.ofSeconds(1), Duration.ofSeconds(1)),
                probe -> {
                    if (Boolean.getBoolean(DOOMED_NODE)) {
                        try {
                            Thread.sleep(Duration.ofHours(1));
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return;
                    }
                    RUNS.add(new Run(probe.id(), "", true, node, Instant.now()));
                });
    }

    /** Waits, while it runs, until the test lets it go (at most 30 s), then records its run. */
    @Bean
    Job<Probe> heldJob() {
        return Job.once(
                "test.hold", Probe.class, RetryPolicy.doubling(Duration.ofSeconds(1), Duration.ofSeconds(1)), probe -> {
                    CountDownLatch release = new CountDownLatch(1);
                    HELD.put(probe.id(), release);
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    RUNS.add(new Run(probe.id(), "", true, "", Instant.now()));
                });
    }

    @Bean
    RecurringJob everySecond(@Value("${switchboard.test.node:first}") String node) {
        return RecurringJob.every(
                "test.every-second",
                Duration.ofSeconds(1),
                () -> RECURRING.add(new Run("recurring", "", false, node, Instant.now())));
    }
}
