package io.switchboard.bench;

import io.switchboard.routing.AgentStatus;
import io.switchboard.routing.AvailabilityManagement;
import io.switchboard.routing.NewWork;
import io.switchboard.routing.QueueId;
import io.switchboard.routing.ReservationId;
import io.switchboard.routing.WorkId;
import io.switchboard.routing.WorkKind;
import io.switchboard.routing.WorkRouting;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.TenantContext;
import io.switchboard.shared.UserId;
import io.switchboard.tenancy.TenantTransactions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 16: routing under load, in process (the engine, not HTTP, is measured). Agents are invited
 * users set available; work arrives in bursts (half calls, half callbacks); a watcher finds each new
 * offer and answers like a person would: 80% accepted (finished 0.2 to 1 s later), 12% rejected, 8%
 * left to time out (the queue's 5 s); optionally a share of the agents close their console after
 * the first heartbeat and go offline 30 s later (the Gini then counts the others only). Figures come from the database afterwards: a work with two
 * accepted offers is a double assignment, a work not completed once the floor drained is lost; the
 * deadlocks PostgreSQL detected during the run are counted from pg_stat_database.
 *
 * <p>Usage: {@code bench/routing.sh [agents] [work] [strategy] [silent %]} (500, 10,000, least_busy and 0
 * by default).
 */
public final class RoutingBench {

    private RoutingBench() {}

    public static void main(String[] args) throws Exception {
        int agents = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int works = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        String strategy = args.length > 2 ? args[2] : "least_busy";
        int silentPercent = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        Path dir = Files.createTempDirectory("switchboard-bench-");
        ConfigurableApplicationContext app = BenchApp.start(dir);
        try {
            String base = BenchApp.base(app);
            BenchApp.Session session = BenchApp.signUp(base, "Bench Routing");
            OrganizationId org = OrganizationId.of(UUID.fromString(session.organizationId()));
            String queue = BenchApp.field(
                    BenchApp.send(
                            base + "/api/v1/queues",
                            "POST",
                            session.token(),
                            "{\"name\":\"Bench\",\"strategy\":\"" + strategy + "\",\"reservation_timeout_seconds\":5}"),
                    "id");
            List<UserId> floor = invite(base, session.token(), agents);
            AvailabilityManagement availability = app.getBean(AvailabilityManagement.class);
            TenantContext.runAs(org, () -> floor.forEach(a -> availability.set(a, AgentStatus.AVAILABLE, null)));
            System.out.printf("%d agents available, %d work items to route (%s)%n", agents, works, strategy);

            DSLContext db = app.getBean(DSLContext.class);
            long deadlocksBefore = RoutingFigures.deadlocks(db);
            List<UserId> silent = floor.subList(0, floor.size() * silentPercent / 100);
            Floor sim = new Floor(app, org, floor, silent.size());
            sim.start();
            long started = System.nanoTime();
            arrive(app.getBean(WorkRouting.class), org, QueueId.of(UUID.fromString(queue)), works);
            sim.drain(works);
            double seconds = (System.nanoTime() - started) / 1e9;
            sim.stop();
            RoutingFigures.print(app.getBean(TenantTransactions.class), db, org, agents, works, seconds, silent);
            // Sessions report their counters to the statistics within about 10 s once idle.
            Thread.sleep(11_000);
            System.out.printf(
                    "deadlocks detected by the database during the run: %d%n",
                    RoutingFigures.deadlocks(db) - deadlocksBefore);
        } finally {
            app.close();
        }
    }

    private static List<UserId> invite(String base, String token, int agents) throws Exception {
        List<UserId> ids = new ArrayList<>();
        for (int i = 0; i < agents; i++) {
            String answer = BenchApp.send(
                    base + "/api/v1/users",
                    "POST",
                    token,
                    "{\"email\":\"agent" + i + "-" + UUID.randomUUID() + "@example.com\",\"name\":\"Agent " + i
                            + "\",\"role\":\"agent\"}");
            ids.add(UserId.of(UUID.fromString(BenchApp.field(answer.substring(answer.indexOf("\"user\"")), "id"))));
        }
        return ids;
    }

    /** Bursts of 1 to 200 items with pauses of up to 200 ms between them. */
    private static void arrive(WorkRouting routing, OrganizationId org, QueueId queue, int works) throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int sent = 0;
        while (sent < works) {
            int burst = Math.min(works - sent, 1 + random.nextInt(200));
            TenantContext.runAs(org, () -> {
                for (int i = 0; i < burst; i++) {
                    WorkKind kind = random.nextBoolean() ? WorkKind.CALL : WorkKind.CALLBACK;
                    routing.queue(queue, new NewWork(kind, null, null, random.nextInt(3) * 10, List.of(), null));
                }
            });
            sent += burst;
            Thread.sleep(random.nextInt(200));
        }
    }

    /** The agents' hands: answers each new offer once, finishes what it accepted. */
    static final class Floor {

        private final WorkRouting routing;
        private final TenantTransactions tenants;
        private final DSLContext db;
        private final OrganizationId org;
        private final List<UserId> agents;
        private final int silent;
        private final AvailabilityManagement availability;
        private final Set<UUID> seen = ConcurrentHashMap.newKeySet();
        private final ScheduledExecutorService hands = Executors.newScheduledThreadPool(8);

        Floor(ConfigurableApplicationContext app, OrganizationId org, List<UserId> agents, int silent) {
            this.agents = agents;
            this.silent = silent;
            this.availability = app.getBean(AvailabilityManagement.class);
            this.routing = app.getBean(WorkRouting.class);
            this.tenants = app.getBean(TenantTransactions.class);
            this.db = app.getBean(DSLContext.class);
            this.org = org;
        }

        void start() {
            hands.scheduleWithFixedDelay(this::look, 0, 20, TimeUnit.MILLISECONDS);
            // Each agent's console beats every 10 s, or presence would set the floor offline 30 s after it
            // went available (inviting 500 agents can take longer than that: the first beat is at once).
            // The silent share of the floor closes its console after the first beat: the presence check
            // sets those agents offline mid-run while their offers are being answered (the path that
            // once deadlocked with accept).
            List<UserId> present = agents.subList(silent, agents.size());
            hands.schedule(
                    () -> TenantContext.runAs(org, () -> agents.forEach(availability::heartbeat)),
                    0,
                    TimeUnit.MILLISECONDS);
            hands.scheduleWithFixedDelay(
                    () -> TenantContext.runAs(org, () -> present.forEach(availability::heartbeat)),
                    10,
                    10,
                    TimeUnit.SECONDS);
        }

        private void look() {
            var pending =
                    tenants.call(org, () -> db.fetch("select id, agent_id from reservations where status = 'pending'"));
            for (var r : pending) {
                UUID id = r.get(0, UUID.class);
                if (seen.add(id)) {
                    answer(ReservationId.of(id), UserId.of(r.get(1, UUID.class)));
                }
            }
        }

        private void answer(ReservationId reservation, UserId agent) {
            int roll = ThreadLocalRandom.current().nextInt(100);
            if (roll >= 92) {
                return;
            }
            hands.schedule(
                    () -> TenantContext.runAs(org, () -> {
                        try {
                            if (roll >= 80) {
                                routing.reject(reservation, agent);
                                return;
                            }
                            WorkId work = routing.accept(reservation, agent).id();
                            hands.schedule(
                                    () -> TenantContext.runAs(org, () -> routing.complete(work, agent)),
                                    200 + ThreadLocalRandom.current().nextInt(800),
                                    TimeUnit.MILLISECONDS);
                        } catch (RuntimeException gone) {
                            // Timed out or released meanwhile, as on a real floor.
                        }
                    }),
                    ThreadLocalRandom.current().nextInt(300),
                    TimeUnit.MILLISECONDS);
        }

        void drain(int works) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
            while (System.nanoTime() < deadline) {
                int done =
                        tenants.call(org, () -> db.fetchCount(db.selectFrom("work_items where status = 'completed'")));
                if (done == works) {
                    return;
                }
                Thread.sleep(500);
            }
        }

        void stop() {
            hands.shutdownNow();
        }
    }
}
