package io.switchboard.routing;

import static io.switchboard.db.Tables.WORK_ITEMS;
import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.routing.internal.AgentStore;
import io.switchboard.routing.internal.PresenceFlow;
import io.switchboard.routing.internal.WorkStore;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.UserId;
import io.switchboard.support.Api;
import io.switchboard.tenancy.TenantTransactions;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Routing's transactions side by side, forced rather than hoped for: a test transaction stands still
 * at the point another flow would be, and the flow under test is shown to leave the urgent work to
 * its holder (no lesser work offered first) and to wait for the agent's row before it touches the
 * agent's offer (no deadlock with the presence check).
 */
class RoutingLockOrderIT extends RoutingApiTest {

    @Autowired
    TenantTransactions tenants;

    @Autowired
    DSLContext db;

    @Autowired
    WorkStore work;

    @Autowired
    AgentStore agents;

    @Autowired
    PresenceFlow presence;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    /**
     * The flaky "higher priority first": a round that started while another held the urgent work
     * (claimed with SKIP LOCKED) saw only the lesser one and offered it to the free agent. A round now
     * leaves work less urgent than work held elsewhere to the dispatch job, which runs once the holder
     * is done and offers the urgent work first.
     */
    @Test
    void aRoundLeavesLesserWorkWhileAnotherHoldsTheUrgentOne() throws Exception {
        Tenant tenant = signUp();
        OrganizationId org = OrganizationId.of(UUID.fromString(tenant.organizationId()));
        Member ana = join(tenant, "agent");
        String queue = queue(tenant, body("name", "Inbound", "strategy", "round_robin"));
        String one = work(tenant, queue, body("kind", "call", "priority", 50));
        String two = work(tenant, queue, body("kind", "call"));

        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        // Another round in progress that has claimed the urgent work.
        Future<?> round = threads.submit(() -> tenants.run(org, () -> {
            work.lock(WorkId.of(UUID.fromString(one)));
            held.countDown();
            hold(done);
        }));
        hold(held);
        available(ana);
        assertThat(offers(ana))
                .as("nothing offered while the urgent work is held elsewhere")
                .isEmpty();
        done.countDown();
        round.get();

        await().atMost(Duration.ofSeconds(30)).until(() -> offers(ana).size() == 1);
        assertThat(offers(ana).get(0).path("work_id").asString())
                .as("higher priority first, whichever round reached the agent")
                .isEqualTo(one);
        assertThat(tenants.call(org, () -> db.select(WORK_ITEMS.STATUS)
                        .from(WORK_ITEMS)
                        .where(WORK_ITEMS.ID.eq(UUID.fromString(two)))
                        .fetchOne(WORK_ITEMS.STATUS)))
                .isEqualTo("waiting");
    }

    /**
     * The deadlock the benchmark met: the presence check holds the agent's row and then releases the
     * agent's offers; an accept held the offer and then wanted the agent (to make them busy on a
     * call). Accept now locks the agent first, so it waits, and then finds the offer released.
     */
    @Test
    void anAcceptWaitsForThePresenceCheckHoldingTheAgentAndFindsTheOfferReleased() throws Exception {
        Tenant tenant = signUp();
        OrganizationId org = OrganizationId.of(UUID.fromString(tenant.organizationId()));
        Member ana = join(tenant, "agent");
        UserId anaId = UserId.of(UUID.fromString(ana.id()));
        String queue = queue(tenant, body("name", "Calls", "strategy", "longest_idle"));
        available(ana);
        work(tenant, queue, body("kind", "call"));
        await().atMost(Duration.ofSeconds(20)).until(() -> offers(ana).size() == 1);
        String reservation = offers(ana).get(0).path("reservation_id").asString();

        AtomicLong presenceXid = new AtomicLong();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch go = new CountDownLatch(1);
        // The presence check, paused between its two steps: the agent's row held, the offers next.
        Future<?> check = threads.submit(() -> tenants.run(org, () -> {
            var row = agents.lock(anaId, Instant.now());
            presenceXid.set(db.fetchSingle("select txid_current() % 4294967296").get(0, Long.class));
            held.countDown();
            hold(go);
            presence.change(row, AgentStatus.OFFLINE, "no heartbeat from the console for 30 s");
        }));
        hold(held);
        CompletableFuture<Api.Response> accept = CompletableFuture.supplyAsync(
                () -> api.post("/api/v1/reservations/" + reservation + "/accept", null, ana.token()), threads);
        await().atMost(Duration.ofSeconds(30)).until(() -> accept.isDone() || waitersOn(presenceXid.get()) > 0);
        go.countDown();

        check.get();
        assertProblem(accept.get(), 409, "offer_closed");
        var availability = api.get("/api/v1/me/availability", ana.token()).json();
        assertThat(availability.path("status").asString()).isEqualTo("offline");
        assertThat(offers(ana)).isEmpty();
    }

    private int waitersOn(long xid) {
        return db.fetchSingle(
                        "select count(*) from pg_locks where locktype = 'transactionid' and not granted"
                                + " and transactionid::text = ?",
                        Long.toString(xid))
                .get(0, Integer.class);
    }

    private static void hold(CountDownLatch latch) {
        try {
            if (!latch.await(60, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other side never came");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
