package io.switchboard.bench;

import io.switchboard.telephony.internal.simulated.SimulatorSignature;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Sends signed simulator webhooks to a running Switchboard over HTTP from 32 concurrent senders —
 * 30% of them duplicates, 10% delivered after the event that followed them — then checks that every
 * call ended in its correct final state exactly once, and prints events/s (last line).
 *
 * <p>Usage: {@code bench/webhooks.sh [webhooks]} (default 100,000).
 */
public final class WebhookBench {

    static final int SENDERS = 32;
    static final double DUPLICATES = 0.30;
    static final double OUT_OF_ORDER = 0.10;
    /** Most webhooks sent (for other calls) before the measured run. */
    static final int WARM_UP = 10_000;

    private WebhookBench() {}

    /** One call's planned events: its provider-side script and the status it must end in. */
    record Plan(String callId, String sid, List<String> statuses, String expected) {}

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Random random = new Random(42);
        List<List<String>> scripts = scripts(total, random);
        int warmUpTotal = Math.min(WARM_UP, total / 5);
        List<List<String>> warmUpScripts = scripts(warmUpTotal, random);
        int unique = scripts.stream().mapToInt(List::size).sum();
        int warmUpUnique = warmUpScripts.stream().mapToInt(List::size).sum();
        Path work = Files.createTempDirectory("switchboard-bench-");
        ConfigurableApplicationContext app = BenchApp.start(work);
        String result;
        try {
            String base = BenchApp.base(app);
            BenchApp.Session session = BenchApp.signUp(base, "Webhook Bench");
            String secret = prepare(base, session);
            List<String> leads = leads(base, session);
            List<Plan> warmUpPlans = placeCalls(base, session, leads, warmUpScripts, "WARM");
            List<Plan> plans = placeCalls(base, session, leads, scripts, "BENCH");
            DataSource db = app.getBean(DataSource.class);
            awaitDispatched(db, session.organizationId());

            // The same mix through the same path first, unmeasured, so that the JIT has compiled it.
            long warmUpStarted = System.nanoTime();
            send(base, session.organizationId(), secret, deliveries(warmUpPlans, warmUpTotal, random));
            awaitApplied(db, session.organizationId());
            System.out.printf(
                    "warm-up: %,d webhooks for %,d other calls, sent and applied in %.1f s%n",
                    warmUpTotal, warmUpPlans.size(), (System.nanoTime() - warmUpStarted) / 1e9);

            List<Delivery> deliveries = deliveries(plans, total, random);
            System.out.printf(
                    "plan: %,d calls, %,d distinct events, %,d webhooks (%,d duplicates, %,d out of order), %d senders%n",
                    plans.size(),
                    unique,
                    deliveries.size(),
                    deliveries.size() - unique,
                    deliveries.stream().filter(Delivery::late).count(),
                    SENDERS);
            long started = System.nanoTime();
            send(base, session.organizationId(), secret, deliveries);
            double accepted = (System.nanoTime() - started) / 1e9;
            long backlog =
                    count(db, session.organizationId(), "SELECT count(*) FROM webhook_events WHERE status = 'pending'");
            awaitApplied(db, session.organizationId());
            double applied = (System.nanoTime() - started) / 1e9;
            System.out.printf(
                    "accepted %,d webhooks (each stored durably before its 200) in %.1f s = %,.0f events/s%n",
                    deliveries.size(), accepted, deliveries.size() / accepted);
            System.out.printf(
                    "applied every event to its call %.1f s after the first was sent = %,.0f events/s end to end"
                            + " (%,d events still to apply when the last was accepted, applied %,.0f/s after)%n",
                    applied, deliveries.size() / applied, backlog, backlog / (applied - accepted));
            List<Plan> all = new ArrayList<>(warmUpPlans);
            all.addAll(plans);
            int wrong = verify(db, session.organizationId(), all, unique + warmUpUnique);
            result = String.format(
                    "webhook events/s %,.0f accepted, %,.0f applied end to end (target ≥ 2,000), wrong final states %d",
                    deliveries.size() / accepted, deliveries.size() / applied, wrong);
        } finally {
            app.close();
        }
        // After the shutdown, so nothing the application logs comes after it.
        System.out.println(result);
    }

    /** Call scripts adding up to {@code total} deliveries once duplicates are added. */
    static List<List<String>> scripts(int total, Random random) {
        int unique = (int) Math.round(total * (1 - DUPLICATES));
        List<List<String>> scripts = new ArrayList<>();
        int events = 0;
        while (events < unique) {
            double draw = random.nextDouble();
            List<String> script = draw < 0.6
                    ? List.of("ringing", "in_progress", "completed")
                    : draw < 0.85 ? List.of("ringing", "no_answer") : List.of("busy");
            if (events + script.size() > unique) {
                script = List.of("failed");
            }
            scripts.add(script);
            events += script.size();
        }
        return scripts;
    }

    private static String prepare(String base, BenchApp.Session session) throws Exception {
        BenchApp.send(
                base + "/api/v1/voice-providers/simulated",
                "PATCH",
                session.token(),
                "{\"config\":{\"send_webhooks\":false}}");
        BenchApp.send(base + "/api/v1/credits/top-ups", "POST", session.token(), "{\"amount\":10000000}");
        BenchApp.send(base + "/api/v1/ai-agents", "POST", session.token(), "{\"name\":\"Bench agent\"}");
        return BenchApp.field(
                BenchApp.send(base + "/api/v1/voice-providers/simulated/webhook-secret", "POST", session.token(), null),
                "webhook_secret");
    }

    /** 500 leads living where it is noon now (inside the calling window). */
    private static List<String> leads(String base, BenchApp.Session session) throws Exception {
        String zone = noonZone();
        return parallel(
                500,
                i -> BenchApp.field(
                        BenchApp.send(
                                base + "/api/v1/leads",
                                "POST",
                                session.token(),
                                "{\"name\":\"Bench lead " + i + "\",\"phone\":\"+1415555" + String.format("%04d", i)
                                        + "\",\"timezone\":\"" + zone + "\"}"),
                        "id"));
    }

    /** One call per script, to the leads in turn. */
    private static List<Plan> placeCalls(
            String base, BenchApp.Session session, List<String> leads, List<List<String>> scripts, String prefix)
            throws Exception {
        long started = System.nanoTime();
        List<String> calls = parallel(
                scripts.size(),
                i -> BenchApp.field(
                        BenchApp.send(
                                base + "/api/v1/calls",
                                "POST",
                                session.token(),
                                "{\"lead_id\":\"" + leads.get(i % leads.size()) + "\"}"),
                        "id"));
        System.out.printf(
                "placed %,d calls through POST /api/v1/calls in %.1f s%n",
                calls.size(), (System.nanoTime() - started) / 1e9);
        List<Plan> plans = new ArrayList<>();
        for (int i = 0; i < scripts.size(); i++) {
            List<String> script = scripts.get(i);
            plans.add(new Plan(calls.get(i), prefix + i, script, script.getLast()));
        }
        return plans;
    }

    record Delivery(String body, boolean late) {}

    /**
     * Each call's events in order, some swapped with the one after, duplicates of random events sent
     * later; calls interleaved by a random start so the senders see them mixed.
     */
    static List<Delivery> deliveries(List<Plan> plans, int total, Random random) {
        record Timed(double at, Delivery delivery) {}
        List<Timed> timed = new ArrayList<>();
        List<String[]> sent = new ArrayList<>();
        for (Plan plan : plans) {
            double start = random.nextDouble() * 1000;
            List<String> bodies = new ArrayList<>();
            for (String status : plan.statuses()) {
                bodies.add(body(plan, status, "evt_" + plan.sid() + "_" + status));
            }
            boolean[] late = new boolean[bodies.size()];
            for (int i = 0; i + 1 < bodies.size(); i++) {
                if (random.nextDouble() < OUT_OF_ORDER * bodies.size() / (bodies.size() - 1.0)) {
                    String first = bodies.get(i);
                    bodies.set(i, bodies.get(i + 1));
                    bodies.set(i + 1, first);
                    late[i + 1] = true;
                    i++;
                }
            }
            for (int i = 0; i < bodies.size(); i++) {
                timed.add(new Timed(start + i, new Delivery(bodies.get(i), late[i])));
                sent.add(new String[] {String.valueOf(start + i), bodies.get(i)});
            }
        }
        while (timed.size() < total) {
            String[] original = sent.get(random.nextInt(sent.size()));
            timed.add(new Timed(
                    Double.parseDouble(original[0]) + 0.5 + random.nextDouble() * 3, new Delivery(original[1], false)));
        }
        timed.sort(java.util.Comparator.comparingDouble(Timed::at));
        return timed.stream().map(Timed::delivery).toList();
    }

    private static String body(Plan plan, String status, String eventId) {
        return "{\"event_id\":\"" + eventId + "\",\"type\":\"call.status\",\"call_id\":\"" + plan.sid()
                + "\",\"reference\":\"" + plan.callId() + "\",\"direction\":\"outbound\",\"status\":\"" + status
                + "\",\"timestamp\":\"" + Instant.now() + "\""
                + (status.equals("completed") ? ",\"duration_seconds\":42" : "") + "}";
    }

    private static void send(String base, String organization, String secret, List<Delivery> deliveries)
            throws Exception {
        ConcurrentLinkedQueue<Delivery> queue = new ConcurrentLinkedQueue<>(deliveries);
        URI server = URI.create(base);
        String target = "/api/v1/webhooks/simulated?org=" + organization;
        AtomicInteger failures = new AtomicInteger();
        try (ExecutorService senders = Executors.newFixedThreadPool(SENDERS)) {
            List<Future<?>> running = new ArrayList<>();
            for (int s = 0; s < SENDERS; s++) {
                running.add(senders.submit(() -> {
                    try (LeanHttpClient http = new LeanHttpClient(server)) {
                        Delivery delivery;
                        while ((delivery = queue.poll()) != null) {
                            LeanHttpClient.Answer answer = http.post(
                                    target,
                                    Map.of(
                                            "Content-Type",
                                            "application/json",
                                            SimulatorSignature.HEADER,
                                            SimulatorSignature.sign(secret, delivery.body(), Instant.now())),
                                    delivery.body());
                            if (answer.status() != 200) {
                                failures.incrementAndGet();
                                System.err.println("webhook refused: " + answer.status() + " " + answer.body());
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> sender : running) {
                sender.get();
            }
        }
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " webhooks were not accepted");
        }
    }

    private static void awaitApplied(DataSource db, String organization) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (count(db, organization, "SELECT count(*) FROM webhook_events WHERE status = 'pending'") == 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("webhooks were not applied in time");
    }

    private static void awaitDispatched(DataSource db, String organization) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            long waiting = count(
                    db, organization, "SELECT count(*) FROM calls WHERE dispatch_state IN ('pending', 'sending')");
            if (waiting == 0) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("calls were not dispatched in time");
    }

    /** Counts calls not in their planned state, calls that did not end exactly once, and unprocessed events. */
    static int verify(DataSource db, String organization, List<Plan> plans, int unique) throws Exception {
        Map<String, String> statuses = new HashMap<>();
        try (Connection c = tenant(db, organization);
                PreparedStatement s = c.prepareStatement("SELECT id::text, status FROM calls");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                statuses.put(r.getString(1), r.getString(2));
            }
        }
        int wrongStatus = (int) plans.stream()
                .filter(p -> !p.expected().equals(statuses.get(p.callId())))
                .count();
        long endedOtherThanOnce = count(
                db,
                organization,
                "SELECT count(*) FROM calls c WHERE (SELECT count(*) FROM call_events e WHERE e.call_id = c.id"
                        + " AND e.kind = 'status' AND e.applied AND e.status NOT IN ('queued', 'ringing', 'in_progress')) <> 1");
        long stored = count(db, organization, "SELECT count(*) FROM webhook_events");
        long pending = count(db, organization, "SELECT count(*) FROM webhook_events WHERE status <> 'processed'");
        System.out.printf(
                "verified: %,d calls, %,d in a wrong final state, %,d not ended exactly once; %,d events stored (%,d"
                        + " distinct sent), %,d unprocessed%n",
                plans.size(), wrongStatus, endedOtherThanOnce, stored, unique, pending);
        return wrongStatus + (int) endedOtherThanOnce + (int) pending + (int) Math.abs(stored - unique);
    }

    private static long count(DataSource db, String organization, String sql) throws Exception {
        try (Connection c = tenant(db, organization);
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private static Connection tenant(DataSource db, String organization) throws Exception {
        Connection c = db.getConnection();
        try (PreparedStatement s = c.prepareStatement("SELECT set_config('app.organization_id', ?, false)")) {
            s.setString(1, organization);
            s.execute();
        }
        return c;
    }

    private interface Task<T> {
        T run(int index) throws Exception;
    }

    private static <T> List<T> parallel(int count, Task<T> task) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> task.run(index)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }

    /** A fixed-offset zone where it is about noon now, so every call is inside the calling window. */
    static String noonZone() {
        int offset = 12 - ZonedDateTime.now(ZoneOffset.UTC).getHour();
        offset = offset < -12 ? offset + 24 : offset > 14 ? offset - 24 : offset;
        return offset == 0 ? "Etc/GMT" : "Etc/GMT" + (offset > 0 ? "-" : "+") + Math.abs(offset);
    }
}
