package io.switchboard.billing;

import io.switchboard.audit.AuditLog;
import io.switchboard.audit.AuditRecord;
import io.switchboard.billing.internal.BillingProperties;
import io.switchboard.billing.internal.CreditStore;
import io.switchboard.billing.internal.LedgerEntries;
import io.switchboard.db.tables.records.CreditAccountsRecord;
import io.switchboard.shared.Conflict;
import io.switchboard.shared.CursorPage;
import io.switchboard.shared.Forbidden;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.TenantContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administering credit: top-ups, the operator's adjustments, the rate, hold size and low-balance
 * threshold, and the ledger. Who may top up and set rates depends on {@code switchboard.billing
 * .enabled}: when billing is on (a hosted install) only platform super admins may; when it is off
 * (a self-hosted install, the default) the organization's admins may too.
 */
@Service
public class CreditManagement {

    /** No balance grows past this (10^15 minor units); the database refuses it as well. */
    static final long MAX_BALANCE = 1_000_000_000_000_000L;

    private final CreditStore store;
    private final LedgerEntries ledger;
    private final BillingProperties properties;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    CreditManagement(
            CreditStore store,
            LedgerEntries ledger,
            BillingProperties properties,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.store = store;
        this.ledger = ledger;
        this.properties = properties;
        this.audit = audit;
        this.events = events;
    }

    public boolean billingEnabled() {
        return properties.enabled();
    }

    /**
     * Whether a caller may top up and set rates: platform super admins always, holders of
     * {@code billing:write} only while billing is off.
     */
    public boolean mayManageCredit(boolean platformAdmin, boolean billingWrite) {
        return platformAdmin || (billingWrite && !properties.enabled());
    }

    @Transactional
    public TopUp topUp(long amount, @Nullable String note, boolean platformAdmin) {
        requireManager(platformAdmin);
        if (amount < 1 || amount > properties.maxTopUp()) {
            throw new InvalidInput(
                    "amount",
                    "invalid_amount",
                    "must be a whole number of minor units from 1 to " + properties.maxTopUp());
        }
        CreditStore.Credited credited = credit(LedgerKind.TOP_UP, amount, note);
        events.publishEvent(new CreditsToppedUp(
                TenantContext.require().value(),
                credited.entryId(),
                amount,
                credited.available(),
                credited.currency()));
        return new TopUp(credited.entryId(), amount, credited.available(), credited.currency());
    }

    /**
     * A new organization's starting credit: {@code switchboard.billing.starting-grant-minutes} of
     * calling at the organization's rate, as a ledger entry of its own kind. Given once: under the
     * balance row's lock a second call finds the first grant and gives nothing (nor when the grant
     * is 0 minutes or calls are free).
     */
    @Transactional
    public Optional<TopUp> grantStartingCredit() {
        int minutes = properties.startingGrantMinutes();
        CreditAccountsRecord account = store.lockAccount();
        long amount = Math.multiplyExact(account.getRatePerMinute(), minutes);
        if (amount <= 0 || store.hasStartingGrant()) {
            return Optional.empty();
        }
        String note = "Starting credit: %d minutes of calling at %s a minute"
                .formatted(minutes, Amounts.format(account.getRatePerMinute(), account.getCurrency()));
        CreditStore.Credited credited = credit(LedgerKind.STARTING_GRANT, amount, note);
        events.publishEvent(new CreditsToppedUp(
                TenantContext.require().value(),
                credited.entryId(),
                amount,
                credited.available(),
                credited.currency()));
        return Optional.of(new TopUp(credited.entryId(), amount, credited.available(), credited.currency()));
    }

    /** A correction by the platform operator: {@code amount} is signed; a note says why. */
    @Transactional
    public TopUp adjust(long amount, String note, boolean platformAdmin) {
        if (!platformAdmin) {
            throw new Forbidden("platform_admin_required", "only the platform operator adjusts credit");
        }
        if (amount == 0 || Math.abs(amount) > properties.maxTopUp()) {
            throw new InvalidInput(
                    "amount",
                    "invalid_amount",
                    "must be non-zero and at most " + properties.maxTopUp() + " either way");
        }
        if (note == null || note.isBlank()) {
            throw new InvalidInput("note", "required", "say why the credit is adjusted");
        }
        CreditStore.Credited credited = credit(LedgerKind.ADJUSTMENT, amount, note);
        return new TopUp(credited.entryId(), amount, credited.available(), credited.currency());
    }

    private CreditStore.Credited credit(LedgerKind kind, long amount, @Nullable String note) {
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > 500) {
            throw new InvalidInput("note", "invalid_length", "must be at most 500 characters");
        }
        long current = store.ensure().getAvailable();
        if (current + amount > MAX_BALANCE) {
            throw new InvalidInput("amount", "balance_limit", "the balance would exceed " + MAX_BALANCE);
        }
        CreditStore.Credited credited = store.credit(kind, amount, cleanNote)
                .orElseThrow(() -> new Conflict(
                        Credits.INSUFFICIENT, "the available balance is smaller than " + Math.abs(amount)));
        Map<String, Object> values = new HashMap<>();
        values.put("amount", amount);
        values.put("currency", credited.currency());
        values.put("available_after", credited.available());
        values.put("note", cleanNote);
        String action =
                switch (kind) {
                    case TOP_UP -> "credits.topped_up";
                    case STARTING_GRANT -> "credits.granted";
                    default -> "credits.adjusted";
                };
        audit.record(AuditRecord.of(action, "credit_ledger", credited.entryId()).values(null, values));
        return credited;
    }

    @Transactional
    public BillingSettings updateSettings(BillingSettingsChanges changes, boolean platformAdmin) {
        CreditAccountsRecord account = store.ensure();
        BillingSettings current = Credits.settings(account);
        if ((changes.ratePerMinute() != null || changes.holdMinutes() != null)) {
            requireManager(platformAdmin);
        }
        long rate = changes.ratePerMinute() == null ? current.ratePerMinute() : changes.ratePerMinute();
        int holdMinutes = changes.holdMinutes() == null ? current.holdMinutes() : changes.holdMinutes();
        long threshold =
                changes.lowBalanceThreshold() == null ? current.lowBalanceThreshold() : changes.lowBalanceThreshold();
        if (rate < 0 || rate > 100_000_000) {
            throw new InvalidInput("rate_per_minute", "invalid_amount", "must be from 0 to 100000000 minor units");
        }
        if (holdMinutes < 1 || holdMinutes > 240) {
            throw new InvalidInput("hold_minutes", "invalid_value", "must be from 1 to 240");
        }
        if (threshold < 0 || threshold > 1_000_000_000_000L) {
            throw new InvalidInput("low_balance_threshold", "invalid_amount", "must be from 0 to 1000000000000");
        }
        return Credits.settings(store.saveSettings(rate, holdMinutes, threshold));
    }

    /** Newest first, optionally one kind or one call's entries. */
    @Transactional(readOnly = true)
    public CursorPage<LedgerEntry> ledger(
            @Nullable LedgerKind kind, @Nullable UUID callId, @Nullable String cursor, @Nullable Integer limit) {
        int size = CursorPage.limit(limit);
        return CursorPage.of(ledger.recent(kind, callId, CursorPage.after(cursor), size), size, LedgerEntry::id);
    }

    private void requireManager(boolean platformAdmin) {
        if (!platformAdmin && properties.enabled()) {
            throw new Forbidden(
                    "billing_enabled",
                    "billing is run by the platform operator: credit is topped up and rates are set by a platform super"
                            + " admin");
        }
    }
}
