package io.switchboard.conversations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.conversations.internal.LocalModel.Loaded;
import io.switchboard.conversations.internal.local.ClassifierHeads;
import io.switchboard.conversations.internal.local.Featurizer;
import io.switchboard.conversations.internal.local.LocalAnalyzer;
import io.switchboard.conversations.internal.local.TranscriptVectors;
import io.switchboard.shared.OutboundHttp;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.restclient.RestTemplateBuilder;
import org.springframework.web.client.RestClient;

/**
 * The model is off the start's critical path: building the beans that use it loads nothing (it used
 * to load in {@link Analyzers}' constructor, on the main thread, for tens of seconds of a restart),
 * the load runs on its own thread once, and callers that come early wait for it instead of failing.
 */
class LocalModelTest {

    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger loads = new AtomicInteger();
    private final AtomicReference<Thread> loadedOn = new AtomicReference<>();
    // Stand-ins a test can tell apart: the real model is what the load is about, and takes seconds.
    private final Loaded model =
            new Loaded(new LocalAnalyzer(new Featurizer(null), ClassifierHeads.shipped()), new TranscriptVectors(null));

    private final Supplier<Loaded> slowLoader = () -> {
        loads.incrementAndGet();
        loadedOn.set(Thread.currentThread());
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return model;
    };

    @Test
    void buildingTheBeansThatUseTheModelDoesNotLoadIt() {
        LocalModel local = new LocalModel(slowLoader);
        ConversationsProperties defaults =
                new Binder().bindOrCreate("switchboard.conversations", ConversationsProperties.class);
        new Analyzers(null, defaults, new OutboundHttp(RestClient.builder(), new RestTemplateBuilder()), local);
        new SemanticIndex(null, null, local);

        assertThat(loads).hasValue(0);
        assertThat(local.isLoaded()).isFalse();
    }

    @Test
    void loadsOnceInTheBackgroundAndEarlyCallersWaitForIt() throws Exception {
        LocalModel local = new LocalModel(slowLoader);
        local.loadInBackground();

        try (var callers = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<LocalAnalyzer> analyzer = callers.submit(local::analyzer);
            Future<TranscriptVectors> vectors = callers.submit(local::vectors);
            Thread.sleep(200);
            assertThat(analyzer).isNotDone();
            assertThat(vectors).isNotDone();

            release.countDown();
            assertThat(analyzer.get(10, TimeUnit.SECONDS)).isSameAs(model.analyzer());
            assertThat(vectors.get(10, TimeUnit.SECONDS)).isSameAs(model.vectors());
        }
        local.loadInBackground();
        assertThat(loads).hasValue(1);
        assertThat(loadedOn.get()).isNotSameAs(Thread.currentThread());
        assertThat(local.isLoaded()).isTrue();
    }

    @Test
    void aCallerStartsTheLoadWhenNothingElseHas() {
        release.countDown();
        LocalModel local = new LocalModel(slowLoader);

        assertThat(local.analyzer()).isSameAs(model.analyzer());
        assertThat(loads).hasValue(1);
    }

    @Test
    void aModelThatCannotLoadFailsItsCallersWithTheCause() {
        LocalModel local = new LocalModel(() -> {
            throw new IllegalStateException("the sentence-embedding model is missing from the class path");
        });

        List.of(1, 2).forEach(attempt -> assertThatThrownBy(local::vectors)
                .isInstanceOf(IllegalStateException.class)
                .hasRootCauseMessage("the sentence-embedding model is missing from the class path"));
        assertThat(local.isLoaded()).isFalse();
    }
}
