package io.switchboard.routing;

import static io.switchboard.db.Tables.RESERVATIONS;
import static io.switchboard.db.Tables.WORK_ITEMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.routing.internal.Dispatcher;
import io.switchboard.shared.OrganizationId;
import io.switchboard.support.ApiTest;
import io.switchboard.tenancy.TenantTransactions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Many dispatchers at once (work arriving on several threads, each commit dispatching, plus
 * dispatch rounds and rejections racing them): no work is ever offered to two agents, no agent
 * holds more than their capacity, and no work is lost.
 */
class ReservationConcurrencyIT extends ApiTest {

    static final int AGENTS = 6;
    static final int WORKS = 60;
    static final int TASK_CAPACITY = 3;

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    TenantTransactions tenants;

    @Autowired
    DSLContext db;

    @Test
    void concurrentDispatchersNeverDoubleAssignNorExceedCapacityNorLoseWork() throws Exception {
        Tenant tenant = signUp();
        OrganizationId org = OrganizationId.of(UUID.fromString(tenant.organizationId()));
        List<Member> agents = new ArrayList<>();
        for (int i = 0; i < AGENTS; i++) {
            agents.add(join(tenant, "agent"));
        }
        String queue = api.post("/api/v1/queues", body("name", "Burst", "strategy", "least_busy"), tenant.token())
                .text("id");

        agents.forEach(agent ->
                api.send("PUT", "/api/v1/me/availability", body("status", "available"), agent.token(), Map.of()));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<Object>> racers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            racers.add(() -> {
                for (int i = 0; i < WORKS / 4; i++) {
                    var queued =
                            api.post("/api/v1/queues/" + queue + "/work", body("kind", "callback"), tenant.token());
                    assertThat(queued.status()).as(queued.toString()).isEqualTo(201);
                }
                return null;
            });
        }
        for (int t = 0; t < 2; t++) {
            racers.add(() -> {
                for (int i = 0; i < 30; i++) {
                    tenants.run(org, dispatcher::offerBacklog);
                }
                return null;
            });
        }
        for (Future<Object> f : pool.invokeAll(racers)) {
            f.get();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> live(org) == AGENTS * TASK_CAPACITY);
        assertInvariants(org);
        // Presence lapses after 30 s without a heartbeat (a slow machine gets there): keep the floor present.
        agents.forEach(agent -> api.post("/api/v1/me/heartbeat", null, agent.token()));

        List<Callable<Object>> rejecters = new ArrayList<>();
        for (Member agent : agents) {
            rejecters.add(() -> {
                for (int round = 0; round < 3; round++) {
                    for (var offer : api.get("/api/v1/me/work", agent.token())
                            .json()
                            .path("offers")
                            .valueStream()
                            .toList()) {
                        var rejected = api.post(
                                "/api/v1/reservations/"
                                        + offer.path("reservation_id").asString() + "/reject",
                                null,
                                agent.token());
                        assertThat(rejected.status()).as(rejected.toString()).isIn(204, 409);
                    }
                }
                return null;
            });
        }
        for (Future<Object> f : pool.invokeAll(rejecters)) {
            f.get();
        }
        pool.shutdown();
        assertInvariants(org);
        assertThat(live(org))
                .as("rejections freed capacity that went to other work at once")
                .isPositive();
    }

    private int live(OrganizationId org) {
        return tenants.call(org, () -> db.fetchCount(RESERVATIONS, RESERVATIONS.STATUS.in("pending", "accepted")));
    }

    private void assertInvariants(OrganizationId org) {
        tenants.run(org, () -> {
            var perWork = db.select(RESERVATIONS.WORK_ID, DSL.count())
                    .from(RESERVATIONS)
                    .where(RESERVATIONS.STATUS.in("pending", "accepted"))
                    .groupBy(RESERVATIONS.WORK_ID)
                    .having(DSL.count().gt(1))
                    .fetch();
            assertThat(perWork).as("works offered to two agents").isEmpty();
            var perAgent = db.select(RESERVATIONS.AGENT_ID, DSL.count())
                    .from(RESERVATIONS)
                    .where(RESERVATIONS.STATUS.in("pending", "accepted"))
                    .groupBy(RESERVATIONS.AGENT_ID)
                    .fetch();
            assertThat(perAgent).hasSizeLessThanOrEqualTo(AGENTS);
            perAgent.forEach(
                    r -> assertThat(r.value2()).as("agent over capacity").isLessThanOrEqualTo(TASK_CAPACITY));
            assertThat(db.fetchCount(WORK_ITEMS)).as("every work kept").isEqualTo(WORKS);
            int offered = db.fetchCount(WORK_ITEMS, WORK_ITEMS.STATUS.eq("offered"));
            int pending = db.fetchCount(RESERVATIONS, RESERVATIONS.STATUS.eq("pending"));
            assertThat(offered)
                    .as("an offered work has exactly one pending offer")
                    .isEqualTo(pending);
            assertThat(db.fetchCount(WORK_ITEMS, WORK_ITEMS.STATUS.notIn("offered", "waiting")))
                    .isZero();
        });
    }
}
