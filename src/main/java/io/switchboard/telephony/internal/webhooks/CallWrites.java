package io.switchboard.telephony.internal.webhooks;

import io.switchboard.billing.Credits;
import io.switchboard.db.tables.records.CallsRecord;
import io.switchboard.leads.LeadCalls;
import io.switchboard.telephony.internal.Calls;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What applying events to locked calls writes, gathered so that a batch of events is written in a
 * few statements rather than several per event: the calls' history entries, the calls' changes, the
 * webhooks marked processed, the leads' call outcomes and the ended calls' charges. {@link CallProgress}
 * fills it; its owner {@link #flush() flushes} it before the transaction commits.
 *
 * <p>The charges come last: they lock the organization's credit balance until the commit, so every
 * call the transaction locks must be locked before (a transaction never holds the balance while it
 * waits for a call another transaction holds, waiting for the balance), and the less comes after it,
 * the less other calls ending at the same time wait.
 */
final class CallWrites {

    private final Calls calls;
    private final LeadCalls leads;
    private final Credits credits;
    private final WebhookEvents webhooks;
    private final List<Calls.NewEvent> history = new ArrayList<>();
    private final Map<UUID, CallsRecord> touched = new LinkedHashMap<>();
    private final Map<UUID, UUID> processed = new LinkedHashMap<>();
    private final List<LeadCalls.CallOutcome> outcomes = new ArrayList<>();
    private final List<Credits.CallUsage> usages = new ArrayList<>();

    CallWrites(Calls calls, LeadCalls leads, Credits credits, WebhookEvents webhooks) {
        this.calls = calls;
        this.leads = leads;
        this.credits = credits;
        this.webhooks = webhooks;
    }

    /** The record of a call events are applied to; its changes are stored on flush. */
    void touched(CallsRecord call) {
        touched.putIfAbsent(call.getId(), call);
    }

    /** The same call's record if events were applied to it already (it may have changes not stored yet). */
    CallsRecord current(CallsRecord call) {
        return touched.getOrDefault(call.getId(), call);
    }

    void history(Calls.NewEvent event) {
        history.add(event);
    }

    void processed(UUID webhookEvent, UUID call) {
        processed.put(webhookEvent, call);
    }

    void outcome(LeadCalls.CallOutcome outcome) {
        outcomes.add(outcome);
    }

    void charge(Credits.CallUsage usage) {
        usages.add(usage);
    }

    /** Writes everything gathered, the charges last. */
    void flush() {
        writeAllButCharges();
        Map<UUID, Long> charged = usages.isEmpty() ? Map.of() : credits.settleAll(List.copyOf(usages));
        usages.clear();
        charged.forEach((call, credits) -> {
            CallsRecord record = touched.get(call);
            if (record != null) {
                record.setCreditsUsed(credits);
            } else {
                calls.setCreditsUsed(call, credits);
            }
        });
        calls.storeAll(changedCalls());
        touched.clear();
    }

    /**
     * Writes everything gathered now, except the charges: those are made just before the
     * transaction commits (after any other call it goes on to lock), or now when there is none.
     */
    void flushChargingAtCommit() {
        if (usages.isEmpty() || !TransactionSynchronizationManager.isActualTransactionActive()) {
            flush();
            return;
        }
        List<Credits.CallUsage> later = List.copyOf(usages);
        usages.clear();
        writeAllButCharges();
        calls.storeAll(changedCalls());
        touched.clear();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                credits.settleAll(later).forEach(calls::setCreditsUsed);
            }
        });
    }

    private void writeAllButCharges() {
        calls.recordEvents(List.copyOf(history));
        history.clear();
        webhooks.succeeded(Map.copyOf(processed));
        processed.clear();
        leads.recordOutcomes(List.copyOf(outcomes));
        outcomes.clear();
    }

    private List<CallsRecord> changedCalls() {
        return touched.values().stream().filter(CallsRecord::changed).toList();
    }
}
