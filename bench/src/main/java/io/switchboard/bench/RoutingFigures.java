package io.switchboard.bench;

import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.UserId;
import io.switchboard.tenancy.TenantTransactions;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Routing's figures, read from the database after a run. */
final class RoutingFigures {

    private RoutingFigures() {}

    /** Deadlocks the database detected so far (all its sessions); compare before and after a run. */
    static long deadlocks(DSLContext db) {
        return ((Number) db.fetchValue("select deadlocks from pg_stat_database where datname = current_database()"))
                .longValue();
    }

    static void print(
            TenantTransactions tenants,
            DSLContext db,
            OrganizationId org,
            int agents,
            int works,
            double seconds,
            List<UserId> silent) {
        tenants.run(org, () -> {
            int doubles = count(
                    db,
                    "select count(*) from (select work_id from reservations where status in ('accepted', 'completed')"
                            + " group by work_id having count(*) > 1) d");
            int overlapping = count(
                    db,
                    "select count(*) from reservations a join reservations b on a.work_id = b.work_id and a.id < b.id"
                            + " and tstzrange(a.created_at, coalesce(a.answered_at, 'infinity'))"
                            + " && tstzrange(b.created_at, coalesce(b.answered_at, 'infinity'))");
            int lost = count(db, "select count(*) from work_items where status <> 'completed'");
            double[] assign = millis(
                    db,
                    "select extract(epoch from (min(r.created_at) - w.created_at)) * 1000 from work_items w"
                            + " join reservations r on r.work_id = w.id group by w.id, w.created_at");
            double[] freed = millis(
                    db,
                    "with freed as (select coalesce(w.completed_at, r.answered_at) at from reservations r"
                            + " join work_items w on w.id = r.work_id where r.status in ('completed', 'rejected', 'timed_out')),"
                            + " firsts as (select w.id, w.created_at, min(r.created_at) first from work_items w"
                            + " join reservations r on r.work_id = w.id group by w.id, w.created_at)"
                            + " select extract(epoch from ((select min(r.created_at) from reservations r where r.created_at >= f.at)"
                            + " - f.at)) * 1000 from freed f"
                            + " where exists (select 1 from firsts x where x.created_at <= f.at and x.first > f.at)");
            double[] worked =
                    millis(db, "select count(*) from work_items where status = 'completed' group by agent_id");
            // Agents who went silent on purpose left early: fairness is judged among those who stayed.
            double[] stayed = millis(db.select(DSL.count())
                    .from(DSL.table("work_items"))
                    .where(DSL.field("status").eq("completed"))
                    .and(DSL.field("agent_id", UUID.class)
                            .notIn(silent.stream().map(UserId::value).toList()))
                    .groupBy(DSL.field("agent_id"))
                    .fetch()
                    .getValues(0, Number.class));
            double[] perAgent = Arrays.copyOf(stayed, Math.max(agents - silent.size(), stayed.length));
            System.out.printf(
                    "%d works in %.1f s; %d offers, %d rejected, %d timed out%n",
                    works,
                    seconds,
                    count(db, "select count(*) from reservations"),
                    count(db, "select count(*) from reservations where status = 'rejected'"),
                    count(db, "select count(*) from reservations where status = 'timed_out'"));
            System.out.printf(
                    "assignment latency p50 %.1f ms, p95 %.1f ms (target < 50); freed -> next offer p95 %.1f ms over %d"
                            + " frees with a backlog (target < 2000)%n",
                    pct(assign, 50), pct(assign, 95), pct(freed, 95), freed.length);
            System.out.printf(
                    "%d of %d agents worked (%d went silent on purpose); overlapping offers of one work %d%n",
                    worked.length, agents, silent.size(), overlapping);
            System.out.printf(
                    "double assignments %d, lost %d, assignment p50 %.1f ms p95 %.1f ms, freed -> next offer p95 %.1f ms,"
                            + " Gini %.3f%n",
                    doubles, lost, pct(assign, 50), pct(assign, 95), pct(freed, 95), gini(perAgent));
        });
    }

    private static int count(DSLContext db, String sql) {
        return ((Number) db.fetchValue(sql)).intValue();
    }

    private static double[] millis(DSLContext db, String sql) {
        return millis(db.fetch(sql).getValues(0, Number.class));
    }

    private static double[] millis(List<Number> values) {
        return values.stream()
                .filter(v -> v != null)
                .mapToDouble(Number::doubleValue)
                .sorted()
                .toArray();
    }

    static double pct(double[] sorted, int p) {
        return sorted.length == 0 ? Double.NaN : sorted[Math.max(0, (int) Math.ceil(sorted.length * p / 100.0) - 1)];
    }

    static double gini(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        double sum = Arrays.stream(v).sum();
        if (v.length == 0 || sum == 0) {
            return 0;
        }
        double weighted = 0;
        for (int i = 0; i < v.length; i++) {
            weighted += (2.0 * (i + 1) - v.length - 1) * v[i];
        }
        return weighted / (v.length * sum);
    }
}
