package io.switchboard.telephony.internal.webhooks;

import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.TenantContext;
import io.switchboard.telephony.internal.webhooks.WebhookEvents.Pending;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores received webhooks durably, many requests per transaction (a group commit): each request
 * thread queues its events and waits; one writer takes everything queued, writes it organization by
 * organization in one multi-row insert, commits, and only then lets the waiting requests answer the
 * provider. Under load a commit carries dozens of webhooks instead of one, so far more are stored per
 * second; alone, a webhook waits for nothing but its own commit.
 *
 * <p>A request is answered 200 only after its commit, and with 503 when its events could not be
 * stored (the provider retries; a redelivery changes nothing). When a shared commit fails, each
 * request of it is written alone, so one bad request does not fail the others. On shutdown the writer
 * stops after the web server has finished its requests, storing what they queued first.
 */
@Component
class WebhookInbox implements SmartLifecycle {

    /** Most webhooks written in one transaction. */
    static final int BATCH = 500;

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(WebhookInbox.class);

    private record Request(OrganizationId organization, List<Pending> entries, CompletableFuture<Void> stored) {}

    private final WebhookEvents webhooks;
    private final WebhookApplier applier;
    private final TransactionTemplate tx;
    private final BlockingQueue<Request> queue = new LinkedBlockingQueue<>(10 * BATCH);
    private volatile boolean running;
    private @Nullable Thread writer;

    WebhookInbox(WebhookEvents webhooks, WebhookApplier applier, TransactionTemplate tx) {
        this.webhooks = webhooks;
        this.applier = applier;
        this.tx = tx;
    }

    /**
     * Stores the events of one webhook and returns once they are committed (a redelivered event's
     * key is stored already and adds nothing).
     *
     * @throws WebhookNotStored when they could not be stored
     */
    void store(OrganizationId organization, List<Pending> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Request request = new Request(organization, List.copyOf(entries), new CompletableFuture<>());
        if (!running || !queue.offer(request)) {
            // Not started (or stopping), or the writer is far behind: this thread writes its own.
            write(List.of(request));
            await(request);
            return;
        }
        await(request);
    }

    private static void await(Request request) {
        try {
            request.stored().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw notStored("interrupted");
        } catch (ExecutionException | TimeoutException e) {
            throw notStored(e instanceof ExecutionException ? String.valueOf(e.getCause()) : "timed out");
        }
    }

    private static WebhookNotStored notStored(String why) {
        log.warn("a webhook could not be stored: {}", why);
        return new WebhookNotStored();
    }

    private void loop() {
        List<Request> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                Request first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                // stop() interrupts only to cut the wait short; the queue is still drained.
                Thread.interrupted();
            } finally {
                batch.clear();
            }
        }
    }

    /** Writes requests organization by organization, each in one transaction; completes each request. */
    private void write(List<Request> requests) {
        Map<OrganizationId, List<Request>> byOrganization = new LinkedHashMap<>();
        for (Request request : requests) {
            byOrganization
                    .computeIfAbsent(request.organization(), o -> new ArrayList<>())
                    .add(request);
        }
        boolean stored = false;
        for (var group : byOrganization.entrySet()) {
            if (insert(group.getKey(), group.getValue())) {
                stored = true;
            } else if (group.getValue().size() > 1) {
                // One request may be what failed the commit: each on its own, so the rest are stored.
                for (Request request : group.getValue()) {
                    stored |= insert(group.getKey(), List.of(request));
                }
            }
        }
        if (stored) {
            applier.wake();
        }
    }

    private boolean insert(OrganizationId organization, List<Request> requests) {
        List<Pending> entries = new ArrayList<>();
        requests.forEach(r -> entries.addAll(r.entries()));
        try {
            TenantContext.runAs(organization, () -> tx.executeWithoutResult(s -> webhooks.insertPending(entries)));
        } catch (RuntimeException e) {
            if (requests.size() == 1) {
                requests.getFirst().stored().completeExceptionally(e);
            }
            return false;
        }
        requests.forEach(r -> r.stored().complete(null));
        return true;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        writer = Thread.ofPlatform().name("webhook-inbox").daemon().start(this::loop);
    }

    @Override
    public synchronized void stop() {
        running = false;
        Thread thread = writer;
        writer = null;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the web server's graceful shutdown (its requests may still be waiting here). */
    @Override
    public int getPhase() {
        return WebServerApplicationContext.GRACEFUL_SHUTDOWN_PHASE - 512;
    }
}
