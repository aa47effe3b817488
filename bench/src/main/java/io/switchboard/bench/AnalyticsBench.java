package io.switchboard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 17: one organization with N leads and M ended calls over 120 days (written straight into the
 * tables: loading is not measured), rolled up by a rebuild (POST /api/v1/analytics/rebuild, on the
 * job engine); then the overview over 90 days read 1,000 times over HTTP (p50, p99), and rollup =
 * raw checked for a sample of days against a count of the raw calls.
 *
 * <p>Usage: {@code bench/analytics.sh [leads] [calls]}.
 */
public final class AnalyticsBench {

    private static final int READS = 1_000;

    private AnalyticsBench() {}

    public static void main(String[] args) throws Exception {
        int leads = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        Path work = Files.createTempDirectory("switchboard-bench-");
        ConfigurableApplicationContext app = BenchApp.start(work);
        try {
            String base = BenchApp.base(app);
            BenchApp.Session session = BenchApp.signUp(base, "Bench Analytics");
            UUID organization = UUID.fromString(session.organizationId());
            DataSource pool = app.getBean(DataSource.class);
            BenchApp.loadLeads(work, pool, organization, leads, 0);
            loadCalls(work, pool, organization, calls);

            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            long started = System.nanoTime();
            String rebuild = BenchApp.send(
                    base + "/api/v1/analytics/rebuild",
                    "POST",
                    session.token(),
                    "{\"from\":\"" + today.minusDays(125) + "\",\"to\":\"" + today + "\"}");
            String id = BenchApp.field(rebuild, "id");
            String view;
            do {
                Thread.sleep(500);
                view = BenchApp.send(base + "/api/v1/analytics/rebuilds/" + id, "GET", session.token(), null);
            } while (view.contains("\"status\":\"running\""));
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(
                    "rebuild: %,d leads and %,d calls read and rolled up in %.1f s%n",
                    BenchApp.number(view, "leads_read"), BenchApp.number(view, "calls_read"), seconds);

            String overview = base + "/api/v1/analytics/overview?from=" + today.minusDays(89) + "&to=" + today;
            String body = BenchApp.send(overview, "GET", session.token(), null);
            // Warm-up, not counted: with 100 reads the JIT compiler was still at work during the
            // measured ones, and its pauses were the p99.
            for (int i = 0; i < 3_000; i++) {
                BenchApp.send(overview, "GET", session.token(), null);
            }
            List<Double> latencies = new ArrayList<>();
            for (int i = 0; i < READS; i++) {
                long t = System.nanoTime();
                BenchApp.send(overview, "GET", session.token(), null);
                latencies.add((System.nanoTime() - t) / 1e6);
            }
            Collections.sort(latencies);
            double p50 = latencies.get(READS / 2);
            double p99 = latencies.get((int) Math.ceil(READS * 0.99) - 1);
            sample(work, pool, organization, body, today);
            System.out.printf(
                    "overview over 90 days: %,d reads over HTTP, p50 %.1f ms, p99 %.1f ms (%,d leads, %,d calls)%n",
                    READS, p50, p99, leads, calls);
            System.out.printf(
                    "analytics overview p99 %.1f ms for %,d calls and %,d leads in one organization (target < 20 ms)%n",
                    p99, calls, leads);
        } finally {
            app.close();
        }
    }

    /** Ended outbound calls, each some minutes to hours after its lead's creation, outcomes spread. */
    static void loadCalls(Path work, DataSource pool, UUID organization, int calls) throws Exception {
        long started = System.nanoTime();
        try (Connection owner = owner(work, pool);
                PreparedStatement insert = owner.prepareStatement(
                        """
                        WITH l AS (SELECT id, created_at, row_number() OVER (ORDER BY id) - 1 AS n
                                   FROM leads WHERE organization_id = ?),
                        total AS (SELECT count(*) AS c FROM l),
                        g AS (SELECT g, (ARRAY['completed','completed','no_answer','voicemail','failed','busy'])[1 + g % 6] AS status
                              FROM generate_series(1, ?) g)
                        INSERT INTO calls (organization_id, id, direction, provider, to_number, lead_id, status,
                                           dispatch_state, created_at, answered_at, ended_at, duration_seconds, credits_used)
                        SELECT ?, gen_random_uuid(), 'outbound', 'simulated', '+14155550100', l.id, g.status, 'sent',
                               l.created_at + make_interval(secs => 30 + (g.g * 7919) % 86400),
                               CASE WHEN g.status = 'completed' THEN l.created_at + make_interval(secs => 40 + (g.g * 7919) % 86400) END,
                               l.created_at + make_interval(secs => 200 + (g.g * 7919) % 86400),
                               CASE WHEN g.status = 'completed' THEN 30 + g.g % 300 ELSE 0 END,
                               CASE WHEN g.status = 'completed' THEN 100 * (1 + g.g % 5) ELSE 0 END
                        FROM g JOIN l ON l.n = g.g % (SELECT c FROM total)
                        """)) {
            insert.setObject(1, organization);
            insert.setInt(2, calls);
            insert.setObject(3, organization);
            insert.executeUpdate();
            try (Statement s = owner.createStatement()) {
                s.execute("ANALYZE calls");
            }
        }
        System.out.printf("loaded %,d calls in %.1f s%n", calls, (System.nanoTime() - started) / 1e9);
    }

    /** Rollup = raw for a sample of days: the overview's calls_placed against a count of the raw rows. */
    static void sample(Path work, DataSource pool, UUID organization, String overview, LocalDate today)
            throws Exception {
        try (Connection owner = owner(work, pool);
                PreparedStatement count = owner.prepareStatement(
                        "SELECT count(*) FROM calls WHERE organization_id = ? AND direction = 'outbound'"
                                + " AND created_at >= ?::date AND created_at < ?::date + 1")) {
            for (int back : new int[] {1, 7, 30, 60, 89}) {
                LocalDate day = today.minusDays(back);
                count.setObject(1, organization);
                count.setString(2, day.toString());
                count.setString(3, day.toString());
                long raw;
                try (ResultSet r = count.executeQuery()) {
                    r.next();
                    raw = r.getLong(1);
                }
                long rollup = placedOn(overview, day);
                System.out.printf(
                        "rollup = raw on %s: %,d = %,d %s%n", day, rollup, raw, rollup == raw ? "ok" : "DIFFERENT");
                if (rollup != raw) {
                    throw new IllegalStateException("rollup and raw differ on " + day);
                }
            }
        }
    }

    private static long placedOn(String overview, LocalDate day) {
        int at = overview.indexOf("\"date\":\"" + day + "\"");
        int field = overview.indexOf("\"calls_placed\":", at);
        int end = field + "\"calls_placed\":".length();
        int stop = end;
        while (Character.isDigit(overview.charAt(stop))) {
            stop++;
        }
        return Long.parseLong(overview.substring(end, stop));
    }

    private static Connection owner(Path work, DataSource pool) throws Exception {
        int port;
        try (Connection c = pool.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT inet_server_port()")) {
            r.next();
            port = r.getInt(1);
        }
        Connection owner = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + port + "/switchboard",
                "postgres",
                Files.readString(work.resolve("data/postgres.password")).trim());
        try (Statement s = owner.createStatement()) {
            s.execute("SELECT set_config('app.audit_bulk', 'on', false)");
        }
        return owner;
    }
}
