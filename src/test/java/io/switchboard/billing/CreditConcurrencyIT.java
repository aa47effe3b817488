package io.switchboard.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.shared.Ids;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.TenantContext;
import io.switchboard.support.ApiTest;
import io.switchboard.tenancy.TenantTransactions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many calls hold and settle at once on one organization's credit, more than it can pay for: the
 * balance never goes below zero, every call is charged once, and the ledger sums to the balance.
 */
class CreditConcurrencyIT extends ApiTest {

    static final int THREADS = 16;
    static final int CALLS_PER_THREAD = 60;
    static final long FUNDS = 20_000;

    @Autowired
    Credits credits;

    @Autowired
    TenantTransactions tenants;

    @Autowired
    DataSource dataSource;

    @Test
    void hundredsOfCallsHoldAndSettleAtOnceWithoutOverdrawing() throws Exception {
        Tenant tenant = signUp();
        assertThat(api.post("/api/v1/credits/top-ups", body("amount", FUNDS), tenant.token())
                        .status())
                .isEqualTo(201);
        OrganizationId organization = OrganizationId.of(UUID.fromString(tenant.organizationId()));
        AtomicInteger held = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicLong charged = new AtomicLong();
        AtomicLong lowest = new AtomicLong(Long.MAX_VALUE);
        ConcurrentLinkedQueue<UUID> twiceSettled = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> workers = new ArrayList<>();
        long began = System.nanoTime();
        for (int t = 0; t < THREADS; t++) {
            workers.add(pool.submit(() -> TenantContext.runAs(organization, () -> {
                await(start);
                ThreadLocalRandom random = ThreadLocalRandom.current();
                for (int i = 0; i < CALLS_PER_THREAD; i++) {
                    UUID call = Ids.next();
                    HoldResult hold = credits.hold(call);
                    lowest.accumulateAndGet(available(hold), Math::min);
                    if (!hold.held()) {
                        refused.incrementAndGet();
                        continue;
                    }
                    held.incrementAndGet();
                    if (random.nextInt(5) == 0) {
                        credits.release(call); // not answered
                        continue;
                    }
                    // up to 12 minutes: some calls outlast their 5-minute hold
                    Settlement settlement = credits.settle(call, Duration.ofSeconds(random.nextInt(1, 720)));
                    charged.addAndGet(settlement.charged());
                    // the provider repeats itself now and then: a duplicate changes nothing
                    if (random.nextInt(10) == 0) {
                        Settlement duplicate = credits.settle(call, Duration.ofSeconds(1));
                        assertThat(duplicate.repeated()).isTrue();
                        assertThat(duplicate.charged()).isEqualTo(settlement.charged());
                        twiceSettled.add(call);
                    }
                }
            })));
        }
        start.countDown();
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - began) / 1e9;
        int operations = held.get() * 2 + refused.get();
        System.out.printf(
                "credits: %d calls held, %d refused, %.0f credit operations/s on one organization (%d threads)%n",
                held.get(), refused.get(), operations / seconds, THREADS);

        Reconciliation after = TenantContext.callAs(organization, () -> credits.reconcile());
        assertThat(after.consistent()).as(after.toString()).isTrue();
        assertThat(after.balance().held()).isZero();
        assertThat(after.balance().available()).isEqualTo(FUNDS - charged.get()).isNotNegative();
        assertThat(lowest.get()).isNotNegative();
        assertThat(refused.get()).as("the funds ran out").isPositive();
        assertThat(held.get()).isPositive();

        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        tenants.call(organization, () -> {
            assertThat(jdbc.queryForObject("SELECT min(available_after) FROM credit_ledger", Long.class))
                    .isNotNegative();
            assertThat(jdbc.queryForObject(
                            "SELECT count(*) FROM credit_ledger WHERE kind = 'settlement'", Integer.class))
                    .isEqualTo(jdbc.queryForObject(
                            "SELECT count(*) FROM credit_holds WHERE status = 'settled'", Integer.class));
            for (UUID call : twiceSettled) {
                assertThat(jdbc.queryForObject(
                                "SELECT count(*) FROM credit_ledger WHERE call_id = ?", Integer.class, call))
                        .isEqualTo(2); // its hold and one settlement
            }
            assertThat(jdbc.queryForObject("SELECT coalesce(sum(charged), 0) FROM credit_holds", Long.class))
                    .isEqualTo(charged.get());
            return null;
        });
    }

    @Test
    void batchesOfHoldsTakeWhatTheBalanceCoversInOrderAndNeverOverdraw() throws Exception {
        Tenant tenant = signUp();
        assertThat(api.post("/api/v1/credits/top-ups", body("amount", FUNDS / 2), tenant.token())
                        .status())
                .isEqualTo(201);
        OrganizationId organization = OrganizationId.of(UUID.fromString(tenant.organizationId()));
        long amount =
                TenantContext.callAs(organization, () -> credits.estimateHold().amount());
        assertThat(amount).isPositive();
        AtomicInteger held = new AtomicInteger();
        AtomicLong lowest = new AtomicLong(Long.MAX_VALUE);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            workers.add(pool.submit(() -> TenantContext.runAs(organization, () -> {
                await(start);
                for (int round = 0; round < 10; round++) {
                    List<UUID> calls = new ArrayList<>();
                    for (int i = 0; i < 7; i++) {
                        calls.add(Ids.next());
                    }
                    List<HoldResult> results = credits.holdAll(calls);
                    assertThat(results).extracting(HoldResult::callId).containsExactlyElementsOf(calls);
                    // the first ones are held, the rest refused: never a gap
                    int count = (int) results.stream().filter(HoldResult::held).count();
                    assertThat(results.subList(0, count)).allMatch(HoldResult::held);
                    held.addAndGet(count);
                    results.forEach(r -> lowest.accumulateAndGet(available(r), Math::min));
                }
            })));
        }
        start.countDown();
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();

        Reconciliation after = TenantContext.callAs(organization, () -> credits.reconcile());
        assertThat(after.consistent()).as(after.toString()).isTrue();
        assertThat(held.get()).as("the funds ran out before 280 calls").isEqualTo((int) (FUNDS / 2 / amount));
        assertThat(after.balance().held()).isEqualTo(held.get() * amount);
        assertThat(after.balance().available()).isEqualTo(FUNDS / 2 - held.get() * amount);
        assertThat(lowest.get()).isNotNegative();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        tenants.call(organization, () -> {
            assertThat(jdbc.queryForObject("SELECT min(available_after) FROM credit_ledger", Long.class))
                    .isNotNegative();
            assertThat(jdbc.queryForObject("SELECT count(*) FROM credit_ledger WHERE kind = 'hold'", Integer.class))
                    .isEqualTo(held.get());
            return null;
        });
    }

    @Test
    void endingManyCallsAtOnceWritesWhatEndingThemOneByOneWould() {
        // Small funds, so that late calls are charged more than is left (uncollected).
        List<Duration> talked = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            talked.add(i % 4 == 0 ? null : Duration.ofSeconds(1 + (i * 97L) % 900));
        }
        List<List<Object>> oneByOne = ledgerAfter(talked, false);
        List<List<Object>> atOnce = ledgerAfter(talked, true);
        assertThat(atOnce).hasSize(oneByOne.size()).isEqualTo(oneByOne);
        assertThat(atOnce.stream().filter(e -> "settlement".equals(e.getFirst())))
                .as("some calls were charged")
                .isNotEmpty();
    }

    /**
     * The ledger (kind, amount, held delta, balances after) once 30 held calls and one call without
     * a hold ended, one by one or with {@link Credits#settleAll} (where the first call comes twice,
     * and a second time changes nothing).
     */
    private List<List<Object>> ledgerAfter(List<Duration> talked, boolean atOnce) {
        Tenant tenant = signUp();
        assertThat(api.post("/api/v1/credits/top-ups", body("amount", 3_000), tenant.token())
                        .status())
                .isEqualTo(201);
        OrganizationId organization = OrganizationId.of(UUID.fromString(tenant.organizationId()));
        List<UUID> calls = new ArrayList<>();
        for (int i = 0; i < talked.size(); i++) {
            calls.add(Ids.next());
        }
        TenantContext.runAs(organization, () -> credits.holdAll(calls));
        UUID withoutHold = Ids.next();
        List<Credits.CallUsage> usages = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            usages.add(new Credits.CallUsage(calls.get(i), talked.get(i)));
        }
        usages.add(new Credits.CallUsage(withoutHold, Duration.ofSeconds(30)));
        java.util.Map<UUID, Long> charged = new java.util.HashMap<>();
        tenants.call(organization, () -> {
            if (atOnce) {
                List<Credits.CallUsage> again = new ArrayList<>(usages);
                again.add(usages.get(1));
                charged.putAll(credits.settleAll(again));
            } else {
                for (Credits.CallUsage usage : usages) {
                    if (usage.talked() == null) {
                        credits.release(usage.callId());
                    } else {
                        charged.put(
                                usage.callId(),
                                credits.settle(usage.callId(), usage.talked()).charged());
                    }
                }
            }
            return null;
        });
        assertThat(charged).doesNotContainKey(calls.getFirst()).containsKey(withoutHold);
        Reconciliation after = TenantContext.callAs(organization, () -> credits.reconcile());
        assertThat(after.consistent()).as(after.toString()).isTrue();
        assertThat(after.balance().held()).isZero();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        return tenants.call(
                organization,
                () -> jdbc.query(
                        "SELECT kind, amount, held_delta, available_after, held_after, call_id FROM credit_ledger"
                                + " WHERE kind <> 'top_up' ORDER BY id",
                        (r, n) -> List.<Object>of(
                                r.getString(1),
                                r.getLong(2),
                                r.getLong(3),
                                r.getLong(4),
                                r.getLong(5),
                                r.getString(6) == null
                                        ? "none"
                                        : String.valueOf(calls.indexOf(UUID.fromString(r.getString(6)))))));
    }

    static long available(HoldResult result) {
        return switch (result) {
            case HoldResult.Held h -> h.available();
            case HoldResult.Refused r -> r.available();
        };
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
