package io.switchboard.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class WorkLoopTest {

    @Test
    void stoppingLetsTheRoundUnderWayFinish() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        AtomicBoolean interrupted = new AtomicBoolean();
        WorkLoop loop = new WorkLoop("test-loop", () -> Duration.ofMillis(10), () -> {
            started.countDown();
            try {
                // Time passing is the point: a transaction on its way to commit that stop() must wait for.
                Thread.sleep(300);
                finished.set(true);
            } catch (InterruptedException e) {
                interrupted.set(true);
                throw e;
            }
        });
        loop.start();
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        loop.stop();

        assertThat(interrupted).isFalse();
        assertThat(finished)
                .as("the round under way completed before stop() returned")
                .isTrue();
        assertThat(loop.isRunning()).isFalse();
    }

    @Test
    void aRoundThatDoesNotFinishIsInterruptedAfterAFewSeconds() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        WorkLoop loop = new WorkLoop("test-stuck-loop", () -> Duration.ofMillis(10), () -> {
            started.countDown();
            try {
                new CountDownLatch(1).await(); // waiting for a connection that will not come
            } catch (InterruptedException e) {
                interrupted.set(true);
                throw e;
            }
        });
        loop.start();
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        long start = System.nanoTime();
        loop.stop();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(took).isLessThan(Duration.ofSeconds(10));
        await().atMost(Duration.ofSeconds(2)).untilTrue(interrupted);
    }
}
