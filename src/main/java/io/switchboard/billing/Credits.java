package io.switchboard.billing;

import io.switchboard.billing.internal.BillingProperties;
import io.switchboard.billing.internal.CreditStore;
import io.switchboard.billing.internal.HoldStatus;
import io.switchboard.db.tables.records.CreditAccountsRecord;
import io.switchboard.db.tables.records.CreditHoldsRecord;
import io.switchboard.shared.Conflict;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.TenantContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit for calls, for the dialer and telephony: hold before dialing, settle (or release) when the
 * call ends. Every method runs in the current organization, in its own short transaction (or the
 * caller's: keep it short, the organization's balance row stays locked until it commits), and is
 * idempotent per call: a second hold, settlement or release of the same call changes nothing and
 * answers the first outcome.
 *
 * <p>Billing: every started minute is charged ({@link MinuteRounding}); the rate is the one in force
 * when the call's credit was held. The balance never goes negative: a hold the available balance
 * cannot cover is refused, and a call that outlasted its hold is charged only what the balance holds
 * (the rest is recorded as uncollected).
 */
@Service
public class Credits {

    static final String INSUFFICIENT = "insufficient_credit";

    private final CreditStore store;
    private final BillingProperties properties;
    private final ApplicationEventPublisher events;

    Credits(CreditStore store, BillingProperties properties, ApplicationEventPublisher events) {
        this.store = store;
        this.properties = properties;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Balance balance() {
        return store.account()
                .map(a -> new Balance(a.getAvailable(), a.getHeld(), a.getCurrency()))
                .orElse(new Balance(0, 0, properties.currency()));
    }

    @Transactional(readOnly = true)
    public BillingSettings settings() {
        return store.account().map(Credits::settings).orElseGet(this::defaults);
    }

    /** The standard hold the next call would take. */
    @Transactional(readOnly = true)
    public HoldEstimate estimateHold() {
        BillingSettings settings = settings();
        long available = balance().available();
        long amount = settings.holdAmount();
        return new HoldEstimate(
                amount,
                settings.currency(),
                settings.ratePerMinute(),
                covers(amount, settings.ratePerMinute()),
                available,
                available >= amount);
    }

    /** Reserves the organization's standard hold (rate × hold minutes) for a call about to be placed. */
    @Transactional
    public HoldResult hold(UUID callId) {
        return doHold(callId, null);
    }

    /**
     * Reserves the standard hold for several new calls at once (a dialer's round): the first calls,
     * in order, as many as the balance covers, are held; the rest are refused. One answer per call.
     */
    @Transactional
    public List<HoldResult> holdAll(List<UUID> callIds) {
        if (callIds.isEmpty()) {
            return List.of();
        }
        CreditStore.Debits debits = store.holdAll(callIds).orElse(null);
        int held = debits == null ? 0 : debits.held();
        List<HoldResult> results = new ArrayList<>(callIds.size());
        for (int i = 0; i < held; i++) {
            results.add(new HoldResult.Held(
                    callIds.get(i),
                    debits.amount(),
                    debits.ratePerMinute(),
                    covers(debits.amount(), debits.ratePerMinute()),
                    debits.availableBefore() - debits.amount() * (i + 1),
                    false));
        }
        if (held < callIds.size()) {
            HoldResult.Refused first = (HoldResult.Refused) refuse(callIds.get(held), null);
            for (int i = held; i < callIds.size(); i++) {
                results.add(new HoldResult.Refused(callIds.get(i), first.requested(), first.available(), INSUFFICIENT));
            }
        }
        return results;
    }

    /** Reserves {@code amount} (minor units) for a call about to be placed. */
    @Transactional
    public HoldResult hold(UUID callId, long amount) {
        if (amount < 0 || amount > properties.maxTopUp()) {
            throw new InvalidInput("amount", "invalid_amount", "must be between 0 and " + properties.maxTopUp());
        }
        return doHold(callId, amount);
    }

    private HoldResult doHold(UUID callId, @Nullable Long amount) {
        Optional<CreditStore.Debit> debit = store.hold(callId, amount);
        if (debit.isEmpty()) {
            Optional<CreditHoldsRecord> existing = store.findHold(callId);
            return existing.isPresent() ? repeatedHold(existing.get()) : refuse(callId, amount);
        }
        CreditStore.Debit d = debit.get();
        if (!d.inserted()) {
            // the call held credit before (or another transaction did so at this very moment): the
            // statement's debit is given back in the same transaction, so nothing changes
            store.undoDebit(d.amount());
            return repeatedHold(store.findHold(callId).orElseThrow());
        }
        return new HoldResult.Held(
                callId, d.amount(), d.ratePerMinute(), covers(d.amount(), d.ratePerMinute()), d.available(), false);
    }

    private HoldResult repeatedHold(CreditHoldsRecord hold) {
        return new HoldResult.Held(
                hold.getCallId(),
                hold.getAmount(),
                hold.getRatePerMinute(),
                covers(hold.getAmount(), hold.getRatePerMinute()),
                balance().available(),
                true);
    }

    private HoldResult refuse(UUID callId, @Nullable Long amount) {
        CreditAccountsRecord account = store.ensure();
        if (store.markLowBalance()) {
            events.publishEvent(lowBalance(account, account.getAvailable(), account.getHeld(), true));
        }
        long requested = amount != null ? amount : settings(account).holdAmount();
        return new HoldResult.Refused(callId, requested, account.getAvailable(), INSUFFICIENT);
    }

    /**
     * Charges a call that ended: {@code duration} is the answered time (0 for a call that was not
     * answered: its hold is released whole). A call without a hold is charged from the balance.
     */
    @Transactional
    public Settlement settle(UUID callId, Duration duration) {
        int minutes = MinuteRounding.billableMinutes(duration);
        CreditHoldsRecord hold = store.lockHold(callId).orElseGet(() -> {
            store.insertEmptyHold(callId, store.ensure());
            return store.lockHold(callId).orElseThrow();
        });
        if (HoldStatus.of(hold.getStatus()) != HoldStatus.HELD) {
            return outcome(hold);
        }
        CreditAccountsRecord account = store.lockAccount();
        Ending ending = minutes == 0 ? release(hold, account, duration) : settle(hold, account, duration, minutes);
        store.endHolds(List.of(ending.movement()), List.of(ending.hold()));
        if (ending.newlyLow()) {
            events.publishEvent(lowBalance(account, account.getAvailable(), account.getHeld(), false));
        }
        return ending.settlement();
    }

    /** A call that ended: answered for {@code talked} (charged), or not at all (null: its hold is released). */
    public record CallUsage(UUID callId, @Nullable Duration talked) {}

    /**
     * Ends several calls' holds at once: the holds locked in one statement, the balance locked once
     * and written once, every hold's change and ledger entry in one round trip (each entry's balances
     * as if the calls ended one by one, in the given order). Like {@link #settle} and {@link #release}
     * one by one, and a hold that ended before changes nothing.
     *
     * @return what each call that talked was charged
     */
    @Transactional
    public Map<UUID, Long> settleAll(List<CallUsage> usages) {
        Map<UUID, CreditHoldsRecord> holds =
                store.lockHolds(usages.stream().map(CallUsage::callId).toList());
        Map<UUID, Long> charged = new LinkedHashMap<>();
        List<CallUsage> withoutHold = new ArrayList<>();
        List<CreditStore.Movement> movements = new ArrayList<>();
        List<CreditStore.HoldEnd> ended = new ArrayList<>();
        CreditAccountsRecord account = null;
        boolean newlyLow = false;
        for (CallUsage usage : usages) {
            CreditHoldsRecord hold = holds.get(usage.callId());
            int minutes = usage.talked() == null ? 0 : MinuteRounding.billableMinutes(usage.talked());
            if (hold == null) {
                if (minutes > 0) {
                    withoutHold.add(usage);
                }
                continue;
            }
            if (HoldStatus.of(hold.getStatus()) != HoldStatus.HELD) {
                if (usage.talked() != null) {
                    charged.put(usage.callId(), outcome(hold).charged());
                }
                continue;
            }
            if (account == null) {
                account = store.lockAccount();
            }
            Ending ending = minutes == 0
                    ? release(hold, account, Duration.ZERO)
                    : settle(hold, account, Objects.requireNonNull(usage.talked()), minutes);
            movements.add(ending.movement());
            ended.add(ending.hold());
            newlyLow |= ending.newlyLow();
            if (usage.talked() != null) {
                charged.put(usage.callId(), ending.settlement().charged());
            }
        }
        if (!movements.isEmpty()) {
            store.endHolds(movements, ended);
        }
        if (newlyLow) {
            events.publishEvent(lowBalance(account, account.getAvailable(), account.getHeld(), false));
        }
        for (CallUsage usage : withoutHold) {
            charged.put(usage.callId(), settle(usage.callId(), usage.talked()).charged());
        }
        return charged;
    }

    /** How a hold ends: what to write, what it settled, and whether the balance just went low. */
    private record Ending(
            CreditStore.Movement movement, CreditStore.HoldEnd hold, Settlement settlement, boolean newlyLow) {}

    /** Settles a held call on the (locked) balance, which is updated in memory. */
    private Ending settle(CreditHoldsRecord hold, CreditAccountsRecord account, Duration duration, int minutes) {
        UUID callId = hold.getCallId();
        long charge = Math.multiplyExact(minutes, hold.getRatePerMinute());
        long heldAmount = hold.getAmount();
        long charged = Math.min(charge, heldAmount + account.getAvailable());
        long available = account.getAvailable() + heldAmount - charged;
        long held = account.getHeld() - heldAmount;
        boolean newlyLow =
                account.getLowBalanceNotifiedAt() == null && available + held < account.getLowBalanceThreshold();
        OffsetDateTime notified = newlyLow ? OffsetDateTime.now(ZoneOffset.UTC) : account.getLowBalanceNotifiedAt();
        CreditStore.Movement movement = new CreditStore.Movement(
                LedgerKind.SETTLEMENT,
                available,
                held,
                notified,
                available - account.getAvailable(),
                -heldAmount,
                account.getCurrency(),
                callId,
                minutes,
                hold.getRatePerMinute(),
                null);
        account.setAvailable(available);
        account.setHeld(held);
        account.setLowBalanceNotifiedAt(notified);
        // as written, should the same call come again
        hold.setStatus(HoldStatus.SETTLED.toString());
        hold.setDurationMs(duration.toMillis());
        hold.setMinutes(minutes);
        hold.setCharged(charged);
        hold.setUncollected(charge - charged);
        return new Ending(
                movement,
                new CreditStore.HoldEnd(
                        callId, HoldStatus.SETTLED, duration.toMillis(), minutes, charged, charge - charged),
                new Settlement(
                        callId,
                        duration,
                        minutes,
                        hold.getRatePerMinute(),
                        charged,
                        Math.max(heldAmount - charged, 0),
                        charge - charged,
                        false),
                newlyLow);
    }

    /** Gives a hold back whole: the call was not answered, failed, or was never placed. */
    @Transactional
    public Release release(UUID callId) {
        Optional<CreditHoldsRecord> hold = store.lockHold(callId);
        if (hold.isEmpty()) {
            return new Release(callId, 0, false);
        }
        if (HoldStatus.of(hold.get().getStatus()) != HoldStatus.HELD) {
            CreditHoldsRecord closed = hold.get();
            return new Release(
                    callId, HoldStatus.of(closed.getStatus()) == HoldStatus.RELEASED ? closed.getAmount() : 0, true);
        }
        Ending ending = release(hold.get(), store.lockAccount(), Duration.ZERO);
        store.endHolds(List.of(ending.movement()), List.of(ending.hold()));
        return new Release(callId, hold.get().getAmount(), false);
    }

    /** Releases a held call's hold on the (locked) balance, which is updated in memory. */
    private Ending release(CreditHoldsRecord hold, CreditAccountsRecord account, Duration duration) {
        long available = account.getAvailable() + hold.getAmount();
        long held = account.getHeld() - hold.getAmount();
        CreditStore.Movement movement = new CreditStore.Movement(
                LedgerKind.RELEASE,
                available,
                held,
                account.getLowBalanceNotifiedAt(),
                hold.getAmount(),
                -hold.getAmount(),
                account.getCurrency(),
                hold.getCallId(),
                null,
                hold.getRatePerMinute(),
                null);
        account.setAvailable(available);
        account.setHeld(held);
        hold.setStatus(HoldStatus.RELEASED.toString());
        return new Ending(
                movement,
                new CreditStore.HoldEnd(hold.getCallId(), HoldStatus.RELEASED, 0, 0, 0, 0),
                new Settlement(hold.getCallId(), duration, 0, hold.getRatePerMinute(), 0, hold.getAmount(), 0, false),
                false);
    }

    /** Gives a settled call's charge back (once; a second refund changes nothing). */
    @Transactional
    public Refund refund(UUID callId, @Nullable String reason) {
        CreditHoldsRecord hold = store.lockHold(callId)
                .filter(h -> HoldStatus.of(h.getStatus()) == HoldStatus.SETTLED)
                .orElseThrow(() -> new Conflict("not_settled", "call " + callId + " has no settled charge to refund"));
        long refundable = hold.getCharged() - hold.getRefunded();
        if (refundable <= 0) {
            return new Refund(callId, 0, true);
        }
        CreditAccountsRecord account = store.lockAccount();
        long available = account.getAvailable() + refundable;
        boolean rearm = available + account.getHeld() >= account.getLowBalanceThreshold();
        store.apply(
                new CreditStore.Movement(
                        LedgerKind.REFUND,
                        available,
                        account.getHeld(),
                        rearm ? null : account.getLowBalanceNotifiedAt(),
                        refundable,
                        0,
                        account.getCurrency(),
                        callId,
                        null,
                        hold.getRatePerMinute(),
                        note(reason)),
                store.refundHold(callId, refundable));
        return new Refund(callId, refundable, false);
    }

    private static @Nullable String note(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        String note = reason.strip();
        return note.length() > 500 ? note.substring(0, 500) : note;
    }

    /** The balance beside the ledger's sums (they always match). */
    @Transactional(readOnly = true)
    public Reconciliation reconcile() {
        CreditStore.Sums sums = store.ledgerSums();
        return new Reconciliation(balance(), sums.available(), sums.held());
    }

    private static Settlement outcome(CreditHoldsRecord hold) {
        boolean settled = HoldStatus.of(hold.getStatus()) == HoldStatus.SETTLED;
        long charged = settled ? hold.getCharged() : 0;
        return new Settlement(
                hold.getCallId(),
                Duration.ofMillis(hold.getDurationMs() == null ? 0 : hold.getDurationMs()),
                settled ? hold.getMinutes() : 0,
                hold.getRatePerMinute(),
                charged,
                Math.max(hold.getAmount() - charged, 0),
                settled ? hold.getUncollected() : 0,
                true);
    }

    static Duration covers(long amount, long ratePerMinute) {
        return ratePerMinute == 0 ? MinuteRounding.LONGEST_CALL : Duration.ofMinutes(amount / ratePerMinute);
    }

    static BillingSettings settings(CreditAccountsRecord account) {
        return new BillingSettings(
                account.getCurrency(),
                account.getRatePerMinute(),
                account.getHoldMinutes(),
                account.getLowBalanceThreshold());
    }

    BillingSettings defaults() {
        return new BillingSettings(
                properties.currency(),
                properties.ratePerMinute(),
                properties.holdMinutes(),
                properties.lowBalanceThreshold());
    }

    private static LowBalanceReached lowBalance(
            CreditAccountsRecord account, long available, long held, boolean refused) {
        return new LowBalanceReached(
                TenantContext.require().value(),
                available,
                held,
                account.getLowBalanceThreshold(),
                account.getCurrency(),
                refused);
    }
}
