package io.switchboard.leads.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.leads.LeadFilter;
import io.switchboard.leads.Temperature;
import io.switchboard.shared.OrganizationId;
import io.switchboard.support.ApiTest;
import io.switchboard.tenancy.TenantTransactions;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The leads list sorted by score, alone or within one temperature, and its next pages read an index
 * in order instead of sorting the organization's leads. Sequential scans are switched off for the
 * plan: on a handful of test rows the planner would rightly prefer them, on a million it does not.
 */
class LeadScoreIndexIT extends ApiTest {

    @Autowired
    Leads leads;

    @Autowired
    TenantTransactions tenants;

    @Autowired
    DSLContext db;

    @Test
    void sortingAndFilteringByScoreAndTemperatureReadAnIndexWithoutSorting() {
        Tenant tenant = signUp();
        OrganizationId org = OrganizationId.of(UUID.fromString(tenant.organizationId()));
        LeadFilter hot =
                LeadFilter.builder().temperature(List.of(Temperature.HOT)).build();

        String byScore = plan(org, LeadFilter.all(), null);
        assertThat(byScore).contains("leads_score_idx").doesNotContain("Sort");
        String nextPage = plan(org, LeadFilter.all(), new ScoreCursor(50, UUID.randomUUID()));
        assertThat(nextPage).contains("leads_score_idx").doesNotContain("Sort");
        String hotByScore = plan(org, hot, null);
        // Within one temperature both indexes give the order; on a few test rows their costs tie and
        // the planner's pick follows the table's statistics at that moment (the full suite saw both),
        // so what is checked is that an index gives the order and nothing is sorted.
        assertThat(hotByScore)
                .containsAnyOf("leads_temperature_score_idx", "leads_score_idx")
                .doesNotContain("Sort")
                .doesNotContain("Seq Scan");
    }

    private String plan(OrganizationId org, LeadFilter filter, ScoreCursor after) {
        return tenants.call(org, () -> {
            // The test's few rows would let the planner scan and sort anything; with scans and sorts
            // priced out it reads the order from an index, if one gives it.
            db.execute("SET LOCAL enable_seqscan = off");
            db.execute("SET LOCAL enable_sort = off");
            return db.explain(leads.byScore(filter, true, after, 50)).plan();
        });
    }
}
