package io.switchboard.telephony;

import io.switchboard.db.tables.records.CallsRecord;
import io.switchboard.jobs.RecurringJob;
import io.switchboard.shared.OrganizationId;
import io.switchboard.telephony.internal.Calls;
import io.switchboard.telephony.internal.webhooks.CallProgress;
import io.switchboard.telephony.internal.webhooks.WebhookApplier;
import io.switchboard.telephony.internal.webhooks.WebhookEvents;
import io.switchboard.telephony.provider.ProviderEvent;
import io.switchboard.tenancy.TenantTransactions;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The background work that keeps calls honest, organization by organization (safe on several
 * nodes: rows are claimed with SKIP LOCKED): calls whose dispatch was interrupted by a crash are
 * failed rather than dialled again; calls the provider never finished are closed; processed
 * webhooks are purged after the retention period. Webhooks themselves are applied, and retried,
 * by {@link WebhookApplier}.
 */
@Component
class TelephonyJobs {

    private static final Duration INTERRUPTED_AFTER = Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(TelephonyJobs.class);

    private final Calls calls;
    private final WebhookEvents webhooks;
    private final CallProgress progress;
    private final TenantTransactions tenants;
    private final TransactionTemplate tx;
    private final TelephonyProperties properties;

    TelephonyJobs(
            Calls calls,
            WebhookEvents webhooks,
            CallProgress progress,
            TenantTransactions tenants,
            TransactionTemplate tx,
            TelephonyProperties properties) {
        this.calls = calls;
        this.webhooks = webhooks;
        this.progress = progress;
        this.tenants = tenants;
        this.tx = tx;
        this.properties = properties;
    }

    /** The watchdog and the purge run as recurring jobs: one node per round. */
    @Configuration(proxyBeanMethods = false)
    static class Rounds {

        @Bean
        RecurringJob telephonyWatchdog(TelephonyJobs jobs, TelephonyProperties properties) {
            return RecurringJob.every("telephony.watchdog", properties.jobsInterval(), jobs::run);
        }

        @Bean
        RecurringJob telephonyPurge(TelephonyJobs jobs, TelephonyProperties properties) {
            return RecurringJob.cron("telephony.webhook-purge", properties.purgeCron(), jobs::purge);
        }
    }

    void run() {
        List<UUID> organizations = tx.execute(status -> calls.organizationsWithWork());
        for (UUID organization : organizations == null ? List.<UUID>of() : organizations) {
            OrganizationId org = OrganizationId.of(organization);
            try {
                tenants.run(org, this::failInterruptedDispatches);
                tenants.run(org, this::closeOverdueCalls);
            } catch (RuntimeException e) {
                log.warn("telephony jobs failed for organization {}: {}", organization, e.toString());
            }
        }
    }

    void purge() {
        List<UUID> organizations = tx.execute(status -> calls.organizationsWithWork());
        OffsetDateTime before = OffsetDateTime.now().minus(properties.webhookRetention());
        for (UUID organization : organizations == null ? List.<UUID>of() : organizations) {
            tenants.run(OrganizationId.of(organization), () -> webhooks.purgeProcessedBefore(before));
        }
    }

    private void failInterruptedDispatches() {
        for (CallsRecord call : calls.interruptedDispatches(INTERRUPTED_AFTER, 100)) {
            if (!CallStatus.QUEUED.toString().equals(call.getStatus())) {
                // The provider took it (its webhooks arrived); only the confirmation was lost.
                call.setDispatchState("sent");
                call.store();
                continue;
            }
            call.setDispatchState("failed");
            progress.apply(
                    call,
                    ProviderEvent.builder("system:dispatch-interrupted:" + call.getId(), Instant.now())
                            .status(CallStatus.FAILED)
                            .ended(
                                    0,
                                    "dispatch_interrupted: the node placing the call stopped; not retried so"
                                            + " the lead is not dialled twice")
                            .build(),
                    "system",
                    null);
        }
    }

    private void closeOverdueCalls() {
        for (CallsRecord call : calls.overdue(properties.maxCallDuration(), 100)) {
            progress.apply(
                    call,
                    ProviderEvent.builder("system:overdue:" + call.getId(), Instant.now())
                            .status(CallStatus.FAILED)
                            .ended(null, "no_final_status: the provider never reported how the call ended")
                            .details(Map.of("last_status", call.getStatus()))
                            .build(),
                    "system",
                    null);
        }
    }
}
