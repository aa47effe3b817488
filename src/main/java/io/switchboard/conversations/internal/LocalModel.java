package io.switchboard.conversations.internal;

import io.switchboard.conversations.internal.local.LocalAnalyzer;
import io.switchboard.conversations.internal.local.TranscriptVectors;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The in-process model (sentence embeddings, lexicons, heads) behind the local analyzer and semantic
 * search. Opening it costs ONNX Runtime seconds of CPU, and nothing needs it to start or to answer
 * health checks, so it loads on a thread of its own once the application is ready; whoever needs it
 * before then waits for it (never fails for it), and asking starts the load if it has not begun.
 */
@Component
class LocalModel {

    private static final Logger log = LoggerFactory.getLogger(LocalModel.class);

    /** What the model serves: the analyzer and the transcript vectors, from one loaded embedding model. */
    record Loaded(LocalAnalyzer analyzer, TranscriptVectors vectors) {}

    private final Supplier<Loaded> loader;
    private final CompletableFuture<Loaded> loaded = new CompletableFuture<>();
    private final AtomicBoolean started = new AtomicBoolean();

    @Autowired
    LocalModel() {
        // LocalAnalyzer loads the embedding model first; the vectors then share it.
        this(() -> new Loaded(new LocalAnalyzer(), TranscriptVectors.shared()));
    }

    LocalModel(Supplier<Loaded> loader) {
        this.loader = loader;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadInBackground() {
        start();
    }

    LocalAnalyzer analyzer() {
        return await().analyzer();
    }

    TranscriptVectors vectors() {
        return await().vectors();
    }

    /** Whether the model is in memory; asking does not start the load. */
    boolean isLoaded() {
        return loaded.isDone() && !loaded.isCompletedExceptionally();
    }

    private Loaded await() {
        start();
        try {
            return loaded.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("the local analysis model could not be loaded", e.getCause());
        }
    }

    private void start() {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        Thread.ofPlatform().name("local-model-loader").daemon().start(() -> {
            long began = System.nanoTime();
            try {
                loaded.complete(loader.get());
                log.info("Local analysis model loaded in {} ms", (System.nanoTime() - began) / 1_000_000);
            } catch (RuntimeException | Error e) {
                log.error("The local analysis model could not be loaded", e);
                loaded.completeExceptionally(e);
            }
        });
    }
}
