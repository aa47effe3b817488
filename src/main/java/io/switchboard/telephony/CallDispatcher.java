package io.switchboard.telephony;

import io.switchboard.db.tables.records.CallsRecord;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.RetryPolicy;
import io.switchboard.shared.WorkLoop;
import io.switchboard.telephony.internal.Calls;
import io.switchboard.telephony.internal.VoiceProviders;
import io.switchboard.telephony.internal.webhooks.CallProgress;
import io.switchboard.telephony.provider.OutboundCall;
import io.switchboard.telephony.provider.PlacedCall;
import io.switchboard.telephony.provider.ProviderAccount;
import io.switchboard.telephony.provider.ProviderEvent;
import io.switchboard.telephony.provider.ProviderException;
import io.switchboard.tenancy.TenantTransactions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Places queued calls with their providers. A call is claimed in the database (pending → sending,
 * committed) before its provider is asked, so a call is requested at most once even with several
 * nodes or a crash: a call left "sending" is failed by {@link TelephonyJobs}, never re-dialled.
 * Requests to providers run concurrently on virtual threads, bounded per node.
 */
@Component
class CallDispatcher implements SmartLifecycle {

    static final int MAX_ATTEMPTS = 3;
    /** A call the provider could not take yet: again after 5 s, then 10 s. */
    private static final RetryPolicy RETRY =
            new RetryPolicy(Duration.ofSeconds(5), 2, Duration.ofSeconds(20), MAX_ATTEMPTS);

    private static final int BATCH = 100;
    private static final int IN_FLIGHT = 128;
    private static final Duration REQUESTS_GRACE = Duration.ofSeconds(3);
    private static final Logger log = LoggerFactory.getLogger(CallDispatcher.class);

    private final Calls calls;
    private final OutboundCalls outbound;
    private final VoiceProviders providers;
    private final VoiceProviderSettings settings;
    private final CallProgress progress;
    private final TenantTransactions tenants;
    private final TransactionTemplate tx;
    private final WorkLoop loop;
    private final Semaphore inFlight = new Semaphore(IN_FLIGHT);
    private volatile ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor();

    CallDispatcher(
            Calls calls,
            OutboundCalls outbound,
            VoiceProviders providers,
            VoiceProviderSettings settings,
            CallProgress progress,
            TenantTransactions tenants,
            TransactionTemplate tx,
            TelephonyProperties properties) {
        this.calls = calls;
        this.outbound = outbound;
        this.providers = providers;
        this.settings = settings;
        this.progress = progress;
        this.tenants = tenants;
        this.tx = tx;
        this.loop = new WorkLoop("call-dispatcher", properties::dispatchInterval, this::dispatchDue);
    }

    /** Dispatch now rather than at the next tick (a call was just queued on this node). */
    void wake() {
        loop.wake();
    }

    @Override
    public void start() {
        // A stopped context can be started again (the test framework pauses cached contexts this way).
        if (requests.isShutdown()) {
            requests = Executors.newVirtualThreadPerTaskExecutor();
        }
        loop.start();
    }

    /** Provider requests under way may finish (bounded) so that their calls are marked sent. */
    @Override
    public void stop() {
        loop.stop();
        requests.shutdown();
        try {
            if (!requests.awaitTermination(REQUESTS_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                log.info("provider requests still under way at shutdown; their calls are settled by the jobs later");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }

    void dispatchDue() throws InterruptedException {
        List<UUID> organizations = tx.execute(status -> calls.organizationsWithWork());
        for (UUID organization : organizations == null ? List.<UUID>of() : organizations) {
            OrganizationId org = OrganizationId.of(organization);
            List<CallsRecord> claimed;
            do {
                claimed = tenants.call(org, () -> calls.claimForDispatch(BATCH));
                for (int i = 0; i < claimed.size(); i++) {
                    if (!loop.isRunning()) {
                        release(org, claimed.subList(i, claimed.size()));
                        return;
                    }
                    CallsRecord call = claimed.get(i);
                    inFlight.acquire();
                    requests.submit(() -> {
                        try {
                            place(org, call);
                        } finally {
                            inFlight.release();
                        }
                    });
                }
            } while (claimed.size() == BATCH && loop.isRunning());
        }
    }

    /** Claimed calls no provider was asked about yet go back to the queue, for this node's next start or another. */
    private void release(OrganizationId org, List<CallsRecord> unsent) {
        List<CallId> ids = unsent.stream().map(c -> CallId.of(c.getId())).toList();
        tenants.run(org, () -> calls.releaseDispatch(ids));
        log.info("stopping: {} call(s) not yet handed to their provider are queued again", ids.size());
    }

    private void place(OrganizationId org, CallsRecord call) {
        CallId id = CallId.of(call.getId());
        ProviderKind kind = ProviderKind.fromCode(call.getProvider());
        try {
            OutboundCall request = tenants.call(org, () -> outbound.of(call));
            ProviderAccount account = tenants.call(org, () -> settings.account(kind));
            PlacedCall placed = providers.get(kind).place(request, account);
            tenants.run(org, () -> {
                calls.dispatched(id, placed.providerCallId(), placed.providerExecutionId());
                calls.recordEvent(new Calls.NewEvent(
                        id,
                        "dispatch",
                        null,
                        true,
                        "system",
                        Instant.now(),
                        null,
                        placed.providerCallId() == null
                                ? Map.of()
                                : Map.of("provider_call_id", placed.providerCallId())));
            });
        } catch (ProviderException e) {
            refused(org, call, e);
        } catch (RuntimeException e) {
            // The call's hang-up reason is shown to users: the exception itself only goes to the log.
            log.warn(
                    "dispatching call {} failed: {}", call.getId(), e.getClass().getName());
            refused(org, call, new ProviderException(false, "dispatch_error", "an unexpected error stopped it", e));
        }
    }

    private void refused(OrganizationId org, CallsRecord call, ProviderException e) {
        CallId id = CallId.of(call.getId());
        if (e.retryable() && !RETRY.exhausted(call.getDispatchAttempts())) {
            Duration delay = RETRY.pauseAfter(call.getDispatchAttempts());
            log.info("provider could not take call {} yet ({}); retrying in {}", id, e.getMessage(), delay);
            tenants.run(org, () -> calls.retryDispatch(id, delay));
            return;
        }
        log.warn("provider refused call {}: {} {}", id, e.code(), e.getMessage());
        tenants.run(org, () -> calls.lock(id).ifPresent(locked -> {
            locked.setDispatchState("failed");
            progress.apply(
                    locked,
                    ProviderEvent.builder("system:dispatch-failed:" + id, Instant.now())
                            .status(CallStatus.FAILED)
                            .ended(0, "provider_error: " + e.code() + ": " + e.getMessage())
                            .build(),
                    "system",
                    null);
        }));
    }
}
