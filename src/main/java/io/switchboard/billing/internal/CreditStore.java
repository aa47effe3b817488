package io.switchboard.billing.internal;

import static io.switchboard.db.Tables.CREDIT_ACCOUNTS;
import static io.switchboard.db.Tables.CREDIT_HOLDS;
import static io.switchboard.db.Tables.CREDIT_LEDGER;

import io.switchboard.billing.LedgerKind;
import io.switchboard.db.tables.records.CreditAccountsRecord;
import io.switchboard.db.tables.records.CreditHoldsRecord;
import io.switchboard.shared.CallerContext;
import io.switchboard.shared.Ids;
import io.switchboard.shared.TenantContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The balance row, the holds and the ledger. Every change of the balance happens under the balance
 * row's lock (an UPDATE, or SELECT … FOR UPDATE) and writes its ledger entry in the same
 * transaction. Locks are always taken hold row first, balance row second, so two calls never wait
 * on each other in a circle.
 */
@Repository
public class CreditStore {

    private final DSLContext db;
    private final BillingProperties defaults;

    CreditStore(DSLContext db, BillingProperties defaults) {
        this.db = db;
        this.defaults = defaults;
    }

    public Optional<CreditAccountsRecord> account() {
        return db.selectFrom(CREDIT_ACCOUNTS).fetchOptional();
    }

    /** The balance row, created with the install's defaults when the organization has none yet. */
    public CreditAccountsRecord ensure() {
        db.insertInto(CREDIT_ACCOUNTS)
                .set(CREDIT_ACCOUNTS.ORGANIZATION_ID, organization())
                .set(CREDIT_ACCOUNTS.CURRENCY, defaults.currency())
                .set(CREDIT_ACCOUNTS.RATE_PER_MINUTE, defaults.ratePerMinute())
                .set(CREDIT_ACCOUNTS.HOLD_MINUTES, defaults.holdMinutes())
                .set(CREDIT_ACCOUNTS.LOW_BALANCE_THRESHOLD, defaults.lowBalanceThreshold())
                .onConflictDoNothing()
                .execute();
        return db.selectFrom(CREDIT_ACCOUNTS).fetchSingle();
    }

    public CreditAccountsRecord lockAccount() {
        return db.selectFrom(CREDIT_ACCOUNTS).forUpdate().fetchOptional().orElseGet(() -> {
            ensure();
            return db.selectFrom(CREDIT_ACCOUNTS).forUpdate().fetchSingle();
        });
    }

    /**
     * The outcome of a hold statement: the amount taken, the balance after it, and whether the hold
     * row was written (false only when another transaction held for the same call at the same time).
     */
    public record Debit(
            long amount,
            long available,
            long held,
            String currency,
            long ratePerMinute,
            long threshold,
            boolean notified,
            boolean inserted) {}

    /**
     * One statement: takes the amount (or, when null, the organization's standard hold, rate × hold
     * minutes) from the available balance only if it covers it, writes the hold and its ledger
     * entry. Empty when the balance does not cover it (nothing changed then).
     */
    public Optional<Debit> hold(UUID call, Long amount) {
        UUID organization = organization();
        CallerContext.Caller actor = actor();
        Record row = db.resultQuery(
                        """
                WITH debit AS (
                  UPDATE credit_accounts
                     SET available = available - coalesce({0}, rate_per_minute * hold_minutes),
                         held = held + coalesce({0}, rate_per_minute * hold_minutes)
                   WHERE organization_id = {1} AND available >= coalesce({0}, rate_per_minute * hold_minutes)
                  RETURNING coalesce({0}, rate_per_minute * hold_minutes) AS amount, available, held, currency,
                            rate_per_minute, low_balance_threshold, low_balance_notified_at IS NOT NULL AS notified
                ), hold AS (
                  INSERT INTO credit_holds (organization_id, call_id, amount, rate_per_minute, currency)
                  SELECT {1}, {2}, amount, rate_per_minute, currency FROM debit
                  ON CONFLICT (organization_id, call_id) DO NOTHING
                  RETURNING call_id
                ), entry AS (
                  INSERT INTO credit_ledger (organization_id, id, kind, amount, held_delta, available_after, held_after,
                                             currency, call_id, rate_per_minute, actor_type, actor_id)
                  SELECT {1}, {3}, 'hold', -debit.amount, debit.amount, debit.available, debit.held, debit.currency,
                         {2}, debit.rate_per_minute, {4}, {5}
                    FROM debit JOIN hold ON true
                )
                SELECT amount, available, held, currency, rate_per_minute, low_balance_threshold, notified,
                       EXISTS (SELECT FROM hold) AS inserted
                  FROM debit
                """,
                        DSL.val(amount, SQLDataType.BIGINT),
                        DSL.val(organization),
                        DSL.val(call),
                        DSL.val(Ids.next()),
                        DSL.val(actor.actorType()),
                        DSL.val(actor.actorId(), SQLDataType.UUID))
                .fetchOne();
        if (row == null) {
            return Optional.empty();
        }
        return Optional.of(new Debit(
                row.get("amount", Long.class),
                row.get("available", Long.class),
                row.get("held", Long.class),
                row.get("currency", String.class),
                row.get("rate_per_minute", Long.class),
                row.get("low_balance_threshold", Long.class),
                row.get("notified", Boolean.class),
                row.get("inserted", Boolean.class)));
    }

    /**
     * The standard holds of several new calls in one statement, under one lock of the balance row:
     * the first calls in order get a hold, as many as the available balance covers, each with its
     * ledger entry (balances after it as if taken one by one).
     *
     * @param calls ids of calls that have no hold yet (freshly generated)
     * @return the amount of each hold, the balance before them, and how many calls were held
     */
    public Optional<Debits> holdAll(List<UUID> calls) {
        UUID organization = organization();
        CallerContext.Caller actor = actor();
        UUID[] ledger = new UUID[calls.size()];
        for (int i = 0; i < ledger.length; i++) {
            ledger[i] = Ids.next();
        }
        Record row = db.resultQuery(
                        """
                WITH acct AS (
                  SELECT available, held, currency, rate_per_minute, rate_per_minute * hold_minutes AS amount
                    FROM credit_accounts WHERE organization_id = {0} FOR UPDATE
                ), n AS (
                  SELECT CASE WHEN amount <= 0 THEN cardinality({1})
                              ELSE least(cardinality({1}), available / amount) END::int AS k
                    FROM acct
                ), debit AS (
                  UPDATE credit_accounts a
                     SET available = a.available - acct.amount * n.k, held = a.held + acct.amount * n.k
                    FROM acct, n
                   WHERE a.organization_id = {0} AND n.k > 0
                ), picked AS (
                  SELECT c.call_id, c.ledger_id, c.ord
                    FROM unnest({1}, {2}) WITH ORDINALITY AS c(call_id, ledger_id, ord), n
                   WHERE c.ord <= n.k
                ), holds AS (
                  INSERT INTO credit_holds (organization_id, call_id, amount, rate_per_minute, currency)
                  SELECT {0}, picked.call_id, acct.amount, acct.rate_per_minute, acct.currency FROM picked, acct
                ), entries AS (
                  INSERT INTO credit_ledger (organization_id, id, kind, amount, held_delta, available_after, held_after,
                                             currency, call_id, rate_per_minute, actor_type, actor_id)
                  SELECT {0}, picked.ledger_id, 'hold', -acct.amount, acct.amount,
                         acct.available - acct.amount * picked.ord, acct.held + acct.amount * picked.ord,
                         acct.currency, picked.call_id, acct.rate_per_minute, {3}, {4}
                    FROM picked, acct
                )
                SELECT acct.amount, acct.available, acct.rate_per_minute, n.k FROM acct, n
                """,
                        DSL.val(organization),
                        DSL.val(calls.toArray(UUID[]::new), SQLDataType.UUID.array()),
                        DSL.val(ledger, SQLDataType.UUID.array()),
                        DSL.val(actor.actorType()),
                        DSL.val(actor.actorId(), SQLDataType.UUID))
                .fetchOne();
        if (row == null) {
            return Optional.empty();
        }
        return Optional.of(new Debits(
                row.get("amount", Long.class),
                row.get("available", Long.class),
                row.get("rate_per_minute", Long.class),
                row.get("k", Integer.class)));
    }

    /** What {@link #holdAll} took: {@code held} holds of {@code amount} from {@code availableBefore}. */
    public record Debits(long amount, long availableBefore, long ratePerMinute, int held) {}

    /** Gives back a debit whose hold row was not written (see {@link Debit#inserted()}). */
    public void undoDebit(long amount) {
        db.update(CREDIT_ACCOUNTS)
                .set(CREDIT_ACCOUNTS.AVAILABLE, CREDIT_ACCOUNTS.AVAILABLE.plus(amount))
                .set(CREDIT_ACCOUNTS.HELD, CREDIT_ACCOUNTS.HELD.minus(amount))
                .execute();
    }

    public Optional<CreditHoldsRecord> findHold(UUID call) {
        return db.selectFrom(CREDIT_HOLDS).where(CREDIT_HOLDS.CALL_ID.eq(call)).fetchOptional();
    }

    public Optional<CreditHoldsRecord> lockHold(UUID call) {
        return db.selectFrom(CREDIT_HOLDS)
                .where(CREDIT_HOLDS.CALL_ID.eq(call))
                .forUpdate()
                .fetchOptional();
    }

    /** The holds of these calls that exist, locked in call order (so concurrent callers queue, never deadlock). */
    public Map<UUID, CreditHoldsRecord> lockHolds(Collection<UUID> calls) {
        Map<UUID, CreditHoldsRecord> holds = new HashMap<>();
        db.selectFrom(CREDIT_HOLDS)
                .where(CREDIT_HOLDS.CALL_ID.in(calls))
                .orderBy(CREDIT_HOLDS.CALL_ID)
                .forUpdate()
                .forEach(h -> holds.put(h.getCallId(), h));
        return holds;
    }

    /** A hold of nothing, for a call settled without one: the settlement then charges the balance. */
    public void insertEmptyHold(UUID call, CreditAccountsRecord account) {
        db.insertInto(CREDIT_HOLDS)
                .set(CREDIT_HOLDS.ORGANIZATION_ID, organization())
                .set(CREDIT_HOLDS.CALL_ID, call)
                .set(CREDIT_HOLDS.AMOUNT, 0L)
                .set(CREDIT_HOLDS.RATE_PER_MINUTE, account.getRatePerMinute())
                .set(CREDIT_HOLDS.CURRENCY, account.getCurrency())
                .onConflictDoNothing()
                .execute();
    }

    /** Marks the low balance as told; false when it was told already. */
    public boolean markLowBalance() {
        return db.update(CREDIT_ACCOUNTS)
                        .set(CREDIT_ACCOUNTS.LOW_BALANCE_NOTIFIED_AT, now())
                        .where(CREDIT_ACCOUNTS.LOW_BALANCE_NOTIFIED_AT.isNull())
                        .execute()
                > 0;
    }

    /**
     * A movement computed under the locks: the new balance, how the hold ends (if it is about one),
     * and the ledger entry.
     */
    public record Movement(
            LedgerKind kind,
            long available,
            long held,
            OffsetDateTime lowBalanceNotifiedAt,
            long amount,
            long heldDelta,
            String currency,
            UUID callId,
            Integer minutes,
            Long ratePerMinute,
            String note) {}

    /** Writes a movement in one round trip: the balance row, the hold row's change, the ledger entry. */
    public UUID apply(Movement movement, @Nullable Query holdChange) {
        UUID id = Ids.next();
        Query entry = ledgerEntries(List.of(id), List.of(movement));
        if (holdChange == null) {
            db.batch(balance(movement), entry).execute();
        } else {
            db.batch(balance(movement), holdChange, entry).execute();
        }
        return id;
    }

    /** How a held call's hold ended: settled (with what it charged) or released. */
    public record HoldEnd(
            UUID callId, HoldStatus status, long durationMs, int minutes, long charged, long uncollected) {}

    /**
     * Writes holds ended one after the other under the balance row's lock, in three statements
     * whatever their number: the balance row once (as the last movement left it), the holds (each
     * only if still held), the ledger entries.
     *
     * @param movements each hold's movement, in order
     * @return the ledger entries' ids
     */
    public List<UUID> endHolds(List<Movement> movements, List<HoldEnd> holds) {
        int n = holds.size();
        UUID[] calls = new UUID[n];
        String[] statuses = new String[n];
        Long[] durations = new Long[n];
        Integer[] minutes = new Integer[n];
        Long[] charged = new Long[n];
        Long[] uncollected = new Long[n];
        for (int i = 0; i < n; i++) {
            HoldEnd hold = holds.get(i);
            boolean settled = hold.status() == HoldStatus.SETTLED;
            calls[i] = hold.callId();
            statuses[i] = hold.status().toString();
            durations[i] = settled ? hold.durationMs() : null;
            minutes[i] = settled ? hold.minutes() : null;
            charged[i] = hold.charged();
            uncollected[i] = hold.uncollected();
        }
        balance(movements.getLast()).execute();
        db.query(
                        """
                UPDATE credit_holds h
                   SET status = v.status, closed_at = now(),
                       duration_ms = coalesce(v.duration_ms, h.duration_ms), minutes = coalesce(v.minutes, h.minutes),
                       charged = CASE WHEN v.status = 'settled' THEN v.charged ELSE h.charged END,
                       uncollected = CASE WHEN v.status = 'settled' THEN v.uncollected ELSE h.uncollected END
                  FROM unnest({0}, {1}, {2}, {3}, {4}, {5}) AS v(call_id, status, duration_ms, minutes, charged, uncollected)
                 WHERE h.organization_id = {6} AND h.call_id = v.call_id AND h.status = 'held'
                """,
                        DSL.val(calls, SQLDataType.UUID.array()),
                        DSL.val(statuses, SQLDataType.VARCHAR.array()),
                        DSL.val(durations, SQLDataType.BIGINT.array()),
                        DSL.val(minutes, SQLDataType.INTEGER.array()),
                        DSL.val(charged, SQLDataType.BIGINT.array()),
                        DSL.val(uncollected, SQLDataType.BIGINT.array()),
                        DSL.val(organization()))
                .execute();
        List<UUID> ids = new ArrayList<>();
        movements.forEach(m -> ids.add(Ids.next()));
        ledgerEntries(ids, movements).execute();
        return ids;
    }

    private Query balance(Movement movement) {
        return db.update(CREDIT_ACCOUNTS)
                .set(CREDIT_ACCOUNTS.AVAILABLE, movement.available())
                .set(CREDIT_ACCOUNTS.HELD, movement.held())
                .set(CREDIT_ACCOUNTS.LOW_BALANCE_NOTIFIED_AT, movement.lowBalanceNotifiedAt())
                .where(CREDIT_ACCOUNTS.ORGANIZATION_ID.eq(organization()));
    }

    /**
     * Adds {@code delta} (negative for a debit adjustment) to the available balance under the
     * balance row's lock. Empty when a debit is more than is available (nothing changes then). A
     * credit that lifts the balance back to the low-balance threshold re-arms the notice.
     */
    public Optional<Credited> credit(LedgerKind kind, long delta, String note) {
        CreditAccountsRecord account = lockAccount();
        long available = Math.addExact(account.getAvailable(), delta);
        if (available < 0) {
            return Optional.empty();
        }
        OffsetDateTime notified = account.getLowBalanceNotifiedAt();
        if (delta > 0 && available + account.getHeld() >= account.getLowBalanceThreshold()) {
            notified = null;
        }
        UUID entry = apply(
                new Movement(
                        kind,
                        available,
                        account.getHeld(),
                        notified,
                        delta,
                        0,
                        account.getCurrency(),
                        null,
                        null,
                        null,
                        note),
                null);
        return Optional.of(new Credited(entry, available, account.getHeld(), account.getCurrency()));
    }

    public record Credited(UUID entryId, long available, long held, String currency) {}

    /** Whether the organization was given its starting credit already. */
    public boolean hasStartingGrant() {
        return db.fetchExists(CREDIT_LEDGER, CREDIT_LEDGER.KIND.eq(LedgerKind.STARTING_GRANT.toString()));
    }

    public Query refundHold(UUID call, long refunded) {
        return db.update(CREDIT_HOLDS)
                .set(CREDIT_HOLDS.REFUNDED, CREDIT_HOLDS.REFUNDED.plus(refunded))
                .where(CREDIT_HOLDS.CALL_ID.eq(call));
    }

    /** Sets the settings (the balance row is created with the defaults first if needed). */
    public CreditAccountsRecord saveSettings(long ratePerMinute, int holdMinutes, long threshold) {
        CreditAccountsRecord account = lockAccount();
        boolean stillLow = account.getAvailable() + account.getHeld() < threshold;
        return db.update(CREDIT_ACCOUNTS)
                .set(CREDIT_ACCOUNTS.RATE_PER_MINUTE, ratePerMinute)
                .set(CREDIT_ACCOUNTS.HOLD_MINUTES, holdMinutes)
                .set(CREDIT_ACCOUNTS.LOW_BALANCE_THRESHOLD, threshold)
                // a threshold now below the balance re-arms the notice
                .set(CREDIT_ACCOUNTS.LOW_BALANCE_NOTIFIED_AT, stillLow ? account.getLowBalanceNotifiedAt() : null)
                .returning()
                .fetchSingle();
    }

    /** Sums of the ledger: they equal the balance row, always. */
    public record Sums(long available, long held) {}

    public Sums ledgerSums() {
        Record row = db.select(
                        DSL.coalesce(DSL.sum(CREDIT_LEDGER.AMOUNT), java.math.BigDecimal.ZERO),
                        DSL.coalesce(DSL.sum(CREDIT_LEDGER.HELD_DELTA), java.math.BigDecimal.ZERO))
                .from(CREDIT_LEDGER)
                .fetchSingle();
        return new Sums(row.get(0, Long.class), row.get(1, Long.class));
    }

    /** The ledger entries of these movements, in one statement. */
    private Query ledgerEntries(List<UUID> ids, List<Movement> movements) {
        CallerContext.Caller actor = actor();
        OffsetDateTime now = now();
        var insert = db.insertInto(
                CREDIT_LEDGER,
                CREDIT_LEDGER.ORGANIZATION_ID,
                CREDIT_LEDGER.ID,
                CREDIT_LEDGER.CREATED_AT,
                CREDIT_LEDGER.KIND,
                CREDIT_LEDGER.AMOUNT,
                CREDIT_LEDGER.HELD_DELTA,
                CREDIT_LEDGER.AVAILABLE_AFTER,
                CREDIT_LEDGER.HELD_AFTER,
                CREDIT_LEDGER.CURRENCY,
                CREDIT_LEDGER.CALL_ID,
                CREDIT_LEDGER.MINUTES,
                CREDIT_LEDGER.RATE_PER_MINUTE,
                CREDIT_LEDGER.ACTOR_TYPE,
                CREDIT_LEDGER.ACTOR_ID,
                CREDIT_LEDGER.NOTE);
        for (int i = 0; i < movements.size(); i++) {
            Movement m = movements.get(i);
            insert = insert.values(
                    organization(),
                    ids.get(i),
                    now,
                    m.kind().toString(),
                    m.amount(),
                    m.heldDelta(),
                    m.available(),
                    m.held(),
                    m.currency(),
                    m.callId(),
                    m.minutes(),
                    m.ratePerMinute(),
                    actor.actorType(),
                    actor.actorId(),
                    m.note());
        }
        return insert;
    }

    private static CallerContext.Caller actor() {
        return CallerContext.current().orElse(new CallerContext.Caller("system", null, null, null));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static UUID organization() {
        return TenantContext.require().value();
    }
}
