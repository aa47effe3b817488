package io.switchboard.bench;

import io.switchboard.messaging.internal.SimulatorSignature;
import io.switchboard.shared.OrganizationId;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Messages to leads on the simulated provider, over HTTP: M messages to L leads (a tenth of the leads
 * without SMS consent, one in fifty opted out, so part of the sends must be refused), then every
 * message's status webhooks played as a provider would — 30% of them delivered twice, 10% of the
 * messages with their final status before their {@code sent} (the simulated account is set not to
 * report by itself, so these webhooks alone move the statuses). Prints
 * messages/s sent, webhooks/s applied, and on the last line the messages whose final status is wrong
 * or that were sent despite a refusal (must be 0).
 *
 * <p>Usage: {@code bench/messaging.sh [messages] [leads]} (default 2,000 and 1,000; the run
 * is 100,000 and 50,000).
 */
public final class MessagingBench {

    static final int SENDERS = 16;
    static final double DUPLICATES = 0.30;
    static final double OUT_OF_ORDER = 0.10;
    static final String[] AREAS = {"415", "212", "312", "206", "303", "512", "617", "702", "808", "907"};

    private MessagingBench() {}

    /** A lead as the bench set it up: whether a send to it must be refused, and with which code. */
    record Target(UUID id, String phone, String refusal) {}

    /** A message handed to the provider: its provider id and the status it must end in. */
    record Sent(String providerId, String expected) {}

    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int leadCount = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        Path work = Files.createTempDirectory("switchboard-bench-");
        ConfigurableApplicationContext app = BenchApp.start(
                work,
                "--switchboard.identity.security.rate-limit.per-user-per-minute=1000000000",
                "--switchboard.identity.security.rate-limit.per-address-per-minute=1000000000");
        String result;
        try {
            String base = BenchApp.base(app);
            BenchApp.Session session = BenchApp.signUp(base, "Messaging Bench");
            UUID organization = UUID.fromString(session.organizationId());
            // all day: quiet hours would refuse by the clock, and the check here is refusals by policy
            BenchApp.send(
                    base + "/api/v1/messaging/window",
                    "PUT",
                    session.token(),
                    "{\"start_minute\":0,\"end_minute\":1440}");
            // the bench plays the provider's webhooks itself: the simulator only accepts the messages;
            // its rate limit is the highest there is, so that the bench measures sending, not waiting
            BenchApp.send(
                    base + "/api/v1/messaging/providers",
                    "POST",
                    session.token(),
                    "{\"channel\":\"sms\",\"kind\":\"simulated\",\"config\":{\"send_webhooks\":false},"
                            + "\"per_minute\":100000}");
            DataSource db = app.getBean(DataSource.class);
            List<UUID> ids = BenchApp.loadLeads(work, db, organization, leadCount * 10 / 9 + 1, leadCount);
            List<Target> targets = prepare(db, organization, ids);

            long started = System.nanoTime();
            Map<String, AtomicInteger> answers = send(base, session.token(), targets, messages);
            double accepted = (System.nanoTime() - started) / 1e9;
            awaitZero(db, organization, "SELECT count(*) FROM messages WHERE status = 'queued'");
            double handedOver = (System.nanoTime() - started) / 1e9;
            int queued = answers.getOrDefault("202", new AtomicInteger()).get();
            System.out.printf(
                    "%,d sends in %.1f s over HTTP (%d senders): %s; accepted %,.0f/s; handed to the provider %,.0f"
                            + " messages/s (all %,d sent %.1f s after the first request)%n",
                    messages, accepted, SENDERS, answers, messages / accepted, queued / handedOver, queued, handedOver);

            List<String> webhooks = webhooks(sent(db, organization), new Random(7));
            SimulatorSignature signature = app.getBean(SimulatorSignature.class);
            long playing = System.nanoTime();
            Map<String, AtomicInteger> results = play(base, organization, signature, webhooks);
            double played = (System.nanoTime() - playing) / 1e9;
            System.out.printf(
                    "%,d status webhooks (30%% duplicates, 10%% out of order) in %.1f s = %,.0f webhooks/s applied"
                            + " (verified, stored once, through the status machine): %s%n",
                    webhooks.size(), played, webhooks.size() / played, results);
            awaitZero(db, organization, "SELECT count(*) FROM messages WHERE status IN ('queued', 'sending', 'sent')");
            long wrong = wrong(db, organization, targets);
            result = String.format(
                    "messages/s sent %,.0f, status webhooks/s applied %,.0f, wrong final status or sent despite a"
                            + " refusal: %d",
                    queued / handedOver, webhooks.size() / played, wrong);
        } finally {
            app.close();
        }
        System.out.println(result);
    }

    /** SMS consent for nine leads in ten; one in fifty of those opted out (replied STOP). */
    private static List<Target> prepare(DataSource db, UUID organization, List<UUID> ids) throws Exception {
        List<Target> targets = new ArrayList<>();
        try (Connection c = tenant(db, organization);
                PreparedStatement phone = c.prepareStatement("SELECT id FROM leads WHERE id = ANY (?) ORDER BY id");
                PreparedStatement number = c.prepareStatement("UPDATE leads SET phone = ? WHERE id = ?");
                PreparedStatement consent = c.prepareStatement(
                        "INSERT INTO lead_consents (organization_id, id, lead_id, source, obtained_at, evidence, channel,"
                                + " purpose) VALUES (?, gen_random_uuid(), ?, 'web_form', now(), 'bench', 'sms',"
                                + " 'marketing')");
                PreparedStatement optOut = c.prepareStatement(
                        "INSERT INTO messaging_opt_outs (organization_id, channel, address, keyword) VALUES (?, 'sms', ?,"
                                + " 'STOP')")) {
            phone.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet r = phone.executeQuery()) {
                int i = 0;
                while (r.next()) {
                    UUID id = r.getObject(1, UUID.class);
                    // numbers a phone-number library takes as real (the generated ones are not), 1% ending in 13
                    String digits = "+1" + AREAS[i / 10_000 % AREAS.length] + "555" + String.format("%04d", i % 10_000);
                    number.setString(1, digits);
                    number.setObject(2, id);
                    number.addBatch();
                    String refusal = i % 10 == 9 ? "no_consent" : i % 50 == 7 ? "opted_out" : "";
                    if (!refusal.equals("no_consent")) {
                        consent.setObject(1, organization);
                        consent.setObject(2, id);
                        consent.addBatch();
                    }
                    if (refusal.equals("opted_out")) {
                        optOut.setObject(1, organization);
                        optOut.setString(2, digits);
                        optOut.addBatch();
                    }
                    targets.add(new Target(id, digits, refusal));
                    i++;
                }
            }
            number.executeBatch();
            consent.executeBatch();
            optOut.executeBatch();
        }
        return targets;
    }

    /** POST /api/v1/messages to the leads in turn; answers counted by status (and refusal code). */
    private static Map<String, AtomicInteger> send(String base, String token, List<Target> targets, int total)
            throws Exception {
        Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        parallel(() -> {
            try (LeanHttpClient http = new LeanHttpClient(URI.create(base))) {
                int i;
                while ((i = next.getAndIncrement()) < total) {
                    Target target = targets.get(i % targets.size());
                    LeanHttpClient.Answer answer = http.post(
                            "/api/v1/messages",
                            Map.of("Content-Type", "application/json", "Authorization", "Bearer " + token),
                            "{\"lead_id\":\"" + target.id() + "\",\"channel\":\"sms\",\"body\":\"Hello " + i
                                    + ", a new listing matches your search.\"}");
                    String key = answer.status() == 409
                            ? "409 " + BenchApp.field(answer.body(), "code")
                            : "" + answer.status();
                    if (answers.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet() == 1
                            && answer.status() != 202
                            && answer.status() != 409) {
                        System.err.println("send answered " + answer.status() + ": " + answer.body());
                    }
                    boolean refused = answer.status() == 409;
                    if (refused != !target.refusal().isEmpty() || (refused && !key.equals("409 " + target.refusal()))) {
                        answers.computeIfAbsent("unexpected", k -> new AtomicInteger())
                                .incrementAndGet();
                    }
                }
            }
        });
        return new java.util.TreeMap<>(answers);
    }

    private static List<Sent> sent(DataSource db, UUID organization) throws Exception {
        List<Sent> sent = new ArrayList<>();
        try (Connection c = tenant(db, organization);
                PreparedStatement s = c.prepareStatement(
                        "SELECT provider_message_id, recipient FROM messages WHERE provider_message_id IS NOT NULL");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                sent.add(new Sent(r.getString(1), expected(r.getString(2))));
            }
        }
        return sent;
    }

    /** The simulator's fates: a number ending in 13 is undelivered, in 14 failed; the rest delivered. */
    static String expected(String recipient) {
        return recipient.endsWith("13") ? "undelivered" : recipient.endsWith("14") ? "failed" : "delivered";
    }

    /** Each message's sent and final report; a tenth in reverse order; 30% of all sent twice. */
    static List<String> webhooks(List<Sent> sent, Random random) {
        record Placed(double at, String body) {}
        List<Placed> bodies = new ArrayList<>();
        for (Sent message : sent) {
            String first = report(message, "sent");
            String last = report(message, message.expected());
            boolean reversed = random.nextDouble() < OUT_OF_ORDER;
            bodies.add(new Placed(bodies.size(), reversed ? last : first));
            bodies.add(new Placed(bodies.size(), reversed ? first : last));
        }
        int unique = bodies.size();
        int duplicates = (int) Math.round(unique * DUPLICATES / (1 - DUPLICATES));
        for (int d = 0; d < duplicates; d++) {
            // a redelivery comes a little after the original
            Placed original = bodies.get(random.nextInt(unique));
            bodies.add(new Placed(original.at() + 0.5 + random.nextInt(50), original.body()));
        }
        bodies.sort(java.util.Comparator.comparingDouble(Placed::at));
        return bodies.stream().map(Placed::body).toList();
    }

    private static String report(Sent message, String status) {
        boolean failed = !status.equals("sent") && !status.equals("delivered");
        return "{\"type\":\"status\",\"event_id\":\"bench:" + message.providerId() + ":" + status
                + "\",\"message_id\":\"" + message.providerId() + "\",\"status\":\"" + status + "\""
                + (failed ? ",\"error_code\":\"30005\",\"error_message\":\"Unknown destination handset\"" : "") + "}";
    }

    private static Map<String, AtomicInteger> play(
            String base, UUID organization, SimulatorSignature signature, List<String> webhooks) throws Exception {
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(webhooks);
        Map<String, AtomicInteger> results = new ConcurrentHashMap<>();
        OrganizationId org = OrganizationId.of(organization);
        parallel(() -> {
            try (LeanHttpClient http = new LeanHttpClient(URI.create(base))) {
                String body;
                while ((body = queue.poll()) != null) {
                    LeanHttpClient.Answer answer = http.post(
                            "/api/v1/webhooks/messaging/simulated?org=" + organization,
                            Map.of(
                                    "Content-Type",
                                    "application/json",
                                    SimulatorSignature.HEADER,
                                    signature.sign(org, body, Instant.now())),
                            body);
                    String key =
                            answer.status() == 200 ? BenchApp.field(answer.body(), "result") : "" + answer.status();
                    results.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
                }
            }
        });
        return new java.util.TreeMap<>(results);
    }

    /** Messages whose final status is not their fate, plus any message stored for a lead it must not reach. */
    private static long wrong(DataSource db, UUID organization, List<Target> targets) throws Exception {
        long wrong = 0;
        try (Connection c = tenant(db, organization);
                PreparedStatement s = c.prepareStatement("SELECT recipient, status FROM messages");
                ResultSet r = s.executeQuery()) {
            Map<String, String> refusals = new java.util.HashMap<>();
            targets.forEach(t -> refusals.put(t.phone(), t.refusal()));
            while (r.next()) {
                String recipient = r.getString(1);
                if (!refusals.getOrDefault(recipient, "").isEmpty()
                        || !expected(recipient).equals(r.getString(2))) {
                    wrong++;
                }
            }
        }
        return wrong;
    }

    private static void awaitZero(DataSource db, UUID organization, String sql) throws Exception {
        long deadline = System.nanoTime() + 30L * 60 * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (Connection c = tenant(db, organization);
                    PreparedStatement s = c.prepareStatement(sql);
                    ResultSet r = s.executeQuery()) {
                r.next();
                if (r.getLong(1) == 0) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        System.out.println("gave up waiting for: " + sql);
    }

    private static Connection tenant(DataSource db, UUID organization) throws Exception {
        Connection c = db.getConnection();
        try (PreparedStatement s = c.prepareStatement("SELECT set_config('app.organization_id', ?, false)")) {
            s.setString(1, organization.toString());
            s.execute();
        }
        return c;
    }

    interface Task {
        void run() throws Exception;
    }

    private static void parallel(Task task) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(SENDERS)) {
            List<Future<?>> running = new ArrayList<>();
            for (int s = 0; s < SENDERS; s++) {
                running.add(pool.submit(() -> {
                    task.run();
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        }
    }
}
