package io.switchboard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 15: rescoring N leads (default 1,000,000) against 20 rules through the real recompute (POST
 * /api/v1/scoring/recompute, jobs in batches), in leads/s; then the time from a change of a lead
 * (PATCH over HTTP) to its new score readable over HTTP, p50 and p95 over 200 changes. The leads are
 * written straight into the table (their loading is issue 4's benchmark, not this one), with sources,
 * custom fields and ages spread so that every rule matches some of them.
 *
 * <p>Usage: {@code bench/scoring.sh [leads]}.
 */
public final class ScoringBench {

    private static final int EVENTS = 200;

    private ScoringBench() {}

    public static void main(String[] args) throws Exception {
        int leads = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path work = Files.createTempDirectory("switchboard-bench-");
        ConfigurableApplicationContext app = BenchApp.start(work);
        try {
            String base = BenchApp.base(app);
            BenchApp.Session session = BenchApp.signUp(base, "Bench Scoring");
            String token = session.token();
            BenchApp.send(
                    base + "/api/v1/lead-fields",
                    "POST",
                    token,
                    "{\"key\":\"budget\",\"label\":\"Budget\",\"field_type\":\"number\"}");
            BenchApp.send(base + "/api/v1/scoring/groups", "POST", token, "{\"name\":\"Fit\",\"max_points\":40}");
            for (String rule : rules()) {
                BenchApp.send(base + "/api/v1/scoring/rules", "POST", token, rule);
            }
            List<UUID> ids = BenchApp.loadLeads(
                    work, app.getBean(DataSource.class), UUID.fromString(session.organizationId()), leads, EVENTS);
            awaitIdle(base, token);

            double rate = recompute(base, token, leads, "recompute");
            // The same again with nothing changed: every lead is read and scored, none written.
            double again = recompute(base, token, leads, "recompute again");

            List<Double> latencies = events(base, token, ids);
            Collections.sort(latencies);
            double p50 = latencies.get(latencies.size() / 2);
            double p95 = latencies.get((int) Math.ceil(latencies.size() * 0.95) - 1);
            System.out.printf("event -> new score: %d changes, p50 %.0f ms, p95 %.0f ms%n", latencies.size(), p50, p95);
            System.out.printf(
                    "rescoring %,.0f leads/s (target >= 20,000; unchanged %,.0f leads/s); event -> new score p95 %.0f ms"
                            + " (target < 200)%n",
                    rate, again, p95);
        } finally {
            app.close();
        }
    }

    /** One full recompute over the API, to its end; its leads/s. */
    private static double recompute(String base, String token, int leads, String label) throws Exception {
        long started = System.nanoTime();
        String recompute =
                BenchApp.send(base + "/api/v1/scoring/recompute", "POST", token, "{\"reason\":\"Benchmark\"}");
        String id = BenchApp.field(recompute, "id");
        String view;
        do {
            Thread.sleep(200);
            view = BenchApp.send(base + "/api/v1/scoring/recompute/" + id, "GET", token, null);
        } while (view.contains("\"status\":\"running\""));
        double seconds = (System.nanoTime() - started) / 1e9;
        int processed = BenchApp.number(view, "processed");
        int changed = BenchApp.number(view, "changed");
        double rate = processed / seconds;
        System.out.printf(
                "%s: %,d leads (%,d changed) against 20 rules in %.1f s = %,.0f leads/s; status %s%n",
                label, processed, changed, seconds, rate, BenchApp.field(view, "status"));
        if (processed != leads) {
            throw new IllegalStateException("not every lead was rescored: " + view);
        }
        return rate;
    }

    /** 20 rules: field conditions of every kind, combinations, activity windows, ages and half-lives. */
    static List<String> rules() {
        List<String> rules = new ArrayList<>();
        String[][] simple = {
            {"Referral", "source", "{\"field\":\"source\",\"op\":\"eq\",\"value\":\"referral\"}", "15", "Fit"},
            {"Website", "source", "{\"field\":\"source\",\"op\":\"eq\",\"value\":\"website\"}", "-5", ""},
            {"Paid or partner", "source", "{\"field\":\"source\",\"op\":\"in\",\"value\":[\"api\",\"vendor\"]}", "5", ""
            },
            {"Budget 400k+", "demographic", "{\"field\":\"custom.budget\",\"op\":\"gte\",\"value\":400000}", "20", "Fit"
            },
            {"Budget 1M+", "demographic", "{\"field\":\"custom.budget\",\"op\":\"gte\",\"value\":1000000}", "10", "Fit"
            },
            {"Small budget", "demographic", "{\"field\":\"custom.budget\",\"op\":\"lte\",\"value\":150000}", "-10", ""},
            {"Has company", "firmographic", "{\"field\":\"company\",\"op\":\"exists\"}", "5", "Fit"},
            {
                "Company Realty",
                "firmographic",
                "{\"field\":\"company\",\"op\":\"contains\",\"value\":\"realty\"}",
                "5",
                ""
            },
            {"No phone", "demographic", "{\"not\":{\"field\":\"phone\",\"op\":\"exists\"}}", "-10", ""},
            {"Qualified", "behavioral", "{\"field\":\"status\",\"op\":\"eq\",\"value\":\"qualified\"}", "15", ""},
            {"Not lost", "behavioral", "{\"field\":\"status\",\"op\":\"neq\",\"value\":\"lost\"}", "2", ""},
            {"Fresh", "engagement", "{\"field\":\"age_days\",\"op\":\"lte\",\"value\":7}", "10", ""},
            {"Stale", "engagement", "{\"field\":\"age_days\",\"op\":\"gte\",\"value\":90}", "-10", ""},
            {
                "Referral with budget",
                "behavioral",
                "{\"all\":[{\"field\":\"source\",\"op\":\"eq\",\"value\":\"referral\"},"
                        + "{\"field\":\"custom.budget\",\"op\":\"gte\",\"value\":500000}]}",
                "10",
                ""
            },
            {
                "Any strong signal",
                "behavioral",
                "{\"any\":[{\"field\":\"status\",\"op\":\"eq\",\"value\":\"qualified\"},"
                        + "{\"field\":\"custom.budget\",\"op\":\"gte\",\"value\":2000000}]}",
                "5",
                ""
            },
            {
                "Answered this week",
                "engagement",
                "{\"event\":\"call_answered\",\"within_days\":7,\"count_gte\":1}",
                "10",
                ""
            },
            {
                "Transferred",
                "engagement",
                "{\"event\":\"call_transferred\",\"within_days\":30,\"count_gte\":1}",
                "15",
                ""
            },
            {"Hot on a call", "behavioral", "{\"event\":\"analysis_hot\",\"within_days\":30,\"count_gte\":1}", "20", ""
            },
            {"Task done", "engagement", "{\"event\":\"task_completed\",\"within_days\":14,\"count_gte\":1}", "5", ""},
            {"Many misses", "engagement", "{\"event\":\"call_no_answer\",\"within_days\":14,\"count_gte\":3}", "-5", ""
            },
        };
        for (int i = 0; i < simple.length; i++) {
            String[] r = simple[i];
            String halfLife = i % 5 == 0 ? ",\"half_life_days\":30" : "";
            String group = r[4].isEmpty() ? "" : ",\"group\":\"" + r[4] + "\"";
            rules.add("{\"name\":\"" + r[0] + "\",\"category\":\"" + r[1] + "\",\"criteria\":" + r[2] + ",\"points\":"
                    + r[3] + group + halfLife + "}");
        }
        return rules;
    }

    /** Waits for the recomputes the rules started (over no leads yet, or the first ones loaded). */
    private static void awaitIdle(String base, String token) throws Exception {
        while (BenchApp.send(base + "/api/v1/scoring/recompute", "GET", token, null)
                .contains("\"status\":\"running\"")) {
            Thread.sleep(200);
        }
    }

    /**
     * Moves each sampled lead's budget across the 400k rule's edge and measures until its new score
     * is read back (the change commits, the event is delivered, the lead rescored).
     */
    private static List<Double> events(String base, String token, List<UUID> ids) throws Exception {
        List<Double> latencies = new ArrayList<>();
        for (UUID id : ids) {
            String before = BenchApp.send(base + "/api/v1/leads/" + id + "/score", "GET", token, null);
            int score = BenchApp.number(before, "score");
            boolean rich = before.contains("Budget 400k+");
            long started = System.nanoTime();
            BenchApp.send(
                    base + "/api/v1/leads/" + id,
                    "PATCH",
                    token,
                    "{\"custom_fields\":{\"budget\":" + (rich ? 200000 : 450000) + "}}");
            long deadline = started + 10_000_000_000L;
            while (System.nanoTime() < deadline) {
                String now = BenchApp.send(base + "/api/v1/leads/" + id + "/score", "GET", token, null);
                if (now.contains("Budget 400k+") != rich || BenchApp.number(now, "score") != score) {
                    break;
                }
                Thread.sleep(2);
            }
            latencies.add((System.nanoTime() - started) / 1e6);
        }
        return latencies;
    }
}
