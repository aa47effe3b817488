package io.switchboard.bench;

import io.switchboard.shared.OrganizationId;
import io.switchboard.tenancy.TenantTransactions;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A calling campaign end to end on the simulated provider, with the clock sped up: how fast the
 * dialer places calls, what it costs in CPU per call, and whether it ever broke a rule (a call
 * outside the lead's calling window by the simulated clock, a call to a do-not-call number, more
 * calls in flight than the campaign's limit, a negative balance).
 */
public final class CampaignBench {

    static final int LIMIT = 200;
    static final String[] ZONES = {
        "America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/London", "Asia/Kolkata"
    };
    static final LocalTime OPENS = LocalTime.of(8, 0);
    static final LocalTime CLOSES = LocalTime.of(21, 0);

    private CampaignBench() {}

    public static void main(String[] args) throws Exception {
        int leads = Integer.parseInt(args[0]);
        double speed = Double.parseDouble(args[1]);
        Duration budget = Duration.ofMinutes(Long.parseLong(args[2]));
        Path work = Files.createTempDirectory("campaign-bench");
        ConfigurableApplicationContext app = BenchApp.start(
                work,
                new Class<?>[] {BenchClock.Swap.class},
                "--spring.main.allow-bean-definition-overriding=true",
                "--switchboard.campaigns.max-concurrent-calls-per-organization=1000");
        String base = BenchApp.base(app);
        BenchApp.Session session = BenchApp.signUp(base, "Campaign bench");
        String token = session.token();
        OrganizationId org = OrganizationId.of(UUID.fromString(session.organizationId()));
        TenantTransactions tenants = app.getBean(TenantTransactions.class);
        DSLContext db = app.getBean(DSLContext.class);

        BenchApp.send(
                base + "/api/v1/voice-providers/simulated",
                "PATCH",
                token,
                "{\"config\":{\"answer_rate\":0.55,\"no_answer_rate\":0.25,\"busy_rate\":0.08,\"voicemail_rate\":0.1,"
                        + "\"failure_rate\":0.02,\"transfer_rate\":0.15,\"duplicate_rate\":0.05,\"out_of_order_rate\":0.05,"
                        + "\"ring_seconds\":[5,20],\"talk_seconds\":[20,180],\"speed\":" + Math.min(1000, speed)
                        + "}}");
        BenchApp.send(base + "/api/v1/credits/top-ups", "POST", token, "{\"amount\":10000000}");
        BenchApp.send(base + "/api/v1/ai-agents", "POST", token, "{\"name\":\"Bench agent\"}");

        List<String> phones = phones(leads, new Random(7));
        Set<String> dnc = new HashSet<>();
        StringBuilder leadCsv = new StringBuilder("name,phone,timezone\n");
        StringBuilder dncCsv = new StringBuilder("phone,reason\n");
        for (int i = 0; i < leads; i++) {
            String phone = phones.get(i);
            leadCsv.append("Lead ")
                    .append(i)
                    .append(',')
                    .append(phone)
                    .append(',')
                    .append(zone(phone, i))
                    .append('\n');
            if (i % 20 == 7) {
                dnc.add(phone);
                dncCsv.append(phone).append(",bench\n");
            }
        }
        importLeads(base, token, leadCsv.toString(), leads);
        upload(base + "/api/v1/dnc/imports", token, dncCsv.toString());
        String campaign = BenchApp.field(
                BenchApp.send(
                        base + "/api/v1/campaigns",
                        "POST",
                        token,
                        "{\"name\":\"Bench\",\"max_concurrent_calls\":" + LIMIT + ",\"max_attempts\":2,"
                                + "\"retry_delays\":{\"no_answer\":30,\"busy\":15,\"voicemail\":60,\"failed\":10}}"),
                "id");
        String added =
                BenchApp.send(base + "/api/v1/campaigns/" + campaign + "/members", "POST", token, "{\"criteria\":{}}");
        System.out.printf(
                "%,d leads over %s; %,d numbers on the do-not-call list; members %s; clock x%.0f%n",
                leads, String.join(", ", ZONES), dnc.size(), added, speed);

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long dialerThread = dialerThreadId();
        long cpuBefore = threads.getThreadCpuTime(dialerThread);
        BenchApp.send(base + "/api/v1/campaigns/" + campaign + "/start", "POST", token, "");
        BenchClock.INSTANCE.speedUp(speed);
        Instant simStart = BenchClock.INSTANCE.instant();
        long started = System.nanoTime();

        UUID campaignId = UUID.fromString(campaign);
        AtomicInteger maxInFlight = new AtomicInteger();
        AtomicInteger overLimit = new AtomicInteger();
        AtomicInteger negative = new AtomicInteger();
        AtomicBoolean sampling = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().name("bench-sampler").start(() -> {
            while (sampling.get()) {
                tenants.run(org, () -> {
                    int open = value(
                            db,
                            Integer.class,
                            "select count(*) from calls where campaign_id = ? and status in"
                                    + " ('queued', 'ringing', 'in_progress')",
                            campaignId);
                    maxInFlight.accumulateAndGet(open, Math::max);
                    if (open > LIMIT) {
                        overLimit.incrementAndGet();
                    }
                    Long available = value(db, Long.class, "select available from credit_accounts");
                    if (available != null && available < 0) {
                        negative.incrementAndGet();
                    }
                });
                sleep(100);
            }
        });

        String status = "active";
        long nextReport = System.nanoTime();
        while (!status.equals("completed") && System.nanoTime() - started < budget.toNanos()) {
            sleep(1000);
            status = tenants.call(
                    org, () -> value(db, String.class, "select status from campaigns where id = ?", campaignId));
            if (System.nanoTime() >= nextReport) {
                System.out.printf(
                        "  %4.0f s real, simulated %s: %s%n",
                        (System.nanoTime() - started) / 1e9,
                        BenchClock.INSTANCE.instant(),
                        funnel(tenants, db, org, campaignId));
                nextReport += Duration.ofSeconds(30).toNanos();
            }
        }
        long dialing = System.nanoTime() - started;
        long cpu = threads.getThreadCpuTime(dialerThread) - cpuBefore;
        tenants.run(
                org,
                () -> db.execute(
                        "update campaigns set status = 'paused' where id = ? and status = 'active'", campaignId));
        for (int i = 0; i < 60 && maxOpen(tenants, db, org, campaignId) > 0; i++) {
            sleep(500);
        }
        sampling.set(false);
        sampler.join();

        List<Record> placed = tenants.call(
                org,
                () -> db.fetch(
                        "select c.to_number, c.metadata->>'dialed_at' as dialed_at, l.timezone from calls c"
                                + " join leads l on l.id = c.lead_id where c.campaign_id = ?",
                        campaignId));
        int outside = 0;
        int toDnc = 0;
        for (Record call : placed) {
            Instant at = Instant.parse(call.get("dialed_at", String.class));
            LocalTime local =
                    at.atZone(ZoneId.of(call.get("timezone", String.class))).toLocalTime();
            if (local.isBefore(OPENS) || !local.isBefore(CLOSES)) {
                outside++;
            }
            if (dnc.contains(call.get("to_number", String.class))) {
                toDnc++;
            }
        }
        double seconds = dialing / 1e9;
        System.out.printf(
                "calls placed: %,d in %.0f s real (%.0f simulated hours from %s) = %.1f calls/s%n",
                placed.size(),
                seconds,
                Duration.between(simStart, BenchClock.INSTANCE.instant()).toMinutes() / 60.0,
                simStart,
                placed.size() / seconds);
        System.out.printf("final funnel: %s; campaign %s%n", funnel(tenants, db, org, campaignId), status);
        System.out.printf(
                "dialer CPU: %.0f ms on thread campaign-dialer = %.3f ms per call placed%n",
                cpu / 1e6, placed.isEmpty() ? 0 : cpu / 1e6 / placed.size());
        System.out.printf("max calls in flight (sampled every 100 ms): %d of %d allowed%n", maxInFlight.get(), LIMIT);
        String details = String.format(
                "outside the window %d, to do-not-call numbers %d, over the concurrency limit %d samples,"
                        + " negative balance %d samples",
                outside, toDnc, overLimit.get(), negative.get());
        int violations = outside + toDnc + overLimit.get() + negative.get();
        app.close();
        System.out.println(details);
        System.out.println("violations: " + violations);
    }

    private static String funnel(TenantTransactions tenants, DSLContext db, OrganizationId org, UUID campaign) {
        return tenants.call(
                org,
                () -> db.fetch(
                                        "select status, count(*) from campaign_members where campaign_id = ? group by status"
                                                + " order by status",
                                        campaign)
                                .map(r -> r.get(0) + "=" + r.get(1))
                                .toString()
                        + " exclusions "
                        + db.fetch(
                                        "select reason, count(*) from campaign_exclusions where campaign_id = ?"
                                                + " group by reason order by reason",
                                        campaign)
                                .map(r -> r.get(0) + "=" + r.get(1))
                        + " calls "
                        + db.fetch(
                                        "select status || coalesce(':' || left(hangup_reason, 40), ''), count(*) from calls"
                                                + " where campaign_id = ? group by 1 order by 2 desc limit 6",
                                        campaign)
                                .map(r -> r.get(0) + "=" + r.get(1)));
    }

    private static int maxOpen(TenantTransactions tenants, DSLContext db, OrganizationId org, UUID campaign) {
        return tenants.call(
                org,
                () -> value(
                        db,
                        Integer.class,
                        "select count(*) from calls where campaign_id = ? and status in ('queued', 'ringing',"
                                + " 'in_progress')",
                        campaign));
    }

    /** Unique, valid numbers: 40% US, 30% UK, 30% India. */
    static List<String> phones(int n, Random random) {
        String[] us = {"212", "312", "415", "617", "213", "305"};
        Set<String> seen = new HashSet<>();
        List<String> phones = new ArrayList<>(n);
        while (phones.size() < n) {
            int i = phones.size();
            String phone =
                    switch (i % 10) {
                        case 0, 1, 2, 3 ->
                            "+1" + us[random.nextInt(us.length)] + (2 + random.nextInt(8))
                                    + String.format("%06d", random.nextInt(1_000_000));
                        case 4, 5, 6 ->
                            "+4420" + (7 + random.nextInt(2)) + String.format("%07d", random.nextInt(10_000_000));
                        default ->
                            "+919" + (8 + random.nextInt(2)) + String.format("%08d", random.nextInt(100_000_000));
                    };
            if (seen.add(phone)) {
                phones.add(phone);
            }
        }
        return phones;
    }

    static String zone(String phone, int i) {
        if (phone.startsWith("+44")) {
            return "Europe/London";
        }
        if (phone.startsWith("+91")) {
            return "Asia/Kolkata";
        }
        return ZONES[i % 3];
    }

    private static void importLeads(String base, String token, String csv, int rows) throws Exception {
        String preview = upload(base + "/api/v1/lead-imports", token, csv);
        String id = BenchApp.field(preview, "id");
        BenchApp.send(base + "/api/v1/lead-imports/" + id + "/commit", "POST", token, "");
        String view;
        do {
            sleep(500);
            view = BenchApp.send(base + "/api/v1/lead-imports/" + id, "GET", token, null);
        } while (view.contains("\"status\":\"running\""));
        int imported = BenchApp.number(view, "imported");
        if (imported != rows) {
            throw new IllegalStateException("imported " + imported + " of " + rows + ": " + view);
        }
    }

    private static String upload(String url, String token, String csv) throws Exception {
        String boundary = "bench" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"data.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofMinutes(10))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = BenchApp.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(url + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static <T> T value(DSLContext db, Class<T> type, String sql, Object... binds) {
        return db.fetchOne(sql, binds).get(0, type);
    }

    private static long dialerThreadId() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("campaign-dialer"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no campaign-dialer thread"))
                .threadId();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
