package io.switchboard.demo;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.stereotype.Component;

/**
 * Whether the demo organization is there: it loads after the application is ready, so a first
 * start answers (and reports healthy) without waiting for it. Whoever needs it waits here.
 */
@Component
public class DemoStatus {

    private final CompletableFuture<Void> loaded = new CompletableFuture<>();

    /**
     * Returns once the demo is loaded, or not to be loaded on this install.
     *
     * @throws IllegalStateException when loading it failed, or took longer than {@code timeout}
     */
    public void awaitLoaded(Duration timeout) {
        try {
            loaded.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the demo organization could not be loaded", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the demo organization is not loaded after " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the demo organization", e);
        }
    }

    void done() {
        loaded.complete(null);
    }

    void failed(Throwable cause) {
        loaded.completeExceptionally(cause);
    }
}
