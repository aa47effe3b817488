package io.switchboard.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.shared.OrganizationId;
import io.switchboard.support.ApiTest;
import io.switchboard.tenancy.TenantTransactions;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A recompute over a few hundred leads of which only some change: the leads whose score stays are
 * not written at all (their stored score row is neither rewritten nor locked), history rows are
 * written for the changed ones only, and each lead's history still replays to its score. The leads
 * are written and changed in SQL, so that no event rescores them behind the recompute's back.
 */
class RecomputeIT extends ApiTest {

    private static final int LEADS = 300;

    @Autowired
    TenantTransactions tenants;

    @Autowired
    DSLContext db;

    @Test
    void aRecomputeWritesOnlyTheLeadsWhoseScoreChangedAndTheHistoryStillReplays() {
        Tenant tenant = signUp();
        OrganizationId org = OrganizationId.of(UUID.fromString(tenant.organizationId()));
        created(api.post(
                "/api/v1/lead-fields",
                body("key", "budget", "label", "Budget", "field_type", "number"),
                tenant.token()));
        created(api.post(
                "/api/v1/scoring/rules",
                body(
                        "name",
                        "Big budget",
                        "category",
                        "demographic",
                        "criteria",
                        Map.of("field", "custom.budget", "op", "gte", "value", 100000),
                        "points",
                        30),
                tenant.token()));
        awaitRecomputes(tenant);
        // Every other lead has a big budget.
        tenants.run(
                org,
                () -> db.execute(
                        """
                INSERT INTO leads (organization_id, id, name, email, source, status, custom_fields, created_at, updated_at)
                SELECT ?, gen_random_uuid(), 'Lead ' || g, 'lead' || g || '@example.com', 'manual', 'new',
                       jsonb_build_object('budget', CASE WHEN g % 2 = 0 THEN 500000 ELSE 5000 END, 'n', g), now(), now()
                FROM generate_series(1, ?) g
                """,
                        org.value(), LEADS));
        JsonNode first = recompute(tenant);
        assertThat(first.path("processed").asInt()).isEqualTo(LEADS);
        assertThat(first.path("changed").asInt()).isEqualTo(LEADS / 2);
        Map<UUID, String> rowsBefore = scoreRows(org);
        assertThat(rowsBefore).hasSize(LEADS);

        // 50 of the small budgets become big ones.
        List<UUID> raised = tenants.call(org, () -> db.fetch(
                        """
                        UPDATE leads SET custom_fields = custom_fields || '{"budget": 900000}'
                        WHERE (custom_fields ->> 'n')::int % 2 = 1 AND (custom_fields ->> 'n')::int <= 100
                        RETURNING id
                        """)
                .getValues(0, UUID.class));
        assertThat(raised).hasSize(50);
        OffsetDateTime secondStarted = OffsetDateTime.now();
        JsonNode second = recompute(tenant);
        assertThat(second.path("processed").asInt()).isEqualTo(LEADS);
        assertThat(second.path("changed").asInt()).isEqualTo(50);

        Map<UUID, String> rowsAfter = scoreRows(org);
        rowsBefore.forEach((lead, row) -> {
            if (!raised.contains(lead)) {
                assertThat(rowsAfter.get(lead))
                        .as("the score row of a lead whose score stayed is neither rewritten nor locked")
                        .isEqualTo(row);
            }
        });
        assertThat(raised).allSatisfy(lead -> assertThat(rowsAfter.get(lead)).isNotEqualTo(rowsBefore.get(lead)));
        List<Record> history = tenants.call(
                org,
                () -> db.fetch(
                        "SELECT lead_id, previous, \"new\" FROM lead_score_history WHERE \"at\" >= ?::timestamptz",
                        secondStarted.toString()));
        assertThat(history)
                .as("one history row for each changed lead, none for the others")
                .hasSize(50)
                .allSatisfy(h -> {
                    assertThat(raised).contains(h.get(0, UUID.class));
                    assertThat(h.get(1, Integer.class)).isZero();
                    assertThat(h.get(2, Integer.class)).isEqualTo(30);
                });
        assertThat(
                        tenants.call(
                                org,
                                () -> db.fetch(
                                        """
                        SELECT l.id FROM leads l
                        LEFT JOIN (SELECT lead_id, sum("new" - previous) AS replayed FROM lead_score_history
                                   GROUP BY lead_id) h ON h.lead_id = l.id
                        JOIN lead_scores s ON s.lead_id = l.id
                        WHERE coalesce(h.replayed, 0) <> s.score OR s.score <> l.score
                        """)))
                .as("every lead's history replays to its stored score and the lead's")
                .isEmpty();
    }

    private JsonNode recompute(Tenant tenant) {
        var started = api.post("/api/v1/scoring/recompute", body("reason", "Checking"), tenant.token());
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String id = started.text("id");
        await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/api/v1/scoring/recompute/" + id, tenant.token())
                .text("status")
                .equals("completed"));
        return api.get("/api/v1/scoring/recompute/" + id, tenant.token()).json();
    }

    /** Each stored score row's version and lock holder: both change when the row is written or locked. */
    private Map<UUID, String> scoreRows(OrganizationId org) {
        Map<UUID, String> rows = new HashMap<>();
        tenants.run(org, () -> db.fetch("SELECT lead_id, xmin::text || '/' || xmax::text FROM lead_scores")
                .forEach(r -> rows.put(r.get(0, UUID.class), r.get(1, String.class))));
        return rows;
    }

    private void awaitRecomputes(Tenant tenant) {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            for (JsonNode r :
                    api.get("/api/v1/scoring/recompute", tenant.token()).json().path("data")) {
                if (r.path("status").asString().equals("running")) {
                    return false;
                }
            }
            return true;
        });
    }

    private static void created(io.switchboard.support.Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }
}
