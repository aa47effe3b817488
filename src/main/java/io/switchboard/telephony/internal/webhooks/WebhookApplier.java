package io.switchboard.telephony.internal.webhooks;

import io.switchboard.db.tables.records.CallsRecord;
import io.switchboard.db.tables.records.WebhookEventsRecord;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.RetryPolicy;
import io.switchboard.shared.TenantContext;
import io.switchboard.shared.WorkLoop;
import io.switchboard.telephony.ProviderKind;
import io.switchboard.telephony.TelephonyProperties;
import io.switchboard.telephony.internal.VoiceProviders;
import io.switchboard.telephony.provider.ProviderEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies stored webhooks to their calls, oldest first, up to {@code webhook-batch} (200) per transaction: a
 * worker claims them (SKIP LOCKED, so no two workers or nodes take the same one), locks the calls they
 * name in one statement, applies each event in order, writes what they changed together (history
 * entries, calls, leads' outcomes, processed marks: a few statements per batch, see {@link
 * CallWrites}), and commits once. The calls' charges are made last, after every call lock the batch
 * takes, so the credit balance is always locked last and briefly. When any event of a batch fails, the batch is rolled back and its
 * events are applied one per transaction instead, so that only the failing one (its call is not
 * known yet, say) is kept as pending and retried with backoff, up to {@value #MAX_ATTEMPTS}
 * attempts. Woken by {@link WebhookIngest} as soon as a webhook is stored, and every second for
 * retries and for events stored by other nodes.
 */
@Component
public class WebhookApplier implements SmartLifecycle {

    static final int MAX_ATTEMPTS = 8;
    private static final Logger log = LoggerFactory.getLogger(WebhookApplier.class);

    private final WebhookEvents webhooks;
    private final VoiceProviders providers;
    private final CallLocator locator;
    private final CallProgress progress;
    private final TransactionTemplate tx;
    private final List<WorkLoop> workers;
    private final int batch;

    WebhookApplier(
            WebhookEvents webhooks,
            VoiceProviders providers,
            CallLocator locator,
            CallProgress progress,
            TransactionTemplate tx,
            TelephonyProperties properties) {
        this.webhooks = webhooks;
        this.providers = providers;
        this.locator = locator;
        this.progress = progress;
        this.tx = tx;
        this.batch = Math.clamp(properties.webhookBatch(), 1, 1000);
        this.workers = IntStream.rangeClosed(1, Math.max(1, properties.webhookWorkers()))
                .mapToObj(i -> new WorkLoop("webhook-applier-" + i, () -> Duration.ofSeconds(1), this::applyDue))
                .toList();
    }

    /** 5 s, 10 s, 20 s… up to 10 minutes, {@value #MAX_ATTEMPTS} attempts in all. */
    static final RetryPolicy RETRY = new RetryPolicy(Duration.ofSeconds(5), 2, Duration.ofMinutes(10), MAX_ATTEMPTS);

    /** Webhooks were just stored on this node: apply them now rather than at the next tick. */
    void wake() {
        workers.forEach(WorkLoop::wake);
    }

    /** Applies every event due now, organization by organization. */
    public void applyDue() {
        List<UUID> organizations = tx.execute(status -> webhooks.organizationsWithDue());
        for (UUID organization : organizations == null ? List.<UUID>of() : organizations) {
            OrganizationId org = OrganizationId.of(organization);
            try {
                int applied;
                while ((applied = applyBatch(org)) != 0 && isRunning()) {
                    for (int i = 0; applied < 0 && i < batch && applyNext(org); i++) {
                        // one by one after a batch failed
                    }
                }
            } catch (RuntimeException e) {
                log.warn("applying webhooks failed for organization {}: {}", organization, ApplyFailure.technical(e));
            }
        }
    }

    /**
     * Claims and applies up to {@code webhook-batch} of the organization's oldest due events in one
     * transaction; how many, or -1 when one failed and the batch was rolled back.
     */
    int applyBatch(OrganizationId organization) {
        return TenantContext.callAs(organization, () -> {
            try {
                Integer applied = tx.execute(status -> {
                    List<WebhookEventsRecord> due = webhooks.due(batch);
                    apply(due);
                    return due.size();
                });
                return applied == null ? 0 : applied;
            } catch (RuntimeException e) {
                log.debug("a batch of webhooks failed, applying them one by one: {}", ApplyFailure.technical(e));
                return -1;
            }
        });
    }

    /** Claims and applies the organization's oldest due event; false when none is left. */
    boolean applyNext(OrganizationId organization) {
        record Outcome(@Nullable WebhookEventsRecord claimed, @Nullable RuntimeException failure) {}
        Outcome outcome = TenantContext.callAs(organization, () -> {
            WebhookEventsRecord[] claimed = new WebhookEventsRecord[1];
            try {
                tx.executeWithoutResult(status -> {
                    List<WebhookEventsRecord> due = webhooks.due(1);
                    if (due.isEmpty()) {
                        return;
                    }
                    claimed[0] = due.getFirst();
                    apply(due);
                });
                return new Outcome(claimed[0], null);
            } catch (RuntimeException e) {
                return new Outcome(claimed[0], e);
            }
        });
        if (outcome.claimed() == null) {
            if (outcome.failure() != null) {
                throw outcome.failure();
            }
            return false;
        }
        if (outcome.failure() != null) {
            TenantContext.runAs(organization, () -> failed(outcome.claimed(), outcome.failure()));
        }
        return true;
    }

    /**
     * Keeps a failed event for a retry (or as failed after the last attempt, or at once when no
     * attempt can succeed), in its own transaction, with a reason an admin can read. The technical
     * cause goes to the debug log by type and SQL state only: its message may hold callers' numbers.
     */
    private void failed(WebhookEventsRecord stored, RuntimeException e) {
        ApplyFailure failure = ApplyFailure.of(e);
        int attempts = stored.getAttempts() + 1;
        boolean giveUp = failure.permanent() || RETRY.exhausted(attempts);
        tx.executeWithoutResult(status ->
                webhooks.failed(stored.getId(), failure.reason(), attempts, RETRY.pauseAfter(attempts), giveUp));
        log.debug("webhook {} not applied: {}", stored.getId(), ApplyFailure.technical(e));
        if (giveUp) {
            log.warn(
                    "webhook {} {} failed {} times; kept as failed: {}",
                    stored.getProvider(),
                    stored.getId(),
                    attempts,
                    failure.reason());
        } else {
            log.info(
                    "webhook {} {} not applied yet (attempt {}), will retry: {}",
                    stored.getProvider(),
                    stored.getId(),
                    attempts,
                    failure.reason());
        }
    }

    /** A stored webhook's event, read again from the stored payload. */
    private record Received(WebhookEventsRecord stored, ProviderKind kind, ProviderEvent event, @Nullable UUID hint) {}

    /**
     * Applies events in order, in the caller's transaction: the calls they name are locked at once
     * (in id order), the rest found one by one, and what applying them writes is written together at
     * the end ({@link CallWrites}).
     */
    private void apply(List<WebhookEventsRecord> due) {
        List<Received> received = due.stream().map(this::read).toList();
        Map<UUID, CallsRecord> named = locator.lockNamed(received.stream()
                .map(r -> CallLocator.reference(r.event(), r.hint()))
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        CallWrites writes = progress.writes();
        for (Received r : received) {
            UUID reference = CallLocator.reference(r.event(), r.hint());
            CallsRecord call = Optional.ofNullable(reference == null ? null : named.get(reference))
                    .filter(c -> c.getProvider().equals(r.kind().toString()))
                    .or(() -> locator.lockFor(r.kind(), r.event(), r.hint()))
                    .map(writes::current)
                    .orElseThrow(() -> new ApplyFailure.NotApplicable("no call matches this event yet", false));
            writes.processed(r.stored().getId(), call.getId());
            progress.apply(call, r.event(), "provider", r.stored().getId(), writes);
        }
        writes.flush();
    }

    private Received read(WebhookEventsRecord stored) {
        ProviderKind kind = ProviderKind.fromCode(stored.getProvider());
        List<ProviderEvent> events;
        try {
            events = providers.get(kind).parse(StoredWebhook.request(stored));
        } catch (IllegalArgumentException e) {
            // Stored before the edge refused such payloads: reading it again will fail again.
            throw new ApplyFailure.NotApplicable("the stored payload cannot be applied: " + e.getMessage(), true);
        }
        ProviderEvent event = events.stream()
                .filter(e -> e.eventKey().equals(stored.getEventKey()))
                .findFirst()
                .orElseThrow(
                        () -> new ApplyFailure.NotApplicable("the stored payload no longer yields this event", true));
        return new Received(stored, kind, event, StoredWebhook.callHint(stored));
    }

    @Override
    public void start() {
        workers.forEach(WorkLoop::start);
    }

    @Override
    public void stop() {
        WorkLoop.stopAll(workers);
    }

    @Override
    public boolean isRunning() {
        return workers.getFirst().isRunning();
    }
}
