package io.switchboard.telephony;

import io.switchboard.db.tables.records.WebhookEventsRecord;
import io.switchboard.shared.WorkLoop;
import io.switchboard.telephony.internal.VoiceProviders;
import io.switchboard.telephony.internal.WebhookEvents;
import io.switchboard.telephony.provider.ProviderEvent;
import io.switchboard.tenancy.OrganizationId;
import io.switchboard.tenancy.TenantContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies stored webhooks to their calls, in the order they arrived, a batch per transaction with
 * each event in its own savepoint: an event that fails (its call is not known yet, say) is kept as
 * pending and retried with backoff, up to {@value #MAX_ATTEMPTS} attempts, without undoing the
 * others. Woken by {@link WebhookIngest} as soon as a webhook is stored, and every second for
 * retries and for events stored by other nodes. Safe on several nodes: events are claimed with
 * SKIP LOCKED, and a call's events serialize on the call's row lock.
 */
@Component
class WebhookApplier implements SmartLifecycle {

    static final int MAX_ATTEMPTS = 8;
    private static final int BATCH = 250;
    private static final Logger log = LoggerFactory.getLogger(WebhookApplier.class);

    private final WebhookEvents webhooks;
    private final VoiceProviders providers;
    private final CallLocator locator;
    private final CallProgress progress;
    private final TransactionTemplate tx;
    private final WorkLoop loop;

    WebhookApplier(
            WebhookEvents webhooks,
            VoiceProviders providers,
            CallLocator locator,
            CallProgress progress,
            TransactionTemplate tx) {
        this.webhooks = webhooks;
        this.providers = providers;
        this.locator = locator;
        this.progress = progress;
        this.tx = tx;
        this.loop = new WorkLoop("webhook-applier", () -> Duration.ofSeconds(1), this::applyDue);
    }

    /** 5 s, 10 s, 20 s… up to 10 minutes. */
    static Duration retryDelay(int attempts) {
        return Duration.ofSeconds(Math.min(600, 5L << Math.min(attempts - 1, 7)));
    }

    /** Webhooks were just stored on this node: apply them now rather than at the next tick. */
    void wake() {
        loop.wake();
    }

    void applyDue() {
        List<UUID> organizations = tx.execute(status -> webhooks.organizationsWithDue());
        for (UUID organization : organizations == null ? List.<UUID>of() : organizations) {
            OrganizationId org = OrganizationId.of(organization);
            try {
                while (applyBatch(org) == BATCH && loop.isRunning()) {
                    // a full batch: there may be more
                }
            } catch (RuntimeException e) {
                log.warn("applying webhooks failed for organization {}: {}", organization, e.toString());
            }
        }
    }

    /** Applies up to one batch of due events of an organization; returns how many it claimed. */
    int applyBatch(OrganizationId organization) {
        Integer claimed = TenantContext.callAs(
                organization,
                () -> tx.execute(status -> {
                    List<WebhookEventsRecord> due = webhooks.due(BATCH);
                    List<UUID> applied = new ArrayList<>();
                    List<UUID> calls = new ArrayList<>();
                    for (WebhookEventsRecord stored : due) {
                        Object savepoint = status.createSavepoint();
                        int attempts = stored.getAttempts() + 1;
                        try {
                            calls.add(apply(stored));
                            applied.add(stored.getId());
                            status.releaseSavepoint(savepoint);
                        } catch (RuntimeException e) {
                            status.rollbackToSavepoint(savepoint);
                            boolean giveUp = attempts >= MAX_ATTEMPTS;
                            webhooks.failed(
                                    stored.getId(),
                                    String.valueOf(e.getMessage()),
                                    attempts,
                                    retryDelay(attempts),
                                    giveUp);
                            if (giveUp) {
                                log.warn(
                                        "webhook {} {} failed {} times; kept as failed: {}",
                                        stored.getProvider(),
                                        stored.getEventKey(),
                                        attempts,
                                        e.getMessage());
                            } else {
                                log.info(
                                        "webhook {} {} not applied yet (attempt {}), will retry: {}",
                                        stored.getProvider(),
                                        stored.getEventKey(),
                                        attempts,
                                        e.getMessage());
                            }
                        }
                    }
                    webhooks.succeeded(applied, calls);
                    return due.size();
                }));
        return claimed == null ? 0 : claimed;
    }

    private UUID apply(WebhookEventsRecord stored) {
        ProviderKind kind = ProviderKind.fromCode(stored.getProvider());
        ProviderEvent event = providers.get(kind).parse(StoredWebhook.request(stored)).stream()
                .filter(e -> e.eventKey().equals(stored.getEventKey()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the stored payload no longer yields this event"));
        @Nullable UUID hint = StoredWebhook.callHint(stored);
        var call = locator.lockFor(kind, event, hint)
                .orElseThrow(() -> new IllegalStateException("no call matches this event yet"));
        progress.apply(call, event, "provider", stored.getId());
        return call.getId();
    }

    @Override
    public void start() {
        loop.start();
    }

    @Override
    public void stop() {
        loop.stop();
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }
}
