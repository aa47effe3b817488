package io.switchboard.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 17, "event to tile": how long after a lead is created an open dashboard shows it. A client
 * listens on the hub's {@code analytics} topic (server-sent events, as the console falls back to);
 * leads are created one at a time at random intervals, and for each the time is taken from the
 * create's answer to the moment today's figures, read again on the hub's message, count it. The
 * console waits 300 ms after a message to coalesce bursts before reloading its tiles: the tile figure
 * adds that. Last line: event to tile p50 and p95.
 */
public final class AnalyticsLiveBench {

    /** The console's coalescing window before it reloads an element (realtime.js). */
    private static final long COALESCE_MS = 300;

    private AnalyticsLiveBench() {}

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Path work = Files.createTempDirectory("switchboard-bench-");
        ConfigurableApplicationContext app = BenchApp.start(work);
        try {
            String base = BenchApp.base(app);
            BenchApp.Session session = BenchApp.signUp(base, "Bench Live");
            BlockingQueue<String> messages = new LinkedBlockingQueue<>();
            HttpRequest stream = HttpRequest.newBuilder(URI.create(base + "/api/v1/realtime/events?topics=analytics"))
                    .header("Authorization", "Bearer " + session.token())
                    .header("Accept", "text/event-stream")
                    .build();
            BenchApp.HTTP.sendAsync(stream, HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> r.body()
                    .filter(line -> line.startsWith("data:") && line.contains("analytics.rolled_up"))
                    .forEach(messages::add));
            String today = base + "/api/v1/analytics/overview?from=" + LocalDate.now(ZoneOffset.UTC) + "&to="
                    + LocalDate.now(ZoneOffset.UTC);
            Random random = new Random(17);
            List<Double> hub = new ArrayList<>();
            List<Double> tile = new ArrayList<>();
            int missed = 0;
            for (int i = 1; i <= events + 10; i++) {
                Thread.sleep(random.nextInt(1500));
                messages.clear();
                BenchApp.send(
                        base + "/api/v1/leads",
                        "POST",
                        session.token(),
                        "{\"name\":\"Live lead " + i + "\",\"email\":\"live" + i + "@example.com\"}");
                long created = System.nanoTime();
                boolean counted = false;
                long heard = 0;
                while (!counted && System.nanoTime() - created < TimeUnit.SECONDS.toNanos(30)) {
                    if (messages.poll(30, TimeUnit.SECONDS) == null) {
                        break;
                    }
                    heard = System.nanoTime();
                    counted = BenchApp.number(BenchApp.send(today, "GET", session.token(), null), "leads_created") >= i;
                }
                if (i <= 10) {
                    continue; // warm-up
                }
                if (!counted) {
                    missed++;
                    continue;
                }
                hub.add((heard - created) / 1e6);
                tile.add((System.nanoTime() - created) / 1e6 + COALESCE_MS);
            }
            Collections.sort(hub);
            Collections.sort(tile);
            System.out.printf(
                    "%d leads created one at a time: hub message p50 %.0f ms, p95 %.0f ms; %d never shown%n",
                    events, pct(hub, 0.5), pct(hub, 0.95), missed);
            System.out.printf(
                    "event to tile p50 %.0f ms, p95 %.0f ms (target p95 < 2,000 ms; includes the console's 300 ms"
                            + " coalescing)%n",
                    pct(tile, 0.5), pct(tile, 0.95));
        } finally {
            app.close();
        }
    }

    private static double pct(List<Double> sorted, double p) {
        return sorted.isEmpty() ? Double.NaN : sorted.get((int) Math.ceil(sorted.size() * p) - 1);
    }
}
